#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor in large blocks (piped scripts are mostly
/// short lines, and one read call per line would cost more than the query).
/// Lines come without their "\n" or "\r\n", the first without a byte-order mark;
/// invalid UTF-8 becomes U+FFFD, which the lexer then reports where it stands.
final class LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next newline resumes (bytes before it have none).
    private var scanned = 0
    private var atEnd = false
    /// Whether a byte-order mark may still come (only before the first line).
    private var atStart = true
    /// The longest line read: past it reading stops with `failure` set (a stream with
    /// no line breaks, /dev/zero, would otherwise fill memory).
    static let maxLineBytes = 16 << 20
    private(set) var failure: String?
    private var lineNumber = 0

    init(fd: Int32) {
        self.fd = fd
    }

    func next() -> String? {
        if atStart {
            atStart = false
            while buffer.count < 3 && !atEnd { fill() }
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }   // a UTF-8 byte-order mark
        }
        while true {
            if let newline = buffer[max(start, scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                scanned = start
                lineNumber += 1
                return line
            }
            scanned = buffer.count
            if buffer.count - start > Self.maxLineBytes {
                failure = "line \(lineNumber + 1) is longer than \(Self.maxLineBytes) bytes; claimq stopped reading"
                return nil
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return line
            }
            fill()
        }
    }

    /// Drops what was consumed and reads the next block.
    private func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        let count = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: 1 << 16))
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, 1 << 16) }
        } while n < 0 && errno == EINTR
        buffer.removeLast((1 << 16) - max(n, 0))
        if n <= 0 { atEnd = true }
    }
}
