import Testing
import ClaimStore
@testable import ClaimQuery

/// Queries over the sample article; expected ids were read off the claims table by hand.
@Suite struct EvaluatorTests {
    let store = ClaimStore.sample()

    private func run(_ text: String) throws(Diagnostic) -> QueryResult {
        let source = SourceText(name: "t", text: text)
        let statement = try Parser.parse(source)[0].get()
        return try Evaluator(store: store).run(statement, in: source)
    }

    private func ids(_ text: String) throws -> [Int] {
        try run(text).sourceClaims
    }

    private func aggregate(_ text: String) throws -> AggregateResult {
        guard case .aggregate(let a) = try run(text) else { throw Diagnostic("not an aggregate", at: 0..<0) }
        return a
    }

    private func error(_ text: String) -> Diagnostic? {
        do { _ = try run(text); return nil } catch { return error }
    }

    @Test func sumOfCaliforniaRefusals() throws {
        let a = try aggregate("sum refusals where state = \"CA\"")
        #expect(a.claims == [6, 8])
        #expect(a.estimate?.nominal == 3359 && a.estimate?.bound == .exact)
        #expect(a.unit == "requests")
    }

    @Test func hedgesCarryThroughSums() throws {
        let a = try aggregate("sum refusals")
        #expect(a.claims == [5, 6, 8])
        #expect(a.estimate?.bound == .moreThan && a.estimate?.low == 32628 && a.estimate?.high == nil)
    }

    @Test func countsAndEmptyResults() throws {
        #expect(try aggregate("count claims").matched == 18)
        #expect(try aggregate("count claims where source = \"dhs oig\"").claims == [1, 2, 3, 4, 5, 9, 10])
        let none = try aggregate("sum refusals where state = \"TX\"")
        #expect(none.estimate == nil && none.matched == 0)
        let zero = try aggregate("count where state = \"TX\"")
        #expect(zero.estimate?.nominal == 0)
    }

    @Test func placesByCodeAndName() throws {
        for query in ["state = \"CA\"", "state = \"california\"", "place = \"US-CA\"", "place = \"California\"", "state in (\"CA\", \"TX\")"] {
            #expect(try ids("list where " + query) == [6, 7, 8], "\(query)")
        }
        #expect(try ids("list where country = \"United States\"").count == 18)
        #expect(try ids("list where place = \"US\"").count == 15)
    }

    /// A comparison with a missing value is unknown, and `where` keeps only true.
    @Test func nullsFollowThreeValuedLogic() throws {
        #expect(try ids("list where state != \"CA\"") == [])
        #expect(try ids("list where not state = \"CA\"") == [])
        #expect(try ids("list where state != \"CA\" or state is null").count == 15)
        #expect(try ids("list where period is null") == [9, 10, 11, 17, 18])
        #expect(try ids("list where not period overlaps 2016") == [1, 2, 3, 6, 7, 12, 13, 14])
        #expect(try ids("list where state is not null") == [6, 7, 8])
    }

    /// Long flat chains answer, with the value and claims a short one would give.
    @Test func longChainsAnswer() throws {
        guard case .value(let v) = try run(Array(repeating: "1", count: 100_000).joined(separator: "+")) else {
            Issue.record("not a value"); return
        }
        #expect(v.estimate == Estimate(exactly: 100_000))
        let or = (1...30_000).map { "id = \($0 % 20)" }.joined(separator: " or ")
        #expect(try ids("list where " + or) == Array(1...18))
        let and = Array(repeating: "value > 10", count: 30_000).joined(separator: " and ")
        #expect(try ids("list where \(and) and unit = \"requests\"") == [5, 6, 8])
        // Unknown (no state) or'd with false stays unknown; or'd with true is true.
        #expect(try ids("list where state = \"NY\" or id = 99 or id = 1") == [1])
        #expect(try ids("list where not (state = \"NY\" or id = 99 or id = 1)") == [6, 7, 8])
        guard case .value(let sums) = try run(Array(repeating: "sum refusals", count: 1_000).joined(separator: " + ")) else {
            Issue.record("not a value"); return
        }
        #expect(sums.claims == [5, 6, 8])
    }

    @Test func periods() throws {
        #expect(try ids("list where period overlaps 2016") == [4, 5, 8, 15, 16])
        #expect(try ids("list where period within 2015..2017") == [1, 2, 3, 6, 7, 8, 15, 16])
        #expect(try ids("list where period overlaps 2017-06") == [1, 2, 3, 8])
    }

    @Test func textComparisonsIgnoreCase() throws {
        #expect(try ids("list where quote contains \"DETAINER\"") == [4, 5, 6, 7, 8])
        #expect(try ids("list where surface = \"ALL\"") == [10])
        #expect(try ids("list where qualifier in (\"approx\", \"nearly\")") == [4, 14, 18])
        #expect(try ids("list where source not in (\"author\", \"DHS OIG\")") == [12, 13, 17, 18])
    }

    @Test func numbersBetweenAndOrder() throws {
        #expect(try ids("list where value between 40 and 580") == [7, 9, 10, 12, 13])
        #expect(try ids("list refusals order by value desc") == [5, 8, 6])
        #expect(try ids("list claims order by value desc limit 3") == [2, 14, 17])
        #expect(try ids("list where unit = \"percent\" order by value") == [3, 18, 7, 13])
        #expect(try ids("list where state is null order by period limit 3") == [12, 13, 14])
        #expect(try ids("list order by state desc limit 4") == [6, 7, 8, 1])
    }

    @Test func minMaxAvg() throws {
        let max = try aggregate("max refusals")
        #expect(max.picked == 5 && max.estimate?.bound == .moreThan && max.estimate?.low == 29269)
        let min = try aggregate("min refusals")
        #expect(min.picked == 6 && min.estimate?.nominal == 11 && min.estimate?.bound == .exact)
        let avg = try aggregate("avg refusals where state = \"CA\"")
        #expect(avg.estimate?.nominal == 1679.5)
    }

    @Test func semanticErrorsSayWhatAndWhere() {
        #expect(error("sum value")?.message.hasPrefix("cannot sum values in different units: people (7 claims), percent (4 claims)") == true)
        #expect(error("count claims where source = 5")?.message == "'source' is text, but 5 is a number")
        #expect(error("count claims where value = \"5\"")?.message == "'value' is a number, but \"5\" is text")
        #expect(error("count where stat = \"CA\"")?.hints == ["did you mean 'state'?"])
        #expect(error("count where zzzzzz = 1")?.hints == [])
        #expect(error("sum refusls")?.hints == ["did you mean 'refusals'?"])
        #expect(error("sum qqqqqqq")?.hints == ["see the metrics with .metrics"])
        #expect(error("sum paragraph")?.message == "'paragraph' is a field; aggregates run over a metric, 'value' or 'claims'")
        #expect(error("count where state = \"Calfornia\"")?.hints == ["did you mean 'California'?"])
        #expect(error("count where state = \"United States\"")?.message == "\"United States\" is not a US state")
        #expect(error("count where country = \"California\"")?.message == "\"California\" is not a country")
        #expect(error("count where place < \"CA\"")?.message == "places can only be compared with = and !=")
        #expect(error("count where period = 2016")?.message == "'period' is compared with 'overlaps' or 'within'")
        #expect(error("count where qualifier = \"aprox\"")?.hints == ["did you mean 'approx'?"])
        #expect(error("count where value contains \"4\"")?.message == "'contains' works on text fields, and 'value' is not text")
        #expect(error("show 99")?.message == "no claim #99")
        #expect(error("count where refusals = 3")?.hints == ["'refusals' is a metric: metric = \"refusals\""])
    }

    @Test func errorsPointAtTheirSource() {
        #expect(error("count where source = 5")?.range == 21..<22)
        #expect(error("count where stat = 5")?.range == 12..<16)
        #expect(error("sum value where id < 4")?.range == 0..<9)
    }
}
