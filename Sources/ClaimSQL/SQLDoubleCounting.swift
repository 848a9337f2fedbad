import ClaimQuery
import ClaimStore

/// The double-counting warnings of a sum or an average, found by the database: pairs
/// of the matched claims with a period, of one metric, in one place or in a country
/// and one of its parts, whose periods overlap, or which are snapshots at different
/// dates (claimq's `DoubleCounting`). The first pairs, in claimq's order, and how many
/// pairs there are, counted without joining the claims to each other.
extension SQLCompiler {
    /// The claims a warning looks at: those of the aggregate with a period, their
    /// period's ends `f` and `t` ordered as claimq orders them, and the key of their
    /// group (`keys`, the fields of the aggregate's `by`) as `k0`, `k1`, ….
    private func dated(_ a: AggregateStatement, keys: [Field], in source: SourceText) throws(Diagnostic) -> String {
        let selected = try selection(a, group: [], in: source)
        let columns = keys.enumerated().map { "\(key($1)) AS k\($0), " }.joined()
        return "SELECT \(columns)id, metric, place, country, place = country AS whole, \(dialect.bytewise("period_from")) AS f, "
            + "\(dialect.bytewise("period_to")) AS t, period_kind = 'as_of' AS snap FROM claims"
            + selected + (selected.isEmpty ? " WHERE " : " AND ") + "period_from IS NOT NULL"
    }

    /// Whether claims `a` and `b` name one place, or a country and one of its parts
    /// (two claims with no place are the same unknown place).
    private static func nested(_ a: String, _ b: String) -> String {
        "((\(a).place IS NULL AND \(b).place IS NULL) OR \(a).place = \(b).place "
            + "OR (\(a).whole AND \(a).place = \(b).country) OR (\(b).whole AND \(b).place = \(a).country))"
    }

    /// The pairs that warn, first in claimq's order, for every group in one query:
    /// rows of the group's key (one value for each field of the aggregate's `by`), the
    /// phase and ids `a`, `b`. Phase 0: claims by period start then id, each of the
    /// first `DoubleCounting.firsts` with the next claims whose period starts before its
    /// own ends; phase 1: each of the first snapshots with the later snapshots, which
    /// claimq looks at after. Up to `DoubleCounting.limit` of each, a group's in order.
    /// Each group's claims come in order, each with its first few partners, so the
    /// database stops at the `limit`th pair.
    public func doubleCountingExamples(_ a: AggregateStatement, in source: SourceText) throws(Diagnostic) -> String {
        let binder = Binder(source: source, store: ClaimStore(claims: []))
        let fields = try a.group.map { name throws(Diagnostic) in try binder.field(name) }
        let keys = fields.indices.map { "k\($0)" }
        let limit = DoubleCounting.limit
        func same(_ x: String, _ y: String) -> String {
            keys.isEmpty ? "TRUE" : keys.map { "\(x).\($0) IS NOT DISTINCT FROM \(y).\($0)" }.joined(separator: " AND ")
        }
        func phase(_ n: Int, _ test: String, snapshots: Bool) -> String {
            let firsts = "SELECT * FROM dated AS a WHERE \(same("a", "g"))\(snapshots ? " AND snap" : "") ORDER BY f, id LIMIT \(DoubleCounting.firsts)"
            let partner = "\(same("b", "a")) AND b.metric = a.metric AND \(Self.nested("a", "b")) AND \(test)"
            return "(SELECT \(n) AS phase, a.f AS af, a.id AS a, b.f AS bf, b.id AS b FROM (\(firsts)) AS a CROSS JOIN LATERAL "
                + "(SELECT id, f FROM dated AS b WHERE \(partner) ORDER BY f, id LIMIT \(limit)) AS b ORDER BY a.f, a.id, b.f, b.id LIMIT \(limit))"
        }
        let overlapping = phase(0, "(b.f > a.f OR (b.f = a.f AND b.id > a.id)) AND b.f <= a.t", snapshots: false)
        let snapshots = phase(1, "b.snap AND a.t < b.f", snapshots: true)
        let groups = keys.isEmpty ? "SELECT 1 AS one" : "SELECT DISTINCT \(keys.joined(separator: ", ")) FROM dated"
        return "WITH dated AS (\(try dated(a, keys: fields, in: source))), groups AS (\(groups)) "
            + "SELECT \(keys.map { "g.\($0), " }.joined())x.a, x.b FROM groups AS g CROSS JOIN LATERAL "
            + "(\(overlapping) UNION ALL \(snapshots)) AS x ORDER BY \(keys.map { "g.\($0), " }.joined())x.phase, x.af, x.a, x.bf, x.b"
    }

    /// How many pairs warn in each group, as `DoubleCounting.pairs` counts them: rows of
    /// the group's key (one value for each field of the aggregate's `by`) and its count,
    /// for the groups with a claim that has a period. All pairs of one metric in one
    /// place, and of a country and its parts, less those whose periods do not meet,
    /// plus the snapshots among those. The periods that do not meet are counted by a
    /// sweep: each start, in order, after the ends before it.
    public func doubleCountingPairs(_ a: AggregateStatement, in source: SourceText) throws(Diagnostic) -> String {
        let binder = Binder(source: source, store: ClaimStore(claims: []))
        let fields = try a.group.map { name throws(Diagnostic) in try binder.field(name) }
        let keys = fields.indices.map { "k\($0)" }
        let by = keys.map { $0 + ", " }.joined()
        // Ends sort after starts of the same month: a period ending in March meets one starting in March.
        let events = "SELECT \(by)metric, place, country, whole, snap, f AS v, 0 AS ended FROM dated "
            + "UNION ALL SELECT \(by)metric, place, country, whole, snap, t AS v, 1 AS ended FROM dated"
        func sweep(_ partition: String, _ counted: String) -> String {
            "sum(CASE WHEN \(counted) THEN ended ELSE 0 END) OVER (PARTITION BY \(by)\(partition) ORDER BY v, ended ROWS UNBOUNDED PRECEDING)"
        }
        let before = [
            "\(sweep("metric, place", "TRUE")) AS same", "\(sweep("metric, place", "snap")) AS same_snaps",
            "\(sweep("metric, country", "whole")) AS wholes", "\(sweep("metric, country", "NOT whole")) AS parts",
            "\(sweep("metric, country", "whole AND snap")) AS whole_snaps", "\(sweep("metric, country", "NOT whole AND snap")) AS part_snaps",
        ]
        let swept = "SELECT \(by)ended, snap, whole, country IS NOT NULL AS placed, \(before.joined(separator: ", ")) FROM events"
        // Pairs apart: within a place, a start after an end; across, a country's start after
        // a part's end or the other way round. Snapshots apart are added back.
        let apart = "CASE WHEN ended = 1 THEN 0 ELSE same - (CASE WHEN snap THEN same_snaps ELSE 0 END) END"
            + " + CASE WHEN ended = 0 AND placed THEN (CASE WHEN whole THEN parts ELSE wholes END)"
            + " - (CASE WHEN NOT snap THEN 0 WHEN whole THEN part_snaps ELSE whole_snaps END) ELSE 0 END"
        let terms = [
            "SELECT \(by)count(*) * (count(*) - 1) / 2 AS n FROM dated GROUP BY \(by)metric, place",
            "SELECT \(by)sum(CASE WHEN whole THEN 0 ELSE 1 END) * sum(CASE WHEN whole THEN 1 ELSE 0 END) AS n "
                + "FROM dated WHERE country IS NOT NULL GROUP BY \(by)metric, country",
            "SELECT \(by)-(\(apart)) AS n FROM swept",
        ]
        return "WITH dated AS (\(try dated(a, keys: fields, in: source))), events AS (\(events)), swept AS (\(swept)) "
            + "SELECT \(by)CAST(sum(n) AS BIGINT) AS pairs FROM (\(terms.joined(separator: " UNION ALL "))) AS terms"
            + (keys.isEmpty ? "" : " GROUP BY " + keys.joined(separator: ", "))
    }
}
