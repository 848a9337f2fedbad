import ClaimQuery
import LineEditor

/// The prompt: reads with libedit, continues unfinished statements on a `...>`
/// prompt, keeps each whole statement as one history entry, and treats Ctrl-C as
/// "forget this statement", Ctrl-D as "leave".
public enum InteractiveRunner {
    public static let prompt = "claimq> "
    public static let continuationPrompt = "   ...> "

    public static func run(_ session: Session, editor: LineEditor) {
        var buffer = StatementBuffer(sourceName: "<stdin>")
        var entry: [String] = []
        var number = 0
        var warned = false
        while !session.quitRequested {
            session.console.flush()
            switch editor.readLine(prompt: buffer.isEmpty ? prompt : continuationPrompt) {
            case .end:
                return
            case .cancelled:
                buffer.discard()
                entry.removeAll()
            case .line(let line):
                number += 1
                entry.append(line)
                guard let source = buffer.add(line, number: number) else { continue }
                editor.addHistory(entry.joined(separator: " "))
                entry.removeAll()
                if !warned, let warning = editor.historyWarning {
                    session.console.err("warning: \(warning)\n")
                    warned = true
                }
                session.execute(source)
            }
        }
    }
}
