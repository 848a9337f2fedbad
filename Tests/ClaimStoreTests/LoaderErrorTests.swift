import Testing
@testable import ClaimStore

@Suite struct LoaderErrorTests {
    let article = "Title\n\nThey refused more than 29,269 requests. Then it stopped."

    private func load(_ json: String) throws(LoadError) -> [Claim] {
        try ClaimLoader.load(article: "t", text: ArticleText(name: "t.txt", text: article),
                             claimsJSON: json, claimsFile: "t.claims.json")
    }

    private func claim(_ fields: String) -> String {
        "{\"claims\": [{\"id\": 7, \"metric\": \"refusals\", \"value\": 29269, \"unit\": \"requests\", \"place\": \"US\", \(fields)}]}"
    }

    private func failure(_ json: String) -> LoadError? {
        do { _ = try load(json); return nil } catch { return error }
    }

    @Test func aGoodClaimLoadsWithDefaults() throws {
        let claims = try load(claim("\"surface\": \"more than 29,269\", \"quote\": \"They refused more than 29,269  requests.\""))
        #expect(claims.count == 1)
        #expect(claims[0].qualifier == .exact && claims[0].source == "author" && claims[0].period == nil)
        #expect(claims[0].paragraph == 2 && claims[0].sentence == 1)
        #expect(claims[0].quote == "They refused more than 29,269 requests.", "the quote is kept as the article has it")
    }

    /// A quote is looked for in the paragraphs: the same words in the header do not count.
    @Test func aQuoteAlsoInTheHeaderIsFoundInTheText() throws {
        let text = ArticleText(name: "t.txt", text: "# source: file 5.txt\n\nTitle\n\nIt was 5.\n\n5\n")
        let json = #"{"claims": [{"id": 1, "metric": "m", "value": 5, "unit": "u", "surface": "5", "quote": "5"}]}"#
        let claims = try ClaimLoader.load(article: "t", text: text, claimsJSON: json, claimsFile: "t.claims.json")
        #expect(claims.map { [$0.paragraph, $0.sentence] } == [[2, 1]], "the first 5 of the text, in 'It was 5.'")
    }

    /// Claims are looked for from where the one before stood, then from the top: in
    /// order or not, each finds its sentence (and two from one sentence, the same one).
    @Test func claimsInAnyOrderFindTheirSentences() throws {
        let text = ArticleText(name: "t.txt", text: "Title\n\nOne rose 1. Two rose 2.\n\nThree rose 3. Then two rose 2 and 9.\n")
        func entry(_ id: Int, _ surface: String, _ quote: String) -> String {
            #"{"id": \#(id), "metric": "m", "value": \#(surface), "unit": "u", "surface": "\#(surface)", "quote": "\#(quote)"}"#
        }
        let json = "{\"claims\": [" + [entry(1, "3", "Three rose 3."), entry(2, "1", "One rose 1."), entry(3, "2", "Then two rose 2 and 9."),
                                      entry(4, "9", "Then two rose 2 and 9."), entry(5, "2", "Two rose 2.")].joined(separator: ", ") + "]}"
        let claims = try ClaimLoader.load(article: "t", text: text, claimsJSON: json, claimsFile: "t.claims.json")
        #expect(claims.map { [$0.paragraph, $0.sentence] } == [[3, 1], [2, 1], [3, 2], [3, 2], [2, 2]])
    }

    @Test func aQuoteNotInTheArticleNamesTheClaim() {
        let error = failure(claim("\"surface\": \"29,269\", \"quote\": \"They refused 29,269 requests.\""))
        #expect(error?.claim == 7)
        #expect(error?.description.hasPrefix("t.claims.json: claim #7: quote not found in the article t.txt") == true)
    }

    @Test func aSurfaceNotInTheQuoteNamesTheClaim() {
        let error = failure(claim("\"surface\": \"29,270\", \"quote\": \"They refused more than 29,269 requests.\""))
        #expect(error?.description == "t.claims.json: claim #7: surface \"29,270\" does not occur in its quote")
    }

    @Test func malformedFilesSayWhere() {
        #expect(failure("{\"claims\": [")?.description == "t.claims.json:1:13: expected an object")
        #expect(failure("{\"claims\": [{\"id\": 1, \"metric\": \"m\", \"value\": \"many\"}]}")?.description == "t.claims.json:1:47: expected a number")
        #expect(failure("{\"claims\": [{\"id\": 1, \"metric\": \"m\", \"value\": 3}]}")?.description == "t.claims.json:1: claim #1: \"unit\" is missing")
        #expect(failure("{}")?.description == "t.claims.json: has no \"claims\" list: {\"claims\": [{\"id\": 1, …}]}")
        // A claim on a later line is named by its line, the column counted in characters.
        #expect(failure("{\"claims\": [\n  {\"id\": 2, \"quote\": \"é\", \"value\": x}]}")?.description
                == "t.claims.json:2:36: expected a number")
        #expect(failure("\u{FEFF}{\"claims\": []} x")?.description == "t.claims.json:1:16: more follows the claims file's object",
                "a byte-order mark is skipped, and not counted")
    }

    @Test func badValuesAreRefused() {
        let base = "\"surface\": \"29,269\", \"quote\": \"They refused more than 29,269 requests.\""
        #expect(failure(claim(base + ", \"period\": {\"from\": \"2017-13\", \"to\": \"2018-01\"}"))?.message
                == "period months must look like \"2017-06\"")
        #expect(failure(claim(base + ", \"period\": {\"from\": \"2018-01\", \"to\": \"2017-01\"}"))?.message
                == "period starts (2018-01) after it ends (2017-01)")
        #expect(failure(claim(base).replacingOccurrences(of: "\"US\"", with: "\"United States\""))?.message
                == "place \"United States\" is not an ISO code like \"US\" or \"US-CA\" (or null)")
        #expect(failure(claim(base + ", \"qualifier\": \"roughly\"")) != nil)
    }

    @Test func idsMustBeUnique() {
        let one = "{\"id\": 1, \"metric\": \"m\", \"value\": 1, \"unit\": \"u\", \"place\": \"US\", \"surface\": \"29,269\", \"quote\": \"They refused more than 29,269 requests.\"}"
        #expect(failure("{\"claims\": [\(one), \(one)]}")?.message == "id is used twice")
    }
}

private extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
