import ClaimStore

/// A compiled condition. `nil` is SQL's "unknown": a comparison with a missing
/// value (a claim with no state, no period) is neither true nor false, `not`
/// keeps it unknown, and `where` keeps only claims for which the condition is true.
public typealias Predicate = @Sendable (Claim) -> Bool?

/// Checks a parsed condition against the schema and the store (names exist, types
/// agree, places resolve) and compiles it to a predicate. All semantic errors are
/// found here, before any claim is looked at.
public struct Binder {
    let source: SourceText
    let store: ClaimStore

    public init(source: SourceText, store: ClaimStore) {
        self.source = source
        self.store = store
    }

    /// Three-valued `or` (decisive true) and `and` (decisive false): the decisive value
    /// if any test gives it, else unknown if any test is unknown, else the other value.
    private static func combine(_ tests: [Predicate], decisive: Bool) -> Predicate {
        { claim in
            var sawUnknown = false
            for test in tests {
                switch test(claim) {
                case decisive?: return decisive
                case nil: sawUnknown = true
                default: break
                }
            }
            return sawUnknown ? nil : !decisive
        }
    }

    public func bind(_ condition: Condition) throws(Diagnostic) -> Predicate {
        switch condition {
        case .or(let terms):
            return Self.combine(try terms.map { term throws(Diagnostic) in try bind(term) }, decisive: true)
        case .and(let terms):
            return Self.combine(try terms.map { term throws(Diagnostic) in try bind(term) }, decisive: false)
        case .not(let a):
            let p = try bind(a)
            return { claim in p(claim).map { !$0 } }
        case .compare(let name, let op, let literal):
            return try compare(try field(name), op, literal, name: name)
        case .membership(let name, let literals, let negated):
            let field = try field(name)
            let tests = try literals.map { literal throws(Diagnostic) in try compare(field, .equal, literal, name: name) }
            return negate(Self.combine(tests, decisive: true), negated)
        case .contains(let name, let literal, let negated):
            return negate(try contains(try field(name), literal, name: name), negated)
        case .between(let name, let low, let high, let negated):
            let field = try field(name)
            let (p, q) = (try compare(field, .greaterEqual, low, name: name), try compare(field, .lessEqual, high, name: name))
            return negate({ claim in
                guard let x = p(claim), let y = q(claim) else { return nil }
                return x && y
            }, negated)
        case .isNull(let name, let negated):
            let field = try field(name)
            return { claim in Self.isNull(field, claim) != negated }
        case .period(let name, let relation, let literal):
            _ = try field(name)
            let wanted = literal.period
            switch relation {
            case .overlaps: return { claim in claim.period.map { $0.overlaps(wanted) } }
            case .within: return { claim in claim.period.map { $0.isWithin(wanted) } }
            }
        }
    }

    /// Resolves a field name, suggesting the nearest one when it is misspelt.
    public func field(_ name: Name) throws(Diagnostic) -> Field {
        if let field = Field(rawValue: name.lowercased) { return field }
        var hints = Suggest.hint(for: name.text, among: Field.names)
        if hints.isEmpty, store.metrics.contains(name.lowercased) {
            hints = ["'\(name.text)' is a metric: metric = \"\(name.text)\""]
        }
        throw Diagnostic("unknown field '\(name.text)'", at: name.range, hints: hints)
    }

    // MARK: Comparisons

    private func compare(_ field: Field, _ op: CompareOperator, _ literal: Literal, name: Name) throws(Diagnostic) -> Predicate {
        switch (field.kind, literal.value) {
        case (.number, .number(let wanted)):
            return { claim in field.number(of: claim).map { Self.holds(op, $0, wanted) } }
        case (.text, .string(let wanted)):
            if field == .qualifier { try checkQualifier(wanted, literal) }
            let key = wanted.lowercased()
            if op == .equal || op == .notEqual {
                let equal = op == .equal
                return { claim in field.text(of: claim).map { Self.equalIgnoringCase($0, key) == equal } }
            }
            return { claim in field.text(of: claim).map { Self.holds(op, $0.lowercased(), key) } }
        case (.place, .string(let wanted)):
            guard op == .equal || op == .notEqual else {
                throw Diagnostic("places can only be compared with = and !=", at: literal.range)
            }
            let code = try placeCode(wanted, for: field, literal)
            return { claim in field.text(of: claim).map { ($0 == code) == (op == .equal) } }
        case (.period, _):
            throw Diagnostic("'period' is compared with 'overlaps' or 'within'", at: name.range,
                             hints: ["period overlaps 2016, period within 2014-01..2017-05"])
        case (.number, .string):
            throw Diagnostic("'\(name.text)' is a number, but \(source.slice(literal.range)) is text", at: literal.range,
                             hints: ["write the number without quotes"])
        case (_, .number):
            throw Diagnostic("'\(name.text)' is text, but \(source.slice(literal.range)) is a number", at: literal.range,
                             hints: ["quote the value: \(name.text) = \"\(source.slice(literal.range))\""])
        }
    }

    private func contains(_ field: Field, _ literal: Literal, name: Name) throws(Diagnostic) -> Predicate {
        guard field.kind == .text || field.kind == .place, case .string(let wanted) = literal.value else {
            throw Diagnostic("'contains' works on text fields, and '\(name.text)' is not text", at: name.range)
        }
        let key = wanted.lowercased()
        return { claim in field.text(of: claim).map { $0.lowercased().contains(key) } }
    }

    /// The code a place literal means for this field: states want a state code
    /// ("CA"), countries a country code ("US"), `place` the most specific code.
    private func placeCode(_ text: String, for field: Field, _ literal: Literal) throws(Diagnostic) -> String {
        let place = field == .country ? PlaceNames.resolveCountry(text) : PlaceNames.resolve(text)
        guard let place else {
            if field == .country, let other = PlaceNames.resolve(text) {
                throw Diagnostic("\"\(text)\" is not a country", at: literal.range,
                                 hints: ["use place = \"\(other.code)\" or state = \"\(text)\""])
            }
            throw Diagnostic("unknown place \"\(text)\"", at: literal.range,
                             hints: Suggest.hint(for: text, among: PlaceNames.allNames))
        }
        switch field {
        case .state:
            guard let state = place.state else {
                throw Diagnostic("\"\(text)\" is not a US state", at: literal.range, hints: ["use country = \"\(text)\""])
            }
            return state
        case .country: return place.country
        default: return place.code
        }
    }

    private func checkQualifier(_ wanted: String, _ literal: Literal) throws(Diagnostic) {
        let names = Qualifier.allCases.map(\.rawValue)
        guard names.contains(wanted.lowercased()) else {
            let hints = Suggest.hint(for: wanted, among: names)
            throw Diagnostic("unknown qualifier \"\(wanted)\"", at: literal.range,
                             hints: hints.isEmpty ? ["qualifiers are " + names.joined(separator: ", ")] : hints)
        }
    }

    private static func holds<T: Comparable>(_ op: CompareOperator, _ a: T, _ b: T) -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        }
    }

    /// `text` equals `lowercased` ignoring case, without making a string when both are ASCII.
    static func equalIgnoringCase(_ text: String, _ lowercased: String) -> Bool {
        var a = text.utf8.makeIterator(), b = lowercased.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return true
            case let (x?, y?):
                if x >= 0x80 || y >= 0x80 { return text.lowercased() == lowercased }
                if x.asciiLowercased != y { return false }
            default: return false
            }
        }
    }

    private static func isNull(_ field: Field, _ claim: Claim) -> Bool {
        switch field {
        case .place, .state, .country: return claim.place == nil || (field == .state && claim.state == nil)
        case .period: return claim.period == nil
        case .subject: return claim.subject == nil
        default: return false
        }
    }

    private func negate(_ p: @escaping Predicate, _ negated: Bool) -> Predicate {
        guard negated else { return p }
        return { claim in p(claim).map { !$0 } }
    }
}
