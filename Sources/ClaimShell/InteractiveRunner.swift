import ClaimQuery
import ClaimStore
import LineEditor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The prompt: reads with libedit, continues unfinished statements on a prompt that
/// says what is missing, keeps each whole statement as one history entry, completes
/// with Tab, and treats Ctrl-C as "forget this statement", Ctrl-D as "leave".
public enum InteractiveRunner {
    public static let sourceName = "<stdin>"
    public static let prompt = "claimq> "

    /// The continuation prompt, as wide as the first: what the statement still needs.
    static func continuationPrompt(_ missing: Continuation.Missing?) -> String {
        switch missing {
        case .closingQuote(let quote)?: return "  ..." + String(quote) + "> "
        case .closingParenthesis?: return "  ...)> "
        default: return "   ...> "
        }
    }

    public static func run(_ session: Session, editor: LineEditor) {
        // Ctrl-C while a statement runs stops it, not claimq (libedit takes ^C as a key
        // while a line is edited, and puts this handler back after).
        signal(SIGINT) { _ in Interruption.request() }
        defer { signal(SIGINT, SIG_DFL) }
        editor.completer = { Completer(store: session.store).complete($0) }
        session.history = { editor.historyEntries() }
        var buffer = StatementBuffer(sourceName: sourceName, stringsSpanLines: true)
        var entry: [String] = []
        var number = 0
        var warned = false
        var cancelledEmpty = false
        while !session.quitRequested {
            session.console.flush()
            // A Ctrl-C from here on, once the line is read, stops what the line runs.
            Interruption.clear()
            let text = buffer.isEmpty ? prompt : continuationPrompt(buffer.missing)
            switch editor.readLine(prompt: styled(text, colour: session.colour)) {
            case .end:
                return
            case .cancelled(let typed):
                let empty = buffer.isEmpty && typed.isEmpty
                if empty && cancelledEmpty { session.console.err("(Ctrl-C cancels a line; to leave, press Ctrl-D or type .quit)\n") }
                cancelledEmpty = empty
                buffer.discard()
                entry.removeAll()
            case .line(let line):
                cancelledEmpty = false
                number += 1
                entry.append(line)
                guard let source = buffer.add(line, number: number) else { continue }
                editor.addHistory(historyEntry(entry))
                entry.removeAll()
                if !warned, let warning = editor.historyWarning {
                    session.console.err("warning: \(warning)\n")
                    warned = true
                }
                session.execute(source)
            }
        }
    }

    /// A statement typed over several lines, as one history entry: joined by spaces so
    /// it recalls as one line, unless a comment or a string runs to the end of a line
    /// (joining those would change what the statement says).
    static func historyEntry(_ lines: [String]) -> String {
        let risky = lines.dropLast().contains { line in
            line.contains("--") || line.contains("#") || line.filter { $0 == "\"" }.count % 2 == 1
                || line.filter { $0 == "'" }.count % 2 == 1
        }
        return lines.joined(separator: risky ? "\n" : " ")
    }

    /// The prompt in bold cyan at a colour terminal; libedit is told the colour codes
    /// take no room by bracketing them with its escape character.
    static func styled(_ prompt: String, colour: Bool) -> String {
        guard colour else { return prompt }
        let esc = String(LineEditor.promptEscape)
        let text = prompt.dropLast()
        return esc + "\u{1B}[1;36m" + esc + text + esc + "\u{1B}[0m" + esc + " "
    }
}
