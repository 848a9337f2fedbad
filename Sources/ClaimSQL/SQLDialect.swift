/// The SQL engines claimq's statements compile for. Each reads one relation,
/// `claims`, with the columns of sql/schema.sql: a PostgreSQL (or Citus) table, or a
/// DuckDB view over a claims dataset (sql/duckdb-view.sql).
public enum SQLDialect: String, Sendable, CaseIterable {
    case postgres, duckdb

    /// A string literal, its single quotes doubled (both engines read backslashes as they are).
    func string(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    /// Whether `text` (lower-cased already) contains `needle` (lower-cased): byte for
    /// byte, as claimq's `contains` compares.
    func contains(_ text: String, _ needle: String) -> String {
        switch self {
        case .postgres: return "strpos(\(text), \(string(needle))) > 0"
        case .duckdb: return "contains(\(text), \(string(needle)))"
        }
    }

    /// Text ordered by its bytes, as claimq orders (PostgreSQL's default collation
    /// follows the locale).
    func bytewise(_ text: String) -> String {
        self == .postgres ? "(\(text)) COLLATE \"C\"" : text
    }

    /// The ids of a group's claims, ascending.
    func ids() -> String {
        switch self {
        case .postgres: return "array_agg(id ORDER BY id)"
        case .duckdb: return "list(id ORDER BY id)"
        }
    }

    /// The id of the claim with the smallest (or largest) value, the first by id on a tie.
    func picked(smallest: Bool) -> String {
        let order = smallest ? "value, id" : "value DESC, id"
        switch self {
        case .postgres: return "(array_agg(id ORDER BY \(order)))[1]"
        case .duckdb: return "first(id ORDER BY \(order))"
        }
    }

    /// A number literal that reads back as the same double.
    func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = "\(value)"
        return self == .postgres ? "\(text)::float8" : "CAST(\(text) AS DOUBLE)"
    }
}
