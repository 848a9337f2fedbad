import Testing
@testable import ClaimSQL
import ClaimQuery
import ClaimqTestHelpers

/// The SQL statements compile to, checked by hand against sql/schema.sql.
@Suite struct SQLCompilerTests {
    private func sql(_ text: String, _ dialect: SQLDialect = .postgres) throws -> String {
        let source = SourceText(name: "t", text: text)
        return try SQLCompiler(dialect: dialect).compile(try #require(Parser.parse(source).first).get(), in: source)
            .joined(separator: ";\n")
    }

    @Test func conditionsKeepClaimqsLogic() throws {
        #expect(try sql(#"count claims where state = "California" and not (value > 5 or unit != "people")"#)
                == "SELECT count(*) AS matched, count(*) AS value, count(*) AS low, count(*) AS high, count(DISTINCT unit) AS units, "
                + "min(unit) AS unit, array_agg(id ORDER BY id) AS claims FROM claims WHERE (state = 'CA' AND NOT (value > 5 OR lower(unit) <> 'people'))")
        #expect(try sql(#"list where quote contains "O'Brien" and period overlaps 2016 order by source desc limit 3"#, .duckdb)
                == "SELECT id, article, metric, subject, value, qualifier, unit, place, state, country, period_from, period_to, "
                + "period_kind, source, surface, quote, paragraph, sentence, part_of, ratio_num, ratio_den, share_of FROM claims WHERE ((contains(lower(quote), 'o''brien')) "
                + "AND (period_from <= '2016-12' AND '2016-01' <= period_to)) ORDER BY (source IS NULL), lower(source) DESC, id LIMIT 3")
    }

    @Test func groupsComeInClaimqsOrder() throws {
        let s = try sql("max refusals by country, paragraph")
        #expect(s.hasPrefix("SELECT country, paragraph, count(*) AS matched, max(value) AS value, max(low) AS low, "))
        #expect(s.contains("(array_agg(id ORDER BY value DESC, id))[1] AS picked"))
        // Each claim carries its group's extreme ends, so the fold does not depend on the claims' order.
        #expect(s.contains("(SELECT country AS k0, paragraph AS k1, max(low) AS x_low, "), "\(s)")
        #expect(s.contains("GROUP BY country, paragraph) AS ends ON (country) IS NOT DISTINCT FROM ends.k0 AND (paragraph) IS NOT DISTINCT FROM ends.k1"))
        #expect(s.hasSuffix(" WHERE lower(metric) = 'refusals') AS claims GROUP BY country, paragraph "
                            + "ORDER BY (country IS NULL), (lower(country)) COLLATE \"C\", paragraph"))
    }

    /// Doubles are added in id order, as claimq adds them (Spark cannot order them);
    /// an average is the sum times 1/n, as claimq computes it.
    @Test func sumsAddInIdOrderAndAveragesMultiply() throws {
        #expect(try sql("sum a").contains("sum(value ORDER BY id) AS value"))
        #expect(try sql("sum a", .spark).contains("sum(value) AS value"))
        #expect(try sql("avg a").contains("sum(value ORDER BY id) * (1::float8 / nullif(count(*), 0)) AS value"))
    }

    /// The warnings of a sum: the first pairs by a join of the claims with a period, each
    /// claim with the next few; their count by a sweep over the periods' ends, without a join.
    @Test func doubleCountingIsAskedOfTheDatabase() throws {
        let source = SourceText(name: "t", text: #"sum deaths where state = "CA" by place"#)
        guard case .expression(.aggregate(let a)) = try Parser.parse(source).first!.get().kind else { Issue.record(); return }
        let compiler = SQLCompiler(dialect: .postgres)
        // One query finds every group's first pairs: each group's first claims, each with its next partners.
        let examples = try compiler.doubleCountingExamples(a, in: source)
        #expect(examples.hasPrefix("WITH dated AS (SELECT place AS k0, id, metric, place, country, place = country AS whole, (period_from) COLLATE \"C\" AS f, "))
        #expect(examples.contains("WHERE lower(metric) = 'deaths' AND state = 'CA' AND period_from IS NOT NULL), groups AS (SELECT DISTINCT k0 FROM dated)"))
        #expect(examples.contains("FROM (SELECT * FROM dated AS a WHERE a.k0 IS NOT DISTINCT FROM g.k0 ORDER BY f, id LIMIT 100) AS a CROSS JOIN LATERAL"))
        #expect(examples.contains("FROM (SELECT * FROM dated AS a WHERE a.k0 IS NOT DISTINCT FROM g.k0 AND snap ORDER BY f, id LIMIT 100) AS a"))
        #expect(examples.contains("b.snap AND a.t < b.f ORDER BY f, id LIMIT 5) AS b"))
        #expect(examples.hasSuffix("ORDER BY g.k0, x.phase, x.af, x.a, x.bf, x.b"))
        // One query counts the pairs of every group.
        let pairs = try compiler.doubleCountingPairs(a, in: source)
        #expect(pairs.hasPrefix("WITH dated AS (SELECT place AS k0, id, metric, place, country, "), "\(pairs)")
        #expect(pairs.contains("WHERE lower(metric) = 'deaths' AND state = 'CA' AND period_from IS NOT NULL)"))
        #expect(pairs.contains("OVER (PARTITION BY k0, metric, place ORDER BY v, ended ROWS UNBOUNDED PRECEDING)") && !pairs.contains("JOIN"))
        #expect(pairs.hasSuffix("AS terms GROUP BY k0"))

    }

    @Test func semanticErrorsAreClaimqs() {
        #expect(throws: Diagnostic.self) { try sql(#"count claims where stat = "CA""#) }
        #expect(throws: Diagnostic.self) { try sql(#"count claims where state = "Ontario""#) }
        #expect(throws: Diagnostic.self) { try sql("count claims where value > \"5\"") }
        let why = #expect(throws: Diagnostic.self) { try sql("why") }
        #expect(why?.message == "nothing to explain yet")
    }

    /// Spark SQL reads backslash escapes in strings, has no `list(… ORDER BY)` and no COLLATE.
    @Test func sparkEscapesBackslashesAndSortsItsOwnWay() throws {
        let s = try sql(#"max deaths where source contains "a\\b" or quote = "O'Brien" by state"#, .spark)
        #expect(s.contains(#"((instr(lower(source), 'a\\b') > 0) OR lower(quote) = 'o\'brien')"#), "\(s)")
        #expect(s.contains("max_by(id, struct(value, -id)) AS picked"))
        #expect(s.contains("CASE WHEN count(*) > 0 THEN array_sort(collect_list(id)) END AS claims"))
        #expect(s.hasSuffix("GROUP BY state ORDER BY (state IS NULL), lower(state)"))
        #expect(try sql("min deaths", .spark).contains("min_by(id, struct(value, id)) AS picked"))
    }

    @Test func arithmeticIsOneQueryPerAggregate() throws {
        let queries = try sql("(sum a where state = \"TX\") / count b * 100").split(separator: ";\n")
        #expect(queries.count == 2)
        #expect(queries[0].hasPrefix("SELECT count(*) AS matched, sum(value ORDER BY id) AS value, "))
        #expect(queries[0].hasSuffix("FROM claims WHERE lower(metric) = 'a' AND state = 'TX'"))
        #expect(queries[1].hasPrefix("SELECT count(*) AS matched, count(*) AS value, "))
        #expect(queries[1].hasSuffix("FROM claims WHERE lower(metric) = 'b'"))
    }

    @Test func periodsGroupByTheirTextAndCheckReadsRelations() throws {
        let byPeriod = try sql("count claims by period")
        let key = "CASE WHEN period_from IS NULL THEN NULL WHEN period_kind = 'as_of' THEN 'as of ' || period_from "
            + "WHEN period_from = period_to THEN period_from ELSE period_from || '..' || period_to END"
        #expect(byPeriod.hasPrefix("SELECT \(key) AS period, count(*) AS matched"))
        #expect(byPeriod.hasSuffix("GROUP BY \(key) ORDER BY (\(key)) IS NULL, (lower(\(key))) COLLATE \"C\""))
        let check = try sql("check 7")
        #expect(check.contains(" FROM claims WHERE (part_of IS NOT NULL OR ratio_num IS NOT NULL OR ratio_den IS NOT NULL OR share_of IS NOT NULL) "
                               + "AND (id = 7 OR part_of = 7 OR ratio_num = 7 OR ratio_den = 7 OR share_of = 7) OR id IN (SELECT part_of FROM claims WHERE"))
        #expect(check.contains(" UNION SELECT share_of FROM claims WHERE (part_of IS NOT NULL"))
        #expect(check.hasSuffix(") ORDER BY id"))
        #expect(try sql("timeline deaths where value > 2").hasSuffix(" FROM claims WHERE lower(metric) = 'deaths' AND value > 2 ORDER BY id"))
    }
}

@Suite struct SQLSchemaTests {
    /// `claimq import` runs the schema built into it; sql/schema.sql is what people read.
    @Test func theBuiltInSchemaIsTheFile() throws {
        let file = try String(contentsOf: Repository.url("sql/schema.sql"), encoding: .utf8)
        #expect(SQLSchema.text == file)
        let statements = SQLSchema.statements
        #expect(statements.count == 3 && statements.prefix(2).allSatisfy { $0.contains("CREATE TABLE IF NOT EXISTS") })
        #expect(statements.last?.hasSuffix("CREATE INDEX IF NOT EXISTS claims_id ON claims (id)") == true)
    }

    @Test(arguments: [
        ("postgresql://ann:s%40cret@db.example:6432/claims", "postgresql://ann:****@db.example:6432/claims"),
        ("postgres://localhost/claims", "postgresql://postgres@localhost:5432/claims"),
        ("postgresql://ann@/claims?host=/run/pg", "postgresql://ann@/claims?host=/run/pg"),
    ])
    func urls(_ text: String, _ shown: String) throws {
        #expect(try DatabaseURL(text).description == shown)
    }

    @Test func badURLsSayWhyWithoutThePassword() {
        for text in ["mysql://a:pw@h/db", "postgresql://a:pw@h:99999/db", "postgresql://a:pw@h", "postgresql://a:pw@h/db?sslmode=x"] {
            do {
                _ = try DatabaseURL(text)
                Issue.record("\(text) parsed")
            } catch {
                #expect(error.description.contains("a:****@") && !error.description.contains("pw"), "\(error)")
            }
        }
    }
}
