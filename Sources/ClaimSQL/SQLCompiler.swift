import ClaimQuery
import ClaimStore

/// Compiles claimq statements to one SQL query each over the `claims` relation of
/// sql/schema.sql, for the engine `dialect` names. The query answers what claimq
/// answers in memory:
/// - an aggregate gives one row (one per group with `by`, in claimq's group order):
///   the group's keys, `matched`, `value`, the interval `low`..`high` (NULL for an
///   unbounded end) with `low_open`, `high_open`, `approximate` and `capped` as
///   `Estimate` has them (for sum, avg and count), `picked` (min, max), `units` and
///   `unit` (more than one unit is claimq's error), and `claims`, the ids;
/// - `list` and `show` give the claims' rows, in claimq's order.
/// Names, types and places are checked as in memory, with the same diagnostics.
public struct SQLCompiler {
    public let dialect: SQLDialect

    public init(dialect: SQLDialect) {
        self.dialect = dialect
    }

    /// The claim record's columns, as `list` and `show` return them.
    public static let claimColumns = ["id", "article", "metric", "subject", "value", "qualifier", "unit", "place", "state",
                                      "country", "period_from", "period_to", "period_kind", "source", "surface", "quote",
                                      "paragraph", "sentence"]

    public func compile(_ statement: Statement, in source: SourceText) throws(Diagnostic) -> String {
        let binder = Binder(source: source, store: ClaimStore(claims: []))
        switch statement.kind {
        case .expression(.aggregate(let a)): return try aggregate(a, binder)
        case .list(let l): return try list(l, binder)
        case .show(let s): return "SELECT \(Self.claimColumns.joined(separator: ", ")) FROM claims WHERE id = \(s.id)"
        case .expression: throw notYet("arithmetic over aggregates", statement.range)
        case .check: throw notYet("'check'", statement.range)
        case .why: throw notYet("'why'", statement.range)
        case .timeline: throw notYet("'timeline'", statement.range)
        }
    }

    private func notYet(_ what: String, _ range: Range<Int>) -> Diagnostic {
        Diagnostic("\(what) is not compiled to SQL yet", at: range,
                   hints: ["SQL is made for aggregates (with 'by'), 'list' and 'show'"])
    }

    // MARK: Where

    /// The WHERE clause of a target and a condition, or "" for every claim.
    private func filter(_ target: Target?, _ condition: Condition?, _ binder: Binder) throws(Diagnostic) -> String {
        var tests: [String] = []
        if case .metric(let name)? = target { tests.append("lower(metric) = \(dialect.string(name.text.lowercased()))") }
        if let condition { tests.append(try SQLCondition(dialect: dialect, binder: binder).sql(condition)) }
        return tests.isEmpty ? "" : " WHERE " + tests.joined(separator: " AND ")
    }

    /// The claims an aggregate reads (of one group when `group` gives its key's columns
    /// and values), as `list` selects them, in id order: for claimq's mixed-units error,
    /// for folding min and max as `Estimate` does, and for the double-counting warnings.
    public func members(_ a: AggregateStatement, group: [(column: String, value: SQLValue)] = [],
                        in source: SourceText) throws(Diagnostic) -> String {
        let binder = Binder(source: source, store: ClaimStore(claims: []))
        var sql = "SELECT \(Self.claimColumns.joined(separator: ", ")) FROM claims" + (try filter(a.target, a.condition, binder))
        let keys = group.map { key -> String in
            switch key.value {
            case .null: return "\(key.column) IS NULL"
            case .int(let n): return "\(key.column) = \(n)"
            case .double(let d): return "\(key.column) = \(dialect.number(d))"
            case .text(let t): return "\(key.column) = \(dialect.string(t))"
            case .bool(let b): return "\(key.column) = \(b)"
            case .ints: return "FALSE"
            }
        }
        if !keys.isEmpty { sql += (sql.contains(" WHERE ") ? " AND " : " WHERE ") + keys.joined(separator: " AND ") }
        return sql + " ORDER BY id"
    }

    // MARK: Aggregates

    private func aggregate(_ a: AggregateStatement, _ binder: Binder) throws(Diagnostic) -> String {
        let keys = try a.group.map { name throws(Diagnostic) -> Field in
            let field = try binder.field(name)
            if field == .period { throw notYet("grouping by period", name.range) }
            return field
        }
        let columns = keys.map(\.rawValue) + ["count(*) AS matched"] + measures(a.function)
            + ["count(DISTINCT unit) AS units", "min(unit) AS unit", "\(dialect.ids()) AS claims"]
        var sql = "SELECT " + columns.joined(separator: ", ") + " FROM claims" + (try filter(a.target, a.condition, binder))
        if !keys.isEmpty {
            sql += " GROUP BY " + keys.map(\.rawValue).joined(separator: ", ")
            sql += " ORDER BY " + keys.map { order($0, descending: false) }.joined(separator: ", ")
        }
        return sql
    }

    /// value, low, high and the interval's flags: `Estimate`'s sum of the claims'
    /// intervals (an unbounded end stays unbounded), its average, or its ends' extremes.
    private func measures(_ function: AggregateFunction) -> [String] {
        let bounded = { (end: String) in "count(\(end)) = count(*)" }   // no claim leaves this end open
        let any = { (test: String) in "sum(CASE WHEN \(test) THEN 1 ELSE 0 END) > 0" }
        let approximate = any("qualifier IN ('approx', 'nearly')")
        let flags = ["\(any("qualifier = 'more_than'")) AS low_open", "\(any("qualifier = 'less_than'")) AS high_open",
                     "\(approximate) AS approximate", "(\(approximate) AND NOT \(any("qualifier = 'approx'"))) AS capped"]
        switch function {
        case .count:
            return ["count(*) AS value", "count(*) AS low", "count(*) AS high"]
        case .sum:
            return ["sum(value) AS value", "CASE WHEN \(bounded("low")) THEN sum(low) END AS low",
                    "CASE WHEN \(bounded("high")) THEN sum(high) END AS high"] + flags
        case .avg:
            return ["sum(value) / count(*) AS value", "CASE WHEN \(bounded("low")) THEN sum(low) / count(*) END AS low",
                    "CASE WHEN \(bounded("high")) THEN sum(high) / count(*) END AS high"] + flags
        case .min:
            return ["min(value) AS value", "CASE WHEN \(bounded("low")) THEN min(low) END AS low", "min(high) AS high",
                    "\(dialect.picked(smallest: true)) AS picked"]
        case .max:
            return ["max(value) AS value", "max(low) AS low", "CASE WHEN \(bounded("high")) THEN max(high) END AS high",
                    "\(dialect.picked(smallest: false)) AS picked"]
        }
    }

    // MARK: Lists

    private func list(_ l: ListStatement, _ binder: Binder) throws(Diagnostic) -> String {
        var sql = "SELECT \(Self.claimColumns.joined(separator: ", ")) FROM claims" + (try filter(l.target, l.condition, binder))
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
}
