import ClaimStore

/// `claimq import`: a store's claims into PostgreSQL. The schema is created when it is
/// missing; then the articles go in batches (whole articles, about `batchClaims`
/// claims each), each batch in one transaction that deletes its articles' old claims
/// and copies their claims in (COPY). So a re-import replaces an article's claims, and
/// an import that fails part way leaves no article half-imported.
public enum ClaimImport {
    static let columns = ["article", "id", "path", "metric", "subject", "value", "qualifier", "unit", "place", "state", "country",
                          "period_from", "period_to", "period_kind", "source", "surface", "quote", "paragraph", "sentence",
                          "part_of", "ratio_num", "ratio_den", "share_of"]
    /// Claims per transaction: few round trips for corpora of small articles, and a
    /// COPY of a few megabytes at a time.
    public static let batchClaims = 20_000

    /// Returns the number of articles and of claims imported. `progress` is told the
    /// claims done and the total after each batch.
    public static func run(_ store: ClaimStore, into db: ClaimDatabase, batchClaims: Int = batchClaims,
                           progress: ((Int, Int) -> Void)? = nil) throws(DatabaseError) -> (articles: Int, claims: Int) {
        for statement in SQLSchema.statements { try db.execute(statement) }
        let c = store.columns
        // Each article's rows, in order of first appearance (claims are made only as they are copied).
        var rows = [[Int]](repeating: [], count: c.articles.count)
        var order: [Int] = []
        for row in 0..<c.count {
            let a = Int(c.article[row])
            if rows[a].isEmpty { order.append(a) }
            rows[a].append(row)
        }
        var done = 0
        var batch: [Int] = []
        var size = 0
        for (k, article) in order.enumerated() {
            batch.append(article)
            size += rows[article].count
            guard size >= batchClaims || k == order.count - 1 else { continue }
            try importBatch(batch.map { (c.articles.names[$0], rows[$0]) }, store, db, pieces: batchClaims)
            done += size
            progress?(done, c.count)
            (batch, size) = ([], 0)
        }
        return (order.count, done)
    }

    /// One transaction: the articles' old claims out, their claims in (COPY, in pieces
    /// of `pieces` claims, so a big article never becomes one big text).
    private static func importBatch(_ articles: [(name: String, rows: [Int])], _ store: ClaimStore,
                                    _ db: ClaimDatabase, pieces: Int) throws(DatabaseError) {
        try db.execute("BEGIN")
        do throws(DatabaseError) {
            let quoted = SQLDialect.postgres.string
            try db.execute("DELETE FROM claims WHERE article IN (\(articles.map { quoted($0.name) }.joined(separator: ", ")))")
            let values = articles.map { "(\(quoted($0.name)), \(store.paths[$0.name].map(quoted) ?? "NULL"))" }.joined(separator: ", ")
            try db.execute("INSERT INTO articles (article, path) VALUES \(values) ON CONFLICT (article) DO UPDATE SET path = excluded.path")
            var text: [UInt8] = []
            var pending = 0
            for (name, rows) in articles {
                for row in rows {
                    append(store.columns.claim(row), path: store.paths[name], to: &text)
                    pending += 1
                    if pending == pieces {
                        try db.copy(into: "claims", columns: columns, text: text)
                        (text, pending) = ([], 0)
                    }
                }
            }
            if pending > 0 { try db.copy(into: "claims", columns: columns, text: text) }
            try db.execute("COMMIT")
        } catch {
            _ = try? db.execute("ROLLBACK")
            let which = articles.count == 1 ? articles[0].name : "\(articles[0].name) and \(articles.count - 1) more articles"
            throw DatabaseError("\(which): \(error.description)")
        }
    }

    /// A claim as a line of COPY's text format: tab-separated, \N for NULL, backslash escapes.
    static func append(_ c: Claim, path: String?, to out: inout [UInt8]) {
        func field(_ text: String?) {
            guard let text else { out += Array(#"\N"#.utf8); return }
            for b in text.utf8 {
                switch b {
                case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
                case UInt8(ascii: "\t"): out += [0x5C, UInt8(ascii: "t")]
                case UInt8(ascii: "\n"): out += [0x5C, UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): out += [0x5C, UInt8(ascii: "r")]
                default: out.append(b)
                }
            }
        }
        let r = c.relations
        let values: [String?] = [c.article, String(c.id), path, c.metric, c.subject, "\(c.value)", c.qualifier.rawValue, c.unit,
                                 c.place?.code, c.state, c.country, c.period?.from.description, c.period?.to.description,
                                 c.period?.kind.rawValue, c.source, c.surface, c.quote, String(c.paragraph), String(c.sentence)]
            + [r.partOf, r.ratioOf?.numerator, r.ratioOf?.denominator, r.shareOf].map { $0.map(String.init) }
        for (k, v) in values.enumerated() {
            if k > 0 { out.append(UInt8(ascii: "\t")) }
            field(v)
        }
        out.append(UInt8(ascii: "\n"))
    }
}
