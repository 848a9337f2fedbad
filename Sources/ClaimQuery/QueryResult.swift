import ClaimStore

/// What a statement produced, before it is rendered as text, CSV or JSON.
public enum QueryResult: Sendable {
    case aggregate(AggregateResult)
    case groups(GroupedResult)
    /// Arithmetic over aggregates and numbers.
    case value(ValueResult)
    case claims([Claim])
    case claim(Claim)
    case check([Finding])
    /// The claims behind the previous answer, to be shown with their sentences.
    case why([Claim])
    case timeline([Claim])

    /// Whether the answer came from any claim, without listing them (a sort of every
    /// id, for a group-by over a million claims, is left to `why`).
    public var hasSourceClaims: Bool {
        switch self {
        case .aggregate(let a): return !a.claims.isEmpty
        case .groups(let g): return g.groups.contains { !$0.result.claims.isEmpty }
        case .value(let v): return !v.claims.isEmpty
        case .claims(let claims), .why(let claims), .timeline(let claims): return !claims.isEmpty
        case .claim: return true
        case .check(let findings): return findings.contains { !$0.claims.isEmpty }
        }
    }

    /// The ids of the claims this answer came from (what `why` will show next).
    public var sourceClaims: [Int] {
        switch self {
        case .aggregate(let a): return a.claims
        case .groups(let g): return g.groups.flatMap(\.result.claims).sorted()
        case .value(let v): return v.claims
        case .claims(let claims), .why(let claims), .timeline(let claims): return claims.map(\.id)
        case .claim(let claim): return [claim.id]
        case .check(let findings):
            return Array(Set(findings.flatMap(\.claims))).sorted()
        }
    }

    /// The same result with every text that came from data (claims' fields, units,
    /// group keys, messages and warnings that quote them) passed through `f`.
    public func mappingText(_ f: (String) -> String) -> QueryResult {
        func aggregate(_ a: AggregateResult) -> AggregateResult {
            AggregateResult(function: a.function, metric: f(a.metric), estimate: a.estimate, unit: a.unit.map(f),
                            claims: a.claims, picked: a.picked, warnings: a.warnings.map(f))
        }
        switch self {
        case .aggregate(let a): return .aggregate(aggregate(a))
        case .groups(let g):
            let groups = g.groups.map { group in
                GroupedResult.Group(key: group.key.map { if case .text(let t) = $0 { .text(f(t)) } else { $0 } },
                                    result: aggregate(group.result), fields: group.fields)
            }
            return .groups(GroupedResult(function: g.function, metric: f(g.metric), by: g.by, groups: groups))
        case .value(let v): return .value(ValueResult(estimate: v.estimate, unit: v.unit.map(f), claims: v.claims, warnings: v.warnings.map(f)))
        case .claims(let claims): return .claims(claims.map { $0.mappingText(f) })
        case .claim(let claim): return .claim(claim.mappingText(f))
        case .check(let findings):
            return .check(findings.map { Finding(status: $0.status, relation: $0.relation, claims: $0.claims, message: f($0.message)) })
        case .why(let claims): return .why(claims.map { $0.mappingText(f) })
        case .timeline(let claims): return .timeline(claims.map { $0.mappingText(f) })
        }
    }

    /// Cautions that do not stop the answer (possible double counting).
    public var warnings: [String] {
        switch self {
        case .aggregate(let a): return a.warnings
        case .groups(let g):
            return g.groups.flatMap { group in group.result.warnings.map { "\(group.label): \($0)" } }
        case .value(let v): return v.warnings
        default: return []
        }
    }
}

public struct AggregateResult: Sendable, Equatable {
    public let function: AggregateFunction
    /// The metric name, or "value" / "claims".
    public let metric: String
    /// The answer; nil when no claim matched (a count is then 0, never nil).
    public let estimate: Estimate?
    public let unit: String?
    /// Ids of the claims the answer came from, in id order.
    public let claims: [Int]
    /// For min and max, the claim whose figure was picked.
    public let picked: Int?
    public var warnings: [String] = []

    public var matched: Int { claims.count }

    public init(function: AggregateFunction, metric: String, estimate: Estimate?, unit: String?, claims: [Int],
                picked: Int?, warnings: [String] = []) {
        (self.function, self.metric, self.estimate, self.unit) = (function, metric, estimate, unit)
        (self.claims, self.picked, self.warnings) = (claims, picked, warnings)
    }
}

/// `sum refusals by state`: one aggregate per distinct key.
public struct GroupedResult: Sendable, Equatable {
    public enum Key: Sendable, Hashable, Comparable {
        case number(Double)
        case text(String)
        case null

        public static func < (a: Key, b: Key) -> Bool {
            switch (a, b) {
            case let (.number(x), .number(y)): return x < y
            case let (.text(x), .text(y)): return x.lowercased() < y.lowercased()
            case (.null, _): return false
            case (_, .null): return true
            case (.number, .text): return true
            case (.text, .number): return false
            }
        }
    }

    public struct Group: Sendable, Equatable {
        public let key: [Key]
        public let result: AggregateResult
        public let fields: [String]

        public init(key: [Key], result: AggregateResult, fields: [String]) {
            (self.key, self.result, self.fields) = (key, result, fields)
        }

        /// "state = CA, unit = requests".
        public var label: String {
            zip(fields, key).map { field, key in
                switch key {
                case .number(let n): return "\(field) = \(NumberText.format(n))"
                case .text(let t): return "\(field) = \(t)"
                case .null: return "\(field) is null"
                }
            }.joined(separator: ", ")
        }
    }

    public let function: AggregateFunction
    public let metric: String
    public let by: [String]
    public let groups: [Group]

    public init(function: AggregateFunction, metric: String, by: [String], groups: [Group]) {
        (self.function, self.metric, self.by, self.groups) = (function, metric, by, groups)
    }
}

public struct ValueResult: Sendable, Equatable {
    public let estimate: Estimate
    public let unit: String?
    public let claims: [Int]
    public let warnings: [String]
}

/// One relation between claims, tested by `check`.
public struct Finding: Sendable, Equatable {
    public enum Status: String, Sendable {
        case ok, inconsistent
    }
    public enum Relation: String, Sendable {
        case partOf = "part_of", ratioOf = "ratio_of", shareOf = "share_of"
    }

    public let status: Status
    public let relation: Relation
    /// The claim that states the relation first, then the claims it names.
    public let claims: [Int]
    public let message: String
}
