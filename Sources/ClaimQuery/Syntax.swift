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
    /// Two or more conditions, any of which holds: `a or b or c` is one node, not a
    /// chain of them, so thirty thousand terms need no deeper stack than two.
    case or([Condition])
    /// Two or more conditions that all hold.
    case and([Condition])
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
    /// `by state, unit`: one answer per distinct combination of these fields.
    public let group: [Name]
    public let range: Range<Int>
}

public enum ArithmeticOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
}

/// Arithmetic over aggregates and numbers: `sum a / sum b * 100`.
public indirect enum Expression: Sendable, Equatable {
    case number(Double, Range<Int>)
    case aggregate(AggregateStatement)
    case negate(Expression, Range<Int>)
    /// `first op operand op operand …` of one precedence, applied left to right. One
    /// node for the whole chain: `1+1+…+1` with 100,000 terms is no deeper than `1+1`.
    case chain(Expression, [Operation])

    public struct Operation: Sendable, Equatable {
        public let op: ArithmeticOperator
        public let operand: Expression
        public let operatorRange: Range<Int>
    }

    public var range: Range<Int> {
        switch self {
        case .number(_, let r), .negate(_, let r): return r
        case .aggregate(let a): return a.range
        case .chain(let first, let rest): return first.range.lowerBound..<(rest.last?.operand.range.upperBound ?? first.range.upperBound)
        }
    }
}

public struct TimelineStatement: Sendable, Equatable {
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
        case expression(Expression)
        case list(ListStatement)
        case show(ShowStatement)
        /// `check` or `check ID`: the relations between claims, and whether they hold.
        case check(ShowStatement?)
        /// `why`: the sentences behind the previous answer.
        case why
        case timeline(TimelineStatement)
    }
    public let kind: Kind
    public let range: Range<Int>
}
