import ClaimQuery

/// Gathers lines until they make a complete piece of input: a dot-command line, or
/// statements that are not left open (see `Continuation`).
struct StatementBuffer {
    private var lines: [String] = []
    private var firstLine = 1
    let sourceName: String
    /// At the prompt an open string continues on the next line.
    let stringsSpanLines: Bool
    /// What the text so far lacks, when it is unfinished.
    private(set) var missing: Continuation.Missing?

    init(sourceName: String, stringsSpanLines: Bool = false) {
        self.sourceName = sourceName
        self.stringsSpanLines = stringsSpanLines
    }

    var isEmpty: Bool { lines.isEmpty }

    /// Adds line number `number`; returns the input to run once it is complete.
    mutating func add(_ line: String, number: Int) -> SourceText? {
        if lines.isEmpty {
            firstLine = number
            let source = SourceText(name: sourceName, text: line, firstLine: number)
            if DotCommand.isDotCommand(line) { return source }
            missing = Continuation.missing(source, stringsSpanLines: stringsSpanLines)
            if missing == nil { return source }   // the usual case: one line, one piece
            lines.append(line)
            return nil
        }
        lines.append(line)
        let source = current
        missing = Continuation.missing(source, stringsSpanLines: stringsSpanLines)
        if missing != nil { return nil }
        lines.removeAll()
        return source
    }

    /// Whatever is left at the end of input, to be run (and reported) as it is.
    mutating func drain() -> SourceText? {
        guard !lines.isEmpty else { return nil }
        defer { discard() }
        return current
    }

    mutating func discard() {
        lines.removeAll()
        missing = nil
    }

    private var current: SourceText {
        SourceText(name: sourceName, text: lines.joined(separator: "\n"), firstLine: firstLine)
    }
}

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
