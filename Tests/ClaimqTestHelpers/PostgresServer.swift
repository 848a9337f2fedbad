import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private PostgreSQL server for one test: a cluster that initdb makes in a fresh
/// folder, listening on a Unix socket in that folder only (no port), stopped and
/// removed by `stop`. As root, the server runs as the `postgres` user (initdb refuses
/// root). Every command has a deadline. A server that cannot start is an error, never
/// a reason to skip.
public final class PostgresServer {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Where the cluster and the socket are.
    public let folder: String
    private let bin: String
    private var running = false

    /// `password`: the `postgres` user's, asked of every client (scram-sha-256); none trusts every local client.
    public init(password: String? = nil) throws {
        guard let bin = Self.binaries() else {
            throw Failure(description: "PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin): run scripts/setup.sh")
        }
        self.bin = bin
        var template = Array("/tmp/claimq-pg-XXXXXX".utf8CString)
        folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        if getuid() == 0 { try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: folder) }
        var auth = ["-A", "trust"]
        if let password {
            try password.write(toFile: folder + "/password", atomically: true, encoding: .utf8)
            if getuid() == 0 { try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: folder + "/password") }
            auth = ["-A", "scram-sha-256", "--pwfile=" + folder + "/password"]
        }
        try server(["initdb", "-D", folder + "/data", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"] + auth)
        try start()
    }

    /// Starts the server (again, after `halt`).
    public func start() throws {
        try server(["pg_ctl", "-D", folder + "/data", "-l", folder + "/log", "-w", "-t", "30", "start",
                    "-o", "-k \(folder) -c listen_addresses='' -c fsync=off"])
        running = true
    }

    /// Stops the server at once, as a crash would, keeping its data for `start`.
    public func halt() throws {
        try server(["pg_ctl", "-D", folder + "/data", "-m", "immediate", "-w", "-t", "30", "stop"])
        running = false
    }

    deinit { stop() }

    /// Runs psql against the server's `postgres` database, reading `input` as a script.
    public func psql(_ arguments: [String], input: String = "", timeout: Double = 120) -> Claimq.Result {
        Claimq.run(["-X", "-h", folder, "-U", "postgres", "-d", "postgres"] + arguments, input: Array(input.utf8),
                   timeout: timeout, executable: bin + "/psql")
    }

    /// Stops the server (at once: its data is thrown away) and removes its folder.
    public func stop() {
        if running {
            running = false
            _ = try? server(["pg_ctl", "-D", folder + "/data", "-m", "immediate", "-w", "-t", "30", "stop"])
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs one of the server's programs, as `postgres` when this process is root.
    private func server(_ command: [String]) throws {
        let program = bin + "/" + command[0]
        let run = getuid() == 0
            ? Claimq.run(["-u", "postgres", "--", program] + command.dropFirst(), timeout: 60, executable: "/usr/sbin/runuser")
            : Claimq.run(Array(command.dropFirst()), timeout: 60, executable: program)
        guard run.status == 0 else {
            let log = (try? String(contentsOfFile: folder + "/log", encoding: .utf8)) ?? ""
            throw Failure(description: "\(command[0]) failed (status \(run.status)): \(run.stderr)\(run.stdout)\(log)")
        }
    }

    /// The newest installed PostgreSQL's programs (Debian keeps them off PATH).
    private static func binaries() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        for version in versions.reversed() where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return "\(root)/\(version)/bin"
        }
        return nil
    }
}

extension PostgresServer {
    /// Waits until a query containing `text` is running on the server (or, with
    /// `running: false`, until none is).
    public func waitForQuery(containing text: String, running: Bool = true, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        let sql = "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND strpos(query, '\(text)') > 0"
        repeat {
            let found = psql(["-A", "-t", "-c", sql], timeout: 10).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            if (found != "0" && !found.isEmpty) == running { return true }
            usleep(100_000)
        } while Date() < deadline
        return false
    }
}
