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

    public static func run(_ session: Session, sourceName: String, text: String) {
        var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { pieces.removeLast() }
        var lines = pieces.makeIterator()
        run(session, sourceName: sourceName) {
            guard let line = lines.next() else { return nil }
            return line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }
}
