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

    /// Reads `{`, then calls `member` with each key, which must read that key's value.
    mutating func object(_ member: (inout JSONScanner, String) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "{"), "an object")
        skipSpace()
        if peek == UInt8(ascii: "}") { offset += 1; return }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
            let key = try string()
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
        guard value == value.rounded(), abs(value) <= 9_007_199_254_740_992 else {
            offset = start
            throw fail("expected a whole number")
        }
        return Int(value)
    }

    mutating func string() throws(Failure) -> String {
        try expect(UInt8(ascii: "\""), "a string")
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(offset - 1)]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { offset = start; return try escapedString() }
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
        case UInt8(ascii: "{"): try object { s, _ throws(Failure) in try s.skipValue() }
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
        case UInt8(ascii: "\""): _ = try string()
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
    private mutating func escapedString() throws(Failure) -> String {
        var out: [UInt8] = []
        var pendingHigh: UInt32?
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "\"") {
                if pendingHigh != nil { appendScalar(0xFFFD, &out) }
                return String(decoding: out, as: UTF8.self)
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
