import ClaimQuery
import ClaimStore

/// Commands about the session rather than the claims: `.help`, `.mode json`,
/// `.load story.txt`. A dot-command is a whole line of space-separated words; any
/// unambiguous prefix of its name works (`.mo json`).
enum DotCommand: String, CaseIterable {
    case help, quit, exit, mode, headers, maxwidth, load, read, output, fields, metrics, sources, timer, sql, bail, history

    static func isDotCommand(_ text: String) -> Bool {
        text.drop { $0 == " " || $0 == "\t" }.first == "."
    }

    static var names: [String] { allCases.map { "." + $0.rawValue } }

    /// What `.help` and completion say each command takes.
    var usage: String {
        switch self {
        case .help: return ".help [TOPIC]"
        case .quit, .exit: return ".\(rawValue)"
        case .mode: return ".mode " + OutputFormat.allCases.map(\.rawValue).joined(separator: "|")
        case .headers, .timer, .sql, .bail: return ".\(rawValue) on|off"
        case .maxwidth: return ".maxwidth [N|auto]"
        case .load: return ".load [ARTICLE [CLAIMS]]"
        case .read: return ".read FILE"
        case .output: return ".output [FILE|stdout]"
        case .fields, .metrics, .sources: return ".\(rawValue)"
        case .history: return ".history [N]"
        }
    }

    static func run(_ source: SourceText, in session: Session) {
        let words = DotWords(source).list
        guard let first = words.first else { return }
        do throws(Diagnostic) {
            let command = try resolve(first)
            try command.perform(Array(words.dropFirst()), first, source, session)
        } catch {
            session.report(error, in: source)
        }
    }

    /// The command a word names: exactly, or as the only command it begins.
    static func resolve(_ word: DotWords.Word) throws(Diagnostic) -> DotCommand {
        let typed = String(word.text.dropFirst()).lowercased()
        if let exact = DotCommand(rawValue: typed) { return exact }
        let matches = typed.isEmpty ? [] : allCases.filter { $0.rawValue.hasPrefix(typed) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw Diagnostic("ambiguous command '\(word.text)'", at: word.range,
                             hints: ["did you mean " + matches.map { "'.\($0.rawValue)'" }.joined(separator: " or ") + "?"])
        }
        throw Diagnostic("unknown command '\(word.text)'", at: word.range,
                         hints: Suggest.hint(for: word.text, among: names) + ["see the commands with .help"])
    }

    private func perform(_ args: [DotWords.Word], _ name: DotWords.Word, _ source: SourceText,
                         _ session: Session) throws(Diagnostic) {
        func expect(_ range: ClosedRange<Int>) throws(Diagnostic) {
            guard range.contains(args.count) else {
                let at = args.count > range.upperBound ? args[range.upperBound].range : name.range
                throw Diagnostic("usage: \(usage)", at: at)
            }
        }
        switch self {
        case .help:
            try expect(0...1)
            session.console.out(HelpText.text(topic: args.first?.text))
        case .quit, .exit:
            try expect(0...0)
            session.quitRequested = true
        case .mode:
            try expect(0...1)
            guard let word = args.first else { return session.console.out("mode: \(session.format.rawValue)\n") }
            session.format = try Self.choice(word, OutputFormat.allCases, "mode")
        case .headers:
            try expect(1...1)
            session.headers = try Self.onOff(args[0])
        case .maxwidth:
            try expect(0...1)
            guard let word = args.first else {
                let now = session.maxWidth.map { $0 == 0 ? "0 (no limit)" : String($0) } ?? "the terminal's (\(session.console.outputColumns.map(String.init) ?? "none: whole tables"))"
                return session.console.out("maxwidth: \(now)\n")
            }
            if word.text.lowercased() == "auto" { return session.maxWidth = nil }
            guard let n = Int(word.text), n >= 0, n <= 100_000 else {
                throw Diagnostic("'\(word.text)' is not a width: give a number of columns, or 0 for no limit", at: word.range)
            }
            session.maxWidth = n
        case .timer:
            try expect(1...1)
            session.timer = try Self.onOff(args[0])
        case .sql:
            try expect(1...1)
            session.showSQL = try Self.onOff(args[0])
        case .bail:
            try expect(1...1)
            session.bail = try Self.onOff(args[0])
        case .load:
            try expect(0...2)
            if session.database != nil {
                throw Diagnostic("claimq --db answers from the database; .load reads articles into memory", at: name.range,
                                 hints: ["add articles to the database with: claimq import --db URL ARTICLE…"])
            }
            try DotFiles.load(args, session)
        case .read:
            try expect(1...1)
            DotFiles.read(args[0], source, session)
        case .output:
            try expect(0...1)
            let path = args.first.map(\.text).flatMap { $0 == "stdout" ? nil : $0 }
            if let problem = session.console.redirect(to: path) { throw Diagnostic(problem, at: args[0].range) }
        case .fields, .metrics, .sources:
            try expect(0...0)
            session.console.out(try DatabaseTables.text(self, session, name.range) ?? storeTable(session))
        case .history:
            try expect(0...1)
            try DotFiles.history(args.first, name, session)
        }
    }

    /// `.fields`, `.metrics` or `.sources` of the session's store.
    private func storeTable(_ session: Session) -> String {
        let (store, headers, width) = (session.store, session.headers, session.tableWidth)
        switch self {
        case .fields: return StoreTables.fields(store, headers: headers, maxWidth: width)
        case .metrics: return StoreTables.metrics(store, headers: headers, maxWidth: width)
        default: return StoreTables.sources(store, headers: headers, maxWidth: width)
        }
    }

    static func onOff(_ word: DotWords.Word) throws(Diagnostic) -> Bool {
        switch word.text.lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default: throw Diagnostic("expected on or off, found '\(word.text)'", at: word.range)
        }
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ word: DotWords.Word, _ all: T.AllCases, _ what: String) throws(Diagnostic) -> T
        where T.RawValue == String {
        if let exact = T(rawValue: word.text.lowercased()) { return exact }
        let names = all.map(\.rawValue)
        throw Diagnostic("unknown \(what) '\(word.text)'", at: word.range,
                         hints: Suggest.hint(for: word.text, among: names) + ["\(what)s are " + names.joined(separator: ", ")])
    }
}

/// The space-separated words of a dot-command line, with their byte ranges.
struct DotWords {
    struct Word {
        let text: String
        let range: Range<Int>
    }

    let list: [Word]

    init(_ source: SourceText) {
        var words: [Word] = []
        var start: Int?
        let bytes = Array(source.text.utf8)
        for i in 0...bytes.count {
            let isSpace = i == bytes.count || bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t")
                || bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "\r")
            if isSpace, let s = start {
                words.append(Word(text: source.slice(s..<i), range: s..<i))
                start = nil
            } else if !isSpace, start == nil {
                start = i
            }
        }
        list = words
    }
}
