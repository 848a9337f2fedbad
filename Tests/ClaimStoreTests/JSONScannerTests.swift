import Testing
@testable import ClaimStore

@Suite struct JSONScannerTests {
    /// The eight-bytes-at-a-time test for plain string bytes says what a byte-by-byte
    /// test says, with each kind of special byte in every lane.
    @Test func eightBytesArePlainExactlyWhenEachIs() {
        let special: [UInt8] = [0x00, 0x09, 0x1F, 0x22, 0x5C, 0x7F + 1, 0xC3, 0xFF]
        let plain: [UInt8] = [0x20, 0x21, 0x23, 0x41, 0x5B, 0x5D, 0x7E, 0x7F]
        func isPlain(_ b: UInt8) -> Bool { b >= 0x20 && b < 0x80 && b != 0x22 && b != 0x5C }
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20_000 {
            var lanes = (0..<8).map { _ in plain.randomElement(using: &generator)! }
            if round % 3 != 0 { lanes[round % 8] = special[round / 8 % special.count] }
            if round % 7 == 0 { lanes[(round / 7) % 8] = UInt8.random(in: 0...255, using: &generator) }
            let word = lanes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            #expect(JSONScanner.allPlain(word) == lanes.allSatisfy(isPlain), "\(lanes)")
        }
    }

    /// Strings read in place: escapes decoded onto the scratch bytes, the rest where it
    /// lies; every kind of byte that stops the fast scan, in every place.
    @Test func stringsReadTheSameWhereverTheirSpecialBytesFall() throws {
        for pad in 0..<10 {
            let lead = String(repeating: "a", count: pad)
            let cases: [(String, String)] = [
                ("\"\(lead)é12345678\"", "\(lead)é12345678"),
                ("\"\(lead)\\\"quoted\\\" and more text\"", "\(lead)\"quoted\" and more text"),
                ("\"\(lead)tab\\tthen \\u00e9 text\"", "\(lead)tab\tthen é text"),
                ("\"\(lead)plain ascii, long enough to scan\"", "\(lead)plain ascii, long enough to scan"),
            ]
            for (json, expected) in cases {
                let bytes = Array(json.utf8)
                let read = try bytes.withUnsafeBufferPointer { b in
                    var scanner = JSONScanner(b)
                    return try scanner.string()
                }
                #expect(read == expected)
            }
            // A raw control character or a bad byte is refused wherever it falls.
            for bad in [[UInt8(0x01)], [UInt8(0xFF)], [UInt8(0xC3)]] {
                let bytes = Array("\"\(lead)".utf8) + bad + Array("bcdefghijk\"".utf8)
                #expect(throws: JSONScanner.Failure.self) {
                    try bytes.withUnsafeBufferPointer { b in
                        var scanner = JSONScanner(b)
                        return try scanner.string()
                    }
                }
            }
        }
    }
}

@Suite struct StringPoolTests {
    /// A string gets one code however it is asked for (as a String or as bytes), in
    /// order of first appearance, through the table's growth.
    @Test func aStringHasOneCodeAskedForEitherWay() {
        var pool = StringPool()
        let names = (0..<3000).map { n in n % 97 == 0 ? "" : n % 5 == 0 ? "é\(n / 3)" : "m\(n / 2)" }
        var firstSeen: [String: Int32] = [:]
        for (n, name) in names.enumerated() {
            var copy = name
            let code = n % 2 == 0 ? pool.code(name) : copy.withUTF8 { pool.code(utf8: $0) }
            if firstSeen[name] == nil { firstSeen[name] = Int32(firstSeen.count) }
            #expect(code == firstSeen[name], "\(name)")
            #expect(pool.code(of: name) == code)
        }
        #expect(pool.names.count == firstSeen.count && pool.code(of: "never asked for") == nil)
        #expect(pool.names.enumerated().allSatisfy { firstSeen[$0.element] == Int32($0.offset) })
    }
}
