/// Where a PostgreSQL database is, written as libpq writes it:
/// `postgresql://USER[:PASSWORD]@[HOST][:PORT]/DATABASE[?host=/SOCKET/FOLDER]`
/// (`postgres://` too). A host that starts with "/" in the query is the folder of a
/// Unix socket. Shown anywhere, the password is masked.
public struct DatabaseURL: Sendable, CustomStringConvertible {
    public let user: String
    public let password: String?
    public let host: String
    public let port: Int
    public let database: String
    /// The folder holding the server's socket, when it is reached that way.
    public let socketFolder: String?

    public init(_ text: String) throws(DatabaseError) {
        func refuse(_ why: String) -> DatabaseError { DatabaseError("\(why) in database URL \(Self.masked(text)) (write postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE)") }
        var rest = Substring(text)
        guard let scheme = ["postgresql://", "postgres://"].first(where: { rest.hasPrefix($0) }) else { throw refuse("no postgresql:// scheme") }
        rest = rest.dropFirst(scheme.count)
        var query: Substring = ""
        if let q = rest.firstIndex(of: "?") { (rest, query) = (rest[..<q], rest[rest.index(after: q)...]) }
        guard let slash = rest.firstIndex(of: "/") else { throw refuse("no database") }
        let database = String(rest[rest.index(after: slash)...]).removingPercentEncoding()
        var authority = rest[..<slash]
        var user = "postgres", password: String?
        if let at = authority.lastIndex(of: "@") {
            let credentials = authority[..<at]
            authority = authority[authority.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                user = String(credentials[..<colon]).removingPercentEncoding()
                password = String(credentials[credentials.index(after: colon)...]).removingPercentEncoding()
            } else {
                user = String(credentials).removingPercentEncoding()
            }
        }
        var host = authority.isEmpty ? "localhost" : String(authority), port = 5432
        if let colon = authority.lastIndex(of: ":") {
            guard let p = Int(authority[authority.index(after: colon)...]), (1...65535).contains(p) else { throw refuse("a bad port") }
            (host, port) = (String(authority[..<colon]), p)
        }
        var socket: String?
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding() }
            guard parts.count == 2 else { throw refuse("a bad parameter '\(pair)'") }
            switch parts[0] {
            case "host" where parts[1].hasPrefix("/"): socket = parts[1]
            case "host": host = parts[1]
            case "port": guard let p = Int(parts[1]) else { throw refuse("a bad port") }; port = p
            case "user": user = parts[1]
            case "password": password = parts[1]
            default: throw refuse("an unknown parameter '\(parts[0])'")
            }
        }
        guard !database.isEmpty else { throw refuse("no database") }
        (self.user, self.password, self.host, self.port, self.database, socketFolder) = (user, password, host, port, database, socket)
    }

    /// The URL with its password masked.
    public var description: String {
        let credentials = user + (password == nil ? "" : ":****")
        let place = socketFolder.map { "?host=\($0)" } ?? ""
        return "postgresql://\(credentials)@\(socketFolder == nil ? "\(host):\(port)" : "")/\(database)\(place)"
    }

    /// `text` with whatever stands between "://USER:" and "@" masked, for messages about
    /// a URL that did not parse.
    static func masked(_ text: String) -> String {
        let chars = Array(text)
        guard let scheme = (0..<max(0, chars.count - 2)).first(where: { chars[$0] == ":" && chars[$0 + 1] == "/" && chars[$0 + 2] == "/" }),
              let at = chars.lastIndex(of: "@"), at > scheme + 3,
              let colon = chars[(scheme + 3)..<at].firstIndex(of: ":") else { return text }
        return String(chars[...colon]) + "****" + String(chars[at...])
    }
}

public struct DatabaseError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

private extension String {
    /// "%40" → "@".
    func removingPercentEncoding() -> String {
        var bytes: [UInt8] = []
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == UInt8(ascii: "%"), let h = utf8.index(i, offsetBy: 2, limitedBy: utf8.endIndex), h < utf8.endIndex,
               let v = UInt8(String(decoding: utf8[utf8.index(after: i)...h], as: UTF8.self), radix: 16) {
                bytes.append(v)
                i = utf8.index(after: h)
            } else {
                bytes.append(b)
                i = utf8.index(after: i)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
