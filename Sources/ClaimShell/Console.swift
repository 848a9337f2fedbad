#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a session's results (out) and diagnostics (err) go.
public protocol Console: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
    /// Makes everything written so far visible (after each statement at a prompt).
    func flush()
}

/// The process's stdout and stderr. Results are buffered and written in large
/// pieces; a diagnostic first flushes them, so both streams stay in order on a
/// terminal. A reader that went away (`claimq … | head -1`) ends the program quietly.
public final class StandardConsole: Console {
    private var buffer: [UInt8] = []

    public init() {
        buffer.reserveCapacity(1 << 16)
    }

    public func out(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func err(_ text: String) {
        flush()
        Self.writeAll(2, Array(text.utf8))
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        Self.writeAll(1, buffer)
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
}
