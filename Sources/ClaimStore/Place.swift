/// A place as an ISO code: a country ("US") or a subdivision of one ("US-CA").
public struct Place: Sendable, Hashable, CustomStringConvertible {
    public let code: String

    /// Accepts an ISO 3166-1 alpha-2 code or an ISO 3166-2 code, in any case.
    public init?(code raw: String) {
        // Read as bytes: claims files and datasets give a place per claim.
        let utf8 = raw.utf8
        guard utf8.count == 2 || (4...6).contains(utf8.count) else { return nil }
        var bytes = [UInt8](utf8)
        for i in bytes.indices where (0x61...0x7A).contains(bytes[i]) { bytes[i] -= 0x20 }
        func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) }
        guard isLetter(bytes[0]), isLetter(bytes[1]) else { return nil }
        if bytes.count > 2 {
            guard bytes[2] == UInt8(ascii: "-"), bytes[3...].allSatisfy({ isLetter($0) || (0x30...0x39).contains($0) }) else { return nil }
        }
        code = String(decoding: bytes, as: UTF8.self)
        isCountry = bytes.count == 2
    }

    // (Worked out from the code when asked: a place is copied with each figure's
    // context, and stored, these two strings were retained and released at every copy.)
    /// The country's code, "US" for "US-CA".
    public var country: String { isCountry ? code : String(code.utf8.prefix(2))! }
    public let isCountry: Bool
    /// The US state (or district, territory) code, "CA" for "US-CA"; nil elsewhere.
    public var state: String? { !isCountry && code.utf8.starts(with: "US-".utf8) ? String(code.utf8.dropFirst(3))! : nil }

    /// The same place, or `other` lies inside this one ("US" contains "US-CA").
    public func contains(_ other: Place) -> Bool {
        code == other.code || (isCountry && other.country == code)
    }

    public var description: String { code }

    /// ISO 3166's code for a place not known.
    public static let unitedStates = Place(code: "US")!
}
