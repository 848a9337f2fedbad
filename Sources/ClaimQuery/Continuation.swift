/// Whether text typed so far is an unfinished statement that the next line should
/// continue, and what it lacks: an open parenthesis, a trailing operator or
/// connective ("and", "where", "in", ","), or, at the prompt, an open string.
/// A complete-but-wrong statement is not unfinished: it is run, and its error
/// reported. In scripts strings end with their line, so a stray quote is an error
/// there rather than a reason to swallow the rest of the file.
public enum Continuation {
    public enum Missing: Sendable, Equatable {
        /// A string opened with this quote is not closed.
        case closingQuote(Character)
        /// This many parentheses are open.
        case closingParenthesis(Int)
        /// The text ends in an operator or keyword that needs something after it.
        case operand
    }

    public static func isUnfinished(_ source: SourceText, stringsSpanLines: Bool = false) -> Bool {
        missing(source, stringsSpanLines: stringsSpanLines) != nil
    }

    public static func missing(_ source: SourceText, stringsSpanLines: Bool = false) -> Missing? {
        if let quick = quickAnswer(source.bytes) { return quick }
        var (depth, endsOpen) = (0, false)
        return scan(source, stringsSpanLines: stringsSpanLines, depth: &depth, endsOpen: &endsOpen)
    }

    /// Lexes `source` on from what came before it (open parentheses, whether the last
    /// token asked for more) and says what the whole lacks.
    private static func scan(_ source: SourceText, stringsSpanLines: Bool, depth: inout Int, endsOpen: inout Bool) -> Missing? {
        var lexer = Lexer(source, stringsSpanLines: stringsSpanLines)
        while true {
            let token = lexer.next()
            switch token.kind {
            case .end:
                if depth > 0 { return .closingParenthesis(depth) }
                return endsOpen ? .operand : nil
            case .error(.unterminatedString):
                guard stringsSpanLines else { return nil }
                return .closingQuote(Character(source.slice(token.range.lowerBound..<token.range.lowerBound + 1)))
            case .leftParen: depth += 1
            case .rightParen: depth -= 1
            case .semicolon: depth = 0
            default: break
            }
            endsOpen = Self.endsOpen(token, source)
        }
    }

    /// Most lines need no lexing: without parentheses, quotes or comments, a line is
    /// unfinished only if its last word or symbol asks for more. nil means "lex it".
    private static func quickAnswer(_ bytes: [UInt8]) -> Missing?? {
        var end = bytes.count
        for b in bytes {
            switch b {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "#"), UInt8(ascii: "-"):
                return nil
            default: continue
            }
        }
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        guard end > 0 else { return .some(nil) }
        let last = bytes[end - 1]
        guard last.isWordByte else { return nil }
        var start = end
        while start > 0, bytes[start - 1].isWordByte { start -= 1 }
        let word = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
        return .some(trailingWords.contains(word) ? .operand : nil)
    }

    /// The same judgement made line by line, as input arrives: what each line adds to the
    /// open parentheses and the last token is carried, so a long script after an open
    /// parenthesis is read once, not again at every line. (Tokens do not span lines; a
    /// string left open at the prompt is judged again over the lines it spans.)
    public struct Judge {
        private let stringsSpanLines: Bool
        private var depth = 0
        private var endsOpen = false
        /// The lines of a string left open, and what came before them, judged again
        /// whole when the next line comes.
        private var openString: (lines: [SourceText], depth: Int, endsOpen: Bool)?

        public init(stringsSpanLines: Bool = false) {
            self.stringsSpanLines = stringsSpanLines
        }

        /// What the input so far lacks once `line` is added, or nil when it is complete.
        public mutating func add(_ line: SourceText) -> Missing? {
            if let (lines, depthBefore, endsOpenBefore) = openString {
                // A string left open: judge its lines again, whole, from what came before them.
                let whole = SourceText(name: line.name, text: (lines + [line]).map(\.text).joined(separator: "\n"),
                                       firstLine: lines[0].firstLine)
                var (d, e) = (depthBefore, endsOpenBefore)
                let missing = Continuation.scan(whole, stringsSpanLines: stringsSpanLines, depth: &d, endsOpen: &e)
                if case .closingQuote = missing {
                    openString = (lines + [line], depthBefore, endsOpenBefore)
                } else {
                    (openString, depth, endsOpen) = (nil, d, e)
                }
                return missing
            }
            if depth == 0, let quick = quickAnswer(line.bytes) {
                // (A blank line leaves the judgement as it was.)
                if quick != nil || line.bytes.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) { endsOpen = quick != nil }
                return endsOpen ? .operand : nil
            }
            let (depthBefore, endsOpenBefore) = (depth, endsOpen)
            let missing = Continuation.scan(line, stringsSpanLines: stringsSpanLines, depth: &depth, endsOpen: &endsOpen)
            if case .closingQuote = missing { openString = ([line], depthBefore, endsOpenBefore) }
            return missing
        }
    }

    private static func endsOpen(_ token: Token, _ source: SourceText) -> Bool {
        switch token.kind {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
             .plus, .minus, .star, .slash, .comma, .dotDot:
            return true
        case .word:
            return trailingWords.contains(source.slice(token.range).lowercased())
        default:
            return false
        }
    }

    private static let trailingWords: Set<String> = [
        "where", "and", "or", "not", "in", "between", "contains", "is", "overlaps", "within", "by", "order", "limit",
    ]
}
