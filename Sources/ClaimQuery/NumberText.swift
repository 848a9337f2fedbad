import ClaimStore

/// Numbers and periods written for people, shared by messages and renderers.
public enum NumberText {
    /// 3359 → "3,359"; 1.404 → "1.4" (two decimals by default, four below 1).
    public static func format(_ value: Double, decimals: Int? = nil) -> String {
        if decimals == nil, value == value.rounded(), abs(value) < 1e15 {   // whole numbers: most values
            return value < 0 ? "-" + grouped(Int(-value)) : grouped(Int(value))
        }
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let places = decimals ?? (abs(value) < 1 && value != 0 ? 4 : 2)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        guard abs(rounded) < 1e15 else { return String(value) }
        let whole = Int(abs(rounded).rounded(.down))
        let fraction = Int(((abs(rounded) - Double(whole)) * scale).rounded())
        var text = grouped(whole)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: places - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return rounded < 0 ? "-" + text : text
    }

    /// How many decimals a stated value carries: 1.4 → 1, 25 → 0.
    public static func decimals(of value: Double) -> Int {
        var places = 0
        var scaled = value
        while places < 6, scaled != scaled.rounded() {
            scaled *= 10
            places += 1
        }
        return places
    }

    private static func grouped(_ n: Int) -> String {
        if n < 1000 { return String(n) }
        let digits = Array(String(n).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3)
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(d)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A period as a person says it: "2016", "2009–2014", "2017-01..2017-02", "as of 2017-06".
    public static func period(_ period: Period?) -> String {
        guard let period else { return "no period" }
        if period.kind == .asOf { return period.description }
        if period.from.month == 1 && period.to.month == 12 {
            return period.from.year == period.to.year ? "\(period.from.year)" : "\(period.from.year)–\(period.to.year)"
        }
        return period.description
    }
}
