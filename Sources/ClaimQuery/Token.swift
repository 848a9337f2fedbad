/// One lexical token and the bytes of source it covers. Keywords are not a separate
/// kind: they are words, and the parser decides, so a word that is a keyword in one
/// place can be a metric name in another.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        case number(Double)
        case string(String)
        /// A month written "2017-06", used in period literals.
        case month(year: Int, month: Int)
        case dotDot, leftParen, rightParen, comma, semicolon
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case plus, minus, star, slash
        /// What the lexer could not read; the parser reports it where it stands.
        case error(LexError)
        case end
    }

    public let kind: Kind
    public let range: Range<Int>

    public init(_ kind: Kind, _ range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

public enum LexError: Sendable, Equatable {
    case unterminatedString
    case badEscape(Character)
    case badNumber(String)
    /// Beyond what a Double holds (±1.8e308): "1e400" would be infinity.
    case numberOutOfRange(String)
    case unexpectedCharacter(Character)

    public var message: String {
        switch self {
        case .unterminatedString: return "unterminated string"
        case .badEscape(let c): return "unknown escape '\\\(c)' in string"
        case .badNumber(let text): return "malformed number '\(text.excerpt)'"
        case .numberOutOfRange(let text): return "number out of range '\(text.excerpt)'"
        case .unexpectedCharacter(let c): return "unexpected character \(Self.show(c))"
        }
    }

    public var hint: String? {
        switch self {
        case .unterminatedString: return "close the string with a matching quote"
        case .badEscape: return "strings know \\\" \\' \\\\ \\n and \\t"
        case .badNumber: return "numbers look like 3348, 3_348, 2.4 or 2.4e6"
        case .numberOutOfRange: return "numbers lie within ±1.8e308"
        case .unexpectedCharacter(let c) where c == "!": return "use '!=' or 'not'"
        case .unexpectedCharacter(let c) where c == ".": return "dot-commands (.help, .mode) go on a line of their own"
        case .unexpectedCharacter(let c) where c == "\u{FFFD}": return "the input is not valid UTF-8"
        case .unexpectedCharacter: return nil
        }
    }

    private static func show(_ c: Character) -> String {
        if let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1,
           scalar.value < 0x20 || scalar.value == 0x7F {
            return "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
        return "'\(c)'"
    }
}

extension String {
    /// At most 40 characters of the text, for a message that quotes what it found.
    var excerpt: String {
        unicodeScalars.count <= 40 ? self : String(String.UnicodeScalarView(unicodeScalars.prefix(39))) + "…"
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
