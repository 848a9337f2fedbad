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

    // MARK: Units

    /// A comma right after a figure ends the words its unit is read from: "rose to 159, state
    /// health officials said" counts no officials. A figure's own noun is still read past it.
    @Test func aCommaRightAfterTheFigureEndsItsWords() {
        let drafts = claims("Measles\n\nMeasles cases have risen to 159, state health officials said, up from 146 cases.\n")
        #expect(drafts.map(\.value) == [159, 146])
        #expect(drafts.map(\.unit) == ["items", "cases"])
        #expect(drafts.first?.metric == "measles_cases")
    }

    /// A currency in the singular before what the money is, is the money's unit.
    @Test(arguments: [
        ("The court upheld a 2.4 billion euro fine.", "euros"),
        ("It is a million dollar house.", "dollars"),
        ("They built a 10 billion rupee road.", "rupees"),
    ])
    func aCurrencyInTheSingularIsTheUnit(_ sentence: String, _ unit: String) {
        #expect(claims("Money\n\n" + sentence + "\n").map(\.unit) == [unit])
    }

    /// "others" after a figure are more of what the figure before counted, people; and
    /// what floods affect, like what they kill, is what they do to them.
    @Test func othersAreMoreOfWhatTheFigureBeforeCounted() {
        let drafts = claims("Floods\n\nFloods have killed 229 people and affected 1 million others.\n")
        #expect(drafts.map(\.unit) == ["people", "people"])
        #expect(drafts.map(\.metric) == ["people_killed", "people_affected"])
    }

    /// "units" is a unit, which a metric never is alone.
    @Test func unitsIsAUnit() {
        let drafts = claims("Phones\n\nSamsung shipped 60.1 million units.\n")
        #expect(drafts.map(\.unit) == ["units"])
        #expect(drafts.map(\.metric) == ["count"])
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
