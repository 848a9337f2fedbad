import ClaimStore

/// The parse tree. Every node keeps the source range it was read from, so later
/// stages (binding, evaluation) can point at it.

public struct Name: Sendable, Equatable {
    public let text: String
    public let range: Range<Int>
    public var lowercased: String { text.lowercased() }
}

public enum AggregateFunction: String, Sendable, CaseIterable {
    case sum, count, avg, min, max
}

/// What an aggregate or `list` runs over.
public enum Target: Sendable, Equatable {
    case claims(Range<Int>)
    case value(Range<Int>)
    case metric(Name)
}

public struct Literal: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case number(Double)
        case string(String)
    }
    public let value: Value
    public let range: Range<Int>
}

public struct PeriodLiteral: Sendable, Equatable {
    public let period: Period
    public let range: Range<Int>
}

public enum CompareOperator: String, Sendable {
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

public enum PeriodRelation: String, Sendable {
    case overlaps, within
}

public indirect enum Condition: Sendable, Equatable {
    case or(Condition, Condition)
    case and(Condition, Condition)
    case not(Condition)
    case compare(Name, CompareOperator, Literal)
    case membership(Name, [Literal], negated: Bool)
    case contains(Name, Literal, negated: Bool)
    case between(Name, Literal, Literal, negated: Bool)
    case isNull(Name, negated: Bool)
    case period(Name, PeriodRelation, PeriodLiteral)
}

public struct AggregateStatement: Sendable, Equatable {
    public let function: AggregateFunction
    public let functionRange: Range<Int>
    public let target: Target?
    public let condition: Condition?
}

public struct ListStatement: Sendable, Equatable {
    public struct Order: Sendable, Equatable {
        public let field: Name
        public let descending: Bool
    }
    public let target: Target?
    public let condition: Condition?
    public let order: Order?
    public let limit: Int?
}

public struct ShowStatement: Sendable, Equatable {
    public let id: Int
    public let idRange: Range<Int>
}

public struct Statement: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case aggregate(AggregateStatement)
        case list(ListStatement)
        case show(ShowStatement)
    }
    public let kind: Kind
    public let range: Range<Int>
}
