/// Builds claims from an article and its curated claims file, checking each claim
/// against the text: its quote must occur in the article and its surface in the quote.
public enum ClaimLoader {
    /// - Parameters:
    ///   - article: the article's slug, which every claim carries.
    ///   - articleFile, claimsFile: names used in error messages.
    public static func load(article: String, text: ArticleText, claimsJSON: String,
                            claimsFile: String) throws(LoadError) -> [Claim] {
        let file = try ClaimsFile.decode(claimsJSON, file: claimsFile)
        let matcher = TextMatcher(text.characters)
        var claims: [Claim] = []
        var seen = Set<Int>()
        let body = text.paragraphs.first?.range.lowerBound ?? 0
        // Claims files list claims in the article's order, mostly: each quote is looked for
        // from where the one before stood, and only then from the top, which keeps loading
        // linear in the article rather than in claims times article.
        var from = body
        for entry in file.claims {
            func fail(_ message: String) -> LoadError {
                LoadError(file: claimsFile, claim: entry.id, message: message)
            }
            guard (1...Claim.maximumID).contains(entry.id), seen.insert(entry.id).inserted else {
                throw fail(entry.id > 0 && entry.id <= Claim.maximumID ? "id is used twice" : "id must be a whole number from 1 to \(Claim.maximumID)")
            }
            guard entry.value.isFinite else { throw fail("value must be a finite number") }
            let place = entry.place.flatMap { $0.uppercased() == "ZZ" ? nil : Place(code: $0) }
            if let code = entry.place, place == nil, code.uppercased() != "ZZ" {
                throw fail("place \"\(code)\" is not an ISO code like \"US\" or \"US-CA\" (or null)")
            }
            let period = try entry.period.map { p throws(LoadError) in try makePeriod(p, fail) }
            // Searched for in the article's paragraphs, not its header: "5" would be found in a file name there.
            guard let quoteRange = (from > body ? matcher.find(entry.quote, from: from) : nil) ?? matcher.find(entry.quote, from: body) else {
                throw fail("quote not found in the article \(text.name): \"\(abbreviate(entry.quote))\"")
            }
            guard TextMatcher(Array(entry.quote.unicodeScalars)).find(entry.surface) != nil else {
                throw fail("surface \"\(entry.surface)\" does not occur in its quote")
            }
            from = quoteRange.lowerBound
            guard let position = text.position(of: quoteRange.lowerBound) else {
                throw fail("quote lies outside the article's paragraphs")
            }
            guard entry.ratioOf.map({ $0.count == 2 }) ?? true else {
                throw fail("ratio_of takes two claim ids, [numerator, denominator]")
            }
            let claim = Claim(
                id: entry.id, article: article, metric: entry.metric, value: entry.value,
                qualifier: entry.qualifier ?? .exact, unit: entry.unit, place: place, period: period,
                source: entry.source ?? "author", surface: entry.surface,
                quote: text.text(quoteRange), paragraph: position.paragraph, sentence: position.sentence,
                relations: Relations(partOf: entry.partOf, ratioOf: entry.ratioOf.map { ($0[0], $0[1]) },
                                     shareOf: entry.shareOf),
                subject: entry.subject, span: quoteRange)
            claims.append(claim)
        }
        for claim in claims {
            for other in claim.relations.referenced where other == claim.id || !seen.contains(other) {
                throw LoadError(file: claimsFile, claim: claim.id,
                                message: other == claim.id ? "relates to itself" : "relates to claim #\(other), which the file does not have")
            }
        }
        return claims
    }

    private static func makePeriod(_ p: ClaimsFile.PeriodEntry, _ fail: (String) -> LoadError) throws(LoadError) -> Period {
        guard let from = YearMonth(p.from), let to = YearMonth(p.to) else {
            throw fail("period months must look like \"2017-06\"")
        }
        guard from <= to else { throw fail("period starts (\(from)) after it ends (\(to))") }
        return Period(from: from, to: to, kind: p.kind ?? .interval)
    }

    private static func abbreviate(_ s: String) -> String {
        s.count > 60 ? String(s.prefix(57)) + "..." : s
    }
}
