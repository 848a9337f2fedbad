import Testing
@testable import ClaimExtraction
@testable import ClaimStore

/// Rules found by reading the claims of short texts of market, budget and sports news
/// written for them. Each sentence here was written for its rule.
@Suite struct MarketNewsTests {
    private func claims(_ text: String) -> [Claim] {
        ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map(\.claim)
    }

    private func claims(sentence: String) -> [Claim] {
        claims("News\n\n" + sentence + "\n")
    }

    // MARK: A change and its level

    /// A verb of change before money or a percentage said twice, the second far above the first,
    /// says a change and the level it reached; the same figures close together are a range.
    @Test func aChangeAndTheLevelItReachedAreTwoClaims() {
        let profit = claims(sentence: "Profit rose $1.1 billion to $4.8 billion.")
        #expect(profit.map(\.value) == [1_100_000_000, 4_800_000_000])
        #expect(profit.map(\.metric) == ["profit_change", "profit"])
        let rate = claims(sentence: "The jobless rate rose 0.2% to 3.9%.")
        #expect(rate.map(\.value) == [0.2, 3.9])
        #expect(rate.map(\.metric) == ["jobless_rate_change", "jobless_rate"])
        #expect(claims(sentence: "Fares are expected to rise 4% to 6% next year.").map(\.surface) == ["4% to 6%"])
        #expect(claims(sentence: "Repairs will cost $5 million to $8 million.").map(\.surface) == ["$5 million to $8 million"])
    }

    /// Money or points after a verb of change its subject undergoes are a change of the subject;
    /// after a verb that takes the figure as its object, not.
    @Test(arguments: [
        ("Exports fell $2.3 billion in March.", -2_300_000_000.0, "exports_change"),
        ("The index fell 85 points.", -85, "index_change"),
        ("Tax receipts were up $900 million.", 900_000_000, "tax_receipts_change"),
        ("The airline lost $90 million.", -90_000_000, "amount_change"),
    ])
    func moneyAfterAVerbOfChangeIsWhatChanged(_ sentence: String, _ value: Double, _ metric: String) {
        let found = claims(sentence: sentence)
        #expect(found.map(\.value) == [value])
        #expect(found.map(\.metric) == [metric])
    }

    /// "fell $2.3 billion, or 6 percent": the same change said as a share, with its sign and
    /// what changed; a share after ", or" and no change before it is left as it was.
    @Test func aChangeSaidAgainAsAShareIsTheSameChange() {
        let exports = claims(sentence: "Exports fell $2.3 billion, or 6 percent, in March.")
        #expect(exports.map(\.value) == [-2_300_000_000, -6])
        #expect(exports.map(\.metric) == ["exports_change", "exports_change"])
        let shares = claims(sentence: "The fund holds $2 billion, or 6 percent, of the bonds.")
        #expect(shares.map(\.value) == [2_000_000_000, 6])
        #expect(shares[1].metric.hasSuffix("_change") == false)
    }

    /// A noun of change set off by a comma after a figure and the words of its phrase is that
    /// figure's change: ", an increase of 8 percent".
    @Test func aNamedChangeAfterAFigureIsItsChange() {
        let parks = claims(sentence: "The city will spend $12 million on parks, an increase of 8 percent.")
        #expect(parks.map(\.metric) == ["spending", "spending_change"])
        #expect(parks.map(\.value) == [12_000_000, 8])
        // (A clause between: not the figure's.)
        let clause = claims(sentence: "The city will spend $12 million, and fares will rise, an increase of 8 percent.")
        #expect(clause.map(\.metric).last != "spending_change")
    }

    /// A level compared with, "down from 245", with no word of its own, counts what the
    /// figure before counted, not its unit alone.
    @Test func aLevelComparedWithCountsWhatTheFigureBeforeCounted() {
        let deaths = claims(sentence: "The county recorded 212 traffic deaths in 2024, down from 245 in 2023.")
        #expect(deaths.map(\.metric) == ["traffic_deaths", "traffic_deaths"])
        #expect(deaths.map { $0.period?.from.year } == [2024, 2023])
    }

    // MARK: Not a quantity, not a change

    /// A time on the 24-hour clock before a time zone is when, not a figure; the same
    /// digits counting something are one.
    @Test func aTimeBeforeATimeZoneIsNoFigure() {
        #expect(claims(sentence: "Gold rose to $2,400 an ounce by 0930 GMT.").map(\.value) == [2400])
        #expect(claims(sentence: "Trading resumed at 1430 ET.").isEmpty)
        #expect(claims(sentence: "The union has 1430 members.").map(\.value) == [1430])
        #expect(claims(sentence: "The vote is at 2575 ET.").map(\.value) == [2575])   // (no such time)
    }

    /// "lost four of its first six matches": things lost out of a whole, a count, not a
    /// change; a percentage "of" its value still is one.
    @Test func aPartOfAWholeAfterAVerbOfChangeIsACount() {
        let matches = claims(sentence: "The club lost four of its first six matches.")
        #expect(matches.map(\.value) == [4, 6])
        #expect(matches.allSatisfy { !$0.metric.hasSuffix("_change") })
        let shares = claims(sentence: "Shares lost 5% of their value.")
        #expect(shares.map(\.value) == [-5])
        #expect(shares.map(\.metric).first?.hasSuffix("_change") == true)
    }
}
