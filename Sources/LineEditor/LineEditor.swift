import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line editor over libedit: emacs keys (or whatever `~/.editrc` binds), a history
/// that is saved as each entry is accepted, and Ctrl-C that cancels the line instead
/// of ending the program. The only module that knows about libedit.
public final class LineEditor {
    public enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the user abandoned what they were typing.
        case cancelled
        /// Ctrl-D on an empty line, or the terminal went away.
        case end
    }

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: HistoryFile?
    private var promptStorage: UnsafeMutablePointer<CChar>?
    private var cancelRequested = false

    /// A problem with the history file the user should hear about once (it is not
    /// lost: claimq then simply does not write it).
    public private(set) var historyWarning: String?

    /// - Parameter historyPath: the file to load history from and save it to; nil keeps
    ///   history for this session only.
    public init(program: String, historyPath: String?) {
        clibedit_use_utf8_locale()
        editLine = clibedit_init_stdio(program)
        history = history_init()
        clibedit_history_setsize(history, 1000)
        clibedit_history_setunique(history, 1)
        historyFile = historyPath.map(HistoryFile.init(path:))
        if let file = historyFile {
            historyWarning = file.load(into: history)
        }

        clibedit_set_editor(editLine, "emacs")
        clibedit_set_signal(editLine, 1)
        clibedit_set_hist(editLine, history)
        clibedit_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        clibedit_set_prompt_esc(editLine, { el in
            guard let el, let me = LineEditor.from(el) else { return nil }
            return me.promptStorage
        }, 1)
        clibedit_setty_noisig(editLine)
        // ADDFN before any BIND: binding an unknown name corrupts libedit's heap.
        clibedit_addfn(editLine, "claimq-cancel", "Cancel the line being typed", { el, _ in
            guard let el, let me = LineEditor.from(el) else { return UInt8(CC_ERROR) }
            me.cancelRequested = true
            return UInt8(CC_NEWLINE)
        })
        clibedit_bind(editLine, "^C", "claimq-cancel")
        el_source(editLine, nil)   // ~/.editrc or $EDITRC, as libedit users expect
    }

    deinit {
        clibedit_set_editmode(editLine, 0)   // keep el_end from flushing pending input
        el_end(editLine)
        history_end(history)
        free(promptStorage)
    }

    private static func from(_ el: OpaquePointer) -> LineEditor? {
        guard let raw = clibedit_get_clientdata(el) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(raw).takeUnretainedValue()
    }

    /// Shows `prompt` and reads one line (without its newline).
    public func readLine(prompt: String) -> Input {
        free(promptStorage)
        promptStorage = strdup(prompt)
        cancelRequested = false
        while true {
            var count: Int32 = 0
            let raw = el_gets(editLine, &count)
            if cancelRequested {
                // ^C leaves the cursor after what was typed; show it and start afresh
                // below. (An empty cancelled line comes back as NULL, like end of file.)
                print("^C")
                return .cancelled
            }
            guard let raw else {
                if count == -1 && errno == EINTR { continue }
                print("")   // leave the terminal on a fresh line after ^D
                return .end
            }
            var line = String(cString: raw)
            if line.hasSuffix("\n") { line.removeLast() }
            return .line(line)
        }
    }

    /// Adds an accepted entry to history and saves the file at once, so a crash loses nothing.
    public func addHistory(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        clibedit_history_enter(history, entry)
        if let file = historyFile, let problem = file.save(history) {
            historyWarning = problem
        }
    }
}
