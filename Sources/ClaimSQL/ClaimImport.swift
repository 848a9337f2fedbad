import ClaimStore

/// `claimq import`: a store's claims into PostgreSQL. The schema is created when it is
/// missing; then each article in turn, in a transaction of its own, has its old claims
/// deleted and its claims copied in (COPY), so a re-import replaces an article's
/// claims, and an import that fails part way leaves no article half-imported.
public enum ClaimImport {
    static let columns = ["article", "id", "path", "metric", "subject", "value", "qualifier", "unit", "place", "state", "country",
                          "period_from", "period_to", "period_kind", "source", "surface", "quote", "paragraph", "sentence",
                          "part_of", "ratio_num", "ratio_den", "share_of"]

    /// Returns the number of articles and of claims imported. `progress` is told the
    /// claims done and the total after each article.
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
        for article in order {
            let claims = byArticle[article]!
            let path = store.paths[article]
            try db.execute("BEGIN")
            do throws(DatabaseError) {
                try db.execute("DELETE FROM claims WHERE article = \(literal(article))")
                try db.execute("INSERT INTO articles (article, path) VALUES (\(literal(article)), \(path.map(literal) ?? "NULL")) "
                               + "ON CONFLICT (article) DO UPDATE SET path = excluded.path")
                try db.copy(into: "claims", columns: columns, text: copyText(claims, path: path))
                try db.execute("COMMIT")
            } catch {
                _ = try? db.execute("ROLLBACK")
                throw DatabaseError("\(article): \(error.description)")
            }
            done += claims.count
            progress?(done, store.claims.count)
        }
        return (order.count, done)
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
