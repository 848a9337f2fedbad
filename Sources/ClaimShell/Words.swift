import ClaimQuery
import ClaimStore

/// Numbers and hedged values as people write them: "more than 32,628 requests".
enum Words {
    /// 3359 → "3,359"; 1.404 → "1.4"; fractions keep two decimals (four below 1).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let places = abs(value) < 1 && value != 0 ? 4 : 2
        let scale = places == 4 ? 10_000.0 : 100.0
        let rounded = (value * scale).rounded() / scale
        guard abs(rounded) < 1e15 else { return String(value) }
        let negative = rounded < 0
        let whole = Int(abs(rounded).rounded(.down))
        let fraction = Int(((abs(rounded) - Double(whole)) * scale).rounded())
        var text = grouped(whole)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: places - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return negative ? "-" + text : text
    }

    private static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    /// "case_files" → "case files".
    static func unit(_ unit: String?) -> String {
        (unit ?? "").replacingUnderscores()
    }

    /// A value with its hedge and unit: "about 832,000 people", "between 5 and 15 requests".
    static func estimate(_ e: Estimate, unit: String?) -> String {
        let u = unit.map { " " + Words.unit($0) } ?? ""
        let about = e.approximate ? "about " : ""
        switch e.bound {
        case .exact: return number(e.nominal) + u
        case .approx: return "about " + number(e.nominal) + u
        case .nearly: return "nearly " + number(e.nominal) + u
        case .moreThan: return "more than " + about + number(e.low ?? e.nominal) + u
        case .atLeast: return "at least " + about + number(e.low ?? e.nominal) + u
        case .lessThan: return "less than " + about + number(e.high ?? e.nominal) + u
        case .atMost: return "at most " + about + number(e.high ?? e.nominal) + u
        case .range:
            return about + "between " + number(e.low ?? e.nominal) + " and " + number(e.high ?? e.nominal) + u
        }
    }

    static func claimValue(_ claim: Claim) -> String {
        estimate(Estimate(claim.value, claim.qualifier), unit: claim.unit)
    }

    /// "#6, #8".
    static func ids(_ ids: [Int]) -> String {
        ids.map { "#\($0)" }.joined(separator: ", ")
    }
}

extension String {
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
