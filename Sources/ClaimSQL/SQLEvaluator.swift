import ClaimQuery
import ClaimStore

/// Answers statements from a PostgreSQL database (`claimq --db URL`): each compiles to
/// one query (SQLCompiler), whose rows become the `QueryResult` the in-memory
/// evaluator would give, so text and JSON render alike. Not yet: arithmetic, `check`,
/// `why` and `timeline`. (Min, max and the double-counting warnings read the matched
/// claims back, to fold and compare them as the store does.)
public struct SQLEvaluator {
    public let database: ClaimDatabase
    private let compiler = SQLCompiler(dialect: .postgres)

    public init(database: ClaimDatabase) {
        self.database = database
    }

    public func run(_ statement: Statement, in source: SourceText) throws(Diagnostic) -> QueryResult {
        // The metric first, as in memory: an unknown one is the error, whatever else is wrong.
        var metric: String?
        switch statement.kind {
        case .expression(.aggregate(let a)): metric = try metricName(a.target)
        case .list(let l): metric = try metricName(l.target)
        default: break
        }
        let sql = try compiler.compile(statement, in: source)
        let rows = try query(sql, statement.range)
        switch statement.kind {
        case .expression(.aggregate(let a)):
            let label = metric ?? Self.label(a.target)
            guard !a.group.isEmpty else {
                guard let row = rows.first else { throw Diagnostic("the database returned no row", at: statement.range) }
                return .aggregate(try result(a, label, row, keys: 0, source))
            }
            var groups: [GroupedResult.Group] = []
            let names = a.group.map(\.lowercased)
            for row in rows {
                let key = row.prefix(names.count).map(Self.key)
                let group = GroupedResult.Group(key: key, result: AggregateResult(function: .count, metric: "", estimate: nil, unit: nil,
                                                                                    claims: [], picked: nil), fields: names)
                do throws(Diagnostic) {
                    let columns = Array(zip(names, row.prefix(names.count))).map { (column: $0.0, value: $0.1) }
                    groups.append(.init(key: key, result: try result(a, label, row, keys: names.count, group: columns, source), fields: names))
                } catch {
                    throw Diagnostic("\(group.label): \(error.message)", at: error.range, hints: error.hints)
                }
            }
            return .groups(GroupedResult(function: a.function, metric: label, by: names, groups: groups))
        case .list:
            return .claims(rows.map(Self.claim))
        case .show(let s):
            guard let row = rows.first else { throw try missing(s) }
            return .claim(Self.claim(row))
        default:
            throw Diagnostic("this statement is not answered from a database yet", at: statement.range)
        }
    }

    private func query(_ sql: String, _ range: Range<Int>) throws(Diagnostic) -> [[SQLValue]] {
        do throws(DatabaseError) {
            return try database.rows(sql)
        } catch {
            let missing = error.description.contains("relation \"claims\" does not exist")
            throw Diagnostic("the database failed: \(error.description)", at: range,
                             hints: missing ? ["this database has no claims yet: claimq import --db URL SOURCES… makes the table and fills it"] : [])
        }
    }

    /// The metric a target names, spelt as the database spells it; claimq's error when
    /// no claim has it.
    private func metricName(_ target: Target?) throws(Diagnostic) -> String? {
        guard case .metric(let name)? = target else { return nil }
        let literal = "'" + name.lowercased.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
        if let found = try query("SELECT metric FROM claims WHERE lower(metric) = \(literal) LIMIT 1", name.range).first?[0].text {
            return found
        }
        throw try Diagnostic.unknownMetric(name, among: { () throws(Diagnostic) in
            try query("SELECT metric FROM claims GROUP BY metric ORDER BY min(id)", name.range).compactMap { $0[0].text }
        })
    }

    private static func label(_ target: Target?) -> String {
        switch target {
        case .metric(let name)?: return name.text
        case .value?: return "value"
        case .claims?, nil: return "claims"
        }
    }

    private static func key(_ value: SQLValue) -> GroupedResult.Key {
        switch value {
        case .null: return .null
        case .int(let n): return .number(Double(n))
        case .double(let d): return .number(d)
        case .text(let t): return .text(t)
        case .bool(let b): return .text(b ? "true" : "false")
        case .ints(let ids): return .text(ids.map(String.init).joined(separator: ","))
        }
    }

    /// One aggregate row (after `keys` key columns): see SQLCompiler for its columns. A
    /// count is the row's; sum, avg, min and max read the matched claims (of this group)
    /// back and compute as the store does (Aggregation.compute: the same fold to the last
    /// digit, the same mixed-units error, the same double-counting warnings).
    private func result(_ a: AggregateStatement, _ label: String, _ row: [SQLValue], keys: Int,
                        group: [(column: String, value: SQLValue)] = [], _ source: SourceText) throws(Diagnostic) -> AggregateResult {
        let r = Array(row.dropFirst(keys))
        let claims: [Int] = if case .ints(let ids)? = r.last { ids } else { [] }
        guard a.function != .count else {
            return AggregateResult(function: .count, metric: label, estimate: Estimate(exactly: Double(r[0].int ?? 0)),
                                   unit: nil, claims: claims, picked: nil)
        }
        let members = claims.isEmpty ? [] : try query(try compiler.members(a, group: group, in: source), a.range).map(Self.claim)
        return try Aggregation.compute(a, label, claims: members)
    }

    private func missing(_ s: ShowStatement) throws(Diagnostic) -> Diagnostic {
        let ends = try query("SELECT min(id), max(id) FROM claims", s.idRange).first
        let hint = ends?[0].int.map { "claim ids run from \($0) to \(ends?[1].int ?? $0)" } ?? "the store has no claims"
        return Diagnostic("no claim #\(s.id)", at: s.idRange, hints: [hint])
    }

    /// A claim from the columns `list` and `show` select (SQLCompiler.claimColumns).
    private static func claim(_ r: [SQLValue]) -> Claim {
        let period: Period? = r[10].text.flatMap(YearMonth.init).flatMap { from in
            r[11].text.flatMap(YearMonth.init).map { Period(from: from, to: $0, kind: r[12].text.flatMap(Period.Kind.init) ?? .interval) }
        }
        return Claim(id: r[0].int ?? 0, article: r[1].text ?? "", metric: r[2].text ?? "", value: r[4].double ?? 0,
                     qualifier: r[5].text.flatMap(Qualifier.init) ?? .exact, unit: r[6].text ?? "",
                     place: r[7].text.flatMap { Place(code: $0) }, period: period, source: r[13].text ?? "",
                     surface: r[14].text ?? "", quote: r[15].text ?? "", paragraph: r[16].int ?? 0, sentence: r[17].int ?? 0,
                     subject: r[3].text)
    }
}
