/// When a claim holds: an inclusive range of months, either an interval
/// ("from January 2014 to May 2017") or a snapshot at one date ("as of June 2017").
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case interval
        case asOf = "as_of"
    }

    public let from: YearMonth
    public let to: YearMonth
    public let kind: Kind

    public init(from: YearMonth, to: YearMonth, kind: Kind = .interval) {
        self.from = from
        self.to = to
        self.kind = kind
    }

    public func overlaps(_ other: Period) -> Bool {
        from <= other.to && other.from <= to
    }

    /// True when this period lies wholly inside `other`.
    public func isWithin(_ other: Period) -> Bool {
        other.from <= from && to <= other.to
    }

    /// "2014-01..2017-05", "as of 2017-06", "2016-01..2016-12".
    public var description: String {
        switch kind {
        case .asOf: return "as of " + from.description
        case .interval: return from == to ? from.description : from.description + ".." + to.description
        }
    }
}
