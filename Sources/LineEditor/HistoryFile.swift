import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The history file on disk. It is only ever replaced whole (written beside it, then
/// renamed over it), and never written when it exists but libedit cannot read it:
/// that file is someone's data, not ours to overwrite.
final class HistoryFile {
    let path: String
    private var writable = true

    init(path: String) {
        self.path = path
    }

    /// Loads entries; returns a warning when the file cannot be used.
    func load(into history: OpaquePointer) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return makeParentDirectory() ? nil : disable("cannot create the folder for \(path)")
        }
        if info.st_size == 0 { return nil }
        if clibedit_history_load(history, path) < 0 {
            return disable("\(path) is not a history file claimq can read; it will be left as it is and history will not be saved")
        }
        return nil
    }

    /// Saves all entries; returns a warning the first time saving fails.
    func save(_ history: OpaquePointer) -> String? {
        guard writable else { return nil }
        let temporary = path + ".tmp"
        if clibedit_history_save(history, temporary) < 0 || rename(temporary, path) != 0 {
            unlink(temporary)
            return disable("cannot write history to \(path): \(String(cString: strerror(errno)))")
        }
        return nil
    }

    private func disable(_ message: String) -> String {
        writable = false
        return message
    }

    /// mkdir -p of the file's folder (for $XDG_STATE_HOME/claimq/history).
    private func makeParentDirectory() -> Bool {
        guard let slash = path.lastIndex(of: "/") else { return true }
        let folder = String(path[..<slash])
        var prefix = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return false }
        }
        return true
    }
}
