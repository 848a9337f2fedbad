import Testing
import ClaimStore
@testable import ClaimQuery

/// Every pair of qualifiers through sum, min, max, avg and + - * /. Expected shapes
/// were worked out by hand from the intervals; every result is also checked to hold
/// each value the two hedged claims could really have.
@Suite struct IntervalTableTests {
    static let qualifiers = Qualifier.allCases
    static let pairs = qualifiers.flatMap { a in qualifiers.map { b in (a, b) } }

    /// The shape of 10 (qa) + 5 (qb), by hand: exact ends add; an unbounded end stays
    /// unbounded; "less than"/"at most" start at 0 so an exact partner makes a range.
    static func expectedSum(_ a: Qualifier, _ b: Qualifier) -> Estimate.Bound {
        let pair = Set([a, b])
        if pair.contains(.moreThan) { return .moreThan }                     // (15, ∞) or (10, ∞)
        if pair.contains(.atLeast) { return .atLeast }
        if pair == [.lessThan] || pair == [.lessThan, .atMost] { return .lessThan }
        if pair == [.atMost] { return .atMost }
        if pair.contains(.lessThan) || pair.contains(.atMost) { return .range }
        if pair.contains(.approx) { return .approx }
        if pair.contains(.nearly) { return .nearly }
        return .exact
    }

    @Test(arguments: pairs)
    func sumShape(_ a: Qualifier, _ b: Qualifier) {
        let sum = Estimate(10, a) + Estimate(5, b)
        #expect(sum.bound == Self.expectedSum(a, b), "\(a) + \(b) gave \(sum)")
        #expect(sum.nominal == 15)
        #expect(sum.approximate == (a == .approx || a == .nearly || b == .approx || b == .nearly))
    }

    @Test(arguments: pairs)
    func everyOperationHoldsEveryPossibleValue(_ a: Qualifier, _ b: Qualifier) throws {
        let (x, y) = (Estimate(10, a), Estimate(5, b))
        let divided: Estimate? = x / y
        let quotient = try #require(divided)
        let checks: [(String, Estimate, (Double, Double) -> Double)] = [
            ("+", x + y, +), ("-", x - y, -), ("*", x * y, *),
            ("/", quotient, /), ("min", .minimum(x, y), Swift.min), ("max", .maximum(x, y), Swift.max),
            ("avg", (x + y).scaled(by: 0.5), { ($0 + $1) / 2 }),
        ]
        for (name, result, op) in checks {
            for p in Self.samples(x) {
                for q in Self.samples(y) where !(name == "/" && q == 0) {
                    #expect(Self.holds(result, op(p, q)), "\(a) \(name) \(b): \(op(p, q)) outside \(result)")
                }
            }
        }
    }

    @Test func minAndMaxPickTheRightEnds() {
        #expect(Estimate.minimum(Estimate(10, .moreThan), Estimate(5, .exact)).bound == .exact)
        #expect(Estimate.maximum(Estimate(10, .lessThan), Estimate(5, .exact)).bound == .range)
        #expect(Estimate.maximum(Estimate(10, .atMost), Estimate(5, .atMost)).bound == .atMost)
        #expect(Estimate.minimum(Estimate(10, .atLeast), Estimate(5, .atLeast)).bound == .atLeast)
        #expect(Estimate.minimum(Estimate(10, .nearly), Estimate(5, .exact)) == Estimate(5, .exact), "≈10 cannot be below 5")
        #expect(Estimate.maximum(Estimate(10, .nearly), Estimate(5, .exact)) == Estimate(10, .nearly))
        let meeting = Estimate.minimum(Estimate(10, .atMost), Estimate(5, .atLeast))
        #expect(meeting.low == 0 && meeting.high == 10 && meeting.bound == .range, "[0,10] and [5,∞) meet: min lies in [0,10]")
    }

    /// Folding pair by pair, "about 4" made the minimum of {about 4, at most 5, 1}
    /// approximate in one order and not in another; it cannot be the minimum (1 is below it).
    @Test func extremeDoesNotDependOnOrder() {
        let claims = [Estimate(4, .approx), Estimate(5, .atMost), Estimate(1, .exact)]
        for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2], [0, 2, 1]] {
            let min = Estimate.extreme(of: order.map { claims[$0] }, smallest: true)
            #expect(min?.nominal == 1 && min?.low == 0 && min?.high == 1 && min?.approximate == false, "order \(order)")
        }
        let mirrored = [Estimate(6, .approx), Estimate(5, .atLeast), Estimate(9, .exact)]
        for order in [[0, 1, 2], [2, 1, 0]] {
            let max = Estimate.extreme(of: order.map { mirrored[$0] }, smallest: false)
            #expect(max?.nominal == 9 && max?.low == 9 && max?.high == nil && max?.approximate == false, "order \(order)")
        }
        // "about 4" can be the minimum of {about 4, at most 5}: the result is approximate.
        #expect(Estimate.extreme(of: Array(claims.prefix(2)), smallest: true)?.approximate == true)
        #expect(Estimate.extreme(of: [], smallest: true) == nil)
    }

    @Test func productsAndQuotients() throws {
        let share = Estimate(33701, .exact) / Estimate(2_400_000, .exact)
        let ratio = try #require(share) * Estimate(exactly: 100)
        #expect(abs(ratio.nominal - 1.404208) < 1e-6 && ratio.bound == .exact)
        let more = Estimate(10, .moreThan) * Estimate(exactly: 3)
        #expect(more.bound == .moreThan && more.low == 30 && more.lowOpen)
        let nearlyScaled = Estimate(25, .nearly) * Estimate(exactly: 2)
        #expect(nearlyScaled.bound == .nearly && nearlyScaled.nominal == 50)
        let maybeZero = Estimate(100, .exact) / Estimate(10, .lessThan)
        let split = try #require(maybeZero)
        #expect(split.low == nil && split.high == nil, "a divisor that may be 0 leaves the quotient unbounded")
        #expect(Estimate(5, .exact) / Estimate(exactly: 0) == nil)
        let difference = Estimate(10, .moreThan) - Estimate(5, .moreThan)
        #expect(difference.low == nil && difference.high == nil, "(10,∞) − (5,∞) could be anything")
        #expect((-Estimate(10, .moreThan)).high == -10)
    }

    // MARK: Helpers

    /// Values a hedged claim could take: its ends (or just inside open ones) and between.
    static func samples(_ e: Estimate) -> [Double] {
        let low = e.low.map { e.lowOpen ? $0 + 0.001 : $0 } ?? -1000
        let high = e.high.map { e.highOpen ? $0 - 0.001 : $0 } ?? 1000
        return [low, (low + high) / 2, high, e.high == nil ? 1e6 : high]
    }

    static func holds(_ e: Estimate, _ v: Double) -> Bool {
        let slack = 1e-6 * max(1, abs(v))
        if let low = e.low, v < low - slack { return false }
        if let high = e.high, v > high + slack { return false }
        return true
    }
}

extension Estimate: CustomStringConvertible {
    public var description: String {
        let l = low.map { (lowOpen ? "(" : "[") + String($0) } ?? "(-∞"
        let h = high.map { String($0) + (highOpen ? ")" : "]") } ?? "∞)"
        return "\(l), \(h)\(approximate ? " ≈" : "")\(capped ? " capped" : "")"
    }
}

/// The smaller and larger of two claims, as these tests and EstimateTests use them.
extension Estimate {
    static func minimum(_ a: Estimate, _ b: Estimate) -> Estimate { extreme(of: [a, b], smallest: true)! }
    static func maximum(_ a: Estimate, _ b: Estimate) -> Estimate { extreme(of: [a, b], smallest: false)! }
}
