import Testing
@testable import ClaimExtraction
@testable import ClaimStore

/// What each number counts, on sentences written for each rule.
@Suite struct WhatIsCountedTests {
    /// The words after a figure, read as they are asked for, stop where the clause does
    /// (a comma, a full stop that ends a word of more than one letter) or at the twelfth.
    @Test(arguments: [
        (" U.S. states, and more", ["u", "s", "states"]),
        (" people. Then", ["people"]),
        (" million, 2.4 percent", ["million"]),
        (", of all immigrants", ["of", "all", "immigrants"]),
        (" a b c d e f g h i j k l m n", ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]),
        (" Café’s guests", ["café", "s", "guests"]),
        (" don't know", ["don", "t", "know"]),
        (" six-member Afghan team", ["six", "member", "afghan", "team"]),
        (" 3D prints", ["d", "prints"]),
        (" İstanbul and ÄRZTE", ["i\u{307}stanbul", "and", "ärzte"]),
        ("", []),
    ])
    func wordsAfterAFigureStopWithItsClause(_ text: String, _ expected: [String]) {
        // Read alone, and with the text's tokens (whose lower case serves a word that is a whole token).
        let chars = Array(text.unicodeScalars)
        for tokens in [[], TextTokenizer.tokens(chars)] {
            var words = Units.WordsAfter(chars, tokens: tokens, from: 0)
            var read: [String] = []
            while let word = words[read.count] { read.append(word) }
            #expect(read == expected)
            #expect(words[40] == nil && words.read == expected)
        }
    }

    private func metrics(_ sentence: String) -> [String] {
        ClaimExtractor.extract(ArticleText(name: "t", text: "Headline\n\n" + sentence + "\n"), slug: "t").map(\.claim.metric)
    }

    @Test(arguments: [
        ("Over 4 million visitors attended the fair.", ["visitors"]),
        ("The army sent 60,000 security personnel to the border.", ["security_personnel"]),
        ("You lose 15 IQ points on average.", ["iq_points"]),
        ("Two Syrian teams were scheduled to compete.", ["teams"]),
        ("They bought 300 U.S. tractors.", ["tractors"]),
        ("About 675 jurisdictions nationwide refused.", ["jurisdictions"]),
        ("Apple sold 230 million iPhones last year.", ["iphones"]),
    ])
    func theNounPhraseAfterAFigure(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// A change "by" a figure right after its verb is of what the verb's subject names:
    /// "The number of job vacancies fell by 9,000" (not after "having": no subject in reach).
    @Test(arguments: [
        ("The number of job vacancies fell by 9,000 to 723,000.", ["job_vacancies_change", "job_vacancies"]),
        ("Ticket sales rose by 1,200 last month.", ["ticket_sales_change"]),
        ("Having grown by 400, the firm hired more.", ["count_change"]),
    ])
    func aChangeByAFigureAfterItsVerb(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// A verb of change with "above", "below", "past" or "beyond" says a level crossed, not a
    /// change; the scale after a space makes a temperature.
    @Test(arguments: [
        ("Temperatures soared above 46 degrees Celsius.", ["temperature"]),
        ("The town recorded 46 C on Sunday.", ["temperature"]),
        ("Unemployment fell below 4 percent.", ["unemployment"]),
        ("Unemployment fell more than 4 percent.", ["unemployment_change"]),
    ])
    func aLevelCrossed(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// A noun of change beside a share or an amount makes it a change of what the noun names.
    @Test(arguments: [
        ("The council approved a property tax increase of 4.5 percent.", ["property_tax_change"], [4.5]),
        ("It approved a 3 percent rise in water rates.", ["water_rates_change"], [3]),
        ("Officials expect a 2 percent cut in spending.", ["spending_change"], [-2]),
        ("It made an increase of 4 percent in fares.", ["fares_change"], [4]),
        ("It was a $2 million cut in the budget.", ["budget_change"], [-2_000_000]),
        ("Turnout was 40 percent.", ["turnout"], [40]),
        ("Sales grew 40 percent, faster than the 39 percent rise in the previous quarter.", ["sales_change", "sales_change"], [40, 39]),
        ("Bitcoin fell to $34,935, a sharp 3 percent drop.", ["bitcoin", "share_change"], [34_935, -3]),
        // What a phrase after a noun modifies is the noun, past a determiner, unless it is a change.
        ("Sales at its stores grew 40 percent.", ["sales_change"], [40]),
        ("It saw an improvement in its margins to 64 per cent.", ["margins"], [64]),
    ])
    func aChangeANounNames(_ sentence: String, _ expected: [String], _ values: [Double]) {
        let claims = ClaimExtractor.extract(ArticleText(name: "t", text: "Headline\n\n" + sentence + "\n"), slug: "t").map(\.claim)
        #expect(claims.map(\.metric) == expected)
        #expect(claims.map(\.value) == values)
    }

    /// Money a verb says what it is: earned, spent, invested, borrowed, owed; what is valued at a
    /// figure has that value; what averaged it, its average.
    @Test(arguments: [
        ("The company earned $27.7 billion.", ["earnings"]),
        ("The city spent $45 million on parks.", ["spending"]),
        ("The firm owes nearly $3 billion.", ["debt"]),
        ("The city spent 45 days on it.", ["duration"]),
        ("A median home, valued at $580,000, pays more.", ["median_home_value"]),
        ("The company, valued at $5 billion, hired 40 people.", ["company_value", "people_hired"]),
        // Money that something averaged is of what averaged it.
        ("Petrol averaged $2.11 a litre in May.", ["petrol"]),
        ("Home prices averaged $400,000.", ["home_prices"]),
    ])
    func moneyAVerbNames(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// Money by the share is of what the figure before it was, or of what its own words name,
    /// by the share; money by the share of shares counted before is their price. "per" before
    /// anything but "cent" names no thing counted ("$3.50 per gallon" is no count of gallons).
    @Test(arguments: [
        ("It earned $1.2 billion, or $3.72 per share.", ["earnings", "earnings_per_share"]),
        ("It posted a net loss of $40 million, or 95 cents a share.", ["loss", "loss_per_share"]),
        ("Analysts expected earnings of $3.50 a share.", ["earnings_per_share"]),
        ("It sold 30 million shares at $62 per share.", ["shares", "share_price"]),
        ("Some 4 million shares were traded, fetching $20 a share.", ["shares_traded", "share_price"]),
        ("Gas costs $3.50 per gallon.", ["gas_price"]),
        ("Oil rose to $80 a barrel.", ["oil"]),
    ])
    func moneyByTheShare(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// Money "in" something is an amount of it ("$2 billion in aid"); money "in" a month is an
    /// amount raised then, not an amount of the month.
    @Test(arguments: [
        ("The EU gave $2 billion in aid.", ["aid"]),
        ("The group raised $2 million in June.", ["amount"]),
        ("The home sold for $400,000 in May.", ["home_price"]),
        ("She paid $300 in fees in March.", ["fees"]),
    ])
    func moneyInSomethingOrInAMonth(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// A quake's magnitude, a named dimension's length, and a whole number set off by commas
    /// after a name (the person's age).
    @Test(arguments: [
        ("A magnitude 6.0 earthquake struck.", ["magnitude"]),
        ("A 5.2-magnitude aftershock followed.", ["magnitude"]),
        ("It hit at a depth of 8 kilometers.", ["depth"]),
        ("It walked a distance of 8 kilometers.", ["distance"]),
        ("Mutharika, 85, served as president.", ["age"]),
        ("Smith, 40, and Jones, 38, were charged.", ["age", "age"]),
        ("The vote, 52, was close.", ["count"]),
        ("In Kenya, 300, and in Uganda, 200, were hurt.", ["count", "count"]),
    ])
    func measuresNamedBesideTheFigure(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// A level said with an adjective before "at" is of what stands at it: "was unchanged at",
    /// "held its key rate steady at", "was flat at".
    @Test(arguments: [
        ("The price of kerosene was unchanged at 169.5 shillings.", ["kerosene_price"]),
        ("The bank held its key rate steady at 4.25 percent.", ["key_rate"]),
        ("The index was flat at 400 points.", ["index"]),
    ])
    func aLevelSaidWithAnAdjectiveBeforeAt(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// "held" says a level when "at" follows it, straight or past an adjective, whatever the
    /// tagger makes of the adjective; it holds things otherwise.
    @Test(arguments: [
        ("Inflation held steady at 3 percent in September.", ["inflation"]),
        ("Consumer prices held at 2.9 percent.", ["consumer_prices"]),
        ("The jobless rate holds steady at 4 percent.", ["jobless_rate"]),
        ("Mortgage rates held firm at 6.5 percent.", ["mortgage_rates"]),
        ("The gauge was stable at 52 points.", ["gauge"]),
        ("Police held 300 prisoners.", ["prisoners"]),
        ("The fund holds 40 percent of the company.", ["company_share"]),
    ])
    func heldAtALevel(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// People said to be in a state ("were unemployed", "are still missing") are counted in
    /// it; not when the adjective goes on to a comparison or an infinitive.
    @Test(arguments: [
        ("About 1.6 million people were unemployed.", ["people_unemployed"]),
        ("Some 40 people are still missing.", ["people_missing"]),
        ("300 people were more likely to vote.", ["count"]),
        ("Twelve people were in hospital.", ["count"]),
    ])
    func peopleInAState(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// A level set off by a comma and "at" is the noun's before the comma, as one after ", to" is.
    @Test(arguments: [
        ("Inflation, at 3 percent, stayed low.", ["inflation"]),
        ("Spain had the highest rate, at 11.3 percent.", ["highest_rate"]),
        ("Sales rose to 40, at a cost of $5 million.", ["sales", "cost"]),
    ])
    func aLevelAfterACommaAndAtIsTheNounsBefore(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// A possessive with no noun after it stands for the noun said before ("Germany's" for
    /// Germany's unemployment), never for the place it names; one before a noun owns it.
    @Test(arguments: [
        ("Unemployment in Spain was 11.3 percent, while Germany's stood at 3.4 percent.", ["unemployment", "unemployment"]),
        ("Inflation in Kenya hit 6 percent; Uganda\u{2019}s was 4 percent.", ["inflation", "inflation"]),
        ("Germany's exports rose 4 percent.", ["germany_exports_change"]),
    ])
    func aPossessiveWithNoNounIsTheNounBefore(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// A percentage "of the total" or "of all" is a share of what the figure before it
    /// counted; one of something named is that thing's share.
    @Test(arguments: [
        ("Odinga received 6.9 million votes, or 48.8% of the total.", ["votes", "votes_share"]),
        ("The party took 412 seats, 63 percent of all, and 9.7 million votes.", ["seats", "seats_share", "votes"]),
        ("The party took 412 seats, 63 percent of all seats.", ["seats", "seats_share"]),
        ("Turnout was 48.8% of the total.", ["turnout"]),
        ("The firm sold 40 cars, 12% of the total market.", ["cars", "market_share"]),
    ])
    func aShareOfTheWhole(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// A bare figure after a verb of level measures what reached it; money named after
    /// the figure ("212 pence") is its unit, not what it measures.
    @Test(arguments: [
        ("The air quality index hit 484 on Thursday, officials said.", ["quality_index"]),
        ("The death toll was 40.", ["death_toll"]),
        ("Sales totalled 300 last year.", ["sales"]),
        ("The attendance stood at about 12,000.", ["attendance"]),
        ("The FTSE 100 closed at 7,512 points.", ["ftse_100"]),
        ("The share price reached 212 pence.", ["share_price"]),
        ("Tickets cost 500 rupees.", ["tickets_price"]),
        ("Electricity demand in the city hit a record 8,302 megawatts.", ["electricity_demand"]),   // (what costs a figure has that price)
        ("There were 40 at the scene.", ["count"]),
        ("The phone is one of the best phones on sale.", ["phones"]),
        ("The guitar's neck is 25.5 from nut to saddle.", ["guitar_neck"]),
        // What a figure was reckoned at: "estimated damage at", "put the death toll at".
        ("The World Bank estimated damage at $10 billion.", ["damage"]),
        ("Officials put the death toll at 40.", ["death_toll"]),
        ("They arrived at 40 sites.", ["sites"]),
    ])
    func aLevelReached(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// Degrees measure a temperature, written out or onto the figure.
    @Test(arguments: [
        ("A heatwave pushed temperatures above 50C in Jacobabad.", ["temperature"]),
        ("It was 45 degrees Celsius on Monday.", ["temperature"]),
        ("The lake froze at minus 20 degrees Fahrenheit.", ["temperature"]),
        ("The ball left at a 30 degree launch angle.", ["launch_angle"]),
    ])
    func temperatures(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// Spans of time by what they are: how often, how far ahead.
    @Test(arguments: [
        ("The fair returns every ten years.", ["interval"]),
        ("The fair lasted ten years.", ["duration"]),
        ("Parts were sent roughly four months in advance of the contest.", ["lead_time_before_contest"]),
    ])
    func spansOfTime(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// A noun that is the unit itself names nothing counted: money is an amount, or what its
    /// verb says it is.
    @Test(arguments: [
        ("The city spent 1 million dollars on roads in 2019.", ["spending"]),
        ("Donors gave nearly 300 dollars each.", ["amount"]),
    ])
    func aUnitAfterAFigureIsNoMetric(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    @Test(arguments: [
        ("At least 76 people were killed when the hotel fell.", ["people_killed"]),
        ("In all, 1,426 pilgrims were trampled.", ["pilgrims_trampled"]),
        ("The storm struck, killing 107 and wounding 238.", ["people_killed", "people_wounded"]),
        ("Police said 5 were hurt.", ["people_hurt"]),
        ("Some 40 people live there.", ["people_live"]),
        ("At least 107 killed in crash", ["people_killed"]),
        ("On Friday, fishermen rescued over 700 asylum seekers whose boat sank.", ["asylum_seekers_rescued"]),
        ("The army evacuated about 80 people in the town.", ["people_evacuated"]),
        ("The blast was felt for miles, killing all seven miners aboard.", ["miners_killed"]),
        ("The boat sank, killing all six aboard.", ["people_killed"]),
        ("Two teams were scheduled to compete.", ["teams"]),
        ("A survey of 1709 schoolchildren was carried out.", ["schoolchildren_surveyed"]),
        ("A poll of 1,200 adults found it.", ["adults_surveyed"]),
        // A verb in the present, third person, as in the past: "kills" is "killed".
        ("The disease kills 300 people a year.", ["people_killed"]),
        // People employed or hired are counted as such, not as a unit ("people").
        ("The company employs 4,000 people at the plant.", ["people_employed"]),
        ("The mill employed 1,200 workers in 1950.", ["workers_employed"]),
        ("The hospital hired 300 nurses last year.", ["nurses_hired"]),
    ])
    func whatHappenedToThem(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    /// What things are left or remain without ("without power", "without running
    /// water") says what the figure counts; "without" saying how something was done
    /// ("sold 40 cars without a loss") does not.
    @Test(arguments: [
        ("The storm left 200,000 homes without power on Sunday.", ["homes_without_power"]),
        ("The storm left 200,000 people without power, officials said.", ["people_without_power"]),
        ("About 3,000 families remain without running water.", ["families_without_water"]),
        ("Some 40 schools were left without a single teacher.", ["schools_without_teacher"]),
        ("He sold 40 cars without a loss.", ["cars"]),
        ("The storm left 200,000 without power.", ["people_without_power"]),
    ])
    func whatTheyAreWithout(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    @Test(arguments: [
        ("Only 10 per cent of Australian salt is iodised.", ["salt_share"]),
        ("Almost half of all primary school children are deficient.", ["school_children_share"]),
        ("Just 1.4 percent — of all immigrants were held.", ["immigrants_share"]),
        ("Turnout was 61 percent.", ["turnout"]),
        ("The unemployment rate rose to 5.2 percent.", ["unemployment_rate"]),
        ("The unemployment rate rose 0.3 percent.", ["unemployment_rate_change"]),
        ("It was 40 percent.", ["share"]),
        // A share of nothing named that is won is of the vote.
        ("Chakwera had won the 2020 rerun with 59 percent.", ["vote_share"]),
        ("Lazarus Chakwera took 33 percent.", ["vote_share"]),
        ("Apple took 33 percent of the market.", ["market_share"]),
        // Not won ("grew with"): a share of the noun after it.
        ("The firm grew with 5 percent more staff.", ["staff"]),
    ])
    func whatAShareIsOf(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    @Test(arguments: [
        ("A 15 meter high statue stands there.", ["height"]),
        ("The wall is 2 km long.", ["length"]),
        ("They walked 500 miles to the capital.", ["distance"]),
        ("The park covers 240,000 square meters.", ["area"]),
        ("It follows two decades of military conflict.", ["conflict_duration"]),
        ("They had two weeks to build it.", ["time_to_build"]),
        ("They had two weeks left to assemble it.", ["time_to_assemble"]),
        ("It came ten days before the beginning of the Hajj.", ["time_before_hajj"]),
        ("They waited six hours after the storm.", ["time_after_storm"]),
        ("The strike lasted three weeks.", ["duration"]),
        ("The haul weighed 3 tonnes.", ["weight"]),
    ])
    func whatAMeasurementMeasures(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }

    @Test(arguments: [
        ("A 15-member panel met.", ["panel_members"]),
        ("The six - member Afghan team arrived.", ["team_members"]),
        ("The six-member Afghan team arrived.", ["team_members"]),
        ("A panel of twelve chose the design.", ["panel"]),
        ("It will cost an estimated $26 million.", ["amount"]),
        ("The cost of $26 million was approved.", ["cost"]),
        ("3,887 refugees came, of whom only 23 were Christian.", ["refugees", "refugees"]),
    ])
    func figuresThatCompleteANoun(_ sentence: String, _ expected: [String]) {
        #expect(metrics(sentence) == expected)
    }
}

/// The entity a number is about, on sentences written for each rule.
@Suite struct SubjectTests {
    private func subjects(_ sentence: String) -> [String?] {
        ClaimExtractor.extract(ArticleText(name: "t", text: "Headline\n\n" + sentence + "\n"), slug: "t").map(\.claim.subject)
    }

    @Test(arguments: [
        ("The FTSE 100 fell 1.2 per cent on Monday.", ["FTSE 100"]),
        ("The Labour Party won 40 seats, according to the BBC.", ["Labour Party"]),
        ("In Maricopa County, officials counted 2,000 ballots.", ["Maricopa County"]),
        ("Police held 40 Chelsea supporters.", ["Chelsea"]),
        // A common word capitalised at a sentence's or a quotation's start is no name; elsewhere it may be.
        ("Police held 40 people.", [nil]),
        ("“Police held 40 people,” he said.", [nil]),
        ("\"Police held 40 people,\" he said.", [nil]),
        ("Then Police held 40 people.", ["Police"]),
        // Unless a name goes on after it.
        ("Social Security cost $1.5 trillion.", ["Social Security"]),
        ("General Motors sold 40,000 cars.", ["General Motors"]),
        ("Buyers ordered about 12000 Model Y cars.", ["Model Y"]),
        ("About 300 homes burned in California.", [nil]),
        ("Microsoft said 12 percent of users left.", [nil]),
        ("Germany took in 300 Syrian refugees.", [nil]),
        ("Acme Corp sold 12 maps of Muslim-majority lands.", ["Acme Corp"]),
        // "of" between a name's words joins them; a place after it is the name's own.
        ("The Board of Supervisors approved a $45 million plan.", ["Board of Supervisors"]),
        ("The Bank of England raised rates to 5 percent.", ["Bank of England"]),
        ("The Bank of England said 40 banks failed.", [nil]),
        ("Acme Corp of Ohio sold 12 maps.", ["Acme Corp of Ohio"]),
        ("Acme Corp sold 12 maps of Ohio.", ["Acme Corp"]),
        // A place in the possessive says whose the name after it is.
        ("South Africa's African National Congress won 40.2 percent of the vote.", ["African National Congress"]),
        ("Then Kenya's Safaricom sold 300 phones.", ["Safaricom"]),
        ("McDonald's Corporation sold 40 burgers.", ["McDonald's Corporation"]),
        // Three places or more are no claim's place, and no subject either: each is a place's name.
        ("Teams from Kenya, Uganda and New Zealand won 40 medals.", [nil]),
        ("Fans in South Korea, Japan and Brazil bought 300 tickets.", [nil]),
        // The names the sentence's places and sources are found in are no subject.
        ("In Fresno, Calif., 40 schools closed.", [nil]),
        ("New York City hired 300 nurses.", [nil]),
        ("Unicef said 40 children died.", [nil]),
        ("The Pentagon said 40 soldiers died.", [nil]),
        // A month or a weekday alone is a time, not what a figure is about, dated or not.
        ("On Monday 12 officials met in the hall.", [nil]),
        ("By Friday, Acme Corp had sold 300 maps.", ["Acme Corp"]),
        ("In March 40 schools closed.", [nil]),
        // A word of a people or a region before a common noun describes it; it names no subject.
        ("Airbus, its European rival, delivered 78 jets.", ["Airbus"]),
        ("Acme Corp hired 40 Japanese engineers.", ["Acme Corp"]),
        ("The Labour candidate won 40 percent.", ["Labour"]),
        ("Then Morgan sold 40 maps.", ["Morgan"]),
    ] as [(String, [String?])])
    func subjectOfAFigure(_ sentence: String, _ expected: [String?]) {
        #expect(subjects(sentence) == expected)
    }
}

/// What a figure counts is found near it: the tagger reads from ten tokens before a
/// sentence's first figure to ten after its last, within the sentence.
@Suite struct TaggedWindowTests {
    @Test func theWindowSpansTheFiguresAndTenTokensEachSide() {
        let tokens = TextTokenizer.tokens(Array((0..<40).map { $0 == 15 ? "12" : $0 == 25 ? "34" : "word" }.joined(separator: " ").unicodeScalars))
        #expect(WhatIsCounted.window(from: tokens[15].range, to: tokens[25].range, in: tokens) == 5..<36)
        #expect(WhatIsCounted.window(from: tokens[15].range, to: tokens[15].range, in: tokens) == 5..<26)
        #expect(WhatIsCounted.window(from: tokens[3].range, to: tokens[35].range, in: tokens) == 0..<40)
    }

    /// A sentence's last figure, far from its first, is tagged too: what it counts is read
    /// from the words before it.
    @Test(arguments: [
        ("On Monday 12 officials met in the old hall of the city council to talk about the plans, and after a long debate the turnout rose 5 percent.",
         ["officials", "turnout_change"]),
        ("The FTSE 100 fell 1.2 per cent on Monday, and after a long day of trading in London and in Paris and in Frankfurt the Nikkei rose 3 per cent.",
         ["ftse_100_change", "nikkei_change"]),
    ])
    func aFigureFarFromTheFirstIsTagged(_ sentence: String, _ metrics: [String]) {
        let drafts = ClaimExtractor.extract(ArticleText(name: "t", text: "Headline\n\n" + sentence + "\n"), slug: "t")
        #expect(drafts.map(\.claim.metric) == metrics)
    }
}
