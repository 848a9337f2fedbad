import ClaimStore

/// Runs parsed statements over a store. Names and types are checked (by the Binder)
/// before any claim is read, so a statement either fails whole or answers.
public struct Evaluator {
    public let store: ClaimStore

    public init(store: ClaimStore) {
        self.store = store
    }

    public func run(_ statement: Statement, in source: SourceText) throws(Diagnostic) -> QueryResult {
        let binder = Binder(source: source, store: store)
        switch statement.kind {
        case .aggregate(let a):
            return .aggregate(try aggregate(a, binder))
        case .list(let l):
            return .claims(try list(l, binder))
        case .show(let s):
            guard let claim = store.claim(id: s.id) else {
                throw Diagnostic("no claim #\(s.id)", at: s.idRange, hints: [idRangeHint])
            }
            return .claim(claim)
        }
    }

    // MARK: Statements

    private func aggregate(_ a: AggregateStatement, _ binder: Binder) throws(Diagnostic) -> AggregateResult {
        let matches = try select(a.target, a.condition, binder)
        let ids = matches.map(\.id)
        let metric = targetName(a.target)
        if a.function == .count {
            return AggregateResult(function: .count, metric: metric, estimate: Estimate(exactly: Double(matches.count)),
                                   unit: nil, claims: ids, picked: nil)
        }
        let units = distinctUnits(matches)
        if units.count > 1 {
            throw Diagnostic("cannot \(a.function.rawValue) values in different units: \(describe(units, in: matches))",
                             at: a.functionRange.lowerBound..<(targetRange(a.target)?.upperBound ?? a.functionRange.upperBound),
                             hints: ["keep one unit: add where unit = \"\(units[0])\"", "'count claims' counts across units"])
        }
        guard let first = matches.first else {
            return AggregateResult(function: a.function, metric: metric, estimate: nil, unit: nil, claims: [], picked: nil)
        }
        var result = Estimate(first.value, first.qualifier)
        var picked = first
        for claim in matches.dropFirst() {
            let e = Estimate(claim.value, claim.qualifier)
            switch a.function {
            case .sum, .avg: result = result + e
            case .min:
                result = .minimum(result, e)
                if claim.value < picked.value { picked = claim }
            case .max:
                result = .maximum(result, e)
                if claim.value > picked.value { picked = claim }
            case .count: break
            }
        }
        if a.function == .avg { result = result.scaled(by: 1 / Double(matches.count)) }
        let isPick = a.function == .min || a.function == .max
        return AggregateResult(function: a.function, metric: metric, estimate: result, unit: first.unit,
                               claims: ids, picked: isPick ? picked.id : nil)
    }

    private func list(_ l: ListStatement, _ binder: Binder) throws(Diagnostic) -> [Claim] {
        var matches = try select(l.target, l.condition, binder)
        if let order = l.order {
            let field = try binder.field(order.field)
            matches = ClaimOrdering.sorted(matches, by: field, descending: order.descending)
        }
        if let limit = l.limit { matches = Array(matches.prefix(limit)) }
        return matches
    }

    /// The claims a target and condition pick out, in id order.
    private func select(_ target: Target?, _ condition: Condition?, _ binder: Binder) throws(Diagnostic) -> [Claim] {
        let metric = try metricFilter(target, binder)
        let predicate = try condition.map { c throws(Diagnostic) in try binder.bind(c) }
        return store.claims.filter { claim in
            // `where` keeps a claim only when its condition is true, not when it is unknown.
            (metric == nil || claim.metric == metric) && (predicate.map { $0(claim) == true } ?? true)
        }
    }

    private func metricFilter(_ target: Target?, _ binder: Binder) throws(Diagnostic) -> String? {
        guard case .metric(let name)? = target else { return nil }
        let metrics = store.metrics
        if let found = metrics.first(where: { $0.lowercased() == name.lowercased }) { return found }
        if let field = Field(rawValue: name.lowercased) {
            throw Diagnostic("'\(field.rawValue)' is a field; aggregates run over a metric, 'value' or 'claims'",
                             at: name.range, hints: ["see the metrics with .metrics"])
        }
        let hints = Suggest.hint(for: name.text, among: metrics + ["claims", "value"])
        throw Diagnostic("unknown metric '\(name.text)'", at: name.range,
                         hints: hints.isEmpty ? ["see the metrics with .metrics"] : hints)
    }

    // MARK: Helpers

    private func targetName(_ target: Target?) -> String {
        switch target {
        case .metric(let name)?: return store.metrics.first { $0.lowercased() == name.lowercased } ?? name.text
        case .value?: return "value"
        case .claims?, nil: return "claims"
        }
    }

    private func targetRange(_ target: Target?) -> Range<Int>? {
        switch target {
        case .metric(let name)?: return name.range
        case .value(let r)?, .claims(let r)?: return r
        case nil: return nil
        }
    }

    private func distinctUnits(_ claims: [Claim]) -> [String] {
        var seen = Set<String>()
        return claims.map(\.unit).filter { seen.insert($0).inserted }
    }

    /// "people (7 claims), percent (5 claims)".
    private func describe(_ units: [String], in claims: [Claim]) -> String {
        units.map { unit in
            let n = claims.filter { $0.unit == unit }.count
            return "\(unit) (\(n) claim\(n == 1 ? "" : "s"))"
        }.joined(separator: ", ")
    }

    private var idRangeHint: String {
        guard let first = store.claims.first?.id, let last = store.claims.last?.id else { return "the store has no claims" }
        return "claim ids run from \(first) to \(last)"
    }
}

/// Sorting claims by a field: numbers by value, text without case, places by code,
/// periods by start then end; missing values last in either direction; ties keep id order.
enum ClaimOrdering {
    private struct Key {
        var missing = false
        var number = 0.0
        var text = ""

        func precedes(_ other: Key, descending: Bool) -> Bool? {
            if missing != other.missing { return other.missing }
            if number != other.number { return descending ? number > other.number : number < other.number }
            if text != other.text { return descending ? text > other.text : text < other.text }
            return nil
        }
    }

    static func sorted(_ claims: [Claim], by field: Field, descending: Bool) -> [Claim] {
        let keyed = claims.enumerated().map { (offset: $0.offset, claim: $0.element, key: key($0.element, field)) }
        return keyed.sorted { a, b in
            a.key.precedes(b.key, descending: descending) ?? (a.offset < b.offset)
        }.map(\.claim)
    }

    private static func key(_ claim: Claim, _ field: Field) -> Key {
        var key = Key()
        switch field.kind {
        case .number:
            key.number = field.number(of: claim) ?? 0
        case .period:
            guard let period = claim.period else { key.missing = true; break }
            key.number = Double(period.from.ordinal) * 1e6 + Double(period.to.ordinal)
        case .text, .place:
            guard let text = field.text(of: claim) else { key.missing = true; break }
            key.text = text.lowercased()
        }
        return key
    }
}
