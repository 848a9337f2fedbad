#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the values of one JSON text straight from its UTF-8 bytes, for claims
/// datasets: a million lines through JSONDecoder took seconds, most of them spent
/// building dictionaries that were read once. The caller walks an object key by key
/// and asks for the type it expects; any other value is an error saying what was
/// found and at which byte.
struct JSONScanner {
    struct Failure: Error {
        /// 0-based byte offset in the text scanned.
        let offset: Int
        let message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool {
        mutating get { skipSpace(); return offset == bytes.count }
    }

    // MARK: Objects

    /// A key as it stands in the text, compared without making a String.
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        static func == (key: Key, name: StaticString) -> Bool {
            guard key.bytes.count == name.utf8CodeUnitCount else { return false }
            return key.bytes.isEmpty || memcmp(key.bytes.baseAddress!, name.utf8Start, key.bytes.count) == 0
        }
    }

    /// Reads `{`, then calls `member` with each key, which must read that key's value.
    mutating func object(_ member: (inout JSONScanner, Key) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "{"), "an object")
        skipSpace()
        if peek == UInt8(ascii: "}") { offset += 1; return }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
            let key = try rawKey()
            try expect(UInt8(ascii: ":"), "':' after a key")
            try member(&self, key)
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"): offset += 1; return
            default: throw fail("expected ',' or '}' after a value")
            }
        }
    }

    /// Reads `[`, then calls `element` for each element, which must read it.
    mutating func list(_ element: (inout JSONScanner) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "["), "a list")
        skipSpace()
        if peek == UInt8(ascii: "]") { offset += 1; return }
        while true {
            skipSpace()
            try element(&self)
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"): offset += 1; return
            default: throw fail("expected ',' or ']' after a claim")
            }
        }
    }

    // MARK: Values

    /// `null` (true, and read) or not (false, nothing read).
    mutating func null() -> Bool {
        skipSpace()
        guard matches("null") else { return false }
        offset += 4
        return true
    }

    mutating func bool() throws(Failure) -> Bool {
        skipSpace()
        if matches("true") { offset += 4; return true }
        if matches("false") { offset += 5; return false }
        throw fail("expected true or false")
    }

    mutating func number() throws(Failure) -> Double {
        skipSpace()
        let start = offset
        var whole = 0
        var isWhole = true
        if peek == UInt8(ascii: "-") { offset += 1 }
        let digitsStart = offset
        while offset < bytes.count, let byte = Optional(bytes[offset]) {
            if byte >= 0x30 && byte <= 0x39 {
                if offset - digitsStart < 18 { whole = whole * 10 + Int(byte - 0x30) } else { isWhole = false }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                isWhole = false
            } else {
                break
            }
            offset += 1
        }
        guard offset > digitsStart else { offset = start; throw fail("expected a number") }
        if isWhole { return Double(bytes[start] == UInt8(ascii: "-") ? -whole : whole) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { offset = start; throw fail("expected a finite number") }
        return value
    }

    /// A whole number (a JSON number with no fraction).
    mutating func integer() throws(Failure) -> Int {
        let start = offset
        let value = try number()
        guard value == value.rounded() else { offset = start; throw fail("expected a whole number") }
        guard abs(value) <= 9_007_199_254_740_992 else {
            offset = start
            throw fail("expected a whole number from -9007199254740992 to 9007199254740992")
        }
        return Int(value)
    }

    /// A key's bytes; a key with escapes is read whole and matches no name of ours.
    private mutating func rawKey() throws(Failure) -> Key {
        var unused: [UInt8] = []
        let raw = try text(&unused)
        return Key(bytes: raw.inScratch ? UnsafeBufferPointer(start: nil, count: 0) : UnsafeBufferPointer(rebasing: bytes[raw.start..<(raw.start + raw.count)]))
    }

    /// "2017-06" as a month, straight from the bytes; nil for anything else.
    mutating func month() throws(Failure) -> YearMonth? {
        skipSpace()
        let start = offset
        guard peek == UInt8(ascii: "\""), offset + 9 <= bytes.count, bytes[offset + 8] == UInt8(ascii: "\""),
              bytes[offset + 5] == UInt8(ascii: "-") else {
            _ = try string()
            return nil
        }
        var number = 0
        for i in 1...7 where i != 5 {
            let b = bytes[start + i]
            guard b >= 0x30 && b <= 0x39 else { _ = try string(); return nil }
            number = number * 10 + Int(b - 0x30)
        }
        offset += 9
        let (year, month) = number.quotientAndRemainder(dividingBy: 100)
        return (1...12).contains(month) ? YearMonth(year: year, month: month) : nil
    }

    /// Reads past a string without making it (a key this reader does not keep).
    private mutating func skipString() throws(Failure) {
        try expect(UInt8(ascii: "\""), "a string")
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "\"") { return }
            if byte == UInt8(ascii: "\\") { offset += 1 }
            else if byte < 0x20 { offset -= 1; throw fail("a control character must be escaped inside a string") }
        }
        throw fail("a string is not closed")
    }

    /// Whether eight bytes are all ones a string holds as they are: printable ASCII but
    /// for `"` and `\`. (A byte b below n, in each lane: (b - n) & ~b has its top bit set.)
    static func allPlain(_ v: UInt64) -> Bool {
        let (ones, tops) = (UInt64(0x0101_0101_0101_0101), UInt64(0x8080_8080_8080_8080))
        func zeroLane(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & tops }
        let special = zeroLane(v ^ (ones &* 0x22)) | zeroLane(v ^ (ones &* 0x5C)) | ((v &- ones &* 0x20) & ~v & tops) | (v & tops)
        return special == 0
    }

    mutating func string() throws(Failure) -> String {
        var scratch: [UInt8] = []
        let raw = try text(&scratch)
        return raw.withBytes(bytes, scratch) { String(decoding: $0, as: UTF8.self) }
    }

    /// A string read without making a String: where its characters lie (in the text
    /// when it has no escapes, else decoded onto the end of `scratch`), checked to be UTF-8.
    struct RawText {
        let start: Int
        let count: Int
        let inScratch: Bool

        func withBytes<R>(_ text: UnsafeBufferPointer<UInt8>, _ scratch: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            guard inScratch else { return body(UnsafeBufferPointer(rebasing: text[start..<(start + count)])) }
            return scratch.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<(start + count)])) }
        }
    }

    /// The text being scanned.
    var text: UnsafeBufferPointer<UInt8> { bytes }

    mutating func text(_ scratch: inout [UInt8]) throws(Failure) -> RawText {
        try expect(UInt8(ascii: "\""), "a string")
        let start = offset
        var ascii = true
        while offset < bytes.count {
            // Eight plain bytes at a time (neither quote, backslash, control nor non-ASCII).
            if offset + 8 <= bytes.count, Self.allPlain(UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)) {
                offset += 8
                continue
            }
            let byte = bytes[offset]
            if byte >= 0x20 && byte < 0x80 && byte != 0x22 && byte != 0x5C { offset += 1; continue }
            if byte >= 0x80 { ascii = false; offset += 1; continue }
            if byte == UInt8(ascii: "\"") {
                offset += 1
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<(offset - 1)])
                guard ascii || UTF8Check.isValid(raw) else {
                    offset = start
                    throw fail("a string is not UTF-8")
                }
                return RawText(start: start, count: raw.count, inScratch: false)
            }
            if byte == UInt8(ascii: "\\") { offset = start; return try escapedText(&scratch) }
            if byte < 0x20 { throw fail("a control character must be escaped inside a string") }
            offset += 1
        }
        throw fail("a string is not closed")
    }

    /// `[1, 2]`: whole numbers.
    mutating func integers() throws(Failure) -> [Int] {
        try expect(UInt8(ascii: "["), "a list")
        var values: [Int] = []
        skipSpace()
        if peek == UInt8(ascii: "]") { offset += 1; return values }
        while true {
            values.append(try integer())
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"): offset += 1; return values
            default: throw fail("expected ',' or ']' in a list")
            }
        }
    }

    /// Reads past any value (a key this reader does not know).
    mutating func skipValue() throws(Failure) {
        skipSpace()
        switch peek {
        case UInt8(ascii: "{"): try object { (s: inout JSONScanner, _: Key) throws(Failure) in try s.skipValue() }
        case UInt8(ascii: "["):
            offset += 1
            skipSpace()
            if peek == UInt8(ascii: "]") { offset += 1; return }
            while true {
                try skipValue()
                skipSpace()
                guard peek == UInt8(ascii: ",") else { try expect(UInt8(ascii: "]"), "',' or ']' in a list"); return }
                offset += 1
            }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): if !null() { throw fail("expected a value") }
        default: _ = try number()
        }
    }

    func fail(_ message: String) -> Failure {
        Failure(offset: offset, message: message)
    }

    // MARK: Bytes

    private var peek: UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    private mutating func skipSpace() {
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == 0x0D || bytes[offset] == 0x0A {
            offset += 1
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        skipSpace()
        guard peek == byte else { throw fail("expected \(what)") }
        offset += 1
    }

    private func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return word.withUTF8Buffer { w in (0..<count).allSatisfy { bytes[offset + $0] == w[$0] } }
    }

    /// A string with escapes (rare in datasets: quotes inside quotes, control characters).
    private mutating func escapedText(_ out: inout [UInt8]) throws(Failure) -> RawText {
        let first = out.count
        var pendingHigh: UInt32?
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "\"") {
                if pendingHigh != nil { appendScalar(0xFFFD, &out) }
                guard out.withUnsafeBufferPointer({ UTF8Check.isValid(UnsafeBufferPointer(rebasing: $0[first...])) }) else {
                    throw fail("a string is not UTF-8")
                }
                return RawText(start: first, count: out.count - first, inScratch: true)
            }
            if byte < 0x20 { offset -= 1; throw fail("a control character must be escaped inside a string") }
            guard byte == UInt8(ascii: "\\") else {
                if let _ = pendingHigh { appendScalar(0xFFFD, &out); pendingHigh = nil }
                out.append(byte)
                continue
            }
            guard let escape = peek else { break }
            offset += 1
            var scalar: UInt32
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalar = UInt32(escape)
            case UInt8(ascii: "n"): scalar = 0x0A
            case UInt8(ascii: "r"): scalar = 0x0D
            case UInt8(ascii: "t"): scalar = 0x09
            case UInt8(ascii: "b"): scalar = 0x08
            case UInt8(ascii: "f"): scalar = 0x0C
            case UInt8(ascii: "u"): scalar = try hex4()
            default: offset -= 2; throw fail("unknown escape in a string")
            }
            if let high = pendingHigh {
                pendingHigh = nil
                if (0xDC00...0xDFFF).contains(scalar) {
                    appendScalar(0x10000 + ((high - 0xD800) << 10) + (scalar - 0xDC00), &out)
                    continue
                }
                appendScalar(0xFFFD, &out)
            }
            if (0xD800...0xDBFF).contains(scalar) { pendingHigh = scalar; continue }
            if (0xDC00...0xDFFF).contains(scalar) { scalar = 0xFFFD }
            appendScalar(scalar, &out)
        }
        throw fail("a string is not closed")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw fail("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw fail("\\u needs four hex digits")
            }
            value = value << 4 | digit
            offset += 1
        }
        return value
    }

    private func appendScalar(_ value: UInt32, _ out: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        out.append(contentsOf: UTF8.encode(scalar)!)
    }
}
