/// Arithmetic on estimates beyond sums: subtraction, products and quotients of
/// intervals. A missing end is infinite; an end is open when an open end made it.
/// "nearly" (approximate, capped) survives only scaling by an exact positive number.
extension Estimate {
    public static prefix func - (e: Estimate) -> Estimate {
        var r = e
        r.nominal = -e.nominal
        (r.low, r.lowOpen) = (e.high.map { -$0 }, e.highOpen)
        (r.high, r.highOpen) = (e.low.map { -$0 }, e.lowOpen)
        r.capped = false
        return r
    }

    public static func - (a: Estimate, b: Estimate) -> Estimate {
        var r = a + (-b)
        r.capped = a.capped && !b.approximate && !b.isInterval
        return r
    }

    public static func * (a: Estimate, b: Estimate) -> Estimate {
        var r = Estimate(exactly: a.nominal * b.nominal)
        let products = [(a.lowEnd, b.lowEnd), (a.lowEnd, b.highEnd), (a.highEnd, b.lowEnd), (a.highEnd, b.highEnd)]
            .map { x, y in End(value: times(x.value, y.value), open: (x.open || y.open) && times(x.value, y.value) != 0) }
        (r.low, r.lowOpen) = End.lowest(products).finite
        (r.high, r.highOpen) = End.highest(products).finite
        r.approximate = a.approximate || b.approximate
        r.capped = (a.capped && b.isExactPositive) || (b.capped && a.isExactPositive)
        return r
    }

    /// nil when `b` is exactly zero. A divisor whose interval holds zero (but is not
    /// zero) leaves the quotient unbounded.
    public static func / (a: Estimate, b: Estimate) -> Estimate? {
        guard b.nominal != 0 else { return nil }
        let (bl, bh) = (b.lowEnd, b.highEnd)
        if bl.value <= 0 && bh.value >= 0 {
            var r = Estimate(exactly: a.nominal / b.nominal)
            r.low = nil
            r.high = nil
            r.approximate = a.approximate || b.approximate
            return r
        }
        var reciprocal = Estimate(exactly: 1 / b.nominal)
        (reciprocal.low, reciprocal.lowOpen) = End(value: 1 / bh.value, open: bh.open || bh.value.isInfinite).finite
        (reciprocal.high, reciprocal.highOpen) = End(value: 1 / bl.value, open: bl.open || bl.value.isInfinite).finite
        reciprocal.approximate = b.approximate
        var r = a * reciprocal
        r.nominal = a.nominal / b.nominal
        r.capped = a.capped && b.isExactPositive
        return r
    }

    /// Exact and above zero: scaling by it keeps the shape of an interval.
    var isExactPositive: Bool { bound == .exact && nominal > 0 }

    /// Not a single value (a bound or range rather than a figure).
    var isInterval: Bool { low != high || low == nil }

    private var lowEnd: End { End(value: low ?? -.infinity, open: lowOpen) }
    private var highEnd: End { End(value: high ?? .infinity, open: highOpen) }

    /// 0 × ∞ is 0 here: a zero factor pins the product whatever the other could be.
    private static func times(_ x: Double, _ y: Double) -> Double {
        x == 0 || y == 0 ? 0 : x * y
    }
}

/// One end of an interval, with infinities for "unbounded".
private struct End {
    var value: Double
    var open: Bool

    var finite: (Double?, Bool) { value.isInfinite ? (nil, false) : (value, open) }

    /// The smallest value; of equal values a closed end (it can be reached).
    static func lowest(_ ends: [End]) -> End {
        ends.min { a, b in a.value < b.value || (a.value == b.value && !a.open && b.open) }!
    }

    static func highest(_ ends: [End]) -> End {
        ends.max { a, b in a.value < b.value || (a.value == b.value && a.open && !b.open) }!
    }
}
