#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a session's results (out) and diagnostics (err) go.
public protocol Console: AnyObject {
    func out(_ text: String)
    /// Results already encoded as UTF-8.
    func out(utf8 bytes: [UInt8])
    func err(_ text: String)
    /// Makes what was written visible to a person watching (after each statement
    /// at a prompt); a console writing to pipes or files may keep buffering.
    func flush()
    /// Writes out everything still buffered (before the program ends).
    func finish()
    /// Sends results to a file (created or emptied), or back to stdout with nil.
    /// Returns a description of the problem when the file cannot be opened.
    func redirect(to path: String?) -> String?
    /// The width of the terminal results go to, asked anew each time (the window may
    /// have been resized); nil for pipes and files, which get whole tables.
    var outputColumns: Int? { get }
}

extension Console {
    public var outputColumns: Int? { nil }

    public func out(utf8 bytes: [UInt8]) {
        out(String(decoding: bytes, as: UTF8.self))
    }
}

/// The process's stdout and stderr, like C's stdio: to a terminal, results are
/// written after each statement and a diagnostic first flushes them, so the two
/// streams stay in order on screen; to pipes and files both are buffered and
/// written in large pieces, which is what makes piping thousands of queries cheap.
/// A reader that went away (`claimq … | head -1`) ends the program quietly.
public final class StandardConsole: Console {
    private var output: [UInt8] = []
    /// Where results go: 1, or a file opened by `.output`.
    private var outputFD: Int32 = 1
    private var errors: [UInt8] = []
    private let outputIsTerminal: Bool
    private let errorsAreTerminal: Bool
    private static let limit = 1 << 16

    public init() {
        outputIsTerminal = isatty(1) == 1
        errorsAreTerminal = isatty(2) == 1
        output.reserveCapacity(Self.limit)
    }

    public func out(utf8 bytes: [UInt8]) {
        output.append(contentsOf: bytes)
        if output.count >= Self.limit { Self.drain(outputFD, &output) }
    }

    public var outputColumns: Int? {
        guard isatty(outputFD) == 1 else { return nil }
        var size = winsize()
        guard ioctl(outputFD, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    public func out(_ text: String) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
        if output.count >= Self.limit { Self.drain(outputFD, &output) }
    }

    public func err(_ text: String) {
        if outputIsTerminal || errorsAreTerminal { Self.drain(outputFD, &output) }
        errors.append(contentsOf: text.utf8)
        if errorsAreTerminal || errors.count >= Self.limit { Self.drain(2, &errors) }
    }

    public func flush() {
        if outputIsTerminal { Self.drain(outputFD, &output) }
        if errorsAreTerminal { Self.drain(2, &errors) }
    }

    public func finish() {
        Self.drain(outputFD, &output)
        Self.drain(2, &errors)
    }

    public func redirect(to path: String?) -> String? {
        Self.drain(outputFD, &output)
        var fd: Int32 = 1
        if let path {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if fd < 0 { return "cannot write \(path): \(String(cString: strerror(errno)).lowercased())" }
        }
        if outputFD != 1 { close(outputFD) }
        outputFD = fd
        return nil
    }

    private static func drain(_ fd: Int32, _ buffer: inout [UInt8]) {
        guard !buffer.isEmpty else { return }
        writeAll(fd, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                return
            }
            offset += n
        }
    }
}
