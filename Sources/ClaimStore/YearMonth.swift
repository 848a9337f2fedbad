/// A calendar month, the precision claim periods are kept at.
/// Stored as a single ordinal (year * 12 + month - 1) so comparisons are integer compares.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let ordinal: Int

    public init(year: Int, month: Int) {
        ordinal = year * 12 + (month - 1)
    }

    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    public var year: Int { ordinal / 12 }
    public var month: Int { ordinal % 12 + 1 }

    /// Parses "2017-06"; returns nil for anything else (including month 13).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    public var description: String {
        String(year) + (month < 10 ? "-0" : "-") + String(month)
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.ordinal < b.ordinal }
}
