import ClaimStore

/// What a hedged number, or a result computed from hedged numbers, actually says:
/// a nominal figure, the interval it is known to lie in, and whether the figure is
/// itself a rounding ("about").
///
/// - exact v: [v, v];  approx v: ≈v;  nearly v: ≈v and ≤ v
/// - more_than v: (v, ∞);  at_least v: [v, ∞)
/// - less_than v: [0, v);  at_most v: [0, v]  (claims count things, so never below 0)
///
/// Sums add the ends of the intervals; an unbounded end stays unbounded. Approximation
/// is contagious: a sum with one "about" term is "about" (or, with an open end, "more
/// than about"). "nearly" survives a sum only with exact terms: nearly 25 + 5 is nearly 30.
public struct Estimate: Sendable, Equatable {
    public var nominal: Double
    public var low: Double?
    public var lowOpen = false
    public var high: Double?
    public var highOpen = false
    public var approximate = false
    /// Approximate, but known not to exceed the nominal figure ("nearly").
    public var capped = false

    public init(exactly value: Double) {
        nominal = value
        low = value
        high = value
    }

    public init(_ value: Double, _ qualifier: Qualifier) {
        self.init(exactly: value)
        switch qualifier {
        case .exact: break
        case .approx: approximate = true
        case .nearly: approximate = true; capped = true
        case .moreThan: lowOpen = true; high = nil
        case .atLeast: high = nil
        case .lessThan: low = Swift.min(0, value); highOpen = true
        case .atMost: low = Swift.min(0, value)
        }
    }

    /// No end is infinite or NaN (an open end is nil, not infinity).
    public var isFinite: Bool {
        nominal.isFinite && (low?.isFinite ?? true) && (high?.isFinite ?? true)
    }

    public enum Bound: String, Sendable {
        case exact, approx, nearly
        case moreThan = "more_than", atLeast = "at_least", lessThan = "less_than", atMost = "at_most"
        case range
    }

    /// The shape of the interval, in the vocabulary of qualifiers.
    public var bound: Bound {
        switch (low, high) {
        case let (l?, h?) where l == h:
            return approximate ? (capped ? .nearly : .approx) : .exact
        case (_?, nil):
            return lowOpen ? .moreThan : .atLeast
        case let (l?, h?) where l <= 0 && nominal == h:
            return highOpen ? .lessThan : .atMost
        default:
            return .range
        }
    }

    // MARK: Arithmetic

    public static func + (a: Estimate, b: Estimate) -> Estimate {
        var r = Estimate(exactly: a.nominal + b.nominal)
        r.low = add(a.low, b.low)
        r.high = add(a.high, b.high)
        r.lowOpen = a.lowOpen || b.lowOpen
        r.highOpen = a.highOpen || b.highOpen
        r.approximate = a.approximate || b.approximate
        r.capped = (a.capped || !a.approximate) && (b.capped || !b.approximate) && r.approximate
        return r
    }

    /// Multiplies by a known, non-negative constant (an average divides a sum by n).
    public func scaled(by k: Double) -> Estimate {
        var r = self
        r.nominal *= k
        r.low = low.map { $0 * k }
        r.high = high.map { $0 * k }
        return r
    }

    /// The smallest (or largest) of several claimed quantities, whatever their order:
    /// each end is the smallest (largest) end; the result is approximate when a
    /// claim that could be the extreme is ("about 5" cannot be the minimum of
    /// "about 5", "2" and "3"; it can be of "about 5" and "at most 6"). A claim lies
    /// wholly above another when its low end is past the other's high end.
    public static func extreme(of all: [Estimate], smallest: Bool) -> Estimate? {
        guard !all.isEmpty else { return nil }
        // For the maximum, mirror every interval through 0 and take the minimum.
        let terms = smallest ? all : all.map(\.mirrored)
        var r = Estimate(exactly: terms.map(\.nominal).min()!)
        r.low = terms.contains { $0.low == nil } ? nil : terms.map { $0.low! }.min()
        if let low = r.low { r.lowOpen = terms.allSatisfy { $0.low != low || $0.lowOpen } }   // one closed end reaches it
        r.high = terms.compactMap(\.high).min()
        if let high = r.high { r.highOpen = terms.contains { $0.high == high && $0.highOpen } }
        // The claims that could be the extreme: those not wholly above the result's high end.
        let candidates = terms.filter { t in
            guard let high = r.high, let low = t.low else { return true }
            return !(high < low || (high == low && (r.highOpen || t.lowOpen)))
        }
        r.approximate = candidates.contains { $0.approximate }
        r.capped = r.approximate && candidates.allSatisfy { $0.capped || !$0.approximate }
        return smallest ? r : r.mirrored
    }

    /// The interval negated: [a, b) becomes (-b, -a].
    private var mirrored: Estimate {
        var r = self
        r.nominal = -nominal
        (r.low, r.lowOpen) = (high.map { -$0 }, highOpen)
        (r.high, r.highOpen) = (low.map { -$0 }, lowOpen)
        return r
    }

    private static func add(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a + b
    }
}

extension Estimate {
    /// The value with its hedge and unit, as a person writes it: "more than 32,628
    /// requests", "about 832,000 people", "between 5 and 15".
    public func phrase(unit: String?, percentSign: Bool = false) -> String {
        let u = unit.map { $0 == "percent" && percentSign ? " %" : " " + String($0.map { $0 == "_" ? " " : $0 }) } ?? ""
        let about = approximate ? "about " : ""
        switch bound {
        case .exact: return NumberText.format(nominal) + u
        case .approx: return "about " + NumberText.format(nominal) + u
        case .nearly: return "nearly " + NumberText.format(nominal) + u
        case .moreThan: return "more than " + about + NumberText.format(low ?? nominal) + u
        case .atLeast: return "at least " + about + NumberText.format(low ?? nominal) + u
        case .lessThan: return "less than " + about + NumberText.format(high ?? nominal) + u
        case .atMost: return "at most " + about + NumberText.format(high ?? nominal) + u
        case .range:
            guard low != nil || high != nil else { return about + NumberText.format(nominal) + u + " (unbounded)" }
            return about + "between " + NumberText.format(low ?? nominal) + " and " + NumberText.format(high ?? nominal) + u
        }
    }
}
