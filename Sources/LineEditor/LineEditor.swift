import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line editor over libedit: emacs keys (or whatever `~/.editrc` binds), a history
/// that is saved as each entry is accepted, Tab completion from a callback, and
/// Ctrl-C that cancels the line instead of ending the program. The only module that
/// knows about libedit.
public final class LineEditor {
    public enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the user abandoned what they had typed (perhaps nothing).
        case cancelled(typed: String)
        /// Ctrl-D on an empty line, or the terminal went away.
        case end
    }

    /// What Tab may put in place of the end of the text before the cursor.
    public struct Completion {
        /// How many characters before the cursor the candidates replace.
        public var replacing: Int
        public var candidates: [String]
        /// Whether a single candidate is followed by a space (not for a folder/).
        public var appendSpace: Bool

        public init(replacing: Int, candidates: [String], appendSpace: Bool = true) {
            self.replacing = replacing
            self.candidates = candidates
            self.appendSpace = appendSpace
        }
    }

    /// Given the text before the cursor, what Tab may insert.
    public var completer: ((String) -> Completion)?

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: HistoryFile?
    private var promptStorage: UnsafeMutablePointer<CChar>?
    private var cancelRequested = false

    /// A problem with the history file the user should hear about once (it is not
    /// lost: claimq then simply does not write it).
    public private(set) var historyWarning: String?

    /// The character libedit takes to bracket invisible parts of a prompt (colours).
    public static let promptEscape: Character = "\u{1}"

    /// - Parameter historyPath: the file to load history from and save it to; nil keeps
    ///   history for this session only.
    /// Entries kept in memory (Up, Ctrl-R, .history); the file keeps them all.
    static let historySize = 1000

    public init(program: String, historyPath: String?) {
        clibedit_use_utf8_locale()
        editLine = clibedit_init_stdio(program)
        history = history_init()
        clibedit_history_setsize(history, Int32(Self.historySize))
        clibedit_history_setunique(history, 1)
        historyFile = historyPath.map(HistoryFile.init(path:))
        if let file = historyFile {
            historyWarning = file.load(into: history, keep: Self.historySize)
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
        clibedit_addfn(editLine, "claimq-complete", "Complete the word before the cursor", { el, _ in
            guard let el, let me = LineEditor.from(el) else { return UInt8(CC_ERROR) }
            return me.complete()
        })
        clibedit_bind(editLine, "^C", "claimq-cancel")
        clibedit_bind(editLine, "^I", "claimq-complete")
        el_source(editLine, nil)   // $EDITRC or ~/.editrc, as libedit users expect
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

    /// Shows `prompt` and reads one line (without its newline). Invisible parts of the
    /// prompt (colour codes) go between two `promptEscape` characters.
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
                return .cancelled(typed: raw.map { Self.strip(String(cString: $0)) } ?? "")
            }
            guard let raw else {
                if count == -1 && errno == EINTR { continue }
                print("")   // leave the terminal on a fresh line after ^D
                return .end
            }
            return .line(Self.strip(String(cString: raw)))
        }
    }

    private static func strip(_ line: String) -> String {
        line.hasSuffix("\n") ? String(line.dropLast()) : line
    }

    /// Adds an accepted entry to history and appends it to the file at once, so a
    /// crash loses nothing. An entry the same as the one before is kept once.
    public func addHistory(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        if let newest = clibedit_history_newest(history), String(cString: newest) == entry { return }
        clibedit_history_enter(history, entry)
        if let file = historyFile, let problem = file.append(entry) {
            historyWarning = problem
        }
    }

    /// Every history entry, oldest first.
    public func historyEntries() -> [String] {
        var entries: [String] = []
        var entry = clibedit_history_oldest(history)
        while let e = entry {
            entries.append(String(cString: e))
            entry = clibedit_history_newer(history)
        }
        return entries
    }

    // MARK: Completion

    /// Tab: insert what all candidates share; list them when that adds nothing.
    private func complete() -> UInt8 {
        guard let completer, let info = el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
        let length = info.cursor - info.buffer
        let before = info.buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        let completion = completer(before)
        let typed = String(before.suffix(completion.replacing))
        guard let first = completion.candidates.first else { return UInt8(CC_REFRESH_BEEP) }
        var common = first
        for candidate in completion.candidates.dropFirst() {
            common = Self.commonPrefix(common, candidate)
        }
        if completion.candidates.count == 1 && completion.appendSpace { common += " " }
        if common.count > typed.count || (common.count == typed.count && common != typed && !common.isEmpty) {
            el_deletestr(editLine, Int32(typed.count))
            el_insertstr(editLine, common)
            return UInt8(CC_REFRESH)
        }
        print("\n" + Self.columns(completion.candidates.sorted()), terminator: "")
        return UInt8(CC_REDISPLAY)
    }

    /// The longest prefix two words share, ignoring case (kept as `a` spells it).
    private static func commonPrefix(_ a: String, _ b: String) -> String {
        var out = ""
        for (x, y) in zip(a, b) {
            guard x.lowercased() == y.lowercased() else { break }
            out.append(x)
        }
        return out
    }

    /// Candidates in columns across an 80-column screen.
    private static func columns(_ words: [String]) -> String {
        let width = (words.map(\.count).max() ?? 0) + 2
        let perLine = max(1, 80 / width)
        var out = ""
        for (i, word) in words.enumerated() {
            out += word
            out += (i % perLine == perLine - 1 || i == words.count - 1) ? "\n" : String(repeating: " ", count: width - word.count)
        }
        return out
    }
}
