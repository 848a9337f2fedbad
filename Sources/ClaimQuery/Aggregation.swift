import ClaimStore

/// sum, count, avg, min and max over the claims a statement selects, whole or by group.
public struct Aggregation {
    let store: ClaimStore
    let binder: Binder

    func run(_ a: AggregateStatement) throws(Diagnostic) -> QueryResult {
        guard !a.group.isEmpty else { return .aggregate(try whole(a)) }
        let selection = Selection(store: store, binder: binder)
        let rows = try selection.rows(a.target, a.condition)
        let label = selection.label(a.target)

        let fields = try a.group.map { name throws(Diagnostic) in try binder.field(name) }
        let groups = Self.group(rows, by: fields.map { Self.key($0, store.columns) })
        let ordered = groups.keys.sorted { $0.lexicographicallyPrecedes($1) }
        let names = fields.map(\.rawValue)
        var results: [GroupedResult.Group] = []
        for key in ordered {
            let group = GroupedResult.Group(key: key, result: AggregateResult.empty, fields: names)
            do throws(Diagnostic) {
                results.append(.init(key: key, result: try compute(a, label, rows: groups[key]!), fields: names))
            } catch {
                throw Diagnostic("\(group.label): \(error.message)", at: error.range, hints: error.hints)
            }
        }
        return .groups(GroupedResult(function: a.function, metric: label, by: names, groups: results))
    }

    /// The aggregate over every claim the statement selects, ungrouped.
    func whole(_ a: AggregateStatement) throws(Diagnostic) -> AggregateResult {
        let selection = Selection(store: store, binder: binder)
        return try compute(a, selection.label(a.target), rows: try selection.rows(a.target, a.condition))
    }

    /// The rows of each group. By one coded field (`by state`), rows go straight to
    /// their code's bucket; otherwise to their keys' entry in a dictionary.
    private static func group(_ rows: [Int], by keys: [GroupKey]) -> [[GroupedResult.Key]: [Int]] {
        if keys.count == 1, case .coded(let codes, let keyOfCode) = keys[0] {
            var buckets = [[Int]](repeating: [], count: keyOfCode.count + 1)   // the last for claims with none
            for row in rows { buckets[codes[row] < 0 ? keyOfCode.count : Int(codes[row])].append(row) }
            var groups: [[GroupedResult.Key]: [Int]] = [:]
            var merged: Set<[GroupedResult.Key]> = []
            for (code, members) in buckets.enumerated() where !members.isEmpty {
                let key: [GroupedResult.Key] = [code == keyOfCode.count ? .null : keyOfCode[code]]
                if groups[key] != nil { merged.insert(key) }
                groups[key, default: []] += members
            }
            for key in merged { groups[key]!.sort() }   // two codes shared a key (two places in one country)
            return groups
        }
        var groups: [[GroupedResult.Key]: [Int]] = [:]
        for row in rows { groups[keys.map { $0.key(row) }, default: []].append(row) }
        return groups
    }

    /// How a field gives a group's key for a row.
    enum GroupKey {
        case coded([Int32], [GroupedResult.Key])
        case computed((Int) -> GroupedResult.Key)

        func key(_ row: Int) -> GroupedResult.Key {
            switch self {
            case .coded(let codes, let keys): return codes[row] < 0 ? .null : keys[Int(codes[row])]
            case .computed(let f): return f(row)
            }
        }
    }

    static func key(_ field: Field, _ c: ClaimColumns) -> GroupKey {
        switch FieldColumn(field, c) {
        case .number(let value): return .computed { .number(value($0)) }
        case .coded(let codes, let names): return .coded(codes, names.map { $0.map { .text($0) } ?? .null })
        case .text(let value): return .computed { .text(value($0)) }
        case .period: return .computed { row in c.period(row).map { .text($0.description) } ?? .null }
        }
    }

    /// One aggregate over `rows`. Values in different units cannot be added or
    /// compared; sums and averages warn when claims may count the same things twice.
    func compute(_ a: AggregateStatement, _ label: String, rows: [Int]) throws(Diagnostic) -> AggregateResult {
        let allIDs = store.columns.ids
        let ids = rows.map { allIDs[$0] }
        if a.function == .count {
            return AggregateResult(function: .count, metric: label, estimate: Estimate(exactly: Double(rows.count)),
                                   unit: nil, claims: ids, picked: nil)
        }
        return try Self.compute(a, label, claims: rows.map(store.columns.claim))
    }

    /// sum, avg, min or max over these claims (in id order), wherever they were read
    /// from: the store, or a database (`claimq --db`), so both answer alike.
    public static func compute(_ a: AggregateStatement, _ label: String, claims matches: [Claim]) throws(Diagnostic) -> AggregateResult {
        let ids = matches.map(\.id)
        let units = Self.distinctUnits(matches)
        if units.count > 1 {
            throw mixedUnits(a, units.map { unit in (unit, matches.filter { $0.unit == unit }.count) })
        }
        guard let first = matches.first else {
            return AggregateResult(function: a.function, metric: label, estimate: nil, unit: nil, claims: [], picked: nil)
        }
        var result: Estimate
        var picked = first
        switch a.function {
        case .min, .max:
            // The extreme of them all at once: it does not depend on the claims' order.
            result = Estimate.extreme(of: matches.map { Estimate($0.value, $0.qualifier) }, smallest: a.function == .min)!
            for claim in matches.dropFirst() where (a.function == .min ? claim.value < picked.value : claim.value > picked.value) {
                picked = claim
            }
        case .sum, .avg, .count:
            result = Estimate(first.value, first.qualifier)
            for claim in matches.dropFirst() { result = result + Estimate(claim.value, claim.qualifier) }
        }
        var warnings: [String] = []
        if a.function == .avg { result = result.scaled(by: 1 / Double(matches.count)) }
        guard result.isFinite else {
            throw Diagnostic("the \(a.function.rawValue) is out of range (beyond ±1.8e308)", at: a.range)
        }
        if a.function == .sum || a.function == .avg {
            warnings = DoubleCounting.warnings(matches, operation: a.function == .sum ? "sum" : "average")
        }
        let isPick = a.function == .min || a.function == .max
        return AggregateResult(function: a.function, metric: label, estimate: result, unit: first.unit,
                               claims: ids, picked: isPick ? picked.id : nil, warnings: warnings)
    }

    static func range(_ target: Target) -> Range<Int> {
        switch target {
        case .metric(let name): return name.range
        case .value(let r), .claims(let r): return r
        }
    }

    static func distinctUnits(_ claims: [Claim]) -> [String] {
        var seen = Set<String>()
        return claims.map(\.unit).filter { seen.insert($0).inserted }
    }

    /// The error of an aggregate over claims in several units, each unit with its count
    /// of claims, in order of the first claim in it: "… people (7 claims), percent (4 claims)".
    public static func mixedUnits(_ a: AggregateStatement, _ units: [(unit: String, claims: Int)]) -> Diagnostic {
        let listed = units.map { "\($0.unit) (\($0.claims) claim\($0.claims == 1 ? "" : "s"))" }.joined(separator: ", ")
        return Diagnostic("cannot \(a.function.rawValue) values in different units: \(listed)",
                          at: a.functionRange.lowerBound..<(a.target.map(Self.range) ?? a.functionRange).upperBound,
                          hints: ["split them with 'by unit', or keep one with 'where unit = \"\(units[0].unit)\"'",
                                  "'count claims' counts across units"])
    }
}

extension AggregateResult {
    public static let empty = AggregateResult(function: .count, metric: "", estimate: nil, unit: nil, claims: [], picked: nil)
}

extension Array where Element == GroupedResult.Key {
    func lexicographicallyPrecedes(_ other: [GroupedResult.Key]) -> Bool {
        for (a, b) in zip(self, other) where a != b { return a < b }
        return count < other.count
    }
}
