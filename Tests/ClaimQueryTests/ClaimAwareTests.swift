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
