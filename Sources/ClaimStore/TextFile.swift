#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole text files, with errors that name the file and say what went wrong.
public enum TextFile {
    /// - Parameter lenient: decode invalid UTF-8 as U+FFFD instead of failing (for
    ///   query scripts, whose lexer then points at the bad bytes).
    /// - Parameter limit: the most bytes read; past it the file is refused (so
    ///   /dev/zero ends in an error, not in all of memory).
    /// - Parameter regularOnly: articles and claims files must be regular files (not a
    ///   device, a pipe or a folder); a script may come from a pipe.
    public static func contents(of path: String, lenient: Bool = false, limit: Int? = nil,
                                regularOnly: Bool = true, kind: Kind = .article) throws(LoadError) -> String {
        guard let text = try contentsIfPresent(of: path, lenient: lenient, limit: limit, regularOnly: regularOnly, kind: kind) else {
            throw LoadError(file: path, message: "no such file")
        }
        return text
    }

    /// nil when the file does not exist; other failures (a folder, no permission,
    /// not UTF-8) are errors.
    public static func contentsIfPresent(of path: String, lenient: Bool = false, limit: Int? = nil,
                                         regularOnly: Bool = true, kind: Kind = .article) throws(LoadError) -> String? {
        let regularOnly = regularOnly && limit != nil
        // Non-blocking, so that opening a FIFO with no writer does not wait for one.
        let fd = open(path, O_RDONLY | O_CLOEXEC | (regularOnly ? O_NONBLOCK : 0))
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw LoadError(file: path, message: "cannot open: \(reason(code))")
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var status = stat()
        let known = fstat(fd, &status) == 0
        if regularOnly, let limit {
            guard known, (status.st_mode & S_IFMT) == S_IFREG else {
                throw LoadError(file: path, message: "is not a regular file (a device, pipe or folder cannot be \(kind.rawValue))")
            }
            guard Int(status.st_size) <= limit else { throw tooLarge(path, limit, kind) }
            _ = fcntl(fd, F_SETFL, 0)   // blocking again, for reading
        }
        if regularOnly, !lenient, status.st_size > 0 {
            return try readRegular(fd, size: Int(status.st_size), path: path)
        }
        // No regrowing; but never more than the limit (a 100 GB file given as a script).
        if known, status.st_size > 0 { bytes.reserveCapacity(min(Int(status.st_size), (limit ?? Int.max - 1) + 1)) }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw LoadError(file: path, message: "cannot read: \(reason(errno))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
            if let limit, bytes.count > limit { throw tooLarge(path, limit, kind) }   // it grew while read
        }
        if lenient { return String(decoding: bytes, as: UTF8.self) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LoadError(file: path, message: "is not UTF-8 text")
        }
        return text
    }

    /// A regular file of known size, read straight into the String's storage: a claims
    /// file of 300 MB is then in memory once, not twice.
    private static func readRegular(_ fd: Int32, size: Int, path: String) throws(LoadError) -> String {
        var (failure, invalid): (Int32, Bool) = (0, false)
        let text = String(unsafeUninitializedCapacity: size) { buffer in
            var filled = 0
            while filled < size {
                let n = read(fd, buffer.baseAddress! + filled, size - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return 0
                }
                if n == 0 { break }   // it shrank while read: what is there
                filled += n
            }
            invalid = !UTF8Check.isValid(UnsafeBufferPointer(rebasing: buffer[..<filled]))
            return invalid ? 0 : filled
        }
        if failure != 0 { throw LoadError(file: path, message: "cannot read: \(reason(failure))") }
        if invalid { throw LoadError(file: path, message: "is not UTF-8 text") }
        return text
    }

    /// A regular file of at most `limit` bytes, mapped into memory read-only (a claims
    /// file of 300 MB is then neither copied nor zeroed first); nil when it does not exist.
    /// A file that another program cuts short while it is read stops the process (SIGBUS),
    /// as it would sqlite3's memory-mapped reads; claims files are not written while loaded.
    public static func mapIfPresent(of path: String, limit: Int, kind: Kind) throws(LoadError) -> MappedFile? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw LoadError(file: path, message: "cannot open: \(reason(code))")
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw LoadError(file: path, message: "is not a regular file (a device, pipe or folder cannot be \(kind.rawValue))")
        }
        let size = Int(status.st_size)
        guard size <= limit else { throw tooLarge(path, limit, kind) }
        guard size > 0 else { return MappedFile(base: nil, count: 0) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw LoadError(file: path, message: "cannot read: \(reason(errno))")
        }
        return MappedFile(base: base, count: size)
    }

    /// The file's size in bytes (0 when it cannot be read), for progress.
    public static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names in a folder (not "." or "..").
    public static func entries(of path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func tooLarge(_ path: String, _ limit: Int, _ kind: Kind) -> LoadError {
        LoadError(file: path, message: "is larger than \(limit) bytes, the most \(kind.rawValue) may have" + (kind == .script ? "" : " (--max-article-bytes)"))
    }

    /// What a file is, for the message that refuses one too large.
    public enum Kind: String, Sendable {
        case article = "an article", claims = "a claims file", script = "a script"
    }

    /// The most a query script may hold (`-f`, `.read`): far past any script a person writes.
    public static let scriptLimit = 64 << 20

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}

/// A file mapped into memory by `TextFile.mapIfPresent`, unmapped when released.
public final class MappedFile {
    private let base: UnsafeMutableRawPointer?
    public let count: Int

    init(base: UnsafeMutableRawPointer?, count: Int) {
        self.base = base
        self.count = count
    }

    deinit {
        if let base { munmap(base, count) }
    }

    /// The bytes, for as long as `body` runs.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws(LoadError) -> R) throws(LoadError) -> R {
        try withExtendedLifetime(self) { () throws(LoadError) -> R in try body(bytes) }
    }

    /// The bytes: valid while this object lives.
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base?.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// How much of the start has been given back (`release(before:)`).
    private var released = 0

    /// Gives back the memory of the pages before `offset`, for a reader that has gone
    /// past them (a dataset checks an article's quotes in order): they stay mapped and
    /// are read from the file again if touched. Done in steps of 8 MB.
    func release(before offset: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = (min(offset, count) / page) * page
        guard let base, page > 0, end - released >= 8 << 20 else { return }
        _ = madvise(base + released, end - released, MADV_DONTNEED)
        released = end
    }
}
