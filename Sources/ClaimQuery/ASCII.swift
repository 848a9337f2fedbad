/// The byte classes the query language is written in: words are ASCII letters, digits
/// and underscores, and keywords and field names ignore case. One home for the tests
/// the lexer, the parser, the binder and `Continuation` all make.
extension UInt8 {
    var isASCIIDigit: Bool { self >= 48 && self <= 57 }
    /// A letter or "_": what may start a word.
    var isWordStart: Bool { (self >= 65 && self <= 90) || (self >= 97 && self <= 122) || self == 95 }
    /// What may go on a word.
    var isWordByte: Bool { isWordStart || isASCIIDigit }
    /// "A" → "a"; other bytes as they are.
    var asciiLowercased: UInt8 { self >= 65 && self <= 90 ? self + 32 : self }
}
