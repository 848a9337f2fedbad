import ClaimQuery
import ClaimStore

/// Compiles claimq statements to SQL over the `claims` relation of sql/schema.sql, for
/// the engine `dialect` names. The queries answer what claimq answers in memory:
/// - an aggregate gives one row (one per group with `by`, in claimq's group order):
///   the group's keys, `matched`, `value`, the interval `low`..`high` (NULL for an
///   unbounded end) with `low_open`, `high_open`, `approximate` and `capped` as
///   `Estimate` has them (for sum, avg and count), `picked` (min, max), `units` and
///   `unit` (more than one unit is claimq's error), and `claims`, the ids;
/// - arithmetic gives one such query per aggregate, which claimq combines with its
///   interval arithmetic;
/// - `list`, `show`, `timeline`, `why` and `check` give the claims' rows, in claimq's
///   order (`check`: the claims that state relations and the claims they name).
/// Names, types and places are checked as in memory, with the same diagnostics.
public struct SQLCompiler {
    public let dialect: SQLDialect

    public init(dialect: SQLDialect) {
        self.dialect = dialect
    }

    /// The claim record's columns, as `list` and `show` return them.
    public static let claimColumns = ["id", "article", "metric", "subject", "value", "qualifier", "unit", "place", "state",
                                      "country", "period_from", "period_to", "period_kind", "source", "surface", "quote",
                                      "paragraph", "sentence", "part_of", "ratio_num", "ratio_den", "share_of"]
    private static let selectClaims = "SELECT \(claimColumns.joined(separator: ", ")) FROM claims"
    /// The queries a statement runs, in order. `previous` is the claims behind the
    /// session's previous answer, which `why` shows.
    public func compile(_ statement: Statement, in source: SourceText, previous: [Int] = []) throws(Diagnostic) -> [String] {
        let binder = Binder(source: source, store: ClaimStore(claims: []))
        switch statement.kind {
        case .expression(.aggregate(let a)): return [try aggregate(a, binder)]
        case .expression(let e): return try Self.aggregates(in: e).map { a throws(Diagnostic) in try aggregate(a, binder) }
        case .list(let l): return [try list(l, binder)]
        case .show(let s): return [Self.selectClaims + " WHERE id = \(s.id)"]
        case .timeline(let t): return [Self.selectClaims + (try filter(t.target, t.condition, binder)) + " ORDER BY id"]
        case .why:
            guard !previous.isEmpty else { throw Diagnostic.nothingToExplain(at: statement.range) }
            return [claims(previous)]
        case .check(let target): return [check(target)]
        }
    }

    /// The claims with these ids, in id order.
    public func claims(_ ids: [Int]) -> String {
        Self.selectClaims + " WHERE id IN (\(ids.map(String.init).joined(separator: ", "))) ORDER BY id"
    }

    /// The query of one aggregate.
    public func compile(_ a: AggregateStatement, in source: SourceText) throws(Diagnostic) -> String {
        try aggregate(a, Binder(source: source, store: ClaimStore(claims: [])))
    }

    /// The aggregates of an arithmetic expression, left to right.
    public static func aggregates(in e: Expression) -> [AggregateStatement] {
        switch e {
        case .number: return []
        case .negate(let inner, _): return aggregates(in: inner)
        case .aggregate(let a): return [a]
        case .chain(let first, let rest): return aggregates(in: first) + rest.flatMap { aggregates(in: $0.operand) }
        }
    }

    /// The claims `check` reads: those that state a relation (the one asked about,
    /// or any naming it), and every claim such a relation names.
    private func check(_ target: ShowStatement?) -> String {
        let relations = ["part_of", "ratio_num", "ratio_den", "share_of"]
        var stating = "(" + relations.map { "\($0) IS NOT NULL" }.joined(separator: " OR ") + ")"
        if let id = target?.id { stating += " AND (" + (["id"] + relations).map { "\($0) = \(id)" }.joined(separator: " OR ") + ")" }
        let named = relations.map { "SELECT \($0) FROM claims WHERE \(stating)" }.joined(separator: " UNION ")
        return Self.selectClaims + " WHERE \(stating) OR id IN (\(named)) ORDER BY id"
    }

    // MARK: Where

    /// The WHERE clause of a target and a condition, or "" for every claim.
    private func filter(_ target: Target?, _ condition: Condition?, _ binder: Binder) throws(Diagnostic) -> String {
        var tests: [String] = []
        if case .metric(let name)? = target { tests.append("lower(metric) = \(dialect.string(name.text.lowercased()))") }
        if let condition { tests.append(try SQLCondition(dialect: dialect, binder: binder).sql(condition)) }
        return tests.isEmpty ? "" : " WHERE " + tests.joined(separator: " AND ")
    }

    /// Every claim an aggregate reads, all groups, in id order, with every column: when
    /// the database cannot fold them (a sum out of range), claimq folds them as the store does.
    public func members(_ a: AggregateStatement, in source: SourceText) throws(Diagnostic) -> String {
        Self.selectClaims + (try selection(a, group: [], in: source)) + " ORDER BY id"
    }

    /// Each unit of an aggregate's claims (of one group) with its count of claims, in
    /// order of its first claim: claimq's error when there is more than one.
    public func units(_ a: AggregateStatement, group: [SQLValue] = [], in source: SourceText) throws(Diagnostic) -> String {
        "SELECT unit, count(*) FROM claims" + (try selection(a, group: group, in: source)) + " GROUP BY unit ORDER BY min(id)"
    }

    /// The WHERE clause of an aggregate's claims, of one group when `group` gives its
    /// key's values, one for each field of its `by`.
    func selection(_ a: AggregateStatement, group: [SQLValue], in source: SourceText) throws(Diagnostic) -> String {
        let binder = Binder(source: source, store: ClaimStore(claims: []))
        let sql = try filter(a.target, a.condition, binder)
        let fields = try a.group.map { name throws(Diagnostic) in try binder.field(name) }
        let keys = zip(fields, group).map { field, value -> String in
            let column = field == .period ? "(\(key(field)))" : key(field)
            switch value {
            case .null: return "\(column) IS NULL"
            case .int(let n): return "\(column) = \(n)"
            case .double(let d): return "\(column) = \(dialect.number(d))"
            case .text(let t): return "\(column) = \(dialect.string(t))"
            case .bool(let b): return "\(column) = \(b)"
            case .ints: return "FALSE"
            }
        }
        guard !keys.isEmpty else { return sql }
        return sql + (sql.isEmpty ? " WHERE " : " AND ") + keys.joined(separator: " AND ")
    }

    // MARK: Aggregates

    private func aggregate(_ a: AggregateStatement, _ binder: Binder) throws(Diagnostic) -> String {
        let keys = try a.group.map { name throws(Diagnostic) in try binder.field(name) }
        let columns = keys.map { $0 == .period ? "\(key($0)) AS period" : $0.rawValue } + ["count(*) AS matched"] + measures(a.function)
            + ["count(DISTINCT unit) AS units", "min(unit) AS unit", "\(dialect.ids()) AS claims"]
        let selected = try filter(a.target, a.condition, binder)
        let from = a.function == .min || a.function == .max ? extremes(a.function, by: keys, selected) : "claims" + selected
        var sql = "SELECT " + columns.joined(separator: ", ") + " FROM " + from
        if !keys.isEmpty {
            sql += " GROUP BY " + keys.map(key).joined(separator: ", ")
            sql += " ORDER BY " + keys.map(groupOrder).joined(separator: ", ")
        }
        return sql
    }

    /// The claims min and max fold, each with its group's extreme ends: `x_low` and
    /// `x_high` (the smallest for min, the largest for max), `x_unbounded` (1 when a
    /// claim has no high end) and `x_open` (1 when the result's inner end is open: for
    /// min a "less than" claim reaches the smallest high end, for max a "more than"
    /// claim the largest low end), so that the fold does not depend on the claims'
    /// order. The ends are a grouped query joined back to the claims (not window
    /// functions, which Citus runs only partitioned by the distribution column).
    private func extremes(_ function: AggregateFunction, by keys: [Field], _ selected: String) -> String {
        let f = function == .min ? "min" : "max"
        let (hedge, inner) = function == .min ? ("less_than", "high") : ("more_than", "low")
        let columns = keys.enumerated().map { "\(key($1)) AS k\($0)" } + [
            "\(f)(low) AS x_low", "\(f)(high) AS x_high", "max(CASE WHEN high IS NULL THEN 1 ELSE 0 END) AS x_unbounded",
            "CASE WHEN \(f)(CASE WHEN qualifier = '\(hedge)' THEN \(inner) END) = \(f)(\(inner)) THEN 1 ELSE 0 END AS x_open",
        ]
        let ends = "SELECT " + columns.joined(separator: ", ") + " FROM claims" + selected
            + (keys.isEmpty ? "" : " GROUP BY " + keys.map(key).joined(separator: ", "))
        let on = keys.isEmpty ? "TRUE" : keys.enumerated().map { "(\(key($1))) IS NOT DISTINCT FROM ends.k\($0)" }.joined(separator: " AND ")
        return "(SELECT claims.*, x_low, x_high, x_unbounded, x_open FROM claims JOIN (\(ends)) AS ends ON \(on)\(selected)) AS claims"
    }

    /// A group's key: the field's column, or a period as claimq writes it
    /// ("2016-01..2016-12", "2016-03", "as of 2016-03"), which orders as its text does.
    public func key(_ field: Field) -> String {
        guard field == .period else { return field.rawValue }
        return "CASE WHEN period_from IS NULL THEN NULL WHEN period_kind = 'as_of' THEN 'as of ' || period_from "
            + "WHEN period_from = period_to THEN period_from ELSE period_from || '..' || period_to END"
    }

    /// value, low, high and the interval's flags as `Estimate` has them: the sum of
    /// the claims' intervals in id order (an unbounded end stays unbounded), the average
    /// (the sum times 1/n), or `Estimate.extreme(of:smallest:)` over the claims and their
    /// group's extreme ends (`extremes`).
    private func measures(_ function: AggregateFunction) -> [String] {
        let bounded = { (end: String) in "count(\(end)) = count(*)" }   // no claim leaves this end open
        let any = { (test: String) in "sum(CASE WHEN \(test) THEN 1 ELSE 0 END) > 0" }
        /// The interval's flags, of every claim or of those that may be the extreme.
        func flags(lowOpen: String, highOpen: String, of claims: String? = nil) -> [String] {
            let among = claims.map { $0 + " AND " } ?? ""
            let approximate = any(among + "qualifier IN ('approx', 'nearly')")
            return ["\(lowOpen) AS low_open", "\(highOpen) AS high_open", "\(approximate) AS approximate",
                    "(\(approximate) AND NOT \(any(among + "qualifier = 'approx'"))) AS capped"]
        }
        let sum = { (column: String) in dialect.sum(column) }
        let sumFlags = flags(lowOpen: any("qualifier = 'more_than'"), highOpen: any("qualifier = 'less_than'"))
        switch function {
        case .count:
            return ["count(*) AS value", "count(*) AS low", "count(*) AS high"]
        case .sum:
            return ["\(sum("value")) AS value", "CASE WHEN \(bounded("low")) THEN \(sum("low")) END AS low",
                    "CASE WHEN \(bounded("high")) THEN \(sum("high")) END AS high"] + sumFlags
        case .avg:
            let n = dialect.reciprocalCount()
            return ["\(sum("value")) * \(n) AS value", "CASE WHEN \(bounded("low")) THEN \(sum("low")) * \(n) END AS low",
                    "CASE WHEN \(bounded("high")) THEN \(sum("high")) * \(n) END AS high"] + sumFlags
        case .min:
            // A claim may be the minimum unless it lies wholly above the smallest high end.
            let candidate = "(x_high IS NULL OR NOT (x_high < low OR (x_high = low AND (x_open > 0 OR qualifier = 'more_than'))))"
            return ["min(value) AS value", "CASE WHEN \(bounded("low")) THEN min(low) END AS low", "min(high) AS high"]
                + flags(lowOpen: "NOT \(any("low = x_low AND qualifier <> 'more_than'"))", highOpen: "max(x_open) > 0", of: candidate)
                + ["\(dialect.picked(smallest: true)) AS picked"]
        case .max:
            let candidate = "(high IS NULL OR NOT (high < x_low OR (high = x_low AND (x_open > 0 OR qualifier = 'less_than'))))"
            let highOpen = "(max(x_unbounded) = 0 AND NOT \(any("high = x_high AND qualifier <> 'less_than'")))"
            return ["max(value) AS value", "max(low) AS low", "CASE WHEN \(bounded("high")) THEN max(high) END AS high"]
                + flags(lowOpen: "max(x_open) > 0", highOpen: highOpen, of: candidate)
                + ["\(dialect.picked(smallest: false)) AS picked"]
        }
    }

    // MARK: Lists

    private func list(_ l: ListStatement, _ binder: Binder) throws(Diagnostic) -> String {
        var sql = Self.selectClaims + (try filter(l.target, l.condition, binder))
        var keys: [String] = []
        if let o = l.order { keys.append(order(try binder.field(o.field), descending: o.descending)) }
        sql += " ORDER BY " + (keys + ["id"]).joined(separator: ", ")
        if let limit = l.limit { sql += " LIMIT \(limit)" }
        return sql
    }

    /// claimq's order of a field: missing values last either way, text by its lower case.
    private func order(_ field: Field, descending: Bool) -> String {
        let direction = descending ? " DESC" : ""
        switch field.kind {
        case .number: return "\(field.rawValue)\(direction)"
        case .period: return "(period_from IS NULL), period_from\(direction), period_to\(direction)"
        case .text, .place: return "(\(field.rawValue) IS NULL), \(dialect.bytewise("lower(\(field.rawValue))"))\(direction)"
        }
    }

    /// The order of groups by a field: claimq's key order, a period by its text.
    private func groupOrder(_ field: Field) -> String {
        guard field == .period else { return order(field, descending: false) }
        return "(\(key(field))) IS NULL, \(dialect.bytewise("lower(\(key(field)))"))"
    }
}
