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
