import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Running the built claimq binary from tests: piped (`run`) or on a pseudo-terminal
/// (`PseudoTerminal`). Every wait has a deadline; a child that outlives it is killed.
public enum Claimq {
    /// The built binary, beside the test bundle.
    public static var path: String {
        let bundle = Bundle.main.bundleURL
        let folder = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        return folder.appendingPathComponent("claimq").path
    }

    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var timedOut: Bool
    }

    /// A fresh folder for one test's files (HOME, history, articles), inside one folder
    /// per test process that is removed when the process exits.
    public static func temporaryFolder() -> String {
        var template = Array((scratchRoot + "/t-XXXXXX").utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    /// This process's scratch folder, made on first use; `atexit` removes it with all it holds.
    public static let scratchRoot: String = {
        var template = Array("/tmp/claimq-test-XXXXXX".utf8CString)
        let root = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        atexit { try? FileManager.default.removeItem(atPath: Claimq.scratchRoot) }
        return root
    }()

    public static func environment(home: String, extra: [String: String] = [:]) -> [String] {
        // NO_COLOR keeps the prompt plain text for tests to match; a colour test clears it.
        var env = ["HOME": home, "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                   "CLAIMQ_HISTORY": home + "/history", "NO_COLOR": "1"]
        for (k, v) in extra { env[k] = v }
        return env.map { "\($0.key)=\($0.value)" }
    }

    /// Runs claimq with `arguments`, feeding `input` on stdin, and collects both outputs.
    /// `executable` runs something else (a shell) with claimq's environment.
    public static func run(_ arguments: [String], input: [UInt8] = [], workingDirectory: String? = nil,
                    environment extra: [String: String] = [:], timeout: Double = 30, executable: String? = nil) -> Result {
        let home = temporaryFolder()
        var fds: [[Int32]] = [[0, 0], [0, 0], [0, 0]]
        for i in 0..<3 {
            _ = fds[i].withUnsafeMutableBufferPointer { pipe($0.baseAddress!) }
            for fd in fds[i] { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0][0], 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1][1], 1)
        posix_spawn_file_actions_adddup2(&actions, fds[2][1], 2)
        // A working directory is set by a shell that then becomes claimq.
        let (executable, argv) = workingDirectory.map {
            ("/bin/sh", ["-c", "cd \"$0\" && exec \"$@\"", $0, path] + arguments)
        } ?? (executable ?? path, arguments)
        let pid = spawn(argv, environment(home: home, extra: extra), &actions, attributes: nil, executable: executable)
        close(fds[0][0]); close(fds[1][1]); close(fds[2][1])
        _ = fcntl(fds[0][1], F_SETFL, O_NONBLOCK)

        var out: [UInt8] = [], err: [UInt8] = []
        var written = 0
        var stdinOpen = true
        if input.isEmpty { close(fds[0][1]); stdinOpen = false }
        var open = [fds[1][0]: true, fds[2][0]: true]
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while open.values.contains(true), Date() < deadline {
            var polls = open.filter(\.value).map { pollfd(fd: $0.key, events: Int16(POLLIN), revents: 0) }
            if stdinOpen { polls.append(pollfd(fd: fds[0][1], events: Int16(POLLOUT), revents: 0)) }
            _ = poll(&polls, nfds_t(polls.count), 50)
            for p in polls where p.revents != 0 {
                if p.fd == fds[0][1] {
                    let n = input[written...].withUnsafeBytes { write(p.fd, $0.baseAddress, min($0.count, 65536)) }
                    if n > 0 { written += n }
                    if n < 0 && errno != EAGAIN || written == input.count { close(p.fd); stdinOpen = false }
                    continue
                }
                let n = read(p.fd, &buffer, buffer.count)
                if n <= 0 { open[p.fd] = false; continue }
                if p.fd == fds[1][0] { out += buffer[0..<n] } else { err += buffer[0..<n] }
            }
        }
        if stdinOpen { close(fds[0][1]) }
        close(fds[1][0]); close(fds[2][0])
        let (status, timedOut) = reap(pid, until: deadline)
        return Result(status: status, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self), timedOut: timedOut)
    }

    public static func spawn(_ arguments: [String], _ environment: [String], _ actions: inout posix_spawn_file_actions_t,
                      attributes: UnsafePointer<posix_spawnattr_t>?, executable: String = path) -> pid_t {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, attributes, argv, envp)
        precondition(rc == 0, "posix_spawn failed: \(rc)")
        return pid
    }

    /// Waits for `pid` until the deadline, then kills it. Returns the exit status
    /// (128 + signal for a signalled child) and whether it had to be killed.
    static func reap(_ pid: pid_t, until deadline: Date) -> (Int32, Bool) {
        var status: Int32 = 0
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { return (decode(status), false) }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return (-1, true)
    }

    private static func decode(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
