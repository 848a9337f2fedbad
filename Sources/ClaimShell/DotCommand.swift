import ClaimQuery
import ClaimStore

/// Commands about the session rather than the claims: `.help`, `.mode json`, `.quit`.
/// A dot-command is a whole line; its words are separated by spaces.
enum DotCommand: String, CaseIterable {
    case help, quit, exit, mode, fields, metrics, sources

    static func isDotCommand(_ text: String) -> Bool {
        text.drop { $0 == " " || $0 == "\t" }.first == "."
    }

    static var names: [String] { allCases.map { "." + $0.rawValue } }

    static func run(_ source: SourceText, in session: Session) {
        let words = DotWords(source)
        guard let first = words.list.first else { return }
        guard let command = DotCommand(rawValue: String(first.text.dropFirst()).lowercased()) else {
            session.report(Diagnostic("unknown command '\(first.text)'", at: first.range,
                                      hints: Suggest.hint(for: first.text, among: names) + ["see the commands with .help"]),
                           in: source)
            return
        }
        let arguments = Array(words.list.dropFirst())
        do throws(Diagnostic) {
            try command.perform(arguments, source, session)
        } catch {
            session.report(error, in: source)
        }
        session.console.flush()
    }

    private func perform(_ args: [DotWords.Word], _ source: SourceText, _ session: Session) throws(Diagnostic) {
        switch self {
        case .help:
            session.console.out(HelpText.text(topic: args.first?.text))
        case .quit, .exit:
            session.quitRequested = true
        case .mode:
            guard let word = args.first else {
                session.console.out("mode: \(session.format.rawValue)\n")
                return
            }
            guard let format = OutputFormat(rawValue: word.text.lowercased()) else {
                let modes = OutputFormat.allCases.map(\.rawValue)
                throw Diagnostic("unknown mode '\(word.text)'", at: word.range,
                                 hints: Suggest.hint(for: word.text, among: modes) + ["modes are " + modes.joined(separator: ", ")])
            }
            session.format = format
        case .fields:
            session.console.out(Field.allCases.map { "\($0.rawValue)  (\($0.kindName))" }.joined(separator: "\n") + "\n")
        case .metrics:
            session.console.out(Self.counted(session.store.claims.map(\.metric)))
        case .sources:
            session.console.out(Self.counted(session.store.claims.map(\.source)))
        }
    }

    /// "refusals  3" lines, in order of first appearance.
    private static func counted(_ names: [String]) -> String {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for name in names {
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        let rows = order.map { [$0, String(counts[$0]!)] }
        return Table(header: ["name", "claims"], rows: rows, rightAligned: [1]).text
    }
}

extension Field {
    var kindName: String {
        switch kind {
        case .number: return "number"
        case .text: return "text"
        case .place: return "place: code or name"
        case .period: return "period: overlaps / within"
        }
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
