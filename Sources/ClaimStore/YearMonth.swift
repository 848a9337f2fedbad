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
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, parts[0].allSatisfy(\.isASCII),
              parts[0].allSatisfy(\.isNumber), parts[1].allSatisfy(\.isNumber),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    /// "2017-06"; years before 1000 with leading zeros ("0999-01"), as `init?(_:)` reads them.
    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + (month < 10 ? "-0" : "-") + String(month)
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.ordinal < b.ordinal }
}
