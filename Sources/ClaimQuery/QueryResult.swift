import ClaimStore

/// What a statement produced, before it is rendered as text, CSV or JSON.
public enum QueryResult: Sendable {
    case aggregate(AggregateResult)
    case claims([Claim])
    case claim(Claim)
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

    public var matched: Int { claims.count }
}
