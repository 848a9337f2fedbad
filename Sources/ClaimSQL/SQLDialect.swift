/// The SQL engines claimq's statements compile for. Each reads one relation,
/// `claims`, with the columns of sql/schema.sql: a PostgreSQL (or Citus) table, or a
/// view over a claims dataset (sql/duckdb-view.sql, sql/spark-view.sql).
public enum SQLDialect: String, Sendable, CaseIterable {
    case postgres, duckdb, spark

    /// A string literal: PostgreSQL and DuckDB double single quotes and read
    /// backslashes as they are; Spark SQL reads backslash escapes.
    func string(_ text: String) -> String {
        guard self == .spark else {
            return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
        }
        var out = "'"
        for c in text.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "'"
    }

    /// Whether `text` (lower-cased already) contains `needle` (lower-cased): byte for
    /// byte, as claimq's `contains` compares.
    func contains(_ text: String, _ needle: String) -> String {
        switch self {
        case .postgres: return "strpos(\(text), \(string(needle))) > 0"
        case .duckdb: return "contains(\(text), \(string(needle)))"
        case .spark: return "instr(\(text), \(string(needle))) > 0"
        }
    }

    /// Text ordered by its bytes, as claimq orders (PostgreSQL's default collation
    /// follows the locale; DuckDB and Spark compare bytes already).
    func bytewise(_ text: String) -> String {
        self == .postgres ? "(\(text)) COLLATE \"C\"" : text
    }

    /// The ids of a group's claims, ascending.
    func ids() -> String {
        switch self {
        case .postgres: return "array_agg(id ORDER BY id)"
        case .duckdb: return "list(id ORDER BY id)"
        case .spark: return "CASE WHEN count(*) > 0 THEN array_sort(collect_list(id)) END"   // NULL for none, as the others
        }
    }

    /// The id of the claim with the smallest (or largest) value, the first by id on a tie.
    func picked(smallest: Bool) -> String {
        let order = smallest ? "value, id" : "value DESC, id"
        switch self {
        case .postgres: return "(array_agg(id ORDER BY \(order)))[1]"
        case .duckdb: return "first(id ORDER BY \(order))"
        case .spark: return smallest ? "min_by(id, struct(value, id))" : "max_by(id, struct(value, -id))"
        }
    }

    /// The sum of a column of doubles added in id order, as claimq adds, so that the
    /// last digit agrees (Spark SQL cannot order an aggregate's input).
    func sum(_ column: String) -> String {
        self == .spark ? "sum(\(column))" : "sum(\(column) ORDER BY id)"
    }

    /// 1/n for the claims of a group, as a double: claimq averages by multiplying by it.
    func reciprocalCount() -> String {
        self == .postgres ? "(1::float8 / nullif(count(*), 0))" : "(CAST(1 AS DOUBLE) / nullif(count(*), 0))"
    }

    /// A number literal that reads back as the same double.
    func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = "\(value)"
        return self == .postgres ? "\(text)::float8" : "CAST(\(text) AS DOUBLE)"
    }
}
