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

    /// A dateline's city of two words that names a place in another country too is the
    /// region's after it: "SANTA CLARA, Calif." is not Santa Clara, Cuba.
    @Test func aDatelinesRegionPlacesACityNamedElsewhereToo() {
        let text = "Chips\n\nSANTA CLARA, Calif., Nov. 20, 2024 — Nvidia reported revenue of $35.1 billion.\n\n"
            + "Data center revenue rose 112%.\n"
        #expect(claims(text).map { $0.place?.code } == ["US-CA", "US-CA"])
    }

    /// A place after "than" is what a figure before it is compared with, not the figure's place,
    /// nor the next sentence's; a figure after it, said of it, is its.
    @Test func aPlaceComparedWithIsNotTheFigures() {
        let text = "Crime\n\nCHICAGO, Jan. 2, 2025 — Homicides fell.\n\nThe rate of 21 per 100,000 residents remains "
            + "higher than New York's, which was about 4.5 per 100,000. Prices are 20% higher than in France. Rents rose 3%.\n"
        #expect(claims(text).map { $0.place?.code } == ["US-IL", "US-NY", "US-IL", "US-IL"])
    }

    // MARK: Units

    /// A figure scaled by a word is the number it writes, not the nearest binary fraction's
    /// product: 33.2 billion is 33,200,000,000, not 33,200,000,000.000004.
    @Test(arguments: [
        ("$33.2 billion", 33_200_000_000.0), ("$2.3 billion", 2_300_000_000), ("1.356 billion", 1_356_000_000),
        ("4.6 million", 4_600_000), ("0.7 trillion", 700_000_000_000),
    ])
    func aScaledFigureIsTheNumberItWrites(_ figure: String, _ number: Double) {
        #expect(claims("Money\n\nIt earned " + figure + ".\n").map(\.value) == [number])
    }

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

    /// A verb of change before a figure and a unit said twice ("rose 3 shillings to 179.1
    /// shillings") is a change and the level it reached, two claims; "5 miles to 10 miles" with
    /// no such verb is still one range.
    @Test func aChangeAndTheLevelItReachedAreNoRange() {
        let drafts = claims("Fuel\n\nDiesel rose 3 shillings to 179.1 shillings. The walk is 5 miles to 10 miles long.\n")
        #expect(drafts.map(\.value) == [3, 179.1, 5])
        #expect(drafts.map(\.surface) == ["3", "179.1", "5 miles to 10 miles"])
    }

    // MARK: What is counted

    /// Money "in" a place is where it is, not what it is: "179.1 shillings in Nairobi" ("$5
    /// million in aid" is aid).
    @Test func moneyInAPlaceIsNotWhatItIs() {
        #expect(claims("Fuel\n\nDiesel sold for 179.1 shillings in Nairobi.\n").map(\.metric) != ["nairobi"])
        #expect(claims("Fuel\n\nThe state spent $5 million in aid.\n").map(\.metric) == ["aid"])
    }

    /// A change set off by a comma after a level is the level's change; a level that a change
    /// reaches ("rose 7.8% to …") is of what changed. A change with a noun of its own keeps it.
    @Test(arguments: [
        ("It reported revenue of $84.7 billion, up 14 percent from a year earlier.", ["revenue", "revenue_change"]),
        ("Xiaomi shipped 40.8 million phones, up 33.8% from a year earlier.", ["phones", "phones_change"]),
        ("Smartphone shipments rose 7.8% to 289.4 million units.", ["smartphone_shipments_change", "smartphone_shipments"]),
        ("IDC expects shipments to grow 2.8% in 2024 to 1.2 billion units.", ["shipments_change", "shipments"]),
        ("It shipped 40.8 million phones, and prices rose 3 percent.", ["phones", "prices_change"]),
    ])
    func aChangeBesideALevelIsOfWhatTheLevelCounts(_ sentence: String, _ metrics: [String]) {
        #expect(claims("Results\n\n" + sentence + "\n").map(\.metric) == metrics)
    }

    /// A hyphenated compound before a noun stays whole in the noun's name, whatever the
    /// tagger made of its first word.
    @Test(arguments: [
        ("Only about 20% of its long-distance trains were running.", "long_distance_trains_share"),
        ("Lenders offer 95 per cent loan-to-value mortgages.", "loan_to_value_mortgages"),
        ("As many as 14 first-team players left the club.", "first_team_players"),
    ])
    func aCompoundStaysWholeInANounsName(_ sentence: String, _ metric: String) {
        #expect(claims("Trains\n\n" + sentence + "\n").map(\.metric) == [metric])
    }

    /// A noun between a percentage and a noun of change is what changed: "a 13% pay rise".
    @Test(arguments: [
        ("Unions won a 13% pay rise.", "pay_change", 13.0),
        ("The council approved a 5 percent price increase.", "price_change", 5),
        ("The firm announced a 3 percent wage cut.", "wage_change", -3),
    ])
    func aNounBeforeANounOfChangeIsWhatChanged(_ sentence: String, _ metric: String, _ value: Double) {
        let drafts = claims("Pay\n\n" + sentence + "\n")
        #expect(drafts.map(\.metric) == [metric])
        #expect(drafts.map(\.value) == [value])
    }

    /// A common noun right after a percentage is what the percentage is ("3 percent growth",
    /// "a 25% tax"); a time there is not ("fell 3 percent yesterday": what fell).
    @Test(arguments: [
        ("The central bank forecast 3 percent growth next year.", "growth"),
        ("China had a 25% tax on imported vehicles.", "tax"),
        ("The bank will charge a 0.6 per cent fee.", "fee"),
        ("Shares fell 3 percent yesterday.", "shares_change"),
    ])
    func aNounAfterAPercentageIsWhatItIs(_ sentence: String, _ metric: String) {
        #expect(claims("Rates\n\n" + sentence + "\n").map(\.metric) == [metric])
    }

    /// A noun after a percentage and a comparative is what the percentage is; a change in
    /// percent "in" something is of it (a compound's last word need be no noun); placing in a
    /// race "with" a share wins the vote.
    @Test(arguments: [
        ("Heavy eaters had a 10% higher risk of dying early.", ["risk"]),
        ("Risk rose 14% for each 10% increase in ultra-processed food.", ["risk_change", "ultra_processed_food_change"]),
        ("The Democratic Alliance came second with 21.6%.", ["vote_share"]),
    ])
    func aPercentageIsOfTheNounItQualifies(_ sentence: String, _ metrics: [String]) {
        #expect(claims("Study\n\n" + sentence + "\n").map(\.metric) == metrics)
    }

    /// A placing verb right before a share is no vote: "shares finished 34.4% higher".
    @Test func finishingHigherIsNoVote() {
        #expect(claims("Shares\n\nBioView shares finished 34.4% higher.\n").map(\.metric) != ["vote_share"])
    }

    /// What changed is found past a clause of "which" or "who" set off by commas.
    @Test func whatChangedIsFoundPastARelativeClause() {
        let drafts = claims("Chips\n\nNvidia shares, which have nearly tripled this year, fell 1.5% in extended trading.\n")
        #expect(drafts.map(\.metric) == ["shares_change"])
        #expect(drafts.map(\.value) == [-1.5])
    }

    /// What "was estimated at" or "was put at" a figure is what the figure is.
    @Test(arguments: [
        ("Damage to crops was estimated at 1.2 billion pesos.", "damage"),
        ("Losses were estimated at $3 million.", "losses"),
        ("The death toll was put at 40.", "death_toll"),
    ])
    func whatWasEstimatedAtAFigureIsWhatItIs(_ sentence: String, _ metric: String) {
        #expect(claims("Storm\n\n" + sentence + "\n").map(\.metric) == [metric])
    }

    // MARK: When

    /// A time after a level that a figure is compared with ("compared with", "compared to")
    /// is that level's, not the figure's.
    @Test func aTimeAfterALevelComparedWithIsThatLevels() {
        let text = "Prices\n\nLONDON, May 1, 2024 — The average price was $425 in March, compared with $402 in 2023. "
            + "Unemployment was 4.1 percent, compared to 3.9 percent in 2022.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [425, 402, 4.1, 3.9])
        #expect(drafts.map { $0.period?.description ?? "none" } == ["2024-03", "2023-01..2023-12", "as of 2024-05", "2022-01..2022-12"])
    }

    /// A time right after a verb of saying is when it was said, not when the figures were: the
    /// figure after "said on Thursday" is of the month the sentence told before it.
    @Test func theTimeOfSayingIsNotTheFigures() {
        let text = "Jobs\n\nSYDNEY, Feb. 20, 2025 — The unemployment rate held at 4.1% in January, the bureau said on "
            + "Thursday, as employers added 44,000 jobs. Sales rose 3% on Thursday, the bureau said.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [4.1, 44_000, 3])
        #expect(drafts.map { $0.period?.description ?? "none" } == ["2025-01", "2025-01", "2025-02"])
    }

    /// The time of a level compared with after a bare "from" ("fell to 2,282 from 2,450 a year
    /// earlier", "rose to $7.4 billion from $6.8 billion in 2023") is neither the sentence's nor
    /// told to the next one.
    @Test func aTimeAfterFromAndAFigureIsNotCarried() {
        let text = "Crime\n\nCHICAGO, Jan. 2, 2025 — Chicago recorded 573 homicides in 2024.\n\n"
            + "Shootings fell to 2,282 from 2,450 a year earlier. Carjackings dropped to about 1,200.\n\n"
            + "Revenue rose to $7.4 billion from $6.8 billion in 2023. Profit was $1 billion.\n"
        let periods = claims(text).map { $0.period?.description ?? "none" }
        #expect(periods.count == 7)
        #expect(periods.suffix(6) == ["as of 2025-01", "2023-01..2023-12", "as of 2025-01", "as of 2025-01", "2023-01..2023-12",
                                      "as of 2025-01"])
    }

    // MARK: Who says so

    /// People a study counted are not who says what it found.
    @Test(arguments: [
        ("Eaters had a 10% higher risk, a study of more than 500,000 Americans found.", ["author", "author"]),
        ("Eaters had a 10% higher risk, researchers found.", ["researchers"]),
    ])
    func peopleCountedAreNoSource(_ sentence: String, _ sources: [String]) {
        #expect(claims("Study\n\n" + sentence + "\n").map(\.source) == sources)
    }

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
