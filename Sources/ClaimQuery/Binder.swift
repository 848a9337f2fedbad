import ClaimStore

/// A compiled condition, asked of a row of the store's columns. `nil` is SQL's
/// "unknown": a comparison with a missing value (a claim with no state, no period)
/// is neither true nor false, `not` keeps it unknown, and `where` keeps only claims
/// for which the condition is true.
public typealias Predicate = (Int) -> Bool?

/// Checks a parsed condition against the schema and the store (names exist, types
/// agree, places resolve) and compiles it to a predicate over the store's columns.
/// All semantic errors are found here, before any claim is looked at. A comparison
/// on a text field stored as codes (metric, source, place…) is worked out once per
/// distinct value, and each row only looks its code up.
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
        { row in
            var sawUnknown = false
            for test in tests {
                switch test(row) {
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
            return { row in p(row).map { !$0 } }
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
            return negate({ row in
                guard let x = p(row), let y = q(row) else { return nil }
                return x && y
            }, negated)
        case .isNull(let name, let negated):
            return isNull(try field(name), negated)
        case .period(let name, let relation, let literal):
            _ = try field(name)
            let (from, to) = (Int32(clamping: literal.period.from.ordinal), Int32(clamping: literal.period.to.ordinal))
            let (starts, ends) = (columns.periodFrom, columns.periodTo)
            switch relation {
            case .overlaps: return { row in starts[row] == Int32.min ? nil : starts[row] <= to && from <= ends[row] }
            case .within: return { row in starts[row] == Int32.min ? nil : from <= starts[row] && ends[row] <= to }
            }
        }
    }

    private var columns: ClaimColumns { store.columns }

    /// A test of a field's value, made into a predicate over rows: numbers as they are,
    /// coded text once per distinct value, other text (surface, quote) row by row.
    private func test(_ field: Field, number: ((Double) -> Bool)? = nil, text: @escaping (String) -> Bool) -> Predicate {
        switch FieldColumn(field, columns) {
        case .number(let value):
            if let number { return { row in number(value(row)) } }
            return { row in text(String(value(row))) }
        case .coded(let codes, let names):
            let answers = names.map { $0.map(text) }
            return { row in codes[row] < 0 ? nil : answers[Int(codes[row])] }
        case .text(let value):
            return { row in text(value(row)) }
        case .period:
            let c = columns
            return { row in c.period(row).map { text($0.description) } }
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
            return test(field, number: { Self.holds(op, $0, wanted) }, text: { _ in false })
        case (.text, .string(let wanted)):
            if field == .qualifier { try checkQualifier(wanted, literal) }
            let key = wanted.lowercased()
            if op == .equal || op == .notEqual {
                let equal = op == .equal
                return test(field) { Self.equalIgnoringCase($0, key) == equal }
            }
            return test(field) { Self.holds(op, $0.lowercased(), key) }
        case (.place, .string(let wanted)):
            guard op == .equal || op == .notEqual else {
                throw Diagnostic("places can only be compared with = and !=", at: literal.range)
            }
            let code = try placeCode(wanted, for: field, literal)
            return test(field) { ($0 == code) == (op == .equal) }
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
        if field == .quote {
            let answers = TextSearch.quotes(of: columns, contain: key)
            return { row in answers[row] }
        }
        return test(field, text: TextSearch.containment(of: key))
    }

    /// The code a place literal means for this field: states want a state code
    /// ("CA"), countries a country code ("US"), `place` the most specific code.
    public func placeCode(_ text: String, for field: Field, _ literal: Literal) throws(Diagnostic) -> String {
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

    private func isNull(_ field: Field, _ negated: Bool) -> Predicate {
        switch FieldColumn(field, columns) {
        case .coded(let codes, let names):
            let missing = names.map { $0 == nil }
            return { row in (codes[row] < 0 || missing[Int(codes[row])]) != negated }
        case .period:
            let starts = columns.periodFrom
            return { row in (starts[row] == Int32.min) != negated }
        case .number, .text:
            return { _ in negated }
        }
    }

    private func negate(_ p: @escaping Predicate, _ negated: Bool) -> Predicate {
        guard negated else { return p }
        return { row in p(row).map { !$0 } }
    }
}
