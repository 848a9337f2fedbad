/// Whether text typed so far is an unfinished statement that the next line should
/// continue: an open parenthesis, or a trailing operator or connective ("and",
/// "where", "in", ","). A complete-but-wrong statement is not unfinished: it is run,
/// and its error reported. Strings end at the end of their line, so an open string
/// is such an error, not a reason to read on (a stray quote in a script would
/// otherwise swallow the rest of the file).
public enum Continuation {
    public static func isUnfinished(_ source: SourceText) -> Bool {
        var depth = 0
        var last: Token?
        var lexer = Lexer(source)
        while true {
            let token = lexer.next()
            switch token.kind {
            case .end:
                guard depth <= 0, let last else { return depth > 0 }
                return endsOpen(last, source)
            case .error(.unterminatedString): return false
            case .leftParen: depth += 1
            case .rightParen: depth -= 1
            case .semicolon: depth = 0
            default: break
            }
            last = token
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
