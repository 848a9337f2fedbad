import ClaimStore

/// Tests the relations the claims file states between claims:
/// - part_of X: a subset of X's count, so not larger, and inside X's period and place;
/// - ratio_of [N, D]: a percentage equal to 100 × N / D, to the precision it is stated to;
/// - share_of X: a percentage of X's count, so between 0 and 100.
public struct Consistency {
    let store: ClaimStore

    public init(store: ClaimStore) {
        self.store = store
    }

    /// Every relation, or those a claim states or is named in.
    public func findings(about id: Int?) throws(Diagnostic) -> [Finding] {
        var findings: [Finding] = []
        for row in store.columns.relationRows {   // only claims that state relations
            let claim = store.columns.claim(row)
            let r = claim.relations
            guard !r.isEmpty, id == nil || claim.id == id || r.referenced.contains(id!) else { continue }
            if let whole = r.partOf.flatMap(store.claim(id:)) { findings.append(partOf(claim, whole)) }
            if let (n, d) = r.ratioOf, let num = store.claim(id: n), let den = store.claim(id: d) {
                findings.append(ratioOf(claim, num, den))
            }
            if let whole = r.shareOf.flatMap(store.claim(id:)) { findings.append(shareOf(claim, whole)) }
        }
        return findings
    }

    // MARK: part_of

    private func partOf(_ part: Claim, _ whole: Claim) -> Finding {
        let said = "#\(part.id) (\(value(part)), \(NumberText.period(part.period))) is said to be part of #\(whole.id) (\(value(whole)), \(NumberText.period(whole.period)))"
        func finding(_ status: Finding.Status, _ why: String) -> Finding {
            Finding(status: status, relation: .partOf, claims: [part.id, whole.id], message: "\(said)\(why)")
        }
        if part.unit != whole.unit {
            return finding(.inconsistent, ", but one counts \(part.unit) and the other \(whole.unit)")
        }
        let (p, w) = (Estimate(part.value, part.qualifier), Estimate(whole.value, whole.qualifier))
        if let high = w.high, let low = p.low, low > high || (low == high && (p.lowOpen || w.highOpen)) {
            return finding(.inconsistent, ", but it is larger")
        }
        if let pp = part.period, let wp = whole.period, !pp.isWithin(wp) {
            return finding(.inconsistent, ", but its period, \(NumberText.period(pp)), lies outside")
        }
        if let pp = part.place, let wp = whole.place, !wp.contains(pp) {
            return finding(.inconsistent, ", but its place, \(pp), lies outside \(wp)")
        }
        if part.period == nil || whole.period == nil {
            return finding(.ok, ": not larger, and inside its place (no periods to compare)")
        }
        return finding(.ok, ": not larger, and inside its period and place")
    }

    // MARK: ratio_of

    private func ratioOf(_ claim: Claim, _ num: Claim, _ den: Claim) -> Finding {
        let ids = [claim.id, num.id, den.id]
        guard den.value != 0 else {
            return Finding(status: .inconsistent, relation: .ratioOf, claims: ids,
                           message: "#\(claim.id) is said to be 100 × #\(num.id) / #\(den.id), but #\(den.id) is 0")
        }
        let actual = 100 * num.value / den.value
        let decimals = NumberText.decimals(of: claim.value)
        var tolerance = 0.5
        for _ in 0..<decimals { tolerance /= 10 }
        let holds = fits(actual, claim.value, claim.qualifier, tolerance: tolerance)
        let stated = "\(claim.qualifier.words.isEmpty ? "" : claim.qualifier.words + " ")\(NumberText.format(claim.value, decimals: decimals)) %"
        let computed = "\(NumberText.format(num.value)) / \(NumberText.format(den.value)) = \(NumberText.format(actual, decimals: decimals + 2)) %"
        return Finding(status: holds ? .ok : .inconsistent, relation: .ratioOf, claims: ids,
                       message: holds ? "#\(claim.id): \(computed) ≈ \(stated), as stated"
                                      : "#\(claim.id) says \(stated), but \(computed)")
    }

    /// Whether `actual` agrees with a stated percentage and its hedge, allowing for
    /// rounding to the precision it was stated to (half its last digit).
    private func fits(_ actual: Double, _ stated: Double, _ q: Qualifier, tolerance: Double) -> Bool {
        switch q {
        case .exact: return abs(actual - stated) <= tolerance + 1e-9
        case .approx: return abs(actual - stated) <= max(2 * tolerance, 0.05 * abs(stated))
        case .nearly: return actual <= stated + tolerance && actual >= stated - max(2 * tolerance, 0.1 * abs(stated))
        case .moreThan: return actual > stated - tolerance
        case .atLeast: return actual >= stated - tolerance
        case .lessThan: return actual < stated + tolerance
        case .atMost: return actual <= stated + tolerance
        }
    }

    // MARK: share_of

    private func shareOf(_ share: Claim, _ whole: Claim) -> Finding {
        let ids = [share.id, whole.id]
        func finding(_ status: Finding.Status, _ message: String) -> Finding {
            Finding(status: status, relation: .shareOf, claims: ids, message: message)
        }
        guard share.unit == "percent" else {
            return finding(.inconsistent, "#\(share.id) is said to be a share of #\(whole.id), but it is not a percentage (\(share.unit))")
        }
        let pct = Estimate(share.value, share.qualifier)
        if (pct.low ?? 0) > 100 || (pct.high ?? 0) < 0 || (pct.low == 100 && pct.lowOpen) {
            return finding(.inconsistent, "#\(share.id) says \(value(share)), which no share can be")
        }
        let count = pct.scaled(by: whole.value / 100)
        let description = "\(value(share)) of #\(whole.id)'s \(value(whole)) is \(words(count))"
        guard whole.qualifier == .exact, whole.value == whole.value.rounded(), pct.bound != .exact, !pct.approximate else {
            return finding(.ok, "#\(share.id): \(description)")
        }
        // Of an exact count, say which whole numbers of things the hedged share allows.
        let lowest = count.low.map { count.lowOpen ? $0.rounded(.down) + 1 : $0.rounded(.up) } ?? 0
        let highest = min(whole.value, count.high.map { count.highOpen ? $0.rounded(.up) - 1 : $0.rounded(.down) } ?? whole.value)
        let range = lowest == highest ? NumberText.format(lowest) : "\(NumberText.format(lowest)) to \(NumberText.format(highest))"
        return finding(.ok, "#\(share.id): \(description): \(range) of \(NumberText.format(whole.value))")
    }

    // MARK: Words

    private func value(_ claim: Claim) -> String {
        Estimate(claim.value, claim.qualifier).phrase(unit: claim.unit, percentSign: true)
    }

    private func words(_ e: Estimate) -> String {
        e.phrase(unit: nil)
    }
}
