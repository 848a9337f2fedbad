/// Turns query text into tokens. It never throws: what it cannot read becomes an
/// `.error` token covering the offending bytes, and lexing goes on after it.
/// Comments (`--` or `#` to the end of the line) and whitespace are skipped.
public struct Lexer {
    private let bytes: [UInt8]
    private var position = 0
    /// Whether a string may run on past the end of its line (at the prompt, where
    /// the next line continues it); in scripts a string ends with its line.
    private let stringsSpanLines: Bool

    public init(_ source: SourceText, stringsSpanLines: Bool = false) {
        bytes = source.bytes
        self.stringsSpanLines = stringsSpanLines
    }

    /// All tokens, ending with one `.end`.
    public static func tokenize(_ source: SourceText, stringsSpanLines: Bool = false) -> [Token] {
        var lexer = Lexer(source, stringsSpanLines: stringsSpanLines)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    public mutating func next() -> Token {
        skipTrivia()
        let start = position
        guard let c = peek() else { return Token(.end, start..<start) }
        position += 1
        switch c {
        case UInt8(ascii: "("): return Token(.leftParen, start..<position)
        case UInt8(ascii: ")"): return Token(.rightParen, start..<position)
        case UInt8(ascii: ","): return Token(.comma, start..<position)
        case UInt8(ascii: ";"): return Token(.semicolon, start..<position)
        case UInt8(ascii: "+"): return Token(.plus, start..<position)
        case UInt8(ascii: "-"): return Token(.minus, start..<position)
        case UInt8(ascii: "*"): return Token(.star, start..<position)
        case UInt8(ascii: "/"): return Token(.slash, start..<position)
        case UInt8(ascii: "="):
            _ = match(UInt8(ascii: "="))
            return Token(.equal, start..<position)
        case UInt8(ascii: "!"):
            if match(UInt8(ascii: "=")) { return Token(.notEqual, start..<position) }
            return Token(.error(.unexpectedCharacter("!")), start..<position)
        case UInt8(ascii: "<"):
            if match(UInt8(ascii: "=")) { return Token(.lessEqual, start..<position) }
            if match(UInt8(ascii: ">")) { return Token(.notEqual, start..<position) }
            return Token(.less, start..<position)
        case UInt8(ascii: ">"):
            if match(UInt8(ascii: "=")) { return Token(.greaterEqual, start..<position) }
            return Token(.greater, start..<position)
        case UInt8(ascii: "."):
            if match(UInt8(ascii: ".")) { return Token(.dotDot, start..<position) }
            if let d = peek(), isDigit(d) { return number(from: start) }
            return Token(.error(.unexpectedCharacter(".")), start..<position)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return string(from: start, quote: c)
        default:
            if isDigit(c) { return number(from: start) }
            if isWordStart(c) { return word(from: start) }
            return unexpected(from: start)
        }
    }

    // MARK: Pieces

    private mutating func skipTrivia() {
        while let c = peek() {
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") {
                position += 1
            } else if c == UInt8(ascii: "#") || (c == UInt8(ascii: "-") && peek(1) == UInt8(ascii: "-")) {
                while let d = peek(), d != UInt8(ascii: "\n") { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func word(from start: Int) -> Token {
        while let c = peek(), isWordStart(c) || isDigit(c) { position += 1 }
        return Token(.word, start..<position)
    }

    /// 3348, 3_348, 2.4, .5, 2.4e6; "2017-06" is a month; "2014..2017" is two numbers.
    private mutating func number(from start: Int) -> Token {
        position = start
        digits()
        if position - start == 4, peek() == UInt8(ascii: "-"), let a = peek(1), let b = peek(2),
           isDigit(a), isDigit(b), !(peek(3).map(isDigit) ?? false), !(peek(3).map(isWordStart) ?? false) {
            let year = Int(text(start..<start + 4))!
            let month = Int(text(start + 5..<start + 7))!
            position += 3
            guard (1...12).contains(month) else { return Token(.error(.badNumber(text(start..<position))), start..<position) }
            return Token(.month(year: year, month: month), start..<position)
        }
        if peek() == UInt8(ascii: "."), peek(1) != UInt8(ascii: ".") {
            position += 1
            digits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let save = position
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            if let d = peek(), isDigit(d) { digits() } else { position = save; return badNumber(from: start) }
        }
        if let c = peek(), isWordStart(c) || c == UInt8(ascii: "_") { return badNumber(from: start) }
        let cleaned = text(start..<position).droppingUnderscores()
        guard let value = Double(cleaned), !text(start..<position).hasSuffix("_") else {
            return Token(.error(.badNumber(text(start..<position))), start..<position)
        }
        guard value.isFinite else { return Token(.error(.numberOutOfRange(text(start..<position))), start..<position) }
        return Token(.number(value), start..<position)
    }

    private mutating func digits() {
        while let c = peek(), isDigit(c) || (c == UInt8(ascii: "_") && (peek(1).map(isDigit) ?? false)) {
            position += 1
        }
    }

    /// Swallows the rest of a malformed number so one error covers all of it.
    private mutating func badNumber(from start: Int) -> Token {
        while let c = peek(), isWordStart(c) || isDigit(c) || c == UInt8(ascii: ".") && peek(1) != UInt8(ascii: ".") {
            position += 1
        }
        return Token(.error(.badNumber(text(start..<position))), start..<position)
    }

    private mutating func string(from start: Int, quote: UInt8) -> Token {
        var value: [UInt8] = []
        var problem: LexError?
        while let c = peek() {
            position += 1
            if c == quote {
                if let problem { return Token(.error(problem), start..<position) }
                return Token(.string(String(decoding: value, as: UTF8.self)), start..<position)
            }
            if c == UInt8(ascii: "\n") && !stringsSpanLines { break }
            if c == UInt8(ascii: "\\"), let e = peek() {
                position += 1
                switch e {
                case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): value.append(e)
                case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
                default:
                    position -= 1
                    let scalarEnd = scalarEnd(from: position)
                    if problem == nil { problem = .badEscape(Character(text(position..<scalarEnd))) }
                    position = scalarEnd
                }
                continue
            }
            value.append(c)
        }
        // Unterminated: the token runs to the end of the line (or input).
        if position > start, bytes[position - 1] == UInt8(ascii: "\n") { position -= 1 }
        return Token(.error(.unterminatedString), start..<position)
    }

    private mutating func unexpected(from start: Int) -> Token {
        position = scalarEnd(from: start)
        let character = Character(text(start..<position).isEmpty ? "\u{FFFD}" : text(start..<position))
        return Token(.error(.unexpectedCharacter(character)), start..<position)
    }

    // MARK: Bytes

    private func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    private mutating func match(_ c: UInt8) -> Bool {
        guard peek() == c else { return false }
        position += 1
        return true
    }

    /// The end of the UTF-8 scalar starting at `start` (continuation bytes are 10xxxxxx).
    private func scalarEnd(from start: Int) -> Int {
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func isDigit(_ c: UInt8) -> Bool { c.isASCIIDigit }

    /// Words are ASCII: letters, digits and underscores, not starting with a digit.
    private func isWordStart(_ c: UInt8) -> Bool { c.isWordStart }
}

private extension String {
    /// "3_348" → "3348".
    func droppingUnderscores() -> String { String(filter { $0 != "_" }) }
}
