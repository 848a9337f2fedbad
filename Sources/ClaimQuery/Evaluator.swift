import ClaimStore

/// Runs parsed statements over a store. Names and types are checked (by the Binder)
/// before any claim is read, so a statement either fails whole or answers.
public struct Evaluator {
    public let store: ClaimStore
    /// The claims behind the previous answer, for `why`: kept by `answer`, which a
    /// session calls statement after statement.
    public var previousClaims: [Int] { previous?.sourceClaims ?? [] }
    private var previous: QueryResult?

    public init(store: ClaimStore) {
        self.store = store
    }

    /// Runs a statement and remembers the claims behind its answer for a later `why`.
    public mutating func answer(_ statement: Statement, in source: SourceText) throws(Diagnostic) -> QueryResult {
        let result = try run(statement, in: source)
        if result.hasSourceClaims { previous = result }
        return result
    }

    public func run(_ statement: Statement, in source: SourceText) throws(Diagnostic) -> QueryResult {
        let binder = Binder(source: source, store: store)
        switch statement.kind {
        case .expression(.aggregate(let a)):
            return try Aggregation(store: store, binder: binder).run(a)
        case .expression(let e):
            let aggregation = Aggregation(store: store, binder: binder)
            return .value(try Arithmetic(whole: { a throws(Diagnostic) in try aggregation.whole(a) },
                                         claims: { ids in ids.compactMap(store.claim(id:)) }).evaluate(e))
        case .list(let l):
            return .claims(try list(l, binder))
        case .show(let s):
            return .claim(try claim(s))
        case .check(let target):
            return .check(try Consistency(store: store).findings(about: target.map { s throws(Diagnostic) in try claim(s).id }))
        case .why:
            let previousClaims = self.previousClaims
            guard !previousClaims.isEmpty else { throw Diagnostic.nothingToExplain(at: statement.range) }
            return .why(previousClaims.compactMap(store.claim(id:)))
        case .timeline(let t):
            return .timeline(try Selection(store: store, binder: binder).claims(t.target, t.condition))
        }
    }

    /// One aggregate, whole or by groups, as `run` answers it.
    public func aggregate(_ a: AggregateStatement, in source: SourceText) throws(Diagnostic) -> QueryResult {
        try Aggregation(store: store, binder: Binder(source: source, store: store)).run(a)
    }

    private func list(_ l: ListStatement, _ binder: Binder) throws(Diagnostic) -> [Claim] {
        var matches = try Selection(store: store, binder: binder).claims(l.target, l.condition)
        if let order = l.order {
            let field = try binder.field(order.field)
            matches = ClaimOrdering.sorted(matches, by: field, descending: order.descending)
        }
        if let limit = l.limit { matches = Array(matches.prefix(limit)) }
        return matches
    }

    private func claim(_ s: ShowStatement) throws(Diagnostic) -> Claim {
        guard let claim = store.claim(id: s.id) else {
            throw Diagnostic.noClaim(s.id, at: s.idRange, idsRun: store.claims.first.map { ($0.id, store.claims.last!.id) })
        }
        return claim
    }
}

/// The claims a target (a metric, `value`, `claims`) and a condition pick out.
struct Selection {
    let store: ClaimStore
    let binder: Binder

    /// Matching claims in the store's order.
    func claims(_ target: Target?, _ condition: Condition?) throws(Diagnostic) -> [Claim] {
        try rows(target, condition).map(store.columns.claim)
    }

    /// The rows of the matching claims, in order.
    func rows(_ target: Target?, _ condition: Condition?) throws(Diagnostic) -> [Int] {
        let metric = try metricName(target).flatMap { store.columns.metrics.code(of: $0) }
        let predicate = try condition.map { c throws(Diagnostic) in try binder.bind(c) }
        let metrics = store.columns.metric
        var matches: [Int] = []
        for row in 0..<store.columns.count {
            if row % 4096 == 4095, Interruption.requested { throw Diagnostic.interrupted }
            // `where` keeps a claim only when its condition is true, not when it is unknown.
            if (metric == nil || metrics[row] == metric) && (predicate.map { $0(row) == true } ?? true) { matches.append(row) }
        }
        return matches
    }

    /// The metric a target names (spelt as the store spells it), nil for `claims` and `value`.
    func metricName(_ target: Target?) throws(Diagnostic) -> String? {
        guard case .metric(let name)? = target else { return nil }
        if let found = store.metric(named: name.text) { return found }
        throw try Diagnostic.unknownMetric(name, among: { store.metrics })
    }

    /// What the target is called in results: the metric, "value" or "claims".
    func label(_ target: Target?) -> String {
        switch target {
        case .metric(let name)?: return (try? metricName(target)) ?? name.text
        case .value?: return "value"
        case .claims?, nil: return "claims"
        }
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

extension Diagnostic {
    /// `why` before any answer came from claims.
    public static func nothingToExplain(at range: Range<Int>) -> Diagnostic {
        Diagnostic("nothing to explain yet", at: range, hints: ["'why' shows the sentences behind the previous answer"])
    }

    /// A claim id the store does not have; `idsRun` is its first and last ids (nil with no claims).
    public static func noClaim(_ id: Int, at range: Range<Int>, idsRun: (first: Int, last: Int)?) -> Diagnostic {
        let hint = idsRun.map { "claim ids run from \($0.first) to \($0.last)" } ?? "the store has no claims"
        return Diagnostic("no claim #\(id)", at: range, hints: [hint])
    }

    /// A target that names no metric the claims have: a field's name, or a misspelt
    /// metric (`metrics` is asked only then).
    public static func unknownMetric(_ name: Name, among metrics: () throws(Diagnostic) -> [String]) throws(Diagnostic) -> Diagnostic {
        if let field = Field(rawValue: name.lowercased) {
            return Diagnostic("'\(field.rawValue)' is a field; aggregates run over a metric, 'value' or 'claims'",
                              at: name.range, hints: ["see the metrics with .metrics"])
        }
        let hints = Suggest.hint(for: name.text, among: try metrics() + ["claims", "value"])
        return Diagnostic("unknown metric '\(name.text)'", at: name.range,
                          hints: hints.isEmpty ? ["see the metrics with .metrics"] : hints)
    }
}
