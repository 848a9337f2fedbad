/// A place as an ISO code: a country ("US") or a subdivision of one ("US-CA").
public struct Place: Sendable, Hashable, CustomStringConvertible {
    public let code: String

    /// Accepts an ISO 3166-1 alpha-2 code or an ISO 3166-2 code, in any case.
    public init?(code raw: String) {
        let upper = raw.uppercased()
        let parts = upper.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts[0].count == 2, parts[0].allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.count == 1 || (1...3).contains(parts[1].count) && parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return nil }
        code = upper
        country = String(parts[0])
        isCountry = parts.count == 1
        state = country == "US" && parts.count == 2 ? String(parts[1]) : nil
    }

    public let country: String
    public let isCountry: Bool
    /// The US state (or district, territory) code, "CA" for "US-CA"; nil elsewhere.
    public let state: String?

    /// The same place, or `other` lies inside this one ("US" contains "US-CA").
    public func contains(_ other: Place) -> Bool {
        code == other.code || (isCountry && other.country == code)
    }

    public var description: String { code }

    /// ISO 3166's code for a place not known.
    public static let unitedStates = Place(code: "US")!
}
