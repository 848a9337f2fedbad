import ClaimQuery
import ClaimExtraction
import ClaimStore

/// The dot-commands that touch files or the prompt's history: .load, .read, .history.
enum DotFiles {
    /// `.read` may nest this deep (a script that reads itself stops here).
    static let readLimit = 16

    /// `.load ARTICLE [CLAIMS]` replaces the store; `.load` alone brings back the sample.
    static func load(_ args: [DotWords.Word], _ session: Session) throws(Diagnostic) {
        let bar = ProgressBar.make("loading", quiet: session.quiet)
        defer { bar?.finish() }
        do throws(LoadError) {
            if let article = args.first {
                session.store = try ArticleLoader.load(path: article.text, claims: args.dropFirst().first?.text,
                                                       maxBytes: session.maxArticleBytes,
                                                       progress: bar.map { bar in { bar.update(done: $0, total: $1) } })
                bar?.finish()
            } else {
                session.store = try ArticleLoader.loadSample()
            }
        } catch {
            throw Diagnostic("cannot load: \(error)", at: (args.last ?? args.first)?.range ?? 0..<0)
        }
        if session.interactive {
            session.console.out("loaded \(ShellApp.describe(session.store))\n")
        }
    }

    /// `.read FILE` runs a script's statements in this session.
    static func read(_ file: DotWords.Word, _ source: SourceText, _ session: Session) {
        guard session.readDepth < readLimit else {
            session.report(Diagnostic(".read is nested \(readLimit) deep; does a script read itself?", at: file.range), in: source)
            return
        }
        let text: String
        do throws(LoadError) {
            text = try TextFile.contents(of: file.text, lenient: true, limit: TextFile.scriptLimit, regularOnly: false, kind: .script)
        } catch {
            session.report(Diagnostic("cannot read script \(error)", at: file.range), in: source)
            return
        }
        session.readDepth += 1
        defer { session.readDepth -= 1 }
        ScriptRunner.run(session, sourceName: file.text, text: text)
    }

    /// `.history [N]`: the last N entries of the prompt's history, numbered.
    static func history(_ count: DotWords.Word?, _ name: DotWords.Word, _ session: Session) throws(Diagnostic) {
        guard let entries = session.history?() else {
            throw Diagnostic("there is no history in a script", at: name.range, hints: ["history is kept at the prompt"])
        }
        var shown = entries.count
        if let count {
            guard let n = Int(count.text), n >= 0 else { throw Diagnostic("expected a number of entries", at: count.range) }
            shown = min(n, entries.count)
        }
        let first = entries.count - shown
        var out = ""
        for (i, entry) in entries[first...].enumerated() {
            let number = String(first + i + 1)
            out += String(repeating: " ", count: max(0, 5 - number.count)) + number + "  " + entry + "\n"
        }
        session.console.out(out)
    }
}

/// What `.fields`, `.metrics` and `.sources` print.
enum StoreTables {
    static func fields(_ store: ClaimStore, headers: Bool, maxWidth: Int? = nil) -> String {
        let rows = Field.allCases.map { field -> [String] in
            let examples: [String]
            switch field.kind {
            case .number: examples = field.distinctNumbers(in: store, limit: 4).map(Words.number)
            case _ where field == .quote: examples = []
            default: examples = field.distinctTexts(in: store, limit: 4).map { $0.count > 30 ? String($0.prefix(29)) + "…" : $0 }
            }
            let shown = examples.prefix(3).joined(separator: ", ") + (examples.count > 3 ? ", …" : "")
            return [field.rawValue, field.kindName, shown]
        }
        return table(["field", "type", "examples"], rows, rightAligned: [], headers, maxWidth)
    }

    /// A table of the store's own text, control characters made visible (these tables
    /// show data directly, not through a query result).
    private static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int>, _ headers: Bool, _ maxWidth: Int?) -> String {
        Table(header: header, rows: rows.map { $0.map(Visible.text) }, rightAligned: rightAligned, headers: headers, maxWidth: maxWidth).text
    }

    static func metrics(_ store: ClaimStore, headers: Bool, maxWidth: Int? = nil) -> String {
        // One pass over the codes: counts and units (in order of first use) by metric.
        let c = store.columns
        var counts = [Int](repeating: 0, count: c.metrics.count)
        var units = [[Int32]](repeating: [], count: c.metrics.count)
        for row in 0..<c.count {
            let m = Int(c.metric[row])
            counts[m] += 1
            if !units[m].contains(c.unit[row]) { units[m].append(c.unit[row]) }
        }
        let rows = c.metrics.names.indices.map { m in
            [c.metrics.names[m], String(counts[m]), units[m].map { c.units[$0] }.joined(separator: ", ")]
        }
        return table(["metric", "claims", "unit"], rows, rightAligned: [1], headers, maxWidth)
    }

    static func sources(_ store: ClaimStore, headers: Bool, maxWidth: Int? = nil) -> String {
        let c = store.columns
        var counts = [Int](repeating: 0, count: c.sources.count)
        for code in c.source { counts[Int(code)] += 1 }
        let rows = c.sources.names.indices.map { [c.sources.names[$0], String(counts[$0])] }
        return table(["source", "claims"], rows, rightAligned: [1], headers, maxWidth)
    }
}

extension Field {
    var kindName: String {
        switch kind {
        case .number: return "number"
        case .text: return "text"
        case .place: return "place"
        case .period: return "period"
        }
    }
}
