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
    /// "#6, #8"; past `idsShown` (a store of half a million claims), the first ten and
    /// how many more: "#1, #2, …, #10, … and 544,990 more — why lists them". JSON and
    /// CSV keep every id.
    static func ids(_ ids: [Int]) -> String {
        let shown = ids.count > idsShown ? ids.prefix(10) : ids[...]
        var out = ""
        for (i, id) in shown.enumerated() {
            out += i == 0 ? "#" : ", #"
            out += String(id)
        }
        if shown.count < ids.count { out += ", … and \(number(Double(ids.count - shown.count))) more — why lists them" }
        return out
    }

    /// The longest list of ids written out whole.
    static let idsShown = 50
}

