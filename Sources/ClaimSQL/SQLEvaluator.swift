import ClaimQuery
import ClaimStore

/// Answers statements from a PostgreSQL database (`claimq --db`): each compiles to
/// queries (SQLCompiler), whose rows become the `QueryResult` the in-memory evaluator
/// would give, so text and JSON render alike. Aggregates, their groups and their
/// double-counting warnings are computed in SQL; arithmetic combines its aggregates as
/// the store does, and `check` runs the store's Consistency over the claims with
/// relations and those they name.
public struct SQLEvaluator {
    public let database: ClaimDatabase
    private let compiler = SQLCompiler(dialect: .postgres)
    /// The claims behind the previous answer, which `why` shows.
    private var previous: [Int] = []
    /// Called with each query before it runs (`.sql on`).
    public var echo: ((String) -> Void)?

    public init(database: ClaimDatabase) {
        self.database = database
    }

    /// Runs a statement and remembers the claims behind its answer for a later `why`.
    public mutating func answer(_ statement: Statement, in source: SourceText) throws(Diagnostic) -> QueryResult {
        let result = try run(statement, in: source)
        if result.hasSourceClaims { previous = result.sourceClaims }
        return result
    }

    public func run(_ statement: Statement, in source: SourceText) throws(Diagnostic) -> QueryResult {
        switch statement.kind {
        case .expression(.aggregate(let a)):
            return try aggregate(a, in: source)
        case .expression(let e):
            let arithmetic = Arithmetic(whole: { a throws(Diagnostic) in
                guard case .aggregate(let result) = try aggregate(a, in: source) else { preconditionFailure("a group in arithmetic") }
                return result
            }, claims: { ids throws(Diagnostic) in try claims(ids, statement.range) })
            return .value(try arithmetic.evaluate(e))
        case .list(let l):
            _ = try metricName(l.target)
            return .claims(try claims(statement, source))
        case .show(let s):
            guard let claim = try claims(statement, source).first else { throw try missing(s.id, s.idRange) }
            return .claim(claim)
        case .timeline(let t):
            _ = try metricName(t.target)
            return .timeline(try claims(statement, source))
        case .why:
            guard !previous.isEmpty else { throw Diagnostic.nothingToExplain(at: statement.range) }
            return .why(try claims(previous, statement.range))
        case .check(let target):
            if let target, try query("SELECT id FROM claims WHERE id = \(target.id)", target.idRange).isEmpty {
                throw try missing(target.id, target.idRange)
            }
            let store = ClaimStore(claims: try claims(statement, source))
            return .check(try Consistency(store: store).findings(about: target?.id))
        }
    }

    private func claims(_ statement: Statement, _ source: SourceText) throws(Diagnostic) -> [Claim] {
        var rows: [[SQLValue]] = []
        for sql in try compiler.compile(statement, in: source, previous: previous) { rows += try query(sql, statement.range) }
        return rows.map(Self.claim)
    }

    /// The claims with these ids, in this order (repeats repeated; ids no claim has left out).
    private func claims(_ ids: [Int], _ range: Range<Int>) throws(Diagnostic) -> [Claim] {
        var found: [Int: Claim] = [:]
        let distinct = Array(Set(ids)).sorted()
        for start in stride(from: 0, to: distinct.count, by: 10_000) {
            for claim in try query(compiler.claims(Array(distinct[start..<min(distinct.count, start + 10_000)])), range).map(Self.claim) {
                found[claim.id] = claim
            }
        }
        return ids.compactMap { found[$0] }
    }

    /// An aggregate, whole or by groups.
    private func aggregate(_ a: AggregateStatement, in source: SourceText) throws(Diagnostic) -> QueryResult {
        // The metric first, as in memory: an unknown one is the error, whatever else is wrong.
        let label = try metricName(a.target) ?? Self.label(a.target)
        let rows: [[SQLValue]]
        do throws(Diagnostic) {
            rows = try query(try compiler.compile(a, in: source), a.range)
        } catch where error.message.contains("value out of range: overflow") {
            // The server refuses a sum past ±1.8e308: read the claims and answer as the store does.
            let claims = try query(try compiler.members(a, in: source), a.range).map(Self.claim)
            return try Evaluator(store: ClaimStore(claims: claims)).aggregate(a, in: source)
        }
        // The double-counting warnings of every group, asked once, when the first group needs them.
        var found: (examples: [[SQLValue]: [(Claim, Claim)]], pairs: [[SQLValue]: Int])?
        let doubleCounting = { (group: [SQLValue]) throws(Diagnostic) -> ([(Claim, Claim)], Int) in
            if found == nil { found = try doubleCountingOfEveryGroup(a, in: source) }
            return (found?.examples[group] ?? [], found?.pairs[group] ?? 0)
        }
        guard !a.group.isEmpty else {
            guard let row = rows.first else { throw Diagnostic("the database returned no row", at: a.range) }
            return .aggregate(try result(a, label, row, keys: 0, source, doubleCounting: doubleCounting))
        }
        var groups: [GroupedResult.Group] = []
        let names = a.group.map(\.lowercased)
        for row in rows {
            let key = row.prefix(names.count).map(Self.key)
            do throws(Diagnostic) {
                groups.append(.init(key: key, result: try result(a, label, row, keys: names.count, source, doubleCounting: doubleCounting), fields: names))
            } catch {
                let group = GroupedResult.Group(key: key, result: .empty, fields: names)
                throw Diagnostic("\(group.label): \(error.message)", at: error.range, hints: error.hints)
            }
        }
        return .groups(GroupedResult(function: a.function, metric: label, by: names, groups: groups))
    }

    func query(_ sql: String, _ range: Range<Int>) throws(Diagnostic) -> [[SQLValue]] {
        do throws(DatabaseError) {
            echo?(sql)
            return try database.rows(sql)
        } catch {
            if Interruption.requested { throw Diagnostic.interrupted }   // (the server cancelled the query)
            let missing = error.description.contains("relation \"claims\" does not exist")
            let lost = error.description.hasPrefix("cannot connect") || error.description.hasPrefix("the connection to")
            throw Diagnostic("the database failed: \(error.description)", at: range,
                             hints: missing ? ["this database has no claims yet: claimq import --db URL SOURCES… makes the table and fills it"]
                                 : lost ? ["each statement connects again: is the server running?"] : [])
        }
    }

    /// The metric a target names, spelt as the database spells it; claimq's error when
    /// no claim has it.
    private func metricName(_ target: Target?) throws(Diagnostic) -> String? {
        guard case .metric(let name)? = target else { return nil }
        let literal = compiler.dialect.string(name.lowercased)
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

    /// One aggregate row (after `keys` key columns): see SQLCompiler for its columns.
    /// The database folds: the value, its interval and flags, the claim min or max
    /// picks. More than one unit is claimq's error, with each unit's claims counted;
    /// a sum or average asks the database for its double-counting warnings.
    private func result(_ a: AggregateStatement, _ label: String, _ row: [SQLValue], keys: Int, _ source: SourceText,
                        doubleCounting: (_ group: [SQLValue]) throws(Diagnostic) -> ([(Claim, Claim)], Int)) throws(Diagnostic) -> AggregateResult {
        let r = Array(row.dropFirst(keys))
        let group = Array(row.prefix(keys))
        let claims: [Int] = if case .ints(let ids)? = r.last { ids } else { [] }
        guard a.function != .count else {
            return AggregateResult(function: .count, metric: label, estimate: Estimate(exactly: Double(r[0].int ?? 0)),
                                   unit: nil, claims: claims, picked: nil)
        }
        if (r[r.count - 3].int ?? 0) > 1 {
            let units = try query(compiler.units(a, group: group, in: source), a.range)
            throw Aggregation.mixedUnits(a, units.map { ($0[0].text ?? "", $0[1].int ?? 0) })
        }
        guard !claims.isEmpty else {
            return AggregateResult(function: a.function, metric: label, estimate: nil, unit: nil, claims: [], picked: nil)
        }
        var estimate = Estimate(exactly: r[1].double ?? 0)
        (estimate.low, estimate.high) = (r[2].double, r[3].double)
        let flags = r[4...7].map { $0 == .bool(true) }
        (estimate.lowOpen, estimate.highOpen, estimate.approximate, estimate.capped) = (flags[0], flags[1], flags[2], flags[3])
        var warnings: [String] = []
        if a.function == .sum || a.function == .avg {
            let (examples, pairs) = try doubleCounting(group)
            warnings = DoubleCounting.warnings(examples: examples, pairs: pairs, operation: a.function == .sum ? "sum" : "average")
        }
        return AggregateResult(function: a.function, metric: label, estimate: estimate, unit: r[r.count - 2].text, claims: claims,
                               picked: a.function == .min || a.function == .max ? r[8].int : nil, warnings: warnings)
    }

    /// The double-counting pairs of every group of an aggregate: the first pairs, each
    /// group's in order (its overlapping pairs, then its snapshots, five at most), and
    /// how many there are, by the group's key values.
    private func doubleCountingOfEveryGroup(_ a: AggregateStatement, in source: SourceText) throws(Diagnostic)
        -> (examples: [[SQLValue]: [(Claim, Claim)]], pairs: [[SQLValue]: Int]) {
        let keys = a.group.count
        let rows = try query(try compiler.doubleCountingExamples(a, in: source), a.range)
        let named = Dictionary(try claims(rows.flatMap { [$0[keys].int ?? 0, $0[keys + 1].int ?? 0] }, a.range).map { ($0.id, $0) },
                               uniquingKeysWith: { first, _ in first })
        var examples: [[SQLValue]: [(Claim, Claim)]] = [:]
        for row in rows {
            guard let x = row[keys].int.flatMap({ named[$0] }), let y = row[keys + 1].int.flatMap({ named[$0] }) else { continue }
            let group = Array(row.prefix(keys))
            if examples[group, default: []].count < DoubleCounting.limit { examples[group, default: []].append((x, y)) }
        }
        let counted = try query(try compiler.doubleCountingPairs(a, in: source), a.range)
        let pairs = Dictionary(counted.map { (Array($0.dropLast()), $0.last?.int ?? 0) }, uniquingKeysWith: +)
        return (examples, pairs)
    }

    private func missing(_ id: Int, _ range: Range<Int>) throws(Diagnostic) -> Diagnostic {
        let ends = try query("SELECT min(id), max(id) FROM claims", range).first
        return Diagnostic.noClaim(id, at: range, idsRun: ends?[0].int.map { ($0, ends?[1].int ?? $0) })
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
                     relations: Relations(partOf: r[18].int, ratioOf: r[19].int.flatMap { n in r[20].int.map { (n, $0) } },
                                          shareOf: r[21].int),
                     subject: r[3].text)
    }
}
