#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a session's results (out) and diagnostics (err) go.
public protocol Console: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
    /// Makes what was written visible to a person watching (after each statement
    /// at a prompt); a console writing to pipes or files may keep buffering.
    func flush()
    /// Writes out everything still buffered (before the program ends).
    func finish()
}

/// The process's stdout and stderr, like C's stdio: to a terminal, results are
/// written after each statement and a diagnostic first flushes them, so the two
/// streams stay in order on screen; to pipes and files both are buffered and
/// written in large pieces, which is what makes piping thousands of queries cheap.
/// A reader that went away (`claimq … | head -1`) ends the program quietly.
public final class StandardConsole: Console {
    private var output: [UInt8] = []
    private var errors: [UInt8] = []
    private let outputIsTerminal: Bool
    private let errorsAreTerminal: Bool
    private static let limit = 1 << 16

    public init() {
        outputIsTerminal = isatty(1) == 1
        errorsAreTerminal = isatty(2) == 1
        output.reserveCapacity(Self.limit)
    }

    public func out(_ text: String) {
        output.append(contentsOf: text.utf8)
        if output.count >= Self.limit { Self.drain(1, &output) }
    }

    public func err(_ text: String) {
        if outputIsTerminal || errorsAreTerminal { Self.drain(1, &output) }
        errors.append(contentsOf: text.utf8)
        if errorsAreTerminal || errors.count >= Self.limit { Self.drain(2, &errors) }
    }

    public func flush() {
        if outputIsTerminal { Self.drain(1, &output) }
        if errorsAreTerminal { Self.drain(2, &errors) }
    }

    public func finish() {
        Self.drain(1, &output)
        Self.drain(2, &errors)
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

/// Both streams into one string, in the order written: for golden tests.
public final class TranscriptConsole: Console {
    public private(set) var text = ""
    public private(set) var errors = ""

    public init() {}

    public func out(_ text: String) { self.text += text }
    public func err(_ text: String) { self.text += text; errors += text }
    public func flush() {}
    public func finish() {}
}
