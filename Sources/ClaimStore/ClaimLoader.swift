/// Builds claims from an article and its curated claims file, checking each claim
/// against the text: its quote must occur in the article and its surface in the quote.
public enum ClaimLoader {
    /// - Parameters:
    ///   - article: the article's slug, which every claim carries.
    ///   - articleFile, claimsFile: names used in error messages.
    public static func load(article: String, text: ArticleText, claimsJSON: String,
                            claimsFile: String) throws(LoadError) -> [Claim] {
        var claims: [Claim] = []
        var json = claimsJSON
        let outcome = json.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) -> Result<Void, LoadError> in
            do throws(LoadError) {
                try load(article: article, text: text, claimsBytes: bytes, claimsFile: claimsFile) { claims.append($0) }
            } catch {
                return .failure(error)
            }
            return .success(())
        }
        try outcome.get()
        return claims
    }

    /// The same from the claims file's bytes (`TextFile.mapIfPresent`), each claim handed
    /// to `add` as it is made (into a store's columns, for a file of a million claims).
    public static func load(article: String, text: ArticleText, claimsBytes: UnsafeBufferPointer<UInt8>, claimsFile: String,
                            add: (Claim) -> Void) throws(LoadError) {
        let matcher = TextMatcher(text.characters)
        var seen = IDSet()
        var relations: [(id: Int, relations: Relations)] = []
        let body = text.paragraphs.first?.range.lowerBound ?? 0
        // Claims files list claims in the article's order, mostly: each quote is looked for
        // from where the one before stood, and only then from the top, which keeps loading
        // linear in the article rather than in claims times article.
        var from = body
        try ClaimsFile.scan(claimsBytes, claimsFile, article) { (record: ClaimDataset.Record) throws(LoadError) in
            let entry = record.claim
            func fail(_ message: String) -> LoadError {
                LoadError(file: claimsFile, claim: entry.id, message: message)
            }
            guard seen.insert(entry.id) else { throw fail("id is used twice") }
            // Searched for in the article's paragraphs, not its header: "5" would be found in a file name there.
            guard let quoteRange = (from > body ? matcher.find(entry.quote, from: from) : nil) ?? matcher.find(entry.quote, from: body) else {
                throw fail("quote not found in the article \(text.name): \"\(abbreviate(entry.quote))\"")
            }
            guard TextSearch.occurs(entry.surface, in: entry.quote) else {
                throw fail("surface \"\(entry.surface)\" does not occur in its quote")
            }
            from = quoteRange.lowerBound
            guard let position = text.position(of: quoteRange.lowerBound) else {
                throw fail("quote lies outside the article's paragraphs")
            }
            if !entry.relations.isEmpty { relations.append((entry.id, entry.relations)) }
            add(Claim(
                id: entry.id, article: article, metric: entry.metric, value: entry.value,
                qualifier: entry.qualifier, unit: entry.unit, place: entry.place, period: entry.period,
                source: entry.source, surface: entry.surface,
                quote: text.text(quoteRange), paragraph: position.paragraph, sentence: position.sentence,
                relations: entry.relations, subject: entry.subject, span: quoteRange))
        }
        for (id, r) in relations {
            for other in r.referenced where other == id || !seen.contains(other) {
                throw LoadError(file: claimsFile, claim: id,
                                message: other == id ? "relates to itself" : "relates to claim #\(other), which the file does not have")
            }
        }
    }

    private static func abbreviate(_ s: String) -> String {
        s.count > 60 ? String(s.prefix(57)) + "..." : s
    }
}
