import ClaimQuery
import ClaimStore

/// Answers statements from a PostgreSQL database (`claimq --db URL`): each compiles to
/// one query (SQLCompiler), whose rows become the `QueryResult` the in-memory
/// evaluator would give, so text and JSON render alike. Not yet: arithmetic, `check`,
/// `why`, `timeline` and the double-counting warnings.
public struct SQLEvaluator {
    public let database: ClaimDatabase
    private let compiler = SQLCompiler(dialect: .postgres)

    public init(database: ClaimDatabase) {
        self.database = database
    }

    public func run(_ statement: Statement, in source: SourceText) throws(Diagnostic) -> QueryResult {
        let sql = try compiler.compile(statement, in: source)
        let rows = try query(sql, statement.range)
        switch statement.kind {
        case .expression(.aggregate(let a)):
            let label = Self.label(a.target)
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
            throw Diagnostic("the database failed: \(error.description)", at: range)
        }
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
        // Mixed units, and min and max, need the claims themselves (of this group).
        var members: [[SQLValue]] = []
        if a.function != .count, units > 1 || a.function == .min || a.function == .max {
            members = try query(try compiler.members(a, group: group, in: source), a.range)
        }
        if a.function != .count, units > 1 {
            var counts: [(String, Int)] = []
            for m in members {
                let u = m[2].text ?? ""
                if let k = counts.firstIndex(where: { $0.0 == u }) { counts[k].1 += 1 } else { counts.append((u, 1)) }
            }
            let listed = counts.map { "\($0.0) (\($0.1) claim\($0.1 == 1 ? "" : "s"))" }
            throw Diagnostic("cannot \(a.function.rawValue) values in different units: \(listed.joined(separator: ", "))",
                             at: a.functionRange.lowerBound..<(a.target.map(Self.range) ?? a.functionRange).upperBound,
                             hints: ["split them with 'by unit', or keep one with 'where unit = \"\(counts.first?.0 ?? "")\"'",
                                     "'count claims' counts across units"])
        }
        if a.function == .min || a.function == .max, let first = members.first {
            // Estimate's fold, as in memory: the ends of intervals that may overlap, and their flags.
            var e = Self.estimate(first)
            for m in members.dropFirst() { e = a.function == .min ? .minimum(e, Self.estimate(m)) : .maximum(e, Self.estimate(m)) }
            return AggregateResult(function: a.function, metric: label, estimate: e, unit: unit, claims: claims, picked: r[4].int)
        }
        guard a.function == .count || !claims.isEmpty, let nominal = r[1].double else {
            return AggregateResult(function: a.function, metric: label, estimate: nil, unit: nil, claims: [], picked: nil)
        }
        var e = Estimate(exactly: nominal)
        (e.low, e.high) = (r[2].double, r[3].double)
        var picked: Int?
        switch a.function {
        case .sum, .avg:
            (e.lowOpen, e.highOpen, e.approximate, e.capped) = (r[4].bool ?? false, r[5].bool ?? false, r[6].bool ?? false, r[7].bool ?? false)
        case .min, .max:
            picked = r[4].int
        case .count:
            return AggregateResult(function: .count, metric: label, estimate: e, unit: nil, claims: claims, picked: nil)
        }
        return AggregateResult(function: a.function, metric: label, estimate: e, unit: unit, claims: claims, picked: picked)
    }

    private static func estimate(_ member: [SQLValue]) -> Estimate {
        Estimate(member[0].double ?? 0, member[1].text.flatMap(Qualifier.init) ?? .exact)
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
