import ClaimStore

/// Finds claims an addition may count twice: the same metric, periods that overlap,
/// places that overlap (the same place, or one inside the other, like US-CA in US).
/// Snapshots ("as of" a date) of the same metric at different dates are a stock
/// measured twice, so adding them warns too.
enum DoubleCounting {
    /// At most this many warnings are spelt out; the rest are counted.
    static let limit = 5

    static func warnings(_ claims: [Claim], operation: String) -> [String] {
        var warnings: [String] = []
        var more = 0
        func consider(_ a: Claim, _ b: Claim) {
            guard a.metric == b.metric, Self.nested(a.place, b.place),
                  let warning = describe(a, b, operation: operation) else { return }
            if warnings.count < limit { warnings.append(warning) } else { more += 1 }
        }
        // Periods that overlap: a sweep in order of start, so far-apart periods cost nothing.
        let dated = claims.filter { $0.period != nil }.sorted { $0.period!.from < $1.period!.from }
        for (i, a) in dated.enumerated() {
            for b in dated[(i + 1)...] {
                if b.period!.from > a.period!.to { break }
                consider(a, b)
            }
        }
        // Snapshots at different dates never overlap, but adding them still double counts.
        let snapshots = dated.filter { $0.period!.kind == .asOf }
        for (i, a) in snapshots.enumerated() {
            for b in snapshots[(i + 1)...] where a.period!.from != b.period!.from { consider(a, b) }
        }
        if more > 0 { warnings.append("and \(more) more pairs of claims that may overlap") }
        return warnings
    }

    /// Why adding `a` and `b` may count the same thing twice, or nil if it does not.
    private static func describe(_ a: Claim, _ b: Claim, operation: String) -> String? {
        let (pa, pb) = (a.period!, b.period!)
        let what = String(a.metric.map { $0 == "_" ? " " : $0 })
        if pa.kind == .asOf && pb.kind == .asOf {
            if pa.from != pb.from {
                return "#\(a.id) (\(pa)) and #\(b.id) (\(pb)) are snapshots at different dates: this \(operation) counts the same \(what) more than once"
            }
            if a.place == b.place {
                return "#\(a.id) and #\(b.id) are the same snapshot (\(pa)): this \(operation) counts the same \(what) twice"
            }
        }
        guard pa.overlaps(pb) else { return nil }
        let showPlaces = a.place != b.place
        func label(_ c: Claim) -> String {
            "#" + String(c.id) + " (" + (showPlaces ? (c.place?.code ?? "no place") + ", " : "") + c.period!.description + ")"
        }
        if pb.isWithin(pa) && Self.contains(a.place, b.place) {
            return "\(label(b)) lies inside \(label(a)): this \(operation) counts the same \(what) twice"
        }
        if pa.isWithin(pb) && Self.contains(b.place, a.place) {
            return "\(label(a)) lies inside \(label(b)): this \(operation) counts the same \(what) twice"
        }
        return "\(label(a)) overlaps \(label(b)): this \(operation) may count some \(what) twice"
    }

    /// Whether `inner` lies in `outer`; two claims that name no place are taken as
    /// the same (unknown) place, as the article gives them.
    private static func contains(_ outer: Place?, _ inner: Place?) -> Bool {
        switch (outer, inner) {
        case let (o?, i?): return o.contains(i)
        case (nil, nil): return true
        default: return false
        }
    }

    private static func nested(_ a: Place?, _ b: Place?) -> Bool {
        contains(a, b) || contains(b, a)
    }
}
