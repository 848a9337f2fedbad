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
/// From the store, or from the database with `--db`.
enum StoreTables {
    static func fields(_ store: ClaimStore, headers: Bool, maxWidth: Int? = nil) -> String {
        fields(headers: headers, maxWidth: maxWidth) { field in
            field.kind == .number ? field.distinctNumbers(in: store, limit: 4).map(Words.number) : field.distinctTexts(in: store, limit: 4)
        }
    }

    /// `examples` gives up to 4 distinct values of a field, as they are written.
    static func fields<E: Error>(headers: Bool, maxWidth: Int?, examples: (Field) throws(E) -> [String]) throws(E) -> String {
        var rows: [[String]] = []
        for field in Field.allCases {
            let found = field == .quote ? [] : try examples(field).map { $0.count > 30 ? String($0.prefix(29)) + "…" : $0 }
            let shown = found.prefix(3).joined(separator: ", ") + (found.count > 3 ? ", …" : "")
            rows.append([field.rawValue, field.kindName, shown])
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
        let rows = c.metrics.names.indices.map { m in (c.metrics.names[m], counts[m], units[m].map { c.units[$0] }) }
        return metrics(rows, headers: headers, maxWidth: maxWidth)
    }

    static func metrics(_ rows: [(metric: String, claims: Int, units: [String])], headers: Bool, maxWidth: Int?) -> String {
        table(["metric", "claims", "unit"], rows.map { [$0.metric, String($0.claims), $0.units.joined(separator: ", ")] },
              rightAligned: [1], headers, maxWidth)
    }

    static func sources(_ store: ClaimStore, headers: Bool, maxWidth: Int? = nil) -> String {
        let c = store.columns
        var counts = [Int](repeating: 0, count: c.sources.count)
        for code in c.source { counts[Int(code)] += 1 }
        return sources(c.sources.names.indices.map { (c.sources.names[$0], counts[$0]) }, headers: headers, maxWidth: maxWidth)
    }

    static func sources(_ rows: [(source: String, claims: Int)], headers: Bool, maxWidth: Int?) -> String {
        table(["source", "claims"], rows.map { [$0.source, String($0.claims)] }, rightAligned: [1], headers, maxWidth)
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

/// `.fields`, `.metrics` and `.sources` with `--db`: the same tables, from the database.
enum DatabaseTables {
    /// The table, or nil when the session answers from its store.
    static func text(_ command: DotCommand, _ session: Session, _ range: Range<Int>) throws(Diagnostic) -> String? {
        guard let database = session.database else { return nil }
        let (headers, width) = (session.headers, session.tableWidth)
        do throws(Diagnostic) {
            switch command {
            case .metrics: return StoreTables.metrics(try database.metrics(), headers: headers, maxWidth: width)
            case .sources: return StoreTables.sources(try database.sources(), headers: headers, maxWidth: width)
            default:
                return try StoreTables.fields(headers: headers, maxWidth: width) { field throws(Diagnostic) in
                    try database.examples(of: field, limit: 4).compactMap { value in
                        field.kind == .number ? value.double.map(Words.number) : value.text
                    }
                }
            }
        } catch {
            throw Diagnostic(error.message, at: range, hints: error.hints)   // (the query has no place in the line)
        }
    }
}
