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
            var seen = Set<String>()
            let examples = store.claims.compactMap { claim -> String? in
                guard let text = example(field, claim), seen.insert(text).inserted else { return nil }
                return text
            }
            let shown = examples.prefix(3).joined(separator: ", ") + (examples.count > 3 ? ", …" : "")
            return [field.rawValue, field.kindName, shown]
        }
        return Table(header: ["field", "type", "examples"], rows: rows, rightAligned: [], headers: headers, maxWidth: maxWidth).text
    }

    private static func example(_ field: Field, _ claim: Claim) -> String? {
        switch field {
        case .quote: return nil
        case .period: return claim.period?.description
        case .surface, .source, .article, .metric, .subject, .qualifier, .unit, .place, .state, .country:
            return field.text(of: claim).map { $0.count > 30 ? String($0.prefix(29)) + "…" : $0 }
        default: return field.number(of: claim).map(Words.number)
        }
    }

    static func metrics(_ store: ClaimStore, headers: Bool, maxWidth: Int? = nil) -> String {
        let rows = store.metrics.map { metric -> [String] in
            let claims = store.claims.filter { $0.metric == metric }
            var seen = Set<String>()
            let units = claims.map(\.unit).filter { seen.insert($0).inserted }
            return [metric, String(claims.count), units.joined(separator: ", ")]
        }
        return Table(header: ["metric", "claims", "unit"], rows: rows, rightAligned: [1], headers: headers, maxWidth: maxWidth).text
    }

    static func sources(_ store: ClaimStore, headers: Bool, maxWidth: Int? = nil) -> String {
        let rows = store.sources.map { source in [source, String(store.claims.filter { $0.source == source }.count)] }
        return Table(header: ["source", "claims"], rows: rows, rightAligned: [1], headers: headers, maxWidth: maxWidth).text
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
