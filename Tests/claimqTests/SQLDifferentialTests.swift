import Foundation
import Testing
import ClaimqTestHelpers
import ClaimQuery
import ClaimSQL
import ClaimStore

/// `claimq sql --dialect duckdb` against the in-memory store: several hundred
/// statements (every operator, nulls, places by name, hedged values, groups, lists)
/// over generated claims, each answered by claimq's evaluator and by DuckDB running
/// the compiled SQL over the same claims written as a dataset (sql/duckdb-view.sql).
/// The answers must agree: ids, counts, values and their intervals, group keys and
/// their order, and mixed units refused in memory where SQL sees more than one unit.
extension EndToEndTests {
    @Test func sqlAnswersAsTheStoreDoes() throws {
        let claims = SQLDifferential.claims(count: 150)
        let dir = try SQLDifferential.datasetFolder()
        let refused = try SQLDifferential.compare(.duckdb, claims) { queries in
            try SQLDifferential.duckdb(queries, dataset: dir + "/claims.jsonl")
        }
        #expect(refused > 0 && refused < SQLDifferential.statements().count / 4, "some statements, not most, mix units (\(refused))")
    }
}

extension EndToEndTests {
    /// The same statements in PostgreSQL: a private server, sql/schema.sql, the claims
    /// copied in, each compiled query run by psql.
    @Test func postgresAnswersAsTheStoreDoes() throws {
        let claims = SQLDifferential.claims(count: 150)
        let server = try PostgresServer()
        defer { server.stop() }
        let schema = try String(contentsOf: Repository.url("sql/schema.sql"), encoding: .utf8)
        let load = server.psql(["-v", "ON_ERROR_STOP=1", "-q"], input: schema + SQLDifferential.copy(claims))
        try #require(load.status == 0, "schema and claims load: \(load.stderr)")
        _ = try SQLDifferential.compare(.postgres, claims) { queries in SQLDifferential.postgres(queries, server) }
    }

    @Test func sqlPrintsOneQueryPerStatementAndReportsWhatCannotCompile() {
        let ok = Claimq.run(["sql", "--dialect", "duckdb", #"count claims where state = "CA""#, "list limit 2; show 3"])
        #expect(ok.status == 0 && ok.stderr.isEmpty)
        #expect(ok.stdout.split(separator: "\n") == [
            "SELECT count(*) AS matched, count(*) AS value, count(*) AS low, count(*) AS high, count(DISTINCT unit) AS units, "
                + "min(unit) AS unit, list(id ORDER BY id) AS claims FROM claims WHERE state = 'CA';",
            "SELECT \(SQLCompiler.claimColumns.joined(separator: ", ")) FROM claims ORDER BY id LIMIT 2;",
            "SELECT \(SQLCompiler.claimColumns.joined(separator: ", ")) FROM claims WHERE id = 3;",
        ])
        let bad = Claimq.run(["sql", "count claims where stat = 1", "why"])
        #expect(bad.status == 1 && bad.stdout.isEmpty)
        #expect(bad.stderr.contains("<statement 1>:1:20: error: unknown field 'stat'"))
        #expect(bad.stderr.contains("<statement 2>:1:1: error: nothing to explain yet"), "a single statement has no previous answer")
        #expect(Claimq.run(["sql", "--dialect", "oracle", "count"]).status == 2)
        #expect(Claimq.run(["sql"]).status == 2)
    }
}

/// The claims, statements and comparison of the differential test.
enum SQLDifferential {
    /// Answers every statement in memory and with `run` (the compiled queries in an
    /// engine), records each disagreement (the first ten in full) and returns how many
    /// statements the store refused (mixed units).
    static func compare(_ dialect: SQLDialect, _ claims: [Claim], run: ([String]) throws -> [[String: Any]]) throws -> Int {
        let store = ClaimStore(claims: claims)
        let statements = statements()
        #expect(statements.count >= 300)
        var queries: [String] = []
        var memory: [Result<QueryResult, Diagnostic>] = []
        for text in statements {
            let source = SourceText(name: "t", text: text)
            let statement = try #require(try? Parser.parse(source).first?.get(), "\(text) parses")
            let compiled = try SQLCompiler(dialect: dialect).compile(statement, in: source)
            try #require(compiled.count == 1, "\(text) is one query")
            queries.append(compiled[0])
            memory.append(Result { () throws(Diagnostic) in try Evaluator(store: store).run(statement, in: source) })
        }
        let answers = try run(queries)
        try #require(answers.count == statements.count)
        var failures = 0
        for (k, text) in statements.enumerated() {
            if let problem = disagreement(memory[k], answers[k]) {
                failures += 1
                if failures <= 10 { Issue.record("\(text)\n  SQL: \(queries[k])\n  \(problem)") }
            }
        }
        #expect(failures == 0, "\(failures) of \(statements.count) statements answered differently in \(dialect)")
        return memory.filter { if case .failure = $0 { true } else { false } }.count
    }

    static func claims(count: Int) -> [Claim] {
        var random = SplitMix(seed: 20261130)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let metrics = [("deaths", "people"), ("votes", "votes"), ("turnout", "percent"), ("refusals", "requests"), ("jobs", "people")]
        let places: [String?] = [nil, "US", "US-CA", "US-TX", "US-NY", "GB", "KE", "KE-30"]
        let sources = ["author", "Office of Budget", "Reuters", "police", "the Met Office"]
        let words = ["flood", "the", "votes", "O'Brien", "Nairobi", "rose", "fell", "about"]
        return (1...count).map { id in
            var (metric, unit) = pick(metrics)
            if random.next() % 7 == 0 { unit = pick(["dollars", "people", "percent"]) }   // units that do not match
            let value = pick([0, 1, 7, 12, 40, 100, 250, 1_000, 3.5, 12.25, 99.9, 2_400_000]) * (random.next() % 5 == 0 ? 2 : 1)
            let year = 2012 + Int(random.next() % 8)
            let period: Period? = switch random.next() % 4 {
            case 0: nil
            case 1: Period(from: YearMonth(year: year, month: 1 + Int(random.next() % 12)), to: YearMonth(year: year, month: 12), kind: .asOf)
            case 2: Period(from: YearMonth(year: year, month: 1), to: YearMonth(year: year, month: 12))
            default: Period(from: YearMonth(year: year, month: 3), to: YearMonth(year: year + 1 + Int(random.next() % 3), month: 5))
            }
            let quote = (0..<6).map { _ in pick(words) }.joined(separator: " ") + "."
            // Relations for `check`, to earlier claims: some hold, some do not.
            let relations = Relations(partOf: id % 10 == 0 ? id - 1 - Int(random.next() % 5) : nil,
                                      ratioOf: id % 15 == 0 ? (id - 2, id - 1) : nil, shareOf: id % 20 == 0 ? id / 2 : nil)
            return Claim(id: id, article: "a\(1 + id % 4)", metric: metric, value: value, qualifier: pick(Qualifier.allCases),
                         unit: unit, place: pick(places).flatMap { Place(code: $0) }, period: period, source: pick(sources),
                         surface: "about \(Int(value))", quote: quote, paragraph: 1 + Int(random.next() % 6),
                         sentence: 1 + Int(random.next() % 3), relations: relations, subject: pick([nil, nil, "Labour", "Acme Bank"]))
        }
    }

    /// Conditions with every operator, on every kind of field, with nulls and places by name.
    static let atoms = [
        #"state = "CA""#, #"state = "California""#, #"state != "TX""#, #"country = "US""#, #"country != "GB""#,
        #"place = "US-NY""#, #"place = "Kenya""#, #"place != "US""#, "value > 100", "value <= 40", "value = 7", "value != 7",
        "paragraph between 2 and 4", "value not between 10 and 1000", "id in (1, 5, 9, 40, 77)", "id not in (2, 3)",
        #"unit = "people""#, #"unit != "percent""#, #"metric in ("deaths", "Votes")"#, #"source = "AUTHOR""#,
        #"qualifier = "more_than""#, #"qualifier in ("approx", "nearly")"#, #"source < "m""#, #"metric >= "t""#,
        "subject is null", "subject is not null", "state is null", "state is not null", "period is null", "period is not null",
        #"quote contains "flood""#, #"quote not contains "THE""#, #"quote contains "o'brien""#, #"source contains "office""#,
        #"subject contains "ba""#, "period overlaps 2016", "period within 2014..2017", "period overlaps 2015-06..2016-02",
        "period within 2018", "sentence >= 2", #"article = "a2""#, #"surface contains "12""#,
    ]

    static func conditions() -> [String] {
        var out = atoms
        for (k, a) in atoms.enumerated() {
            let b = atoms[(k * 7 + 3) % atoms.count], c = atoms[(k * 11 + 5) % atoms.count]
            out += ["not \(a)", "\(a) and \(b)", "\(a) or \(b)", "(\(a) or \(b)) and not \(c)", "not (\(a) and \(b)) or \(c)"]
        }
        return out
    }

    static func statements() -> [String] {
        let conditions = conditions()
        var out: [String] = []
        // Each condition twice, under two of nine statement shapes.
        for (k, c) in conditions.enumerated() + conditions.enumerated().map({ ($0.offset + 4, $0.element) }) {
            switch k % 9 {
            case 0: out.append("count claims where \(c)")
            case 1: out.append("sum value where unit = \"people\" and (\(c))")
            case 2: out.append("avg deaths where \(c)")
            case 3: out.append("min value where unit = \"percent\" and (\(c))")
            case 4: out.append("max votes where \(c)")
            case 5: out.append("count claims where \(c) by state, unit")
            case 6: out.append("sum value where \(c) by unit")
            case 7: out.append("list where \(c) order by \(["value", "source", "state", "period", "id"][k % 5])\(k % 2 == 0 ? " desc" : "") limit \(3 + k % 7)")
            default: out.append("max value where unit = \"people\" and (\(c)) by country, qualifier")
            }
        }
        out += ["count claims", "count", "sum value", "sum deaths", "avg turnout by place", "min refusals by paragraph",
                "count claims by subject", "list deaths", "list order by quote", "show 12", "show 150",
                "max value where unit = \"dollars\"", "sum jobs by article", "count claims where value > 1e9",
                "count claims by period", "sum value where unit = \"people\" by period, state", "max deaths by period"]
        return out
    }

    /// Statements a session answers with more than one query, or with the claims behind
    /// the previous answer: arithmetic, `why`, `check`, `timeline`.
    static func sessionStatements() -> [String] {
        let conditions = Array(conditions().prefix(60))
        var out: [String] = []
        for (k, c) in conditions.enumerated() {
            switch k % 6 {
            case 0: out += ["sum deaths where \(c)", "why"]
            case 1: out += ["count claims where \(c) / count claims * 100"]
            case 2: out += ["sum value where unit = \"people\" and (\(c)) + sum jobs - 3", "why"]
            case 3: out += ["timeline where \(c)"]
            case 4: out += ["list where \(c) order by value desc limit 4", "why"]
            default: out += ["(max votes where \(c)) * 2 / (min turnout + 1)"]
            }
        }
        return out + ["check", "check 10", "check 9", "check 2", "check 999", "why", "sum deaths / 0", "avg jobs - avg deaths",
                      "sum deaths by state + 1", "timeline nosuch", "count claims where value > 1e9; why"]
    }

    /// psql input that copies the claims into sql/schema.sql's table, as CSV.
    static func copy(_ claims: [Claim]) -> String {
        let columns = ["article", "id", "metric", "subject", "value", "qualifier", "unit", "place", "state", "country",
                       "period_from", "period_to", "period_kind", "source", "surface", "quote", "paragraph", "sentence",
                       "part_of", "ratio_num", "ratio_den", "share_of"]
        func field(_ text: String?) -> String {
            text.map { "\"" + $0.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" } ?? ""
        }
        var out = "\\copy claims (\(columns.joined(separator: ", "))) from stdin with (format csv)\n"
        for c in claims {
            let values: [String?] = [c.article, String(c.id), c.metric, c.subject, "\(c.value)", c.qualifier.rawValue, c.unit,
                                     c.place?.code, c.state, c.country, c.period?.from.description, c.period?.to.description,
                                     c.period?.kind.rawValue, c.source, c.surface, c.quote, String(c.paragraph), String(c.sentence)]
                + [c.relations.partOf, c.relations.ratioOf?.numerator, c.relations.ratioOf?.denominator, c.relations.shareOf].map { $0.map(String.init) }
            out += values.map(field).joined(separator: ",") + "\n"
        }
        return out + "\\.\n"
    }

    /// Runs the queries with psql, one a line, and reads its unaligned output back:
    /// fields split by U+001F, rows by U+001E, NULL written \N, arrays {1,2}, booleans t/f.
    static func postgres(_ queries: [String], _ server: PostgresServer) -> [[String: Any]] {
        let script = queries.map { "\\echo @@\n" + $0 + ";\n" }.joined()
        let run = server.psql(["-q", "-A", "-t", "-F", "\u{1F}", "-R", "\u{1E}", "-P", "null=\\N", "-f", "-"], input: script)
        var chunks = run.stdout.components(separatedBy: "@@\n").dropFirst().map { $0 }
        while chunks.count < queries.count { chunks.append("") }
        // "psql:<stdin>:LINE: ERROR: …": query k is on line 2k + 2.
        var errors: [Int: String] = [:]
        for line in run.stderr.split(separator: "\n") where line.contains("ERROR") {
            let parts = line.split(separator: ":")
            if parts.count > 2, let n = Int(parts[2]) { errors[(n - 2) / 2] = String(line) }
        }
        return chunks.enumerated().map { k, chunk in
            if let error = errors[k] { return ["error": error] }
            let text = chunk.hasSuffix("\n") ? String(chunk.dropLast()) : chunk
            let rows = text.isEmpty ? [] : text.split(separator: "\u{1E}", omittingEmptySubsequences: false).map { row in
                row.split(separator: "\u{1F}", omittingEmptySubsequences: false).map { value(String($0)) }
            }
            return ["rows": rows]
        }
    }

    private static func value(_ text: String) -> Any {
        switch text {
        case "\\N": return NSNull()
        case "t": return true
        case "f": return false
        default:
            if text.hasPrefix("{"), text.hasSuffix("}") {
                return text.dropFirst().dropLast().split(separator: ",").compactMap { Int($0) }
            }
            if let n = Int(text) { return n }
            if let d = Double(text) { return d }
            return text
        }
    }

    /// Runs the queries in DuckDB (Tests/sql/duckdb_run.py) over the dataset.
    static func duckdb(_ queries: [String], dataset: String) throws -> [[String: Any]] {
        let input = try JSONSerialization.data(withJSONObject: queries)
        let env = ProcessInfo.processInfo.environment
        var extra = ["PATH": env["PATH"] ?? "/usr/bin:/bin"]
        for key in ["PYENV_ROOT", "PYENV_VERSION", "VIRTUAL_ENV", "PIP_FIND_LINKS"] { if let v = env[key] { extra[key] = v } }
        let run = Claimq.run(["-c", "exec python3 \"$0\" \"$@\"", Repository.url("Tests/sql/duckdb_run.py").path,
                              Repository.url("sql/duckdb-view.sql").path, dataset],
                             input: Array(input), environment: extra, timeout: 120, executable: "/bin/sh")
        guard run.status == 0, let answers = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] else {
            throw DuckDBFailed(message: "DuckDB did not answer (status \(run.status)): \(run.stderr)")
        }
        return answers
    }

    struct DuckDBFailed: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Why the in-memory answer and DuckDB's rows differ, or nil when they agree.
    static func disagreement(_ memory: Result<QueryResult, Diagnostic>, _ answer: [String: Any]) -> String? {
        if let error = answer["error"] { return "DuckDB: \(error)" }
        guard let rows = answer["rows"] as? [[Any]] else { return "no rows" }
        switch memory {
        case .failure(let d):
            // Mixed units are refused in memory; SQL reports them as `units`.
            guard d.message.contains("different units") else { return "memory failed: \(d.message)" }
            let mixed = rows.contains { row in (row.dropLast(2).last as? Int).map { $0 > 1 } ?? false }
            return mixed ? nil : "memory refused mixed units, SQL saw one unit"
        case .success(.aggregate(let a)):
            guard rows.count == 1 else { return "\(rows.count) rows for one aggregate" }
            return measures(a, rows[0], keys: 0)
        case .success(.groups(let g)):
            guard rows.count == g.groups.count else { return "\(rows.count) groups, memory has \(g.groups.count)" }
            for (group, row) in zip(g.groups, rows) {
                for (k, key) in group.key.enumerated() where !same(key, row[k]) { return "group key \(key) against \(row[k])" }
                if let problem = measures(group.result, row, keys: group.key.count) { return "group \(group.label): \(problem)" }
            }
            return nil
        case .success(.claims(let claims)):
            let ids = rows.map { $0[0] as? Int ?? -1 }
            return ids == claims.map(\.id) ? nil : "ids \(ids), memory \(claims.map(\.id))"
        case .success(.claim(let claim)):
            return rows.count == 1 && rows[0][0] as? Int == claim.id ? nil : "show gave \(rows)"
        case .success(let other):
            return "unexpected answer \(other)"
        }
    }

    private static func same(_ key: GroupedResult.Key, _ sql: Any) -> Bool {
        switch key {
        case .null: return sql is NSNull
        case .text(let t): return sql as? String == t
        case .number(let n): return (sql as? NSNumber)?.doubleValue == n
        }
    }

    /// The row's measures (after `keys` key columns) against an aggregate's answer.
    private static func measures(_ a: AggregateResult, _ row: [Any], keys: Int) -> String? {
        var r = Array(row.dropFirst(keys))
        func number(_ i: Int) -> Double? { (r[i] as? NSNumber)?.doubleValue }
        guard number(0).map(Int.init) == a.matched else { return "matched \(r[0]), memory \(a.matched)" }
        guard r.last as? [Int] == a.claims || (a.claims.isEmpty && (r.last is NSNull || (r.last as? [Int])?.isEmpty == true)) else {
            return "claims \(r.last!), memory \(a.claims)"
        }
        r.removeLast(3)   // units, unit and claims: checked by the mixed-units case and above
        guard let e = a.estimate else { return r[1] is NSNull ? nil : "value \(r[1]) where memory has none" }
        func close(_ x: Double?, _ y: Double?) -> Bool {
            guard let x, let y else { return x == nil && y == nil }
            return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
        }
        guard close(number(1), e.nominal), close(number(2), e.low), close(number(3), e.high) else {
            return "value, low, high \(r[1]), \(r[2]), \(r[3]); memory \(e.nominal), \(String(describing: e.low)), \(String(describing: e.high))"
        }
        guard a.function != .count else { return nil }
        let flags = r[4...7].map { $0 as? Bool }
        let want = [e.lowOpen, e.highOpen, e.approximate, e.capped]
        guard flags == want else { return "flags \(flags), memory \(want)" }
        guard a.function == .min || a.function == .max else { return nil }
        return r[8] as? Int == a.picked ? nil : "picked \(r[8]), memory \(String(describing: a.picked))"
    }
}
