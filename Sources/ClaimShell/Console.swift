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
    /// Writes out everything still buffered (before the program ends); says on
    /// stderr if some result could not be written. False when results were lost.
    @discardableResult func finish() -> Bool
    /// The first failed write of results not yet reported ("cannot write to stdout:
    /// no space left on device"); asking reports it, so it is returned once.
    func takeWriteFailure() -> String?
    /// The reader of the results went away (`| head -1`): nothing more can be shown.
    var readerGone: Bool { get }
    /// Sends results to a file (created or emptied), or back to stdout with nil.
    /// Returns a description of the problem when the file cannot be opened.
    func redirect(to path: String?) -> String?
    /// The width of the terminal results go to, asked anew each time (the window may
    /// have been resized); nil for pipes and files, which get whole tables.
    var outputColumns: Int? { get }
}

extension Console {
    public var outputColumns: Int? { nil }
    public func takeWriteFailure() -> String? { nil }
    public var readerGone: Bool { false }

    public func out(utf8 bytes: [UInt8]) {
        out(String(decoding: bytes, as: UTF8.self))
    }
}

/// The process's stdout and stderr, like C's stdio: to a terminal, results are
/// written after each statement and a diagnostic first flushes them, so the two
/// streams stay in order on screen; to pipes and files both are buffered and
/// written in large pieces, which is what makes piping thousands of queries cheap.
/// Every write is checked: one that fails is reported once, naming stdout or the
/// file, and the program exits 1. A reader that went away (`claimq … | head -1`)
/// is no error: results are dropped quietly and the session stops.
public final class StandardConsole: Console {
    private var output: [UInt8] = []
    /// Where results go: 1, or a file opened by `.output`, and its name for messages.
    private var outputFD: Int32 = 1
    private var outputName = "stdout"
    /// The first failed write, and whether it has been reported yet.
    private var failure: String?
    private var failureReported = false
    /// Whether writes to `outputFD` have failed (what is written after is dropped).
    private var outputBroken = false
    public private(set) var readerGone = false
    private var errors: [UInt8] = []
    private let outputIsTerminal: Bool
    private let errorsAreTerminal: Bool
    private static let limit = 1 << 16

    public init() {
        signal(SIGPIPE, SIG_IGN)   // a closed pipe is an EPIPE error to handle, not a death
        outputIsTerminal = isatty(1) == 1
        errorsAreTerminal = isatty(2) == 1
        output.reserveCapacity(Self.limit)
    }

    public func out(utf8 bytes: [UInt8]) {
        output.append(contentsOf: bytes)
        if output.count >= Self.limit { drainOutput() }
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
        if output.count >= Self.limit { drainOutput() }
    }

    public func err(_ text: String) {
        if outputIsTerminal || errorsAreTerminal { drainOutput() }
        errors.append(contentsOf: text.utf8)
        if errorsAreTerminal || errors.count >= Self.limit { drainErrors() }
    }

    public func flush() {
        if outputIsTerminal { drainOutput() }
        if errorsAreTerminal { drainErrors() }
    }

    @discardableResult public func finish() -> Bool {
        drainOutput()
        if let message = takeWriteFailure() { errors.append(contentsOf: "claimq: error: \(message)\n".utf8) }
        drainErrors()
        if outputFD != 1, close(outputFD) != 0, failure == nil {   // NFS and quotas report late
            failure = "cannot write to \(outputName): \(Self.reason(errno))"
        }
        outputFD = 1
        return failure == nil
    }

    public func takeWriteFailure() -> String? {
        guard let failure, !failureReported else { return nil }
        failureReported = true
        return failure
    }

    public func redirect(to path: String?) -> String? {
        drainOutput()
        var fd: Int32 = 1
        if let path {
            // Non-blocking, so a FIFO no one reads is an error now, not a wait for ever.
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NONBLOCK, 0o644)
            if fd < 0 { return "cannot write \(path): \(Self.reason(errno))" }
            _ = fcntl(fd, F_SETFL, 0)
        }
        if outputFD != 1, close(outputFD) != 0, failure == nil {
            failure = "cannot write to \(outputName): \(Self.reason(errno))"
        }
        outputFD = fd
        outputName = path ?? "stdout"
        outputBroken = false
        return nil
    }

    private func drainOutput() {
        defer { output.removeAll(keepingCapacity: true) }
        guard !output.isEmpty, !outputBroken else { return }
        guard let code = Self.writeAll(outputFD, output) else { return }
        outputBroken = true
        if code == EPIPE && outputFD == 1 {
            readerGone = true
        } else if failure == nil {
            failure = "cannot write to \(outputName): \(Self.reason(code))"
            failureReported = false
        }
    }

    /// Diagnostics that cannot be written have nowhere else to go.
    private func drainErrors() {
        if !errors.isEmpty { _ = Self.writeAll(2, errors) }
        errors.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes`; the errno of a write that failed, else nil.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
