import Testing
@testable import ClaimStore

/// `UTF8Check` answers as the standard library's validation does, on text that is
/// ASCII for long stretches (its eight-bytes-at-a-time path) and on bytes of every kind.
@Suite struct UTF8CheckTests {
    private func valid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }
    }

    @Test func agreesWithTheStandardLibrary() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let pieces: [[UInt8]] = [
            Array("plain ascii text, long enough to fill words".utf8), Array("é".utf8), Array("€".utf8), Array("𝄞".utf8),
            [0x80], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF], [0x41],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<(next() % 12) { bytes += pieces[Int(next() % UInt64(pieces.count))] }
            // Sometimes cut the text anywhere, which may split a scalar.
            if next() % 4 == 0, !bytes.isEmpty { bytes.removeLast(Int(next() % UInt64(bytes.count))) }
            #expect(valid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func findsABadByteAfterLongASCII() {
        for offset in 0..<24 {
            var bytes = [UInt8](repeating: 0x61, count: 24)
            #expect(valid(bytes))
            bytes[offset] = 0xC3   // a lead byte with no continuation (or "a" as one)
            #expect(!valid(bytes), "offset \(offset)")
            bytes[offset] = 0x80   // a continuation byte alone
            #expect(!valid(bytes), "offset \(offset)")
        }
    }
}
