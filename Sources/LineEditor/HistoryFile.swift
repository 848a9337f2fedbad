import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The history file on disk, in libedit's format (a `_HiStOrY_V2_` line, then one
/// entry a line, encoded as vis(3) does). claimq only ever appends to it, one entry
/// at a time under an exclusive lock, and never rewrites it: sessions sharing the file
/// interleave their entries and lose none, a symbolic link keeps pointing where it
/// did, no temporary file is left behind by a kill, and a large file is never cut
/// (the editor keeps the last 1,000 entries in memory; the file keeps them all). A
/// file that exists but libedit cannot read is someone's data: it is never written.
final class HistoryFile {
    let path: String
    private var writable = true
    static let header = "_HiStOrY_V2_\n"

    init(path: String) {
        self.path = path
    }

    /// Loads the last `keep` entries; returns a warning when the file cannot be used.
    /// Only the file's end is read (libedit's own loader reads it all, a minute for
    /// 140 MB), so a history of years costs no more at start-up than a short one.
    func load(into history: OpaquePointer, keep: Int) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno != ENOENT { return disable("cannot read \(path): \(String(cString: strerror(errno))); history will not be saved") }
            return makeParentDirectory() ? nil : disable("cannot create the folder for \(path)")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return disable("cannot read \(path)") }
        let size = Int(info.st_size)
        if size == 0 { return nil }
        let header = Array(Self.header.utf8)
        guard Self.read(fd, at: 0, count: header.count) == header else {
            return disable("\(path) is not a history file claimq can read; it will be left as it is and history will not be saved")
        }
        let start = max(header.count, size - Self.tailBytes)
        var lines = Self.read(fd, at: start, count: size - start).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if start > header.count { lines.removeFirst() }   // begun mid-line
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines.suffix(keep) {
            clibedit_history_enter(history, String(decoding: Self.decode(line), as: UTF8.self))
        }
        return nil
    }

    /// How much of a history file's end is read: a thousand entries of up to 4 KB.
    static let tailBytes = 4 << 20

    private static func read(_ fd: Int32, at offset: Int, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes[done...].withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        return Array(bytes[..<done])
    }

    /// One line of the file back to its entry: what strunvis(3) decodes of what
    /// libedit and `encode` write (\\, octal \ooo, \^X, \M-x, C-style \n \t \s).
    static func decode<C: Collection<UInt8>>(_ line: C) -> [UInt8] {
        var out: [UInt8] = []
        var rest = Array(line)[...]
        func isOctal(_ b: UInt8?) -> Bool { b.map { (48...55).contains($0) } ?? false }
        while let b = rest.popFirst() {
            guard b == UInt8(ascii: "\\"), let next = rest.first else { out.append(b); continue }
            if isOctal(next) {
                var value = 0
                for _ in 0..<3 where isOctal(rest.first) { value = value * 8 + Int(rest.removeFirst() - 48) }
                out.append(UInt8(truncatingIfNeeded: value))
                continue
            }
            rest.removeFirst()
            switch next {
            case UInt8(ascii: "^"):
                if let c = rest.popFirst() { out.append(c == UInt8(ascii: "?") ? 0x7F : c & 0x1F) }
            case UInt8(ascii: "M"):
                guard let kind = rest.popFirst(), let c = rest.popFirst() else { break }
                out.append(kind == UInt8(ascii: "^") ? (c == UInt8(ascii: "?") ? 0xFF : (c & 0x1F) | 0x80) : c | 0x80)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "s"): out.append(32)
            case UInt8(ascii: "E"): out.append(27)
            default: out.append(next)
            }
        }
        return out
    }

    /// Appends one entry; returns a warning the first time that fails.
    func append(_ entry: String) -> String? {
        guard writable else { return nil }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return disable("cannot write history to \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }   // closing also releases the lock
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { return disable("cannot lock \(path): \(String(cString: strerror(errno)))") }
        }
        var info = stat()
        let empty = fstat(fd, &info) == 0 && info.st_size == 0
        let bytes = Array((empty ? Self.header : "").utf8) + Self.encode(entry) + [UInt8(ascii: "\n")]
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return disable("cannot write history to \(path): \(String(cString: strerror(errno)))") }
            offset += n
        }
        return nil
    }

    /// An entry as one line of the file, the way libedit's reader (strunvis) decodes it:
    /// a backslash doubled, space, tab, line breaks and other control bytes as octal
    /// escapes (libedit writes a space as \040 too), every other byte as it is (UTF-8 stays raw).
    static func encode(_ entry: String) -> [UInt8] {
        var out: [UInt8] = []
        for byte in entry.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out += [byte, byte]
            case 0...32, 127: out += Array(("\\" + String(byte, radix: 8).leftPadded(3)).utf8)
            default: out.append(byte)
            }
        }
        return out
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

private extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
