import ClaimQuery
import ClaimStore

/// Numbers and hedged values as people write them: "more than 32,628 requests".
enum Words {
    static func number(_ value: Double) -> String {
        NumberText.format(value)
    }

    /// A value with its hedge and unit: "about 832,000 people", "between 5 and 15 requests".
    static func estimate(_ e: Estimate, unit: String?) -> String {
        e.phrase(unit: unit)
    }

    static func claimValue(_ claim: Claim) -> String {
        estimate(Estimate(claim.value, claim.qualifier), unit: claim.unit)
    }

    /// "#6, #8".
    static func ids(_ ids: [Int]) -> String {
        var out = ""
        for (i, id) in ids.enumerated() {
            out += i == 0 ? "#" : ", #"
            out += String(id)
        }
        return out
    }
}

