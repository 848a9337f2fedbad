/// A sentence cut into words, digit runs and single symbols, each with its offsets
/// in Unicode scalars and whether a space came before it. Quantity extraction reads
/// these instead of the raw text.
struct TextToken: Equatable {
    enum Kind: Equatable {
        case word        // letters (with inner apostrophes)
        case digits      // "29,269", "2.4", "13000": digits, grouping commas, one decimal point
        case symbol      // any other single character that is not a space
    }

    let kind: Kind
    let text: String
    let range: Range<Int>
    /// Whether whitespace separates this token from the one before.
    let spaced: Bool
    /// The text in lower case, made once: the extractor asks for it constantly.
    let lower: String
    let isCapitalized: Bool

    init(kind: Kind, text: String, range: Range<Int>, spaced: Bool) {
        self.kind = kind
        self.text = text
        self.range = range
        self.spaced = spaced
        lower = kind == .word ? text.lowercased() : text
        isCapitalized = text.unicodeScalars.first?.isUppercase ?? false
    }

    /// The number a digits token writes (commas dropped), or nil.
    var number: Double? {
        guard kind == .digits else { return nil }
        let plain = text.filter { $0 != "," }
        return Double(plain.hasPrefix(".") ? "0" + plain : plain)
    }
}

enum TextTokenizer {
    static func tokens(_ chars: [Unicode.Scalar]) -> [TextToken] {
        var tokens: [TextToken] = []
        var i = 0
        var spaced = true
        while i < chars.count {
            let c = chars[i]
            let ascii = c.asciiValue
            let isSpace: Bool
            if let a = ascii { isSpace = a == 32 || (9...13).contains(a) } else { isSpace = c.isWhitespace }
            if isSpace {
                spaced = true
                i += 1
                continue
            }
            let start = i
            let kind: TextToken.Kind
            if let a = ascii, a >= 48 && a <= 57 {
                kind = .digits
                i = digitsEnd(chars, from: i)
            } else if c == ".", spaced, i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber {
                kind = .digits   // ".001"
                i = digitsEnd(chars, from: i + 1)
            } else if isLetter(c) {
                kind = .word
                i += 1
                while i < chars.count, isLetter(chars[i]) || (isApostrophe(chars[i]) && i + 1 < chars.count && isLetter(chars[i + 1])) {
                    i += 1
                }
            } else {
                kind = .symbol
                i += 1
            }
            tokens.append(TextToken(kind: kind, text: String(scalars: chars[start..<i]), range: start..<i, spaced: spaced))
            spaced = false
        }
        return tokens
    }

    /// 1,234,567.89: commas only between groups of three digits, one decimal point
    /// followed by a digit.
    private static func digitsEnd(_ chars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isNumber }
        while isDigit(i) { i += 1 }
        while i < chars.count, chars[i] == ",", isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) {
            i += 4
        }
        if i < chars.count, chars[i] == ".", isDigit(i + 1) {
            i += 1
            while isDigit(i) { i += 1 }
        }
        return i
    }

    /// ASCII letters without a Unicode property lookup; others by their properties.
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if let a = c.asciiValue { return (a >= 65 && a <= 90) || (a >= 97 && a <= 122) }
        return c.isLetter
    }

    private static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}"
    }
}
