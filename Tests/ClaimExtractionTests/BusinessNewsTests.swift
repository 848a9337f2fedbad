import Testing
@testable import ClaimExtraction
@testable import ClaimStore

/// Rules found by reading the claims of short news texts written for them: results,
/// shipments, fines, floods, outbreaks. Each sentence here was written for its rule.
@Suite struct BusinessNewsTests {
    private func claims(_ text: String) -> [Claim] {
        ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map(\.claim)
    }

    // MARK: Where

    /// "Nationwide," opening a sentence is not the US (which it means only when typed in a
    /// query): with no place of its own, the sentence is where the article is.
    @Test func nationwideOpeningASentenceIsTheArticlesCountry() {
        let text = """
        Floods

        MAIDUGURI, Nigeria, Sept. 12, 2024 — Floods have killed 30 people.

        Nationwide, floods have killed 229 people.

        Floods have killed 229 people nationwide.

        """
        #expect(claims(text).map { $0.place?.code } == ["NG", "NG", "NG"])
        #expect(claims("Floods\n\nNationwide, 229 people have died.\n").map { $0.place?.code } == [nil])
        #expect(PlaceNames.resolve("nationwide")?.code == "US")
    }

    // MARK: Who says so

    /// Whoever is named as foreseeing a figure is its source; "are expected to" names no one.
    @Test(arguments: [
        ("IDC expects shipments to grow 2.8% in 2024.", "IDC"),
        ("The central bank forecast 3 percent growth next year.", "central bank"),
        ("Shipments are expected to grow 2.8% in 2024.", "author"),
    ])
    func aNamedForecasterIsTheSource(_ sentence: String, _ source: String) {
        #expect(claims("Forecasts\n\n" + sentence + "\n").map(\.source) == [source])
    }
}
