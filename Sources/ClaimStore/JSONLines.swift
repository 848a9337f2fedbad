/// Writes JSON lines, one object per line with keys in the order given, into one
/// buffer of UTF-8. `extract --quantities` and `--jsonl` write a line per quantity or claim, hundreds of
/// thousands for a large corpus; going through JSONEncoder (or appending to a
/// String) for each cost more than finding the quantities.
public struct JSONLines {
    public private(set) var bytes: [UInt8] = []
    /// Whether the object being written has no key yet.
    private var objectIsEmpty = true

    public init() {}

    public mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        objectIsEmpty = true
    }

    /// Ends the line's object.
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Opens an object as the value of `key` ("period": {…}); `endNested` closes it.
    public mutating func beginNested(_ key: StaticString) {
        self.key(key)
        bytes.append(UInt8(ascii: "{"))
        objectIsEmpty = true
    }

    public mutating func endNested() {
        bytes.append(UInt8(ascii: "}"))
        objectIsEmpty = false
    }

    public mutating func addNull(_ key: StaticString) {
        self.key(key)
        append("null" as StaticString)
    }

    public mutating func add(_ key: StaticString, _ value: Bool) {
        self.key(key)
        append(value ? "true" as StaticString : "false")
    }

    public mutating func add(_ key: StaticString, _ values: [Int]) {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (n, value) in values.enumerated() {
            if n > 0 { bytes.append(UInt8(ascii: ",")) }
            appendDigits(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Empties the buffer, keeping its memory for the next lines.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    public mutating func add(_ key: StaticString, _ value: Int) {
        self.key(key)
        appendDigits(value)
    }

    public mutating func add(_ key: StaticString, _ value: Double?) {
        self.key(key)
        if let whole = value.flatMap(Self.whole) {
            appendDigits(whole)   // the usual case, without making a String
        } else {
            append(value.map(Self.number) ?? "null")
        }
    }

    public mutating func add(_ key: StaticString, _ value: String?) {
        self.key(key)
        if let value { quote(value) } else { append("null" as StaticString) }
    }

    /// A whole number's decimal digits.
    private mutating func appendDigits(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// (Bytes from a StaticString or one at a time: appending a String's `utf8` goes
    /// through a generic path that was a fifth of writing a line.)
    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func key(_ key: StaticString) {
        if !objectIsEmpty { bytes.append(UInt8(ascii: ",")) }
        objectIsEmpty = false
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }   // our own names: nothing to escape
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// Whole numbers without a fraction (so readers get integers), others in the
    /// shortest form that reads back the same; JSON has no infinity or NaN.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return whole(value).map { String($0) } ?? String(value)
    }

    /// The value as an integer when it is one that a Double holds exactly (below 2^53).
    private static func whole(_ value: Double) -> Int? {
        value.isFinite && value == value.rounded() && abs(value) < 9_007_199_254_740_992 ? Int(value) : nil
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest
    /// as is (UTF-8 needs no escaping).
    private mutating func quote(_ text: String) {
        var text = text
        text.withUTF8 { quote($0) }
    }

    private mutating func quote(_ s: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        guard s.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            bytes.append(contentsOf: s)   // the usual case: nothing to escape
            return
        }
        for byte in s {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 15)])
            default: bytes.append(byte)
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
