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
        if let field = Field(rawValue: name.lowercased) {
            throw Diagnostic("'\(field.rawValue)' is a field; aggregates run over a metric, 'value' or 'claims'",
                             at: name.range, hints: ["see the metrics with .metrics"])
        }
        let metrics = try query("SELECT metric FROM claims GROUP BY metric ORDER BY min(id)", name.range).compactMap { $0[0].text }
        let hints = Suggest.hint(for: name.text, among: metrics + ["claims", "value"])
        throw Diagnostic("unknown metric '\(name.text)'", at: name.range, hints: hints.isEmpty ? ["see the metrics with .metrics"] : hints)
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

    /// One aggregate row (after `keys` key columns): see SQLCompiler for its columns.
    private func result(_ a: AggregateStatement, _ label: String, _ row: [SQLValue], keys: Int,
                        group: [(column: String, value: SQLValue)] = [], _ source: SourceText) throws(Diagnostic) -> AggregateResult {
        let r = Array(row.dropFirst(keys))
        let claims: [Int] = if case .ints(let ids)? = r.last { ids } else { [] }
        let (units, unit) = (r[r.count - 3].int ?? 0, r[r.count - 2].text)
        // Mixed units, min and max, and the warnings of sum and avg need the claims themselves (of this group).
        var members: [Claim] = []
        if a.function != .count, !claims.isEmpty {
            members = try query(try compiler.members(a, group: group, in: source), a.range).map(Self.claim)
        }
        if a.function != .count, units > 1 {
            var counts: [(String, Int)] = []
            for m in members {
                if let k = counts.firstIndex(where: { $0.0 == m.unit }) { counts[k].1 += 1 } else { counts.append((m.unit, 1)) }
            }
            let listed = counts.map { "\($0.0) (\($0.1) claim\($0.1 == 1 ? "" : "s"))" }
            throw Diagnostic("cannot \(a.function.rawValue) values in different units: \(listed.joined(separator: ", "))",
                             at: a.functionRange.lowerBound..<(a.target.map(Self.range) ?? a.functionRange).upperBound,
                             hints: ["split them with 'by unit', or keep one with 'where unit = \"\(counts.first?.0 ?? "")\"'",
                                     "'count claims' counts across units"])
        }
        if a.function != .count, let first = members.first {
            // Estimate's fold over the claims, as in memory, so that even the last digit
            // of a sum or an average is the same.
            var e = Estimate(first.value, first.qualifier)
            for m in members.dropFirst() {
                let next = Estimate(m.value, m.qualifier)
                switch a.function {
                case .min: e = .minimum(e, next)
                case .max: e = .maximum(e, next)
                default: e = e + next
                }
            }
            if a.function == .avg { e = e.scaled(by: 1 / Double(members.count)) }
            guard e.isFinite else { throw Diagnostic("the \(a.function.rawValue) is out of range (beyond ±1.8e308)", at: a.range) }
            let warnings = a.function == .sum || a.function == .avg
                ? DoubleCounting.warnings(members, operation: a.function == .sum ? "sum" : "average") : []
            let picked = a.function == .min || a.function == .max ? r[4].int : nil
            return AggregateResult(function: a.function, metric: label, estimate: e, unit: unit, claims: claims, picked: picked,
                                   warnings: warnings)
        }
        guard a.function == .count || !claims.isEmpty, let nominal = r[1].double else {
            return AggregateResult(function: a.function, metric: label, estimate: nil, unit: nil, claims: [], picked: nil)
        }
        // A count (the other functions matched no claim, or were folded above).
        return AggregateResult(function: .count, metric: label, estimate: Estimate(exactly: nominal), unit: nil, claims: claims, picked: nil)
    }

    private static func range(_ target: Target) -> Range<Int> {
        switch target {
        case .metric(let name): return name.range
        case .value(let r), .claims(let r): return r
        }
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
