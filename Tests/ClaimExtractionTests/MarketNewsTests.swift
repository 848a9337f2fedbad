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

    // MARK: Words of change

    /// The forms of change verbs that markets and headlines use: a currency "weakened" or
    /// "strengthened"; a service "adds" users; a body will "raise" fares by a share.
    @Test(arguments: [
        ("The euro weakened 0.4% against the dollar.", -0.4),
        ("The yen strengthened 1.2% on Friday.", 1.2),
        ("Spotify adds 5 million users.", 5_000_000),
        ("The city will raise fares by 10%.", 10),
    ])
    func formsOfChangeVerbsSayAChange(_ sentence: String, _ value: Double) {
        let found = claims(sentence: sentence)
        #expect(found.map(\.value) == [value])
        #expect(found.first?.metric.hasSuffix("_change") == true)
    }

    // MARK: What is counted

    /// A length, area or mass a change reaches is of what changed, not a weight alone; one "of"
    /// something weighs that thing, or is its area.
    @Test func aMeasureIsOfWhatChangedOrWhatItWeighs() {
        #expect(claims(sentence: "Coffee output is expected to fall 8% to 9.5 million tonnes.").map(\.metric)
                == ["coffee_output_change", "coffee_output"])
        #expect(claims(sentence: "Customs seized 2 tonnes of heroin.").map(\.metric) == ["heroin"])
        #expect(claims(sentence: "Fires burned 5,000 hectares of farmland.").map(\.metric) == ["farmland_area"])
        #expect(claims(sentence: "The dam holds 3 tonnes of the waste.").map(\.metric) == ["waste"])
        #expect(claims(sentence: "The lorry weighed 12 tonnes.").map(\.metric) == ["weight"])
    }

    /// "gross domestic product" is what "GDP" says.
    @Test func grossDomesticProductIsGDP() {
        #expect(claims(sentence: "Debt reached 98% of gross domestic product.").map(\.metric) == ["gdp_share"])
        #expect(claims(sentence: "Debt reached 98% of GDP.").map(\.metric) == ["gdp_share"])
    }

    // MARK: Where, and about whom

    /// "Nationally," and "the national average" speak of the article's country; the national
    /// average is its own figure's place only, not the figure's before it.
    @Test func nationallyIsTheArticlesCountry() {
        let text = "Flu\n\nDENVER, Colo., Jan. 5, 2025 — Flu deaths rose to 320.\n\n"
            + "Nationally, flu deaths rose to 9,100.\n\nThe state's rate was 5.1, above the national average of 4.8. "
            + "The National Guard sent 200 troops.\n"
        #expect(claims(text).map { $0.place?.code } == ["US-CO", "US", "US-CO", "US", "US-CO"])
        // (A name that opens with the word is none: before no comma.)
        let insurer = "Insurance\n\nCOLUMBUS, Ohio, May 2, 2025 — Nationwide Mutual paid $5 million.\n"
        #expect(claims(insurer).map { $0.place?.code } == ["US-OH"])
    }

    /// A dateline's month and day are no subject, though its day closes them as a figure
    /// closes a name ("FTSE 100").
    @Test func aDatelinesDateIsNoSubject() {
        let text = "Trade\n\nBERLIN, June 3, 2024 — The index rose 2%.\n"
        #expect(claims(text).map(\.subject) == [nil])
        #expect(claims(sentence: "The FTSE 100 fell 1.2%.").map(\.subject) == ["FTSE 100"])
    }

    // MARK: Shares of change, times compared with

    /// A fraction after "by" (past a hedge) is a share of change, with no "of" after it.
    @Test(arguments: [
        ("Burglaries fell by almost a fifth.", -20.0, Qualifier.nearly),
        ("Costs were cut by half.", -50, .exact),
        ("Output dropped by more than a third.", -100 * (1.0 / 3), .moreThan),
        ("Sales rose by one quarter.", 25, .exact),
    ])
    func aFractionAfterByIsAShareOfChange(_ sentence: String, _ value: Double, _ qualifier: Qualifier) {
        let found = claims(sentence: sentence)
        #expect(found.map(\.value) == [value])
        #expect(found.map(\.qualifier) == [qualifier])
        #expect(found.first?.metric.hasSuffix("_change") == true)
    }

    /// A time after "than" and the words before a figure is the compared figure's: not the
    /// figure's before it, nor carried to the next sentence; "more than 30 people on Sunday"
    /// is a hedge, and Sunday is its figure's.
    @Test func aTimeAfterThanIsTheComparedFigures() {
        let text = "Crowds\n\nLONDON, July 1, 2024 — Attendance was about 61,000, higher than the previous record of "
            + "58,500 four years ago. Tickets sold out at 40,000.\n\nStorms killed more than 30 people across three "
            + "southern counties on Sunday.\n"
        let found = claims(text)
        #expect(found.map(\.value) == [61_000, 58_500, 4, 40_000, 30, 3])   // ("four years" is one too: a span, as the gold sets count it)
        #expect(found.map { $0.period?.from.year } == [2024, 2020, 2020, 2024, 2024, 2024])
        #expect(found[4].period?.from == YearMonth(year: 2024, month: 6))   // (the Sunday before July 1)
    }

    // MARK: Speeds, and two sources in a sentence

    /// "75 mph" is a speed in miles per hour, written apart from its figure or onto it.
    @Test func milesPerHourAreASpeed() {
        let winds = claims(sentence: "Winds reached 75 mph, and gusts of up to 90mph hit the coast.")
        #expect(winds.map(\.unit) == ["miles_per_hour", "miles_per_hour"])
        #expect(winds.map(\.metric) == ["speed", "speed"])
        #expect(claims(sentence: "The ship sailed at 20 knots.").map(\.unit) == ["knots"])
    }

    /// A sentence that credits one source and then, in a clause of its own, another: each
    /// figure is its own clause's source's. Not a name inside the first one's words
    /// ("According to the Herald, Professor Smith, chairman of a panel of 12, said …").
    @Test func aSecondSourceInAClauseOfItsOwnIsItsFiguresSource() {
        let outages = claims(sentence: "Ameren said 200,000 customers lost power, while Evergy reported about 80,000 outages.")
        #expect(outages.map(\.source) == ["Ameren", "Evergy"])
        let panel = claims(sentence: "According to the Herald, Professor Jane Smith, chairman of a panel of 12, said the flag cost $3 million.")
        #expect(panel.map(\.source) == ["Herald", "Herald"])
    }

    // MARK: Trade, airline and hospital news

    /// "as many as", "as much as": at most.
    @Test func asManyAsIsAtMost() {
        let shares = claims(sentence: "Shares fell as much as 9% on Monday.")
        #expect(shares.map(\.value) == [-9])
        #expect(shares.map(\.qualifier) == [.atMost])
        #expect(claims(sentence: "As many as 40 people were hurt.").map(\.qualifier) == [.atMost])
    }

    /// A range's unit said with both its figures is its unit; after a verb of change, a range
    /// "between" two shares is a change.
    @Test func aRangesOwnUnitAndChange() {
        let earnings = claims(sentence: "The bank expects earnings of 80 cents to 90 cents per share.")
        #expect(earnings.map(\.unit) == ["cents"])
        #expect(earnings.map(\.metric) == ["earnings_per_share"])
        let sales = claims(sentence: "Sales are expected to grow between 2% and 3%.")
        #expect(sales.map(\.metric) == ["sales_change"])
        #expect(sales.map(\.value) == [2])
    }

    /// What changed is found past two phrases after it ("for knee surgery", "in Wales"), and
    /// after "widened" or "narrowed"; a change told "in June" or "in a Reuters poll" is not
    /// of June or of the poll.
    @Test func whatChangedPastPhrasesAndTimes() {
        #expect(claims(sentence: "The waiting list for knee surgery in Wales fell to 21,000.").map(\.metric) == ["waiting_list"])
        #expect(claims(sentence: "The deficit widened to $12 billion.").map(\.metric) == ["deficit"])
        let gap = claims(sentence: "The gap narrowed by 3 points.")
        #expect(gap.map(\.metric) == ["gap_change"])
        #expect(gap.map(\.value) == [-3])
        #expect(claims(sentence: "Prices rose 4%, after a 3% rise in June.").map(\.metric) == ["prices_change", "prices_change"])
        #expect(claims(sentence: "Sales rose 2%, beating forecasts of a 1% gain in a Reuters poll.").map(\.metric)
                == ["sales_change", "sales_change"])
    }

    /// "cut its forecast on Tuesday and said": no speaker ends in "and".
    @Test func noSpeakerEndsInAnd() {
        let orders = claims(sentence: "The company cut its forecast on Tuesday and said it expected 30 million orders.")
        #expect(orders.map(\.source) == ["author"])
    }

    // MARK: Whole years, shares on a list

    /// "for 2024", "for the whole of 2024", "in all of 2024", "for the 2025-26 school year": the
    /// time said, as after "in"; not a month alone after "for" ("support for May", a person).
    @Test func aYearForOrWholeIsThePeriod() {
        let text = "Jobs\n\nWASHINGTON, Jan. 10, 2025 — For the whole of 2023, employers added 3 million jobs. "
            + "In all of 2024 they added 2.2 million. For 2022, the figure was 4.5 million. "
            + "The board set a budget of $2.1 billion for the 2025-26 school year.\n"
        let found = claims(text)
        #expect(found.map(\.value) == [3_000_000, 2_200_000, 4_500_000, 2_100_000_000])
        #expect(found.map { $0.period.map { "\($0.from)..\($0.to)" } }
                == ["2023-01..2023-12", "2024-01..2024-12", "2022-01..2022-12", "2025-09..2026-08"])
        let poll = claims("Poll\n\nLONDON, June 20, 2019 — Support for May stood at 35%.\n")
        #expect(poll.map { $0.period?.from } == [YearMonth(year: 2019, month: 6)])
    }

    /// A share after "and", with the verb left out, changes as the share before it did: "rose
    /// 0.4% on the month and 2.9% on the year"; not past a verb ("as hiring slowed and 2.9% of …").
    @Test func aShareOnAListOfChangesIsAChange() {
        let prices = claims(sentence: "Prices fell 0.4% on the month and 2.9% on the year.")
        #expect(prices.map(\.value) == [-0.4, -2.9])
        #expect(prices.map(\.metric) == ["prices_change", "prices_change"])
        let clause = claims(sentence: "Wages rose 0.4% as hiring slowed and 2.9% of workers were jobless.")
        #expect(clause.map(\.value) == [0.4, 2.9])
        #expect(clause.map { $0.metric.hasSuffix("_change") } == [true, false])
    }

    // MARK: Ages on a list, light verbs

    /// "aged 10 and 11": both ages say who, as "aged 10" does; neither is a count.
    @Test func bothAgesOfAPairSayWho() {
        #expect(claims(sentence: "About 400,000 children aged 5 and 6 started school.").map(\.value) == [400_000])
    }

    /// People who "made" or "took" something had nothing done to them: the verb names no
    /// state of theirs ("879 people made the crossing"), as "were killed" or "died" do.
    @Test func aLightVerbSaysNothingDoneToPeople() {
        #expect(claims(sentence: "On Saturday 879 people made the crossing.").map(\.metric) != ["people_made"])
        #expect(claims(sentence: "About 300 people took part.").map(\.metric) != ["people_took"])
        #expect(claims(sentence: "At least 40 people died.").map(\.metric) == ["people_died"])
        #expect(claims(sentence: "Some 76 people were killed.").map(\.metric) == ["people_killed"])
    }

    /// A verb of change before its object and "by": the object may hold a hyphenated compound,
    /// whose parts' endings ("-prescribed") are no verb's.
    @Test func aCompoundInTheObjectOfAChange() {
        let cut = claims(sentence: "The firm will cut the list price of its most-prescribed insulin by 70%.")
        #expect(cut.map(\.value) == [-70])
        #expect(cut.first?.metric.hasSuffix("_change") == true)
        // (A verb of its own in the object still ends it: "delayed the launch by".)
        #expect(claims(sentence: "Storms delayed the launch by 3 days.").map(\.value) == [3])
    }

    /// A level a change reaches "to an average of" or "to a total of" is of what changed, not an
    /// average or a total.
    @Test func aLevelReachedAsAnAverageIsOfWhatChanged() {
        #expect(claims(sentence: "Rents rose 5.8% last year to an average of 15.74 euros per square metre.").map(\.metric)
                == ["rents_change", "rents"])
        #expect(claims(sentence: "Sales rose 3% to a total of $4 billion.").map(\.metric) == ["sales_change", "sales"])
    }

    /// Money set off by a comma after a level, "down 6 cents", is the level's change, as a
    /// percentage there is.
    @Test func aChangeInMoneyAfterALevelIsTheLevels() {
        let gas = claims(sentence: "Petrol fell to $1.42 a litre on Monday, down 6 cents from a week ago.")
        #expect(gas.map(\.value) == [1.42, -6])
        #expect(gas.map(\.metric) == ["petrol", "petrol_change"])
    }
}
