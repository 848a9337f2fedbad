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
    /// An unfinished statement is run (and refused) once it holds this much, rather
    /// than kept growing: `yes '(' | claimq` stays in bounded memory.
    static let defaultMaxBytes = 16 << 20
    let maxBytes: Int
    private var bytes = 0

    init(sourceName: String, stringsSpanLines: Bool = false, maxBytes: Int = defaultMaxBytes) {
        self.maxBytes = maxBytes
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
            bytes = line.utf8.count + 1
            return nil
        }
        lines.append(line)
        bytes += line.utf8.count + 1
        missing = judge.add(SourceText(name: sourceName, text: line, firstLine: number))
        if missing != nil && bytes <= maxBytes { return nil }
        defer { discard() }
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
        bytes = 0
        missing = nil
        judge = Continuation.Judge(stringsSpanLines: stringsSpanLines)
    }

    private var current: SourceText {
        SourceText(name: sourceName, text: lines.joined(separator: "\n"), firstLine: firstLine)
    }
}
