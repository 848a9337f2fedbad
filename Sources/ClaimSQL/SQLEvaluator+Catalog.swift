import ClaimQuery
import ClaimStore

/// What `.metrics`, `.sources` and `.fields` show, read from the database: in the
/// order the store gives them (first appearance by id).
extension SQLEvaluator {
    /// Each metric with its number of claims and its units, in order of first use.
    public func metrics() throws(Diagnostic) -> [(metric: String, claims: Int, units: [String])] {
        let rows = try query("SELECT metric, unit, count(*) FROM claims GROUP BY metric, unit ORDER BY min(id)", 0..<0)
        var out: [(metric: String, claims: Int, units: [String])] = []
        var index: [String: Int] = [:]
        for row in rows {
            guard let metric = row[0].text, let unit = row[1].text, let n = row[2].int else { continue }
            let k = index[metric] ?? { index[metric] = out.count; out.append((metric, 0, [])); return out.count - 1 }()
            out[k].claims += n
            out[k].units.append(unit)
        }
        return out
    }

    /// Each source with its number of claims.
    public func sources() throws(Diagnostic) -> [(source: String, claims: Int)] {
        try query("SELECT source, count(*) FROM claims GROUP BY source ORDER BY min(id)", 0..<0).compactMap { row in
            row[0].text.flatMap { source in row[1].int.map { (source, $0) } }
        }
    }

    /// Up to `limit` distinct values of a field, in order of first appearance.
    public func examples(of field: Field, limit: Int) throws(Diagnostic) -> [SQLValue] {
        let key = SQLCompiler(dialect: .postgres).key(field)
        let sql = "SELECT \(key) FROM claims WHERE \(key) IS NOT NULL GROUP BY \(key) ORDER BY min(id) LIMIT \(limit)"
        return try query(sql, 0..<0).map { $0[0] }
    }
}
