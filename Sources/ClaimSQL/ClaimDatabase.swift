import ClaimStore
import Dispatch
import Logging
import NIOCore
import PostgresNIO

/// A value in a result row, as claimq reads them.
public enum SQLValue: Sendable, Hashable {
    case null, int(Int), double(Double), bool(Bool), text(String), ints([Int])

    public var int: Int? { if case .int(let n) = self { n } else { nil } }
    public var double: Double? {
        switch self {
        case .double(let d): d
        case .int(let n): Double(n)
        default: nil
        }
    }
    public var text: String? { if case .text(let t) = self { t } else { nil } }
}

/// One connection to a PostgreSQL server, through postgres-nio: the only place in
/// claimq that talks to a database. Its calls block until the server answers (the
/// shell runs one statement at a time, so only one thread uses it); every failure is a
/// `DatabaseError` whose text never holds the password. A connection the server
/// dropped is made again by the next call. Ctrl-C (Interruption) while a query runs
/// asks the server to cancel it, over a second connection, as psql does.
public final class ClaimDatabase: @unchecked Sendable {
    public let url: DatabaseURL
    private let configuration: PostgresConnection.Configuration
    private var connection: PostgresConnection
    /// The server process serving `connection`, which a cancel request names.
    private var backend: Int?
    /// postgres-nio logs nothing a user of claimq should see.
    private static let logger: Logger = {
        var logger = Logger(label: "claimq.sql", factory: { _ in SwiftLogNoOpLogHandler() })
        logger.logLevel = .critical
        return logger
    }()

    private init(url: DatabaseURL, configuration: PostgresConnection.Configuration, connection: PostgresConnection) {
        self.url = url
        self.configuration = configuration
        self.connection = connection
    }

    public static func connect(_ url: DatabaseURL) throws(DatabaseError) -> ClaimDatabase {
        let configuration = url.socketFolder.map {
            PostgresConnection.Configuration(unixSocketPath: $0 + "/.s.PGSQL.\(url.port)", username: url.user,
                                             password: url.password, database: url.database)
        } ?? PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user, password: url.password,
                                              database: url.database, tls: .disable)
        let database = ClaimDatabase(url: url, configuration: configuration, connection: try open(url, configuration))
        database.findBackend()
        return database
    }

    private static func open(_ url: DatabaseURL, _ configuration: PostgresConnection.Configuration,
                             id: Int = 1) throws(DatabaseError) -> PostgresConnection {
        do {
            return try blocking { try await PostgresConnection.connect(configuration: configuration, id: id, logger: Self.logger) }
        } catch {
            throw DatabaseError("cannot connect to \(url): \(Self.reason(error))")
        }
    }

    /// Runs one statement and drops what it returns.
    public func execute(_ sql: String) throws(DatabaseError) {
        _ = try rows(sql)
    }

    /// Runs one query and returns its rows, each cell read by its type.
    public func rows(_ sql: String) throws(DatabaseError) -> [[SQLValue]] {
        if connection.isClosed {   // the server went away after the last call: try once more
            connection = try Self.open(url, configuration)
            findBackend()
        }
        let connection = self.connection
        do {
            return try blocking(onInterrupt: cancel) {
                var out: [[SQLValue]] = []
                for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger) {
                    out.append(try row.map(Self.value))
                }
                return out
            }
        } catch {
            guard connection.isClosed else { throw DatabaseError(Self.reason(error)) }
            throw DatabaseError("the connection to \(url) was lost (\(Self.reason(error))); the next statement connects again")
        }
    }

    /// Asks the server which process serves the connection (nil if it will not say:
    /// then Ctrl-C cannot cancel on the server, and a query runs to its end).
    private func findBackend() {
        backend = (try? rows("SELECT pg_backend_pid()"))?.first?.first?.int
    }

    /// Asks the server to stop the query running on `connection` (pg_cancel_backend,
    /// from a connection of its own); the query then fails with the server's reason.
    private func cancel() {
        guard let backend, let other = try? Self.open(url, configuration, id: 2) else { return }
        _ = try? blocking { _ = try await other.query(PostgresQuery(unsafeSQL: "SELECT pg_cancel_backend(\(backend))"), logger: Self.logger) }
        _ = try? blocking { try await other.close() }
    }

    /// Streams `text` (COPY's text format) into `table`'s `columns`.
    public func copy(into table: String, columns: [String], text: [UInt8]) throws(DatabaseError) {
        let connection = self.connection
        do {
            try blocking {
                try await connection.copyFrom(table: table, columns: columns, logger: Self.logger) { writer in
                    var start = 0
                    while start < text.count {   // in pieces of 1 MiB
                        let end = min(text.count, start + (1 << 20))
                        try await writer.write(ByteBuffer(bytes: text[start..<end]))
                        start = end
                    }
                }
            }
        } catch {
            throw DatabaseError(Self.reason(error))
        }
    }

    public func close() {
        let connection = self.connection
        _ = try? blocking { try await connection.close() }
    }

    private static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .int(try cell.decode(Int.self))
        case .float4, .float8: return .double(try cell.decode(Double.self))
        case .numeric: return .double(Double(try cell.decode(String.self)) ?? .nan)
        case .bool: return .bool(try cell.decode(Bool.self))
        case .int2Array, .int4Array, .int8Array: return .ints(try cell.decode([Int].self))
        default: return .text(try cell.decode(String.self))
        }
    }

    /// What went wrong, in the server's words when it sent any.
    private static func reason(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            if let underlying = psql.underlying { return "\(underlying)" }
            return "\(psql.code)"
        }
        return "\(error)"
    }
}

/// Runs async work to its end from synchronous code (the shell's thread is not one of
/// the concurrency pool's, so waiting here starves nothing). While it waits, a Ctrl-C
/// (Interruption) calls `onInterrupt` once; the work still runs to its end.
private func blocking<T: Sendable>(onInterrupt: (() -> Void)? = nil, _ work: @escaping @Sendable () async throws -> T) throws -> T {
    let box = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
        done.signal()
    }
    if let onInterrupt {
        var asked = false
        while done.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if !asked, Interruption.requested {
                asked = true
                onInterrupt()
            }
        }
    } else {
        done.wait()
    }
    return try box.get()
}

private final class Outcome<T: Sendable>: @unchecked Sendable {
    private var result: Result<T, any Error>?
    private let lock = DispatchSemaphore(value: 1)
    func set(_ r: Result<T, any Error>) { lock.wait(); result = r; lock.signal() }
    func get() throws -> T { lock.wait(); defer { lock.signal() }; return try result!.get() }
}
