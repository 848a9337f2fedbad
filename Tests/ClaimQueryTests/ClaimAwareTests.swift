import Foundation
import Testing
import ClaimqTestHelpers
import ClaimStore
@testable import ClaimQuery

/// A small store built for each test: claims with chosen metrics, places and periods.
private func claim(_ id: Int, _ metric: String = "refusals", _ value: Double = 10, _ q: Qualifier = .exact,
                   unit: String = "requests", place: String? = "US", period: String? = nil, asOf: Bool = false,
                   relations: Relations = Relations()) -> Claim {
    let p = period.map { text -> Period in
        let parts = text.split(separator: ".").filter { !$0.isEmpty }.map(String.init)
        return Period(from: YearMonth(parts[0])!, to: YearMonth(parts.last!)!, kind: asOf ? .asOf : .interval)
    }
    return Claim(id: id, article: "t", metric: metric, value: value, qualifier: q, unit: unit,
                 place: place.map { Place(code: $0)! }, period: p, source: "author", surface: "x", quote: "x",
                 paragraph: 1, sentence: 1, relations: relations)
}

@Suite struct DoubleCountingTests {
    private func warnings(_ claims: [Claim]) -> [String] {
        DoubleCounting.warnings(claims, operation: "sum")
    }

    @Test func nestedPeriodsInTheSamePlace() {
        #expect(warnings([claim(6, place: "US-CA", period: "2017-01..2017-02"), claim(8, place: "US-CA", period: "2015-01..2017-12")])
                == ["#6 (2017-01..2017-02) lies inside #8 (2015-01..2017-12): this sum counts the same refusals twice"])
    }

    @Test func aStateInsideItsCountry() {
        #expect(warnings([claim(1, period: "2014-01..2017-05"), claim(2, place: "US-CA", period: "2015-01..2017-12")])
                == ["#1 (US, 2014-01..2017-05) overlaps #2 (US-CA, 2015-01..2017-12): this sum may count some refusals twice"])
    }

    @Test func noWarningWhenNothingOverlaps() {
        #expect(warnings([claim(1, period: "2014-01..2014-12"), claim(2, period: "2015-01..2015-12")]).isEmpty, "periods apart")
        #expect(warnings([claim(1, place: "US-CA", period: "2015-01..2015-12"), claim(2, place: "US-TX", period: "2015-01..2015-12")]).isEmpty,
                "two states")
        #expect(warnings([claim(1, period: "2015-01..2015-12"), claim(2, "green_cards", period: "2015-01..2015-12")]).isEmpty,
                "two metrics")
        #expect(warnings([claim(1), claim(2)]).isEmpty, "no periods to compare")
    }

    @Test func snapshots() {
        #expect(warnings([claim(1, period: "2017-06", asOf: true), claim(2, period: "2018-01", asOf: true)])
                == ["#1 (as of 2017-06) and #2 (as of 2018-01) are snapshots at different dates: this sum counts the same refusals more than once"])
        #expect(warnings([claim(1, period: "2017-06", asOf: true), claim(2, place: "US-CA", period: "2017-06", asOf: true)])
                == ["#2 (US-CA, as of 2017-06) lies inside #1 (US, as of 2017-06): this sum counts the same refusals twice"])
        #expect(warnings([claim(1, period: "2017-06", asOf: true), claim(2, period: "2017-06", asOf: true)])
                == ["#1 and #2 are the same snapshot (as of 2017-06): this sum counts the same refusals twice"])
    }

    @Test func manyOverlapsAreCountedNotListed() {
        let claims = (1...5).map { claim($0, period: "2015-01..2015-12") }
        let w = warnings(claims)
        #expect(w.count == DoubleCounting.limit + 1)
        #expect(w.last == "and 5 more pairs of claims that may overlap")
    }

    /// The pairs are counted without visiting them; the count agrees with looking at
    /// every pair, on claims drawn at random (a fixed seed) from few metrics, places and months.
    @Test func pairsAreCountedExactly() {
        var random = SplitMix(seed: 42)
        let places: [String?] = ["US", "US-CA", "US-TX", "DE", "DE-BY", nil]
        for round in 0..<40 {
            let claims = (1...(5 + round * 3)).map { id -> Claim in
                let from = 2015 * 12 + Int(random.next() % 30)
                let asOf = random.next() % 3 == 0
                let to = asOf ? from : from + Int(random.next() % 14)
                let month = { (o: Int) in String(format: "%04d-%02d", o / 12, o % 12 + 1) }
                return claim(id, random.next() % 4 == 0 ? "green_cards" : "refusals", place: places[Int(random.next() % 6)],
                             period: month(from) + ".." + month(to), asOf: asOf)
            }
            var expected = 0
            for (i, a) in claims.enumerated() {
                for b in claims[(i + 1)...] where a.metric == b.metric {
                    let nested = a.place == b.place || a.place.map { x in b.place.map { x.contains($0) || $0.contains(x) } ?? false } ?? false
                    let (pa, pb) = (a.period!, b.period!)
                    if nested && (pa.overlaps(pb) || pa.kind == .asOf && pb.kind == .asOf) { expected += 1 }
                }
            }
            #expect(DoubleCounting.pairs(claims) == expected, "round \(round)")
            let w = warnings(claims)
            let shown = w.count - (w.last?.hasPrefix("and ") == true ? 1 : 0)
            let more = w.last.flatMap { $0.hasPrefix("and ") ? Int($0.split(separator: " ")[1].filter { $0 != "," }) : nil } ?? 0
            #expect(shown + more == expected, "round \(round)")
        }
    }

    /// Examples start at one of the first 100 claims in order of period start, then id
    /// (as the database seeks them); pairs past those are counted, not spelt out.
    @Test func examplesStartAmongTheFirstHundredClaims() {
        let others = (1...100).map { claim($0, "metric_\($0)", period: "2015-01..2015-12") }
        let late = others + [claim(101, period: "2015-01..2015-12"), claim(102, period: "2015-02..2015-03")]
        #expect(warnings(late) == ["and 1 more pairs of claims that may overlap"], "#101 is the 101st claim")
        let early = others + [claim(101, period: "2014-12..2015-12"), claim(102, period: "2015-02..2015-03")]
        #expect(warnings(early) == ["#102 (2015-02..2015-03) lies inside #101 (2014-12..2015-12): this sum counts the same refusals twice"],
                "#101 starts first")
    }

    /// Twenty thousand claims over one period: a handful spelt out, the rest counted,
    /// with no pair visited beyond the search's budget.
    @Test func twentyThousandOverlappingClaims() {
        let claims = (1...20_000).map { claim($0, period: "2015-01..2015-12") }
        let w = warnings(claims)
        #expect(w.count == DoubleCounting.limit + 1)
        #expect(w.last == "and 199,989,995 more pairs of claims that may overlap")
        let snapshots = (1...20_000).map { claim($0, period: "2015-06", asOf: true) }
        #expect(DoubleCounting.pairs(snapshots) == 20_000 * 19_999 / 2)
    }
}

@Suite struct ConsistencyTests {
    private func findings(_ claims: [Claim], about id: Int? = nil) throws -> [Finding] {
        try Consistency(store: ClaimStore(claims: claims)).findings(about: id)
    }

    @Test func partOf() throws {
        let whole = claim(1, "green_cards", 832_000, .approx, unit: "people", period: "2009-01..2014-12")
        let inside = claim(2, "refugees", 3887, unit: "people", period: "2012-01..2012-12", relations: Relations(partOf: 1))
        let outside = claim(3, "refugees", 3887, unit: "people", period: "2016-01..2016-12", relations: Relations(partOf: 1))
        let larger = claim(4, "refugees", 900_000, .moreThan, unit: "people", period: "2012-01..2012-12", relations: Relations(partOf: 1))
        let elsewhere = claim(5, "refugees", 5, unit: "people", place: "DE", period: "2012-01..2012-12", relations: Relations(partOf: 1))
        let otherUnit = claim(6, "refugees", 5, unit: "families", period: "2012-01..2012-12", relations: Relations(partOf: 1))
        let f = try findings([whole, inside, outside, larger, elsewhere, otherUnit])
        #expect(f.map(\.status) == [.ok, .inconsistent, .inconsistent, .inconsistent, .inconsistent])
        #expect(f[1].message.hasSuffix("but its period, 2016, lies outside"))
        #expect(f[2].message.hasSuffix("but it is larger"))
        #expect(f[3].message.hasSuffix("but its place, DE, lies outside US"))
        #expect(f[4].message.hasSuffix("but one counts families and the other people"))
        #expect(f.allSatisfy { $0.relation == .partOf && $0.claims.last == 1 })
    }

    @Test func ratioOfToTheStatedPrecision() throws {
        let num = claim(1, "custody", 33701, unit: "people"), den = claim(2, "monitored", 2_400_000, unit: "people")
        let right = claim(3, "share", 1.4, unit: "percent", relations: Relations(ratioOf: (1, 2)))
        let wrong = claim(4, "share", 1.5, unit: "percent", relations: Relations(ratioOf: (1, 2)))
        let roughlyRight = claim(5, "share", 1, .approx, unit: "percent", relations: Relations(ratioOf: (1, 2)))
        let bound = claim(6, "share", 1, .moreThan, unit: "percent", relations: Relations(ratioOf: (1, 2)))
        let f = try findings([num, den, right, wrong, roughlyRight, bound])
        #expect(f.map(\.status) == [.ok, .inconsistent, .ok, .ok])
        #expect(f[0].message == "#3: 33,701 / 2,400,000 = 1.404 % ≈ 1.4 %, as stated")
        #expect(f[1].message == "#4 says 1.5 %, but 33,701 / 2,400,000 = 1.404 %")
    }

    @Test func shareOf() throws {
        let whole = claim(1, "refusals", 11)
        let majority = claim(2, "share", 50, .moreThan, unit: "percent", relations: Relations(shareOf: 1))
        let tooMuch = claim(3, "share", 120, unit: "percent", relations: Relations(shareOf: 1))
        let notPercent = claim(4, "share", 3, unit: "requests", relations: Relations(shareOf: 1))
        let f = try findings([whole, majority, tooMuch, notPercent])
        #expect(f.map(\.status) == [.ok, .inconsistent, .inconsistent])
        #expect(f[0].message == "#2: more than 50 % of #1's 11 requests is more than 5.5: 6 to 11 of 11")
        #expect(f[1].message == "#3 says 120 %, which no share can be")
    }

    @Test func checkOneClaimFindsRelationsEitherWay() throws {
        let a = claim(1), b = claim(2, "refusals", 5, relations: Relations(partOf: 1)), c = claim(3, "refusals", 2, relations: Relations(partOf: 2))
        #expect(try findings([a, b, c], about: 2).map(\.claims) == [[2, 1], [3, 2]])
        #expect(try findings([a, b, c], about: 1).map(\.claims) == [[2, 1]])
    }
}

/// Grouping, arithmetic, units and provenance over the sample article.
@Suite struct SampleAnswersTests {
    let store = ClaimStore.sample()

    /// Answers `text`'s statements in turn, as a session does, and returns the last answer.
    private func run(_ text: String) throws(Diagnostic) -> QueryResult {
        let source = SourceText(name: "t", text: text)
        var evaluator = Evaluator(store: store)
        var result: QueryResult?
        for statement in Parser.parse(source) { result = try evaluator.answer(try statement.get(), in: source) }
        return result!
    }

    private func error(_ text: String) -> Diagnostic? {
        do { _ = try run(text); return nil } catch { return error }
    }

    @Test func groupsByState() throws {
        guard case .groups(let g) = try run("sum refusals by state") else { Issue.record("not groups"); return }
        #expect(g.by == ["state"])
        #expect(g.groups.map(\.key) == [[.text("CA")], [.null]], "null keys form their own group, last")
        #expect(g.groups.map(\.result.claims) == [[6, 8], [5]])
        #expect(g.groups[0].result.estimate?.nominal == 3359 && g.groups[0].result.warnings.count == 1)
    }

    @Test func groupsByTwoFieldsAndUnitsSplit() throws {
        guard case .groups(let g) = try run("count claims by source, unit") else { Issue.record("not groups"); return }
        #expect(g.groups.count == 13)
        #expect(g.groups.first?.key == [.text("author"), .text("occasions")])
        guard case .groups(let units) = try run("sum value by unit") else { Issue.record("not groups"); return }
        #expect(units.groups.map(\.result.unit) == ["case_files", "jurisdictions", "occasions", "people", "percent", "requests"])
    }

    @Test func arithmeticCarriesClaimsAndUnits() throws {
        guard case .value(let v) = try run("sum immigrants_in_custody / sum immigrants_monitored * 100") else { Issue.record("not a value"); return }
        #expect(abs(v.estimate.nominal - 1.404208) < 1e-6)
        #expect(v.unit == nil && v.claims == [1, 2] && v.warnings.isEmpty)
        guard case .value(let d) = try run("sum refusals - sum refusals where state = \"CA\"") else { Issue.record("not a value"); return }
        #expect(d.estimate.bound == .moreThan && d.estimate.low == 29269 && d.unit == "requests")
        #expect(Set(d.warnings).count == d.warnings.count, "each warning once")
    }

    @Test func arithmeticErrors() {
        #expect(error("sum refusals / 0")?.message == "division by zero")
        #expect(error("sum refusals / (count claims where id = 1 - 1)")?.message == "division by zero")
        #expect(error("sum refusals where state = \"TX\" + 1")?.message == "this sum matches no claims, so there is nothing to calculate with")
        #expect(error("sum refusals + sum green_cards")?.message == "cannot add people to requests")
        #expect(error("sum refusals by state * 2")?.message == "'by' cannot be combined with arithmetic")
        #expect(error("sum value")?.hints.first == "split them with 'by unit', or keep one with 'where unit = \"people\"'")
    }

    @Test func whyNeedsAnAnswerFirst() throws {
        #expect(error("why")?.message == "nothing to explain yet")
        guard case .why(let claims) = try run("sum refusals where state = \"CA\"; why") else { Issue.record("not why"); return }
        #expect(claims.map(\.id) == [6, 8])
    }

    @Test func timelineSelectsLikeList() throws {
        guard case .timeline(let claims) = try run("timeline refusals where state = \"CA\"") else { Issue.record("not a timeline"); return }
        #expect(claims.map(\.id) == [6, 8])
    }
}

/// The claims a statement's answer comes from.
private func claimIDs(_ text: String, in store: ClaimStore) throws -> [Int] {
    let source = SourceText(name: "t", text: text)
    return try Evaluator(store: store).run(try Parser.parse(source)[0].get(), in: source).sourceClaims
}

/// A claim whose article names no place has a null place, state and country.
@Suite struct UnknownPlaceTests {
    let store = ClaimStore(claims: [claim(1, place: nil), claim(2, place: "US-CA"), claim(3, place: "KE")])

    private func ids(_ text: String) throws -> [Int] { try claimIDs(text, in: store) }

    @Test func nullPlacesAreFoundByIsNull() throws {
        #expect(try ids("list claims where place is null") == [1])
        #expect(try ids("list claims where country is null") == [1])
        #expect(try ids("list claims where state is null") == [1, 3])
        #expect(try ids("list claims where place is not null") == [2, 3])
    }

    @Test func comparisonsWithANullPlaceAreUnknown() throws {
        #expect(try ids("list claims where place != \"KE\"") == [2])
        #expect(try ids("list claims where country = \"Kenya\"") == [3])
    }

    @Test func twoClaimsWithNoPlaceMayCountTheSameThing() {
        let warnings = DoubleCounting.warnings([claim(1, place: nil, period: "2016-01..2016-12"), claim(2, place: nil, period: "2016-03..2016-04")],
                                               operation: "sum")
        #expect(warnings.count == 1)
        #expect(DoubleCounting.warnings([claim(1, place: nil, period: "2016-01..2016-12"), claim(2, period: "2016-03..2016-04")],
                                        operation: "sum").isEmpty)
    }
}

@Suite struct SubjectFieldTests {
    let store = ClaimStore(claims: [
        Claim(id: 1, article: "t", metric: "seats", value: 40, qualifier: .exact, unit: "seats", place: nil, period: nil,
              source: "BBC", surface: "40", quote: "x", paragraph: 1, sentence: 1, subject: "Labour Party"),
        Claim(id: 2, article: "t", metric: "seats", value: 30, qualifier: .exact, unit: "seats", place: nil, period: nil,
              source: "BBC", surface: "30", quote: "x", paragraph: 1, sentence: 1),
    ])

    private func ids(_ text: String) throws -> [Int] { try claimIDs(text, in: store) }

    @Test func subjectIsATextFieldThatMayBeNull() throws {
        #expect(try ids("list claims where subject contains \"labour\"") == [1])
        #expect(try ids("list claims where subject is null") == [2])
        #expect(try ids("list claims where subject != \"Labour Party\"") == [], "a null subject is unknown, not unequal")
        #expect(try ids("sum seats by subject") == [1, 2])
    }
}
