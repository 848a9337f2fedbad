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
    public static func run(_ store: ClaimStore, into db: ClaimDatabase,
                           progress: ((Int, Int) -> Void)? = nil) throws(DatabaseError) -> (articles: Int, claims: Int) {
        for statement in SQLSchema.statements { try db.execute(statement) }
        var byArticle: [String: [Claim]] = [:]
        var order: [String] = []
        for claim in store.claims {
            if byArticle[claim.article] == nil { order.append(claim.article) }
            byArticle[claim.article, default: []].append(claim)
        }
        var done = 0
        var batch: [String] = []
        var size = 0
        for (k, article) in order.enumerated() {
            batch.append(article)
            size += byArticle[article]!.count
            guard size >= batchClaims || k == order.count - 1 else { continue }
            try importBatch(batch, byArticle, store.paths, db)
            done += size
            progress?(done, store.claims.count)
            (batch, size) = ([], 0)
        }
        return (order.count, done)
    }

    /// One transaction: the articles' old claims out, their claims in.
    private static func importBatch(_ articles: [String], _ claims: [String: [Claim]], _ paths: [String: String],
                                    _ db: ClaimDatabase) throws(DatabaseError) {
        try db.execute("BEGIN")
        do throws(DatabaseError) {
            let names = articles.map(literal).joined(separator: ", ")
            try db.execute("DELETE FROM claims WHERE article IN (\(names))")
            let rows = articles.map { "(\(literal($0)), \(paths[$0].map(literal) ?? "NULL"))" }.joined(separator: ", ")
            try db.execute("INSERT INTO articles (article, path) VALUES \(rows) ON CONFLICT (article) DO UPDATE SET path = excluded.path")
            var text: [UInt8] = []
            for article in articles { text += copyText(claims[article]!, path: paths[article]) }
            try db.copy(into: "claims", columns: columns, text: text)
            try db.execute("COMMIT")
        } catch {
            _ = try? db.execute("ROLLBACK")
            let which = articles.count == 1 ? articles[0] : "\(articles[0]) and \(articles.count - 1) more articles"
            throw DatabaseError("\(which): \(error.description)")
        }
    }

    private static func literal(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    /// COPY's text format: tab-separated, \N for NULL, backslash escapes.
    static func copyText(_ claims: [Claim], path: String?) -> [UInt8] {
        var out: [UInt8] = []
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
        for c in claims {
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
        return out
    }
}
