import Testing
@testable import ClaimQuery

/// Error positions are marked inside the query with 1️⃣, where the caret should go.
@Suite struct ParserTests {
    private func parse(_ text: String) -> [Result<Statement, Diagnostic>] {
        Parser.parse(SourceText(name: "t", text: text))
    }

    private func statement(_ text: String) throws -> Statement {
        let results = parse(text)
        try #require(results.count == 1)
        return try results[0].get()
    }

    /// Parses `marked` (with one 1️⃣) and checks the first error starts at the marker.
    private func expectError(_ marked: String, _ message: String, hint: String? = nil,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let parts = marked.split(separator: "1️⃣", omittingEmptySubsequences: false)
        precondition(parts.count == 2, "mark the error position with one 1️⃣")
        let text = parts.joined()
        let offset = parts[0].utf8.count
        let failures = parse(text).compactMap { if case .failure(let d) = $0 { d } else { nil } }
        guard let d = failures.first else {
            Issue.record("no error for \(text)", sourceLocation: sourceLocation)
            return
        }
        #expect(d.range.lowerBound == offset, "error at byte \(d.range.lowerBound): \(d.message)", sourceLocation: sourceLocation)
        #expect(d.message == message, sourceLocation: sourceLocation)
        if let hint { #expect(d.hints.contains(hint), "hints: \(d.hints)", sourceLocation: sourceLocation) }
    }

    @Test func aggregates() throws {
        let s = try statement("SUM refusals WHERE state = \"CA\"")
        guard case .expression(.aggregate(let a)) = s.kind else { Issue.record("not an aggregate"); return }
        #expect(a.function == .sum)
        #expect(a.target == .metric(Name(text: "refusals", range: 4..<12)))
        #expect(a.condition == .compare(Name(text: "state", range: 19..<24), .equal, Literal(value: .string("CA"), range: 27..<31)))
        guard case .expression(.aggregate(let count)) = try statement("count").kind else { Issue.record("count"); return }
        #expect(count.target == nil && count.condition == nil)
    }

    @Test func listWithEveryClause() throws {
        let s = try statement("list refusals where period overlaps 2016 order by value desc limit 5")
        guard case .list(let l) = s.kind else { Issue.record("not a list"); return }
        #expect(l.order?.field.text == "value" && l.order?.descending == true)
        #expect(l.limit == 5)
        guard case .period(_, .overlaps, let p)? = l.condition else { Issue.record("period"); return }
        #expect(p.period.description == "2016-01..2016-12")
    }

    @Test func precedenceNotAndOr() throws {
        let s = try statement("count where not a = 1 and b = 2 or c = 3")
        guard case .expression(.aggregate(let a)) = s.kind, case .or(let terms)? = a.condition, terms.count == 2,
              case .and(let both) = terms[0], both.count == 2, case .not = both[0] else {
            Issue.record("expected (not a and b) or c")
            return
        }
    }

    /// Chains of one operator are one flat node however long, left to right.
    @Test func chainsAreFlat() throws {
        let s = try statement("count where id = 1 or id = 2 or id = 3 and id = 4 and id = 5")
        guard case .expression(.aggregate(let a)) = s.kind, case .or(let terms)? = a.condition,
              terms.count == 3, case .and(let last) = terms[2] else { Issue.record("expected a or b or (c and d and e)"); return }
        #expect(last.count == 3)
        let e = try statement("1 - 2 + 3 * 4 / 5")
        guard case .expression(.chain(.number(1, _), let rest)) = e.kind, rest.map(\.op) == [.subtract, .add],
              case .chain(.number(3, _), let inner) = rest[1].operand else { Issue.record("expected 1 - 2 + (3 * 4 / 5)"); return }
        #expect(inner.map(\.op) == [.multiply, .divide])
        #expect(e.kind == .expression(.chain(.number(1, 0..<1), rest)) && rest[1].operand.range == 8..<17)
        let long = Array(repeating: "1", count: 100_000).joined(separator: "+")
        guard case .expression(.chain(_, let terms)) = try statement(long).kind else { Issue.record("no chain"); return }
        #expect(terms.count == 99_999)
    }

    /// Nesting is refused past the limit where it crosses it, whatever nests.
    @Test func nestingHasALimit() throws {
        let limit = Parser.maximumDepth
        let message = "expression nested too deeply: the limit is \(limit) levels of '(', '-' and 'not'"
        _ = try statement(String(repeating: "(", count: limit) + "1" + String(repeating: ")", count: limit))
        expectError(String(repeating: "(", count: limit) + "1️⃣(1" + String(repeating: ")", count: limit + 1), message)
        expectError(String(repeating: "- ", count: limit) + "1️⃣-1", message)
        expectError("count where " + String(repeating: "not ", count: limit) + "1️⃣not id = 1", message)
        expectError("count where " + String(repeating: "(not ", count: limit / 2) + "1️⃣(id = 1" + String(repeating: ")", count: limit / 2 + 1), message)
        // Far past the limit (a stack overflow before there was one) is the same error.
        let deep = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        #expect(parse(deep).first.flatMap { if case .failure(let d) = $0 { d.message } else { nil } } == message)
    }

    @Test func periodsAndRanges() throws {
        let s = try statement("count where period within 2014-01..2017")
        guard case .expression(.aggregate(let a)) = s.kind, case .period(_, .within, let p)? = a.condition else { Issue.record("period"); return }
        #expect(p.period.description == "2014-01..2017-12")
    }

    @Test func severalStatementsAndRecovery() {
        let results = parse("count; sum; show 5;;")
        #expect(results.count == 3)
        #expect((try? results[0].get()) != nil)
        #expect((try? results[1].get()) == nil)
        #expect((try? results[2].get()) != nil)
    }

    @Test func errorsPointAtTheProblem() {
        expectError("1️⃣summ refusals", "expected a statement, found 'summ'", hint: "did you mean 'sum'?")
        expectError("1️⃣frobnicate", "expected a statement, found 'frobnicate'",
                    hint: "statements start with sum, count, avg, min, max, list, show, check, why or timeline")
        expectError("sum1️⃣", "expected a metric, 'value' or 'claims' after 'sum', found end of input")
        expectError("sum refusals where state = 1️⃣CA", "expected a value, found 'CA'", hint: "text values are quoted: \"CA\"")
        expectError("sum refusals where state = 1️⃣\"CA", "unterminated string")
        expectError("count where (state = \"CA\"1️⃣", "expected ')' to close the '(' at column 13, found end of input")
        expectError("count where state 1️⃣\"CA\"", "expected a comparison after 'state' (= != < <= > >=, in, contains, between, is null), found text \"CA\"")
        expectError("count where value 1️⃣! 5", "unexpected character '!'", hint: "use '!=' or 'not'")
        expectError("show 1️⃣x", "expected a claim id after 'show', found 'x'")
        expectError("show 1️⃣2.5", "expected a whole number, found 2.5")
        expectError("count claims 1️⃣extra", "expected ';' or the end of the statement, found 'extra'")
        expectError("list refusals 1️⃣wher state = \"CA\"", "expected ';' or the end of the statement, found 'wher'",
                    hint: "did you mean 'where'?")
        expectError("list where id = 1 1️⃣adn id = 2", "expected ';' or the end of the statement, found 'adn'",
                    hint: "did you mean 'and'?")
        expectError("count where period overlaps 1️⃣2017-01..2016", "period starts after it ends")
        expectError("count where period overlaps 1️⃣\"2016\"", "expected a year or month (2016, 2017-06, 2014-01..2017-05), found text \"2016\"")
        expectError("count where id in (1, 2 1️⃣3)", "expected ',' or ')' in the list after 'in', found 3")
        expectError("count where quote contains 1️⃣5", "'contains' needs quoted text")
        expectError("count where value = 1️⃣2.4e", "malformed number '2.4e'", hint: "numbers look like 3348, 3_348, 2.4 or 2.4e6")
        expectError("count claims; 1️⃣@", "unexpected character '@'")
    }

    /// The judge fed line by line says what the whole text would: one judge, read once.
    @Test func theJudgeLineByLineAgreesWithTheWhole() {
        let scripts = ["count where (a = 1\nand b = 2\n)", "count where\n\nid = 1", "count where (a = 1\n-- note\nand (b = 2",
                       "count where a = = 1", "sum\nrefusals", "list where quote contains \"open\n(\" and", "count; count where (\n;"]
        for script in scripts {
            for spanning in [false, true] {
                var judge = Continuation.Judge(stringsSpanLines: spanning)
                var lines: [String] = []
                for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
                    lines.append(String(line))
                    let fed = judge.add(SourceText(name: "t", text: String(line), firstLine: lines.count))
                    let whole = Continuation.missing(SourceText(name: "t", text: lines.joined(separator: "\n")), stringsSpanLines: spanning)
                    #expect(fed == whole, "\(lines) spanning: \(spanning)")
                }
            }
        }
    }

    @Test func unfinishedInputContinues() {
        let unfinished = ["count where", "count where a = 1 and", "count where id in (1,",
                          "count where (a = 1", "count where value >", "count where (a = 1\nand b = 2"]
        for text in unfinished {
            #expect(Continuation.isUnfinished(SourceText(name: "t", text: text)), "\(text)")
        }
        let finished = ["count", "sum refusals where state = \"CA\"", "count where (a = 1)", "sum", "", "count; ", "count -- where",
                        "list where quote contains \"open (", "count where a = = 1"]
        for text in finished {
            #expect(!Continuation.isUnfinished(SourceText(name: "t", text: text)), "\(text)")
        }
    }
}
