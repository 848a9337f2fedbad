import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// claimq on a pseudo-terminal of its own (a new session, the terminal its
/// controlling tty), so libedit edits and ^C is a real key. `expect` consumes the
/// output it matched, so a later expect only sees what came after.
public final class PseudoTerminal {
    private let master: Int32
    public let pid: pid_t
    public private(set) var transcript: [UInt8] = []
    private var consumed = 0
    public let home: String

    public init(arguments: [String] = [], home: String = Claimq.temporaryFolder(), environment: [String: String] = [:],
         columns: UInt16 = 100) {
        var master: Int32 = 0, slave: Int32 = 0
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        precondition(openpty(&master, &slave, nil, nil, &size) == 0, "openpty failed")
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        let slavePath = String(cString: ttyname(slave))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        let setsid: Int32 = 0x80   // POSIX_SPAWN_SETSID, which Swift does not import
        posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        self.home = home
        pid = Claimq.spawn(arguments, Claimq.environment(home: home, extra: environment), &actions, attributes: &attributes)
        close(slave)
        self.master = master
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// Changes the terminal's size, as a window resize does (the child gets SIGWINCH).
    public func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Types `text` once libedit is reading: keys typed while the terminal is still in
    /// cooked mode (between two reads) would meet the kernel's line discipline instead,
    /// where ^C is a signal and ^D an end of file. The pseudo-terminal's settings are
    /// shared by both ends, so the master sees when the child turns ICANON off.
    public func send(_ text: String, timeout: Double = 10) {
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while Date() < deadline, tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 {
            _ = pump(until: Date().addingTimeInterval(0.005))
        }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Presses Ctrl-C while a statement runs: waits until libedit has handed the
    /// terminal back in cooked mode (ICANON on), where the kernel turns ^C into SIGINT.
    public func interrupt(timeout: Double = 10) {
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while Date() < deadline, tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 {
            _ = pump(until: Date().addingTimeInterval(0.005))
        }
        var key: UInt8 = 3
        _ = write(master, &key, 1)
    }

    /// Waits until `text` appears in output not yet consumed; consumes through it.
    @discardableResult
    public func expect(_ text: String, timeout: Double = 10) -> Bool {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = find(needle) {
                consumed = end
                return true
            }
            if Date() >= deadline || !pump(until: deadline) { return find(needle).map { consumed = $0; return true } ?? false }
        }
    }

    /// Waits until the cursor's line reads `line` (see `screenLine`).
    public func expectScreenLine(_ line: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while screenLine != line {
            guard Date() < deadline, pump(until: deadline) else { return screenLine == line }
        }
        return true
    }

    /// Exit status once the child ends (nil if it did not end in time).
    public func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            _ = pump(until: Date().addingTimeInterval(0.02))
            if waitpid(pid, &status, WNOHANG) == pid {
                return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            }
        }
        return nil
    }

    public var output: String { String(decoding: transcript, as: UTF8.self) }

    /// The line the cursor is on, as a person would see it: the transcript replayed
    /// through a small terminal model (CR, LF, BS, and the cursor and erase escapes
    /// libedit uses to redraw a line).
    public var screenLine: String { screen.line }

    /// Waits until the cursor stands at `column` (0-based) of its line.
    public func expectCursor(at column: Int, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while screen.column != column {
            guard Date() < deadline, pump(until: deadline) else { return screen.column == column }
        }
        return true
    }

    /// The cursor's line and column, replayed from the transcript.
    private var screen: (line: String, column: Int) {
        var line: [Character] = []
        var column = 0
        var escape: [Character]?
        for c in String(decoding: transcript, as: UTF8.self) {
            if var sequence = escape {
                sequence.append(c)
                escape = sequence
                guard c.isLetter, sequence.count > 1 else { continue }
                let n = Int(String(sequence.dropFirst().dropLast())) ?? 1
                switch c {
                case "G": column = max(0, (Int(String(sequence.dropFirst().dropLast())) ?? 1) - 1)
                case "C": column += n
                case "D": column = max(0, column - n)
                case "K": if column < line.count { line.removeSubrange(column...) }
                default: break
                }
                escape = nil
                continue
            }
            switch c {
            case "\u{1B}": escape = []
            case "\r": column = 0
            case "\n", "\r\n": line = []; column = 0
            case "\u{8}": column = max(0, column - 1)
            case "\u{7}": break
            default:
                while line.count < column { line.append(" ") }
                if column < line.count { line[column] = c } else { line.append(c) }
                column += 1
            }
        }
        return (String(line), column)
    }

    /// Reads what is available; false once the terminal is closed or time is up.
    private func pump(until deadline: Date) -> Bool {
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ms = Int32(max(0, min(50, deadline.timeIntervalSinceNow * 1000)))
        guard poll(&p, 1, ms) > 0 else { return Date() < deadline }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(master, &buffer, buffer.count)
        guard n > 0 else { return false }
        transcript += buffer[0..<n]
        return true
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard needle.count <= transcript.count - consumed else { return nil }
        var i = consumed
        while i + needle.count <= transcript.count {
            if transcript[i..<(i + needle.count)].elementsEqual(needle) { return i + needle.count }
            i += 1
        }
        return nil
    }
}
