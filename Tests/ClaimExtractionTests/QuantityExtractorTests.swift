import Testing
@testable import ClaimExtraction
@testable import ClaimStore

/// Each quantity form, hedge and change, and each kind of number that is not a quantity.
@Suite struct QuantityExtractorTests {
    private func found(_ text: String) -> [String] {
        QuantityExtractor.mentions(in: text).map { m in
            var s = m.surface + "=" + number(m.value)
            if let high = m.high { s += ".." + number(high) }
            if m.qualifier != .exact { s += " " + m.qualifier.rawValue }
            if let change = m.change { s += " " + change.rawValue }
            return s
        }
    }

    private func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    /// Figures of a quintillion and more (a 400-digit one is not even a finite Double)
    /// are not quantities; just below is.
    /// `isLower` (lengths first) answers as comparing the lower case does, for every token
    /// of a text with capitals, figures, symbols and letters outside ASCII.
    @Test func isLowerIsTheLowerCaseCompared() {
        let tokens = TextTokenizer.tokens(Array("By the way, BY 2020 Kelvin (\u{212A}) by İstanbul’s bys b y — by".unicodeScalars))
        for token in tokens {
            for word in ["by", "b", "bys", "the", "k", "2020", "way", "istanbul", ""] {
                #expect(token.isLower(word) == (token.lower == word), "\(token.text) \(word)")
            }
        }
        #expect(tokens.filter { $0.isLower("by") }.count == 4)
    }

    /// A token's text and lower case are the words it was read from, whether they fit in the
    /// token itself (up to 15 ASCII bytes) or are kept by number (longer, or past ASCII), and
    /// the same word read twice is kept once.
    @Test func aTokensTextIsItsWordsWhereverKept() {
        let text = "Representatives RESPONSIBILITIES Responsibilities Café CAFÉ 123456789012345678 x"
        let tokens = TextTokenizer.tokens(Array(text.unicodeScalars))
        #expect(tokens.map(\.text) == text.split(separator: " ").map(String.init))
        #expect(tokens.map(\.lower) == ["representatives", "responsibilities", "responsibilities", "café", "café", "123456789012345678", "x"])
        #expect(tokens[1].isLower("responsibilities") && tokens[2].isLower("responsibilities") && !tokens[0].isLower("responsibilities"))
        #expect(!tokens[3].isLower("cafe") && !tokens[4].isLower("x"))   // (`isLower` is asked of ASCII words only)
        #expect(tokens[0].isLower("representatives") && !tokens[0].isLower("representative") && !tokens[0].isLower("representativez"))
        #expect(tokens[1] != tokens[2] && tokens[1].lower == tokens[2].lower)
        #expect(LongWords.shared.number(of: "responsibilities") == LongWords.shared.number(of: "responsibilities"))
        #expect(LongWords.shared.string(numbered: LongWords.shared.number(of: "Café")) == "Café")
    }

    /// "Half" and "a quarter" of something are shares; "the second half of the year"
    /// is a part of a time, and "the first quarter" says no number.
    @Test func partsInOrderAreNotShares() {
        #expect(found("Half of the 40 homes flooded.") == ["Half=0.5", "40=40"])
        #expect(found("A quarter of voters stayed home.") == ["A quarter=0.25"])
        #expect(found("The shilling lost a tenth of its value.") == ["a tenth=0.1 down"])
        #expect(found("Profit fell 2% in the second half of the year.") == ["2%=2 down"])
        #expect(found("Prices rose 3% in the first half of August.") == ["3%=3 up"])
        #expect(found("They led at the end of the first half of the match.") == [])
    }

    @Test func figuresTooLargeToMeanAnythingAreNotQuantities() {
        #expect(found("There were " + String(repeating: "9", count: 400) + " cats.") == [])
        #expect(found("It holds 2,000,000,000,000,000,000 bytes and 5 cats.") == ["5=5"])
        #expect(found("between 5 and " + String(repeating: "9", count: 30) + " cats").allSatisfy { !$0.contains("e+") })
        #expect(found("It sold 999,999,999,999,999 units.") == ["999,999,999,999,999=999999999999999"])
    }

    /// Money in any currency: its sign or letters before the figure, spaced or not, are
    /// part of the amount; "R" is the rand only before a scale ("the R2 road" is not money).
    @Test(arguments: [
        ("The deal is worth R40 billion.", ["R40 billion=40000000000"], ["R"]),
        ("It cost R2.5bn in all.", ["R2.5bn=2500000000"], ["R"]),
        ("Tickets cost Rs 500 each and Rs. 750 at the door.", ["Rs 500=500", "Rs. 750=750"], ["Rs", "Rs"]),
        ("The fine was ₹2,000 and the fare ₦5,000.", ["₹2,000=2000", "₦5,000=5000"], ["₹", "₦"]),
        ("It lent RM 3 million and R$ 12 million.", ["RM 3 million=3000000", "R$ 12 million=12000000"], ["RM", "R$"]),
        ("Rents rose to KSh 20,000 a month.", ["KSh 20,000=20000"], ["KSh"]),
        ("The R2 road was shut.", [], []),
        ("The PS 5 console is here.", ["5=5"], ["-"]),   // not £5
        // Letters are a currency only as written: not "rm" or "Usd" (the list's case).
        ("It lent rm 3 million and Usd 5 million.", ["3 million=3000000", "5 million=5000000"], ["-", "-"]),
    ])
    func moneyInAnyCurrency(_ text: String, _ expected: [String], _ currencies: [String]) {
        let mentions = QuantityExtractor.mentions(in: text)
        #expect(found(text) == expected)
        #expect(mentions.map { m in m.unit.flatMap { QuantityWords.isCurrency($0) ? $0 : nil } ?? "-" } == currencies)
    }

    @Test(arguments: ["29,269", "2.4", ".001", "0.1", "1,234,567.891", "3.14159265358979", "007",
                      "123456789012345.5", "98765432109876543210", "0.30000000000000004"])
    func digitsReadAsTheParserReadsThem(_ figure: String) throws {
        let token = try #require(TextTokenizer.tokens(Array(figure.unicodeScalars)).first)
        let plain = figure.filter { $0 != "," }
        #expect(token.kind == .digits && token.range.count == figure.unicodeScalars.count)
        #expect(token.number == Double(plain.hasPrefix(".") ? "0" + plain : plain))
    }

    /// The hedges looked up by their last word are all the hedges, each word's in the
    /// order `hedges` lists them (the first that matches wins: "no more than" before "more than").
    @Test func hedgesByTheirLastWordAreAllHedgesInOrder() {
        let all = QuantityWords.hedges.map { $0.words.joined(separator: " ") }
        var seen = 0
        for last in Set(QuantityWords.hedges.map { $0.words.last! }) {
            let listed = (QuantityWords.hedgesByLastWord[last] ?? []).map { $0.words.joined(separator: " ") }
            #expect(listed == all.filter { $0.split(separator: " ").last.map(String.init) == last })
            seen += listed.count
        }
        #expect(seen == all.count)
        #expect(found("no more than 5 cats").first == "no more than 5=5 at_most")
    }

    /// `hasComma` tests a small figure's bytes in place and a longer one's UTF-8: the same
    /// answer as searching the text, for figures of every length around 15 characters.
    @Test func aFiguresCommaIsFoundWhereverItIs() {
        let figures = ["29,269", "2024", "1,234,567.89", "7", "123,456,789,012", "1234567890123456", "123,456,789,012,345",
                       "12345678901234.5", "1,000", "0.5", "12345678,901", "123456789012,345"]
        for figure in figures {
            let token = TextTokenizer.tokens(Array(figure.unicodeScalars))[0]
            #expect(token.kind == .digits && token.hasComma == figure.contains(","), "\(figure)")
        }
        let tokens = TextTokenizer.tokens(Array("commas , here".unicodeScalars))
        #expect(tokens.map(\.hasComma) == [false, true, false])
    }

    @Test(arguments: [
        ("just 33,701 of 2.4 million", ["33,701=33701", "2.4 million=2400000"]),
        ("— 1.4 percent —", ["1.4 percent=1.4"]),
        ("a fine of $1.2bn and €5m", ["$1.2bn=1200000000", "€5m=5000000"]),
        ("it cost USD10m", ["USD10m=10000000"]),
        ("19 per cent, 5pc and 7%", ["19 per cent=19", "5pc=5", "7%=7"]),
        ("three, twenty-six and a dozen eggs", ["three=3", "twenty-six=26", "a dozen=12"]),
        ("a million dollar house", ["a million=1000000"]),
        ("the false positive rate fell to .001 per cent", [".001 per cent=0.001"]),
        ("a 6kW motor and a 5.5kWh battery", ["6kW=6", "5.5kWh=5.5"]),
        ("risen about 1.1C since", ["about 1.1C=1.1 approx"]),
        ("rose 4.6mm a year", ["4.6mm=4.6 up"]),
        ("grew by just 3%", ["3%=3"]),   // NewsQuant reads "just" as a level
        ("$380 million over five years", ["$380 million=380000000", "five=5"]),
        ("over five years old", ["over five=5 more_than"]),
    ])
    func digitsWordsScalesAndPercent(_ text: String, _ expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test(arguments: [
        ("“(N)early a quarter of the Muslims polled", ["“(N)early a quarter=0.25 nearly"]),
        ("A third of the population", ["A third=0.3333333333333333"]),
        ("two-thirds of sales", ["two-thirds=0.6666666666666666"]),
        ("almost half of which", ["almost half=0.5 nearly"]),
        ("one in five adults", ["one in five=0.2"]),
        ("1/16 of a pint", ["1/16=0.0625"]),
        ("the majority for immigrants", ["the majority=50 more_than"]),
        ("the vast majority of whom", ["the vast majority=50 more_than"]),
    ])
    func shares(_ text: String, _ expected: [String]) {
        #expect(found(text).map { $0.replacingOccurrences(of: "“", with: "") } == expected.map { $0.replacingOccurrences(of: "“", with: "") })
    }

    @Test(arguments: [
        ("between 44 and 50", ["44 and 50=44..50"]),
        ("44 to 50 people", ["44 to 50=44..50"]),
        ("a 5-10W laser", ["5-10W=5..10"]),
        ("between $62 and $68 per share", ["$62 and $68=62..68"]),
        ("from $89 to $93 billion", ["$89 to $93 billion=89000000000..93000000000"]),
        ("from $200 to $4 million", ["$200 to $4 million=200..4000000"]),
        ("hundreds of miles", ["hundreds=100..1000"]),
        ("tens of thousands of students", ["tens of thousands=10000..100000"]),
        ("over the past three or four years", ["three or four=3..4"]),
        ("between three and five inspectors", ["three and five=3..5"]),
        ("ten to fifteen shelters", ["ten to fifteen=10..15"]),
        ("one or two days", ["one or two=1..2"]),
        ("a line of 20 or 30 people", ["20 or 30=20..30"]),
        ("a 5-year-old law", ["5=5"]),
        ("Smith leads Jones 48% to 44%", ["48%=48", "44%=44"]),
        ("dropping from 208 pounds to 193", ["208 pounds to 193=208..193"]),
        ("a margin of error of plus or minus 2.6 points", ["2.6=2.6"]),
        ("5 or more", ["5 or more=5 at_least"]),
        ("two to three million", ["two to three million=2000000..3000000"]),
        ("one or another of them, three or more", ["three or more=3 at_least"]),
        ("five to one", ["five=5", "one=1"]),
    ])
    func ranges(_ text: String, _ expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test(arguments: [
        ("approximately 675 jurisdictions", ["approximately 675=675 approx"]),
        ("about 19 per cent", ["about 19 per cent=19 approx"]),
        ("roughly 8 billion people", ["roughly 8 billion=8000000000 approx"]),
        ("nearly 57%", ["nearly 57%=57 nearly"]),
        ("almost 3", ["almost 3=3 nearly"]),
        ("more than 29,269 requests", ["more than 29,269=29269 more_than"]),
        ("over 35 GWh", ["over 35=35 more_than"]),
        ("at least three occasions", ["at least three=3 at_least"]),
        ("fewer than 10 cases", ["fewer than 10=10 less_than"]),
        ("less than 5%", ["less than 5%=5 less_than"]),
        ("under 4%", ["under 4%=4 less_than"]),
        ("up to 252 miles", ["up to 252=252 at_most"]),
        ("~25 minutes", ["~25=25 approx"]),
        ("only 23 were", ["23=23"]),
    ])
    func hedges(_ text: String, _ expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test(arguments: [
        ("shares rose 5%", ["5%=5 up"]),
        ("rates rose 12 percentage points", ["12 percentage points=12 up"]),
        ("it fell two percentage points", ["two percentage points=2 down"]),
        ("it was up 19 cents", ["19=19 up"]),
        ("exports fell by 3 percent", ["3 percent=3 down"]),
        ("Dow +0.2%", ["+0.2%=0.2 up"]),
        ("revenue rose to $7.36 billion", ["$7.36 billion=7360000000"]),
        ("the defense gave up 517 yards", ["517=517"]),
        ("sales grew revenue by 35 percent", ["35 percent=35 up"]),   // the second word before "by"
        ("costs were cut by 5 percent", ["5 percent=5 down"]),
        ("minus-130 degrees", ["minus-130=-130"]),
    ])
    func changes(_ text: String, _ expected: [String]) {
        #expect(found(text) == expected)
    }

    /// A hedged figure before a plural name counts it; a bare one may be part of the name.
    @Test(arguments: [
        ("an exhibit of roughly 100 Polaroids", ["roughly 100=100 approx"]),
        ("about 300 Americans", ["about 300=300 approx"]),
        ("the Fortune 500 Companies list", []),
    ] as [(String, [String])])
    func hedgedCountsOfPluralNames(_ text: String, _ expected: [String]) {
        #expect(found(text) == expected, "\(text)")
    }

    /// Numbers listed after a plural are numbered things; ages and counts after a plural are not.
    @Test(arguments: [
        ("children aged 5 and 6 were hurt", ["5=5", "6=6"]),
        ("posts 542 and 543", []),
        ("teams of 5 and 6 players", ["5=5", "6=6"]),
        ("jobs rose 5 and 6 percent", ["5=5 up", "6 percent=6"]),
    ] as [(String, [String])])
    func numberedThings(_ text: String, _ expected: [String]) {
        #expect(found(text) == expected, "\(text)")
    }

    @Test(arguments: [
        "From January 2014 to May 2017", "in 2016", "as of June 2017", "on February 11", "Oct. 31 was",
        "at 3:30 and 10.45pm", "the 22nd Amendment", "after 9/11", "open 24/7", "COVID-19 cases", "COVID -19 tests",
        "a 5G phone", "the F-35 jet", "under Section 427 of the law", "the Fortune 100 on its books", "the iPhone 11 Pro",
        "the Big 12.", "the 787 Dreamliner", "they won 2-0", "tied at 89-89", "each one they lose", "BBC One",
        "a five-year plan", "Section 8 housing", "Route 66 runs west", "in Game 7", "see page 3",
        "the No. 1 union", "until 2 a.m. and at 7 p.m.", "call 555-123-4567", "ID 12-345-678",
        "The S&P 500 gained", "the 10-year Treasury yield", "a 30-year mortgage rate", "conducted Oct. 1-5 and",
        "shells fell near posts 542 and 543", "trains left from platforms 5, 6 and 7 late",
    ])
    func notQuantities(_ text: String) {
        #expect(found(text) == [], "\(text)")
    }

    @Test func offsetsPointAtTheSurface() {
        let text = "They refused more than 29,269 requests."
        let m = QuantityExtractor.mentions(in: text)
        #expect(m.count == 1)
        #expect(String(scalars: Array(text.unicodeScalars)[m[0].range]) == "more than 29,269")
        #expect(m[0].unit == "requests")
    }

    /// A time word after a figure is no unit: "raised 12bn last year", "40 each".
    @Test func timeWordsAreNotUnits() {
        let m = QuantityExtractor.mentions(in: "The fund raised 12bn last year and paid 40 each week; 30 days ago it had 7 next door.")
        #expect(m.map(\.value) == [12e9, 40, 30, 7])
        #expect(m.map(\.unit) == [nil, nil, "days", nil])
    }
}

private extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}

extension QuantityExtractorTests {
    // Quantity classes common in news, each written for its rule.
    @Test(arguments: [
        ("They shipped 4.5m tonnes of grain", ["4.5m=4500000"]),
        ("a 4.6m wall", ["4.6m=4.6"]),
        ("It has 3 B users", ["3 B=3000000000"]),
        ("the page drew 40k visits and 12bn views", ["40k=40000", "12bn=12000000000"]),
        ("they counted three thousand four hundred twelve ballots", ["three thousand four hundred twelve=3412"]),
        ("one hundred and five people", ["one hundred and five=105"]),
        ("two million three hundred thousand people", ["two million three hundred thousand=2300000"]),
        ("three thousand people", ["three thousand=3000"]),
        ("One fifth of voters stayed home", ["One fifth=0.2"]),
        ("sales grew threefold and costs 3-fold", ["threefold=3 up", "3-fold=3"]),
        ("it ends with one", ["one=1"]),
        ("a fee of between €20 million and €25 million", ["€20 million and €25 million=20000000..25000000"]),
        ("a 5GHz chip, a 100Mbps link and 20kHz audio", ["5GHz=5", "100Mbps=100", "20kHz=20"]),
        ("buyers want sub-500 sq m flats", ["sub-500=500 less_than"]),
        ("police held 40 Chelsea supporters", ["40=40"]),
        ("Tesla sold about 12000 Model Y cars", ["about 12000=12000 approx"]),
        ("grounding two new 737 Max jets", ["two=2"]),
        // "over" a span after a verb of spreading is across it, not "more than".
        ("$800 million would be paid over nine years", ["$800 million=800000000", "nine=9"]),
        ("the project took over nine years", ["over nine=9 more_than"]),
        // A temperature's scale after a space: a capital alone, not one starting a name.
        ("Mora reached 46.6 C, and Seville hit 44 F.", ["46.6 C=46.6", "44 F=44"]),
        ("They met at 4 C Street", ["4=4"]),
        // A model's number after a count: in capitals, or a number of three digits or more.
        ("it handed over 43 of its 737 MAX jets", ["over 43=43 more_than"]),
        ("five 787 Dreamliners and three 777 freighters", ["five=5", "three=3"]),
        ("it trades at 110 JPY to 1 USD", ["110=110", "1=1"]),
        ("30 NHS trusts, 2 500 ml bottles and 2 500 euros", ["30=30", "2=2", "500=500", "2=2", "500=500"]),
        ("there were 500 in 2016", ["500=500"]),
        ("one in five adults", ["one in five=0.2"]),
        ("killing 107 or more", ["107 or more=107 at_least"]),
        ("killing 107 or more people", ["107 or more=107 at_least"]),
        ("a fine of 50 or less", ["50 or less=50 at_most"]),
        ("three or more", ["three or more=3 at_least"]),
        ("between 3 or 4", ["3 or 4=3..4"]),
        ("over the current one.", []),
        ("potentially a very serious one", []),
        ("they won only one.", ["one=1"]),
        ("a survey of 1709 schoolchildren", ["1709=1709"]),
        ("in 1990 voters chose", []),
        ("about 2000 people came", ["about 2000=2000 approx"]),
        ("Keytruda's 2018 sales jumped", []),
        ("it continues a 2000 year old tradition", ["2000=2000"]),
        ("a 1500-year-old temple", ["1500=1500"]),
        ("only one day to test it", ["one=1"]),
        ("one day he left", []),
        ("the six-member Afghan team", ["six=6"]),
        ("a three-judge panel", ["three=3"]),
        ("a five-year plan and two-thirds of it", ["two-thirds=0.6666666666666666"]),
        ("during the 1991 Hajj", []),
    ])
    func newsQuantityClasses(_ text: String, _ expected: [String]) {
        #expect(found(text) == expected)
    }
}
