import Dispatch
import Logging
import NIOCore
import PostgresNIO

/// A value in a result row, as claimq reads them.
public enum SQLValue: Sendable, Equatable {
    case null, int(Int), double(Double), bool(Bool), text(String), ints([Int])

    var int: Int? { if case .int(let n) = self { n } else { nil } }
    var double: Double? {
        switch self {
        case .double(let d): d
        case .int(let n): Double(n)
        default: nil
        }
    }
    var text: String? { if case .text(let t) = self { t } else { nil } }
}

/// One connection to a PostgreSQL server, through postgres-nio: the only place in
/// claimq that talks to a database. Its calls block until the server answers (the
/// shell runs one statement at a time); every failure is a `DatabaseError` whose text
/// never holds the password.
public final class ClaimDatabase: Sendable {
    public let url: DatabaseURL
    private let connection: PostgresConnection
    /// postgres-nio logs nothing a user of claimq should see.
    private static let logger: Logger = {
        var logger = Logger(label: "claimq.sql", factory: { _ in SwiftLogNoOpLogHandler() })
        logger.logLevel = .critical
        return logger
    }()

    private init(url: DatabaseURL, connection: PostgresConnection) {
        self.url = url
        self.connection = connection
    }

    public static func connect(_ url: DatabaseURL) throws(DatabaseError) -> ClaimDatabase {
        let configuration = url.socketFolder.map {
            PostgresConnection.Configuration(unixSocketPath: $0 + "/.s.PGSQL.\(url.port)", username: url.user,
                                             password: url.password, database: url.database)
        } ?? PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user, password: url.password,
                                              database: url.database, tls: .disable)
        do {
            let connection = try blocking {
                try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Self.logger)
            }
            return ClaimDatabase(url: url, connection: connection)
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
        let connection = self.connection
        do {
            return try blocking {
                var out: [[SQLValue]] = []
                for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger) {
                    out.append(try row.map(Self.value))
                }
                return out
            }
        } catch {
            throw DatabaseError(Self.reason(error))
        }
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
/// the concurrency pool's, so waiting here starves nothing).
private func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let box = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
        done.signal()
    }
    done.wait()
    return try box.get()
}

private final class Outcome<T: Sendable>: @unchecked Sendable {
    private var result: Result<T, any Error>?
    private let lock = DispatchSemaphore(value: 1)
    func set(_ r: Result<T, any Error>) { lock.wait(); result = r; lock.signal() }
    func get() throws -> T { lock.wait(); defer { lock.signal() }; return try result!.get() }
}
