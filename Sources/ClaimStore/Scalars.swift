/// Article text is handled as Unicode scalars, not Characters: comparing and
/// classifying Characters goes through grapheme breaking and String comparison,
/// which made segmenting and extraction slow. These give scalars the Character
/// properties the code asks for, with an ASCII fast path. Offsets into article
/// text count scalars (a character in most text; "\r\n" or an accented letter
/// written with a combining mark counts two).
extension Unicode.Scalar {
    var isWhitespace: Bool { value < 0x80 ? value == 32 || (value >= 9 && value <= 13) : properties.isWhitespace }
    var isNewline: Bool { (value >= 10 && value <= 13) || value == 0x85 || value == 0x2028 || value == 0x2029 }
    var isLetter: Bool { value < 0x80 ? (value >= 65 && value <= 90) || (value >= 97 && value <= 122) : properties.isAlphabetic }
    var isNumber: Bool { value < 0x80 ? value >= 48 && value <= 57 : properties.numericType != nil }
    var isUppercase: Bool { value < 0x80 ? value >= 65 && value <= 90 : properties.isUppercase }
    var asciiValue: UInt8? { isASCII ? UInt8(value) : nil }
    func lowercased() -> String { isASCII ? String(Character(self)).lowercased() : properties.lowercaseMapping }
}

extension String {
    /// The text a run of scalars spells.
    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars {
            if scalar.value < 0x80 { bytes.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { bytes.append($0) } }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
