#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress line on stderr for loading that takes a while, at a terminal only:
///
///     loading [########............] 12.0/30.1 MB  4.1 MB/s  4 s left
///
/// Nothing is drawn in the first half second (most loads end sooner), then at most
/// ten times a second; `finish` wipes the line. Written straight to fd 2: it is
/// redrawn in place and is never part of the results.
final class ProgressBar {
    private let label: String
    private let start = ProgressBar.now()
    /// Seconds before the first drawing: half a second, or $CLAIMQ_PROGRESS_DELAY (tests
    /// set 0, so that a small load draws at once, whatever the machine's speed).
    private let delay = environment("CLAIMQ_PROGRESS_DELAY").flatMap(Double.init) ?? 0.5
    private var lastDraw = 0.0
    private var drawn = false

    /// A bar when stderr is a terminal and progress is wanted, else nil; none either
    /// when results are written while it runs and go to the same terminal.
    static func make(_ label: String, quiet: Bool, writingResults: Bool = false) -> ProgressBar? {
        quiet || isatty(2) != 1 || writingResults && isatty(1) == 1 ? nil : ProgressBar(label)
    }

    private init(_ label: String) {
        self.label = label
    }

    func update(done: Int, total: Int) {
        let t = Self.now()
        guard t - start >= delay, t - lastDraw >= 0.1, total > 0 else { return }
        lastDraw = t
        drawn = true
        let width = 20
        let filled = min(width, width * done / total)
        let rate = Double(done) / (t - start)
        let left = rate > 0 ? Int((Double(total - done) / rate).rounded(.up)) : 0
        let line = "\r\(label) [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + Self.megabytes(done) + "/" + Self.megabytes(total) + " MB  " + Self.megabytes(Int(rate)) + " MB/s  \(left) s left\u{1B}[K"
        Self.write(line)
    }

    /// Wipes the line, once.
    func finish() {
        if drawn { Self.write("\r\u{1B}[K") }
        drawn = false
    }

    /// "12.3": megabytes with one decimal.
    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func write(_ text: String) {
        var text = text
        #if canImport(Glibc)
        text.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
        #elseif canImport(Darwin)
        text.withUTF8 { _ = Darwin.write(2, $0.baseAddress, $0.count) }
        #endif
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
