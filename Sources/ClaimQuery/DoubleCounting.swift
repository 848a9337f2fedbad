import ClaimStore

/// Finds claims an addition may count twice: the same metric, periods that overlap,
/// places that overlap (the same place, or one inside the other, like US-CA in US).
/// Snapshots ("as of" a date) of the same metric at different dates are a stock
/// measured twice, so adding them warns too.
public enum DoubleCounting {
    /// At most this many warnings are spelt out; the rest are counted.
    public static let limit = 5

    /// How many pairs of claims the search for examples may look at: past it, the
    /// pairs are still counted exactly, but no more are spelt out.
    static let budget = 100_000

    /// Examples are pairs whose first claim is one of the first this many (in order of
    /// period start): a database finds them as the store does, without joining every
    /// claim to every other.
    public static let firsts = 100

    public static func warnings(_ claims: [Claim], operation: String) -> [String] {
        let dated = claims.filter { $0.period != nil }
            .sorted { ($0.period!.from, $0.id) < ($1.period!.from, $1.id) }
        return warnings(examples: examples(dated), pairs: pairs(dated), operation: operation)
    }

    /// The warnings of these example pairs (at most `limit` are spelt out), and a line
    /// for the rest of `pairs`, the count of every pair that warns.
    public static func warnings(examples: [(Claim, Claim)], pairs: Int, operation: String) -> [String] {
        var warnings = examples.prefix(limit).compactMap { describe($0, $1, operation: operation) }
        let more = pairs - warnings.count
        if more > 0 { warnings.append("and \(NumberText.format(Double(more))) more pairs of claims that may overlap") }
        return warnings
    }

    /// The first `limit` pairs that warn, `dated` in order of period start then id:
    /// first pairs whose periods overlap, each of the `firsts` claims with a claim
    /// after it; then pairs of snapshots at different dates, each of the first
    /// `firsts` snapshots with a later one. Past `budget` pairs looked at, no more are sought.
    private static func examples(_ dated: [Claim]) -> [(Claim, Claim)] {
        var found: [(Claim, Claim)] = []
        var checks = 0
        /// Whether to look further (fewer than `limit` examples, budget left).
        func consider(_ a: Claim, _ b: Claim) -> Bool {
            checks += 1
            if a.metric == b.metric, Self.nested(a.place, b.place), describe(a, b, operation: "") != nil {
                found.append((a, b))
            }
            return found.count < limit && checks < budget
        }
        // Periods that overlap, by a sweep in order of start, so far-apart periods cost nothing.
        search: for (i, a) in dated.prefix(firsts).enumerated() {
            for b in dated[(i + 1)...] {
                if b.period!.from > a.period!.to { break }
                if !consider(a, b) { break search }
            }
        }
        // Snapshots at different dates never overlap, but adding them still double counts.
        let snapshots = dated.filter { $0.period!.kind == .asOf }
        search: for (i, a) in snapshots.prefix(firsts).enumerated() where found.count < limit && checks < budget {
            for b in snapshots[(i + 1)...] {
                guard a.period!.to < b.period!.from else {
                    checks += 1
                    if checks >= budget { break search } else { continue }
                }
                if !consider(a, b) { break search }
            }
        }
        return found
    }

    /// How many pairs of these dated claims warn, counted without visiting the pairs:
    /// within each metric, pairs in one place or in a country and one of its parts
    /// whose periods overlap, and pairs of snapshots at different dates.
    static func pairs(_ dated: [Claim]) -> Int {
        struct Key: Hashable {
            let metric: String
            let place: Place?
        }
        var groups: [Key: Spans] = [:]
        for claim in dated { groups[Key(metric: claim.metric, place: claim.place), default: Spans()].add(claim.period!) }
        groups = groups.mapValues { $0.sorted() }   // once: a country's group is paired with each of its parts'
        var total = 0
        for (key, spans) in groups {
            total += spans.pairs(with: nil)
            if let place = key.place, !place.isCountry, let country = Place(code: place.country),
               let outer = groups[Key(metric: key.metric, place: country)] {
                total += spans.pairs(with: outer)
            }
        }
        return total
    }

    /// The periods of one group, as month numbers (ends sorted, by `sorted()`), for counting pairs.
    private struct Spans {
        var froms: [Int] = []
        var tos: [Int] = []
        var snapshotFroms: [Int] = []
        var snapshotTos: [Int] = []

        mutating func add(_ period: Period) {
            froms.append(period.from.ordinal)
            tos.append(period.to.ordinal)
            if period.kind == .asOf {
                snapshotFroms.append(period.from.ordinal)
                snapshotTos.append(period.to.ordinal)
            }
        }

        /// Pairs within this group (`other` nil) or between it and `other` that
        /// overlap, plus pairs of snapshots that do not (those are at different dates).
        func pairs(with other: Spans?) -> Int {
            let (a, b) = (self, other ?? self)
            let n = a.froms.count, m = b.froms.count
            let all = other == nil ? n * (n - 1) / 2 : n * m
            let apart = Self.apart(a.froms, a.tos, b.froms, b.tos, same: other == nil)
            let snapshotsApart = Self.apart(a.snapshotFroms, a.snapshotTos, b.snapshotFroms, b.snapshotTos, same: other == nil)
            return all - apart + snapshotsApart
        }

        func sorted() -> Spans {
            var s = self
            s.tos.sort()
            s.snapshotTos.sort()
            return s
        }

        /// Pairs whose periods do not meet: one ends before the other starts. `tos` are sorted.
        private static func apart(_ aFroms: [Int], _ aTos: [Int], _ bFroms: [Int], _ bTos: [Int], same: Bool) -> Int {
            let endedBeforeB = bFroms.reduce(0) { $0 + countBelow(aTos, $1) }
            return same ? endedBeforeB : endedBeforeB + aFroms.reduce(0) { $0 + countBelow(bTos, $1) }
        }

        /// How many of the sorted `values` are below `limit`.
        private static func countBelow(_ values: [Int], _ limit: Int) -> Int {
            var (low, high) = (0, values.count)
            while low < high {
                let mid = (low + high) / 2
                if values[mid] < limit { low = mid + 1 } else { high = mid }
            }
            return low
        }
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
