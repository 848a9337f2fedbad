import Testing
import ClaimStore
@testable import ClaimQuery

/// Interval arithmetic for hedged values, each qualifier worked out by hand.
@Suite struct EstimateTests {
    private func e(_ v: Double, _ q: Qualifier) -> Estimate { Estimate(v, q) }

    @Test func eachQualifierIsAnInterval() {
        #expect(e(5, .exact).bound == .exact && e(5, .exact).low == 5 && e(5, .exact).high == 5)
        #expect(e(5, .approx).bound == .approx)
        #expect(e(5, .nearly).bound == .nearly && e(5, .nearly).high == 5)
        #expect(e(5, .moreThan).bound == .moreThan && e(5, .moreThan).lowOpen && e(5, .moreThan).high == nil)
        #expect(e(5, .atLeast).bound == .atLeast && !e(5, .atLeast).lowOpen)
        #expect(e(5, .lessThan).bound == .lessThan && e(5, .lessThan).low == 0 && e(5, .lessThan).highOpen)
        #expect(e(5, .atMost).bound == .atMost && e(5, .atMost).low == 0)
    }

    @Test func sums() {
        let refusals = e(29269, .moreThan) + e(11, .exact) + e(3348, .exact)
        #expect(refusals.bound == .moreThan && refusals.low == 32628 && refusals.nominal == 32628)
        #expect((e(10, .atLeast) + e(5, .exact)).bound == .atLeast)
        #expect((e(10, .atLeast) + e(5, .moreThan)).bound == .moreThan)
        #expect((e(10, .approx) + e(5, .exact)).bound == .approx)
        #expect((e(25, .nearly) + e(5, .exact)).bound == .nearly)
        #expect((e(25, .nearly) + e(5, .approx)).bound == .approx)
        let lessAndExact = e(10, .lessThan) + e(5, .exact)
        #expect(lessAndExact.bound == .range && lessAndExact.low == 5 && lessAndExact.high == 15)
        #expect((e(10, .lessThan) + e(5, .atMost)).bound == .lessThan)
        let mixed = e(10, .moreThan) + e(5, .lessThan)
        #expect(mixed.low == 10 && mixed.high == nil && mixed.bound == .moreThan)
        let aboutMore = e(10, .moreThan) + e(5, .approx)
        #expect(aboutMore.bound == .moreThan && aboutMore.approximate)
    }

    @Test func minimumAndMaximum() {
        let a = e(29269, .moreThan), b = e(11, .exact)
        #expect(Estimate.maximum(a, b).bound == .moreThan && Estimate.maximum(a, b).low == 29269)
        #expect(Estimate.minimum(a, b).bound == .exact && Estimate.minimum(a, b).nominal == 11)
        let tieMin = Estimate.minimum(e(5, .moreThan), e(5, .atLeast))
        #expect(tieMin.low == 5 && !tieMin.lowOpen, "the smaller of >5 and >=5 can be 5")
        let tieMax = Estimate.maximum(e(5, .moreThan), e(5, .atLeast))
        #expect(tieMax.low == 5 && tieMax.lowOpen, "the larger of >5 and >=5 is above 5")
        let lows = Estimate.minimum(e(10, .lessThan), e(10, .atMost))
        #expect(lows.high == 10 && lows.highOpen)
        #expect(Estimate.maximum(e(10, .lessThan), e(10, .atMost)).bound == .atMost)
    }

    @Test func averagesScaleTheInterval() {
        let avg = (e(10, .moreThan) + e(20, .exact)).scaled(by: 0.5)
        #expect(avg.nominal == 15 && avg.low == 15 && avg.lowOpen && avg.bound == .moreThan)
    }
}
