#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole text files, with errors that name the file and say what went wrong.
public enum TextFile {
    /// - Parameter lenient: decode invalid UTF-8 as U+FFFD instead of failing (for
    ///   query scripts, whose lexer then points at the bad bytes).
    /// - Parameter limit: for articles: the file must be a regular file of at most
    ///   this many bytes (not a device like /dev/zero, a pipe or a folder).
    public static func contents(of path: String, lenient: Bool = false, limit: Int? = nil) throws(LoadError) -> String {
        guard let text = try contentsIfPresent(of: path, lenient: lenient, limit: limit) else {
            throw LoadError(file: path, message: "no such file")
        }
        return text
    }

    /// nil when the file does not exist; other failures (a folder, no permission,
    /// not UTF-8) are errors.
    public static func contentsIfPresent(of path: String, lenient: Bool = false, limit: Int? = nil) throws(LoadError) -> String? {
        // Non-blocking, so that opening a FIFO with no writer does not wait for one.
        let fd = open(path, O_RDONLY | O_CLOEXEC | (limit == nil ? 0 : O_NONBLOCK))
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw LoadError(file: path, message: "cannot open: \(reason(code))")
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var status = stat()
        let known = fstat(fd, &status) == 0
        if let limit {
            guard known, (status.st_mode & S_IFMT) == S_IFREG else {
                throw LoadError(file: path, message: "is not a regular file (a device, pipe or folder cannot be an article)")
            }
            guard Int(status.st_size) <= limit else { throw tooLarge(path, limit) }
            _ = fcntl(fd, F_SETFL, 0)   // blocking again, for reading
        }
        if known, status.st_size > 0 { bytes.reserveCapacity(Int(status.st_size)) }   // no regrowing
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw LoadError(file: path, message: "cannot read: \(reason(errno))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
            if let limit, bytes.count > limit { throw tooLarge(path, limit) }   // it grew while read
        }
        if lenient { return String(decoding: bytes, as: UTF8.self) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LoadError(file: path, message: "is not UTF-8 text")
        }
        return text
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

    private static func tooLarge(_ path: String, _ limit: Int) -> LoadError {
        LoadError(file: path, message: "is larger than \(limit) bytes, the most an article may have (--max-article-bytes)")
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
