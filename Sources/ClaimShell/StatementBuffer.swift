import ClaimQuery

/// Gathers lines until they make a complete piece of input: a dot-command line, or
/// statements that are not left open, as `Continuation.Judge` decides line by line.
struct StatementBuffer {
    private var lines: [String] = []
    private var firstLine = 1
    let sourceName: String
    /// At the prompt an open string continues on the next line.
    let stringsSpanLines: Bool
    /// What the text so far lacks, when it is unfinished.
    private(set) var missing: Continuation.Missing?
    private var judge: Continuation.Judge

    init(sourceName: String, stringsSpanLines: Bool = false) {
        self.sourceName = sourceName
        self.stringsSpanLines = stringsSpanLines
        judge = Continuation.Judge(stringsSpanLines: stringsSpanLines)
    }

    var isEmpty: Bool { lines.isEmpty }

    /// Adds line number `number`; returns the input to run once it is complete.
    mutating func add(_ line: String, number: Int) -> SourceText? {
        if lines.isEmpty {
            firstLine = number
            let source = SourceText(name: sourceName, text: line, firstLine: number)
            if DotCommand.isDotCommand(line) { return source }
            judge = Continuation.Judge(stringsSpanLines: stringsSpanLines)
            missing = judge.add(source)
            if missing == nil { return source }   // the usual case: one line, one piece
            lines.append(line)
            return nil
        }
        lines.append(line)
        missing = judge.add(SourceText(name: sourceName, text: line, firstLine: number))
        if missing != nil { return nil }
        defer { lines.removeAll() }
        return current
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
        judge = Continuation.Judge(stringsSpanLines: stringsSpanLines)
    }

    private var current: SourceText {
        SourceText(name: sourceName, text: lines.joined(separator: "\n"), firstLine: firstLine)
    }
}
