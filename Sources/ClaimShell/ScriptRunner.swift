import ClaimQuery

/// Runs input that is not typed at a prompt: a script file, piped stdin, `-c`.
public enum ScriptRunner {
    /// Feeds lines from `nextLine` (nil at the end) through the session until the
    /// input ends or the session stops (`.quit`, or an error under `--bail`).
    public static func run(_ session: Session, sourceName: String, nextLine: () -> String?) {
        var buffer = StatementBuffer(sourceName: sourceName)
        var number = 0
        while !session.shouldStop, let line = nextLine() {
            number += 1
            if let source = buffer.add(line, number: number) { session.execute(source) }
        }
        if !session.shouldStop, let rest = buffer.drain() { session.execute(rest) }
        session.console.flush()
    }

    /// Runs a whole script. Lines end with "\n" or "\r\n" (split by bytes: Swift reads
    /// "\r\n" as one Character, which is not "\n"), and a byte-order mark before the
    /// first line is not part of it.
    public static func run(_ session: Session, sourceName: String, text: String) {
        var lines = Self.lines(text).makeIterator()
        run(session, sourceName: sourceName) { lines.next() }
    }

    static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var pieces = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if text.utf8.last == UInt8(ascii: "\n") { pieces.removeLast() }
        var lines = pieces.map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
        if let first = lines.first, first.unicodeScalars.first == byteOrderMark {
            lines[0] = String(first.unicodeScalars.dropFirst())
        }
        return lines
    }

    /// U+FEFF, which some editors write before a UTF-8 file's text.
    static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"
}
