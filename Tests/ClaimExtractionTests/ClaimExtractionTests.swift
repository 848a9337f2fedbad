import Foundation
import Testing
import ClaimqTestHelpers
@testable import ClaimExtraction
@testable import ClaimStore

@Suite struct ContextFinderTests {
    private func periods(_ text: String) -> [String] {
        ContextFinder(Array(text.unicodeScalars)).periods().map(\.value.description)
    }

    @Test(arguments: [
        ("From January 2014 to May 2017, it rose", ["2014-01..2017-05"]),
        ("between January and February 2017", ["2017-01..2017-02"]),
        ("between 2015 and 2017", ["2015-01..2017-12"]),
        ("between September 2001 and December 2014", ["2001-09..2014-12"]),
        ("as of June 2017", ["as of 2017-06"]),
        ("in 2016", ["2016-01..2016-12"]),
        ("in May it rained", []),
        ("in the first quarter of 2023", ["2023-01..2023-03"]),
        ("during the second half of 2019", ["2019-07..2019-12"]),
        ("in the last quarter of 2020", ["2020-10..2020-12"]),
        ("during the first week of August 2021", ["2021-08"]),
        ("in the fifth quarter of 2020", []),
        ("roughly 11 percent more than in 2020", []),
        ("nearly double the number in 2015", []),
        ("In 2019-2021, men were", ["2019-01..2021-12"]),
        ("in 2019–21 it rose", ["2019-01..2021-12"]),
        ("in 2021-2019 it rose", ["2021-01..2021-12"]),
        ("in the first half of the game", []),
        ("it may rise", []),
        ("held from November 20 to December 11", []),
        ("as of June, 40 were held", []),
        ("from November to March 2017, 5 left", ["2016-11..2017-03"]),
        ("sales in fiscal 2021 rose", ["2021-01..2021-12"]),
        ("in financial year 2019 it fell", ["2019-01..2019-12"]),
        ("in the 2022-23 school year, 300 left", ["2022-09..2023-08"]),
        ("during the 2019–20 season he scored", ["2019-01..2020-12"]),
    ])
    func periodForms(_ text: String, _ expected: [String]) {
        #expect(periods(text) == expected)
    }

    @Test(arguments: [
        ("My own state of California denied 11", "US-CA"),
        ("convicted in the United States", "US"),
        ("300,000 U.S. Muslims", "US"),
        ("exports to Germany rose", "DE"),
        ("ICE screened them", "US"),
        ("The Pentagon sent 300 troops", "US"),
        // A cue is the word as the cue list writes it: not "Ice" nor "Cia", capitalised at a sentence's start.
        ("Ice closed 40 roads", nil),
        ("Cia Dunn ran 40 miles", nil),
        // Nor a cue inside another name: after a capitalised word, or before "of".
        ("The Indian National Congress won 40 seats", "IN"),   // (its demonym, not the US cue)
        ("The Democratic National Congress won 40 seats", nil),
        ("The Congress of Unions has 40 members", nil),
        ("Republicans in Congress blocked 40 bills", "US"),
        // Nor a country's capitals written onto a dollar sign: "US$" is the currency, not where the money is.
        ("The ministry borrowed US$500 million", nil),
        ("It cost an estimated NZ$26 million", nil),
        ("The US $500 million loan", "US"),
        ("the SUV’s EPA rating rose 40 percent", "US"),   // (a possessive before it is its owner, not its name)
        ("New York City spent", "US-NY"),
        ("UK retail sales fell", "GB"),
        ("Chicago recorded 617 homicides", "US-IL"),
        ("in St. Louis, 40 people", "US-MO"),
        ("visit the office in Springfield, IL for details", "US-IL"),
        ("near Fresno, Calif., 2,300 people", "US-CA"),
        ("Miss. Smith said 5 of them were IN the race", nil),
        ("progress in Afghanistan's response", "AF"),
        ("New Zealand\u{2019}s flag debate", "NZ"),
    ])
    func placeCues(_ text: String, _ code: String?) {
        #expect(ContextFinder(Array(text.unicodeScalars)).places().first?.value.code == code)
    }

    // Places beyond the US, from the generated table (scripts/data/make_places.py).
    @Test(arguments: [
        ("Floods in New South Wales cut 300 roads", "AU-NSW"),
        ("Police in Nairobi arrested 12", "KE"),
        ("Kenyan police arrested 12 men", "KE"),
        ("12 South African miners", "ZA"),
        ("casinos in Macau earned $3 billion", "MO"),
        ("exports from Côte d'Ivoire rose", "CI"),
        ("exports from Cote d'Ivoire rose", "CI"),
        ("a ferry sank off Gyeonggi-do with 40 aboard", "KR-41"),
        ("the Taipei lantern festival drew 1,000", "TW-TPE"),
        ("pilgrims in Mecca numbered 2 million", "SA-02"),
        ("in Gaza, 40 were hurt", "PS"),
        ("the Van was full of 12 boxes", nil),
        // A country's own name, though EWT writes the word in lower case too.
        ("an earthquake struck western Turkey, killing 23", "TR"),
        ("mines in Guinea employ 4,000", "GN"),
        ("they ate turkey and 12 pies", nil),
        // A singular demonym after "the", then a verb or a comma, is a person.
        ("The Norwegian has now scored 22 goals", nil),
        ("the Norwegian, 25, won 3 titles", nil),
        ("the American economy added 150,000 jobs", "US"),
        ("The Kenyans won 12 medals", "KE"),
        // A demonym two countries share is the more populous one's.
        ("More than 80,000 Americans died", "US"),
        ("12 Dominicans were hurt", "DO"),
        // A place or demonym that opens a company's name is the company's, not a place.
        ("Turkish Airlines carried 80 million passengers", nil),
        ("Alaska Airlines flew 45 million people", nil),
        ("Tata Motors sold 40,000 cars in India", "IN"),
        ("airlines in Turkey carried 80 million", "TR"),
    ])
    func placesWorldwide(_ text: String, _ code: String?) {
        let place = ContextFinder(Array(text.unicodeScalars)).places().first?.value
        #expect(code == nil ? place == nil : place?.code == code || place?.country == code)
    }

    @Test func aPlaceNamedOutweighsADemonym() {
        let text = "Germany took in 3,000 Syrian refugees last year"
        #expect(ContextFinder(Array(text.unicodeScalars)).places().map(\.value.code) == ["DE"])
    }

    /// A name two large cities share is the one in a country the sentence names, else in
    /// the country at hand (the article's or the one named before).
    @Test func aNameTwoCitiesShareIsTheOneInTheCountryAtHand() {
        let chars = Array("In Valencia 40 homes flooded.".unicodeScalars)
        let places = ContextFinder(chars).places()
        #expect(ClaimExtractor.sharedNamesResolved(places, in: chars) { "ES" }.map(\.value.code) == ["ES"])
        #expect(ClaimExtractor.sharedNamesResolved(places, in: chars) { "VE" }.map(\.value.code) == ["VE"])
        let named = Array("In Valencia, Spain, 40 homes flooded.".unicodeScalars)
        #expect(ClaimExtractor.sharedNamesResolved(ContextFinder(named).places(), in: named) { "VE" }.map(\.value.code) == ["ES", "ES"])
    }

    /// A part of a country the article is not about, before a capitalised word and after no
    /// "in", "near" or the like, is a word of another name: Meta (a department of Colombia)
    /// in "Meta Platforms"; not England, nor Izmir after "near", nor a part of a country named.
    @Test func aStrayPartOfAForeignCountryIsAnotherName() {
        let text = "Layoffs\n\nSAN FRANCISCO, Jan. 22, 2025 — Meta Platforms will cut about 3,600 jobs. "
            + "England all-rounder Ben Stokes scored 40 runs. Floods near Izmir Province killed 12 people. "
            + "In Turkey, Izmir Governor Suleyman Elban said 9 died. In Colombia, Meta Platforms hired 300 people.\n"
        let places = ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map { $0.claim.place?.code }
        #expect(places == ["US-CA", "GB-ENG", "TR-35", "TR-35", "CO-MET"])
    }

    /// A federal body says "US" only when the sentence names no place more precise.
    @Test func aPlaceNamedOutweighsAFederalBody() {
        #expect(ContextFinder(Array("Texas officials said ICE detained 40 people.".unicodeScalars)).places().map(\.value.code) == ["US-TX"])
        #expect(ContextFinder(Array("ICE detained 40 people.".unicodeScalars)).places().map(\.value.code) == ["US"])
    }

    @Test(arguments: [
        ("A survey conducted by the Center for Security Policy showed", "Center for Security Policy"),
        ("according to the City Auditor", "City Auditor"),
        ("the DHS audit found that in a sampling", "DHS"),
        ("The Census Bureau reported that 5 people", "Census Bureau"),
        ("Sessions’ Senate Judiciary Committee’s subcommittee on Immigration revealed that", "Senate Judiciary Subcommittee on Immigration"),
        ("An audit conducted by the Department of Homeland Security Office of Inspector General found", "DHS OIG"),
        ("2,300 visits, according to the state Department of Public Health.", "Department of Public Health"),
        ("Fires burned 7.1 million acres, the National Interagency Fire Center reported.", "National Interagency Fire Center"),
        ("“We saw three or four times as many,” said Dr. Maria Lopez, who runs the ER.", "Dr. Maria Lopez"),
        ("according to the report", nil),
        ("5,174 deaths in 2021, the Ohio Department of Health reported Thursday.", "Ohio Department of Health"),
        ("5,174 deaths, officials said on Monday.", "officials"),
        ("Almost half of children are deficient, researchers say.", "researchers"),
        ("Saudi officials said 76 people died.", "Saudi officials"),
        ("Microsoft's spokeswoman said 12 percent of users left.", "Microsoft's spokeswoman"),
        ("40 million people moved, according to the U.S. Census Bureau.", "U.S. Census Bureau"),
        ("According to Afghan Ambassador to the United States Hamdullah Mohib, 20 teams came.",
         "Afghan Ambassador to the United States Hamdullah Mohib"),
        ("The mayor told reporters 300 homes burned.", nil),
        ("Governor Jane Roe told reporters 300 homes burned.", "Governor Jane Roe"),
        ("Wages rose 4.1%, the Bureau of Labor Statistics reported.", "BLS"),
        ("four times the national average, the FBI's Uniform Crime Reporting program shows.", "FBI's Uniform Crime Reporting"),
        ("68 percent, according to a report released by the Georgia Department of Public Health on Tuesday.", "Georgia Department of Public Health"),
        ("12 percent, according to the Department of Labor on March 3", "DOL"),
        ("12 percent, according to Theresa May", "Theresa May"),
        // A name in the possessive says whose the speaker is; the name after it speaks.
        ("33 million were affected, according to Pakistan's climate minister Sherry Rehman.", "Sherry Rehman"),
        ("40 schools closed, according to Kenya’s President William Ruto.", "President William Ruto"),
        ("12 people died, according to Britain's Foreign Office.", "Foreign Office"),
        ("Inflation eased to 7.5%, the central bank said.", "central bank"),
        ("Growth slowed to 2%, the government said.", "government"),
        ("Sales rose 3%, according to McDonald's Corporation.", "McDonald's Corporation"),
        ("the mayor said 15 shelters would open", nil),
        ("40 people died, according to some reports.", "some reports"),
        ("About 12 were hurt, according to local media.", "local media"),
        ("According to police, 12 were hurt.", "police"),
        // Particles inside a person's name, before and after the verb.
        ("Mayor Anna de Groot told reporters 300 homes burned.", "Mayor Anna de Groot"),
        ("About 12 joined, said Ursula von der Leyen.", "Ursula von der Leyen"),
        ("9 left, according to Jan van Dijk on Monday.", "Jan van Dijk"),
        ("The firm de facto said 9 left.", nil),
        // A body named with what it is: "the RMT union", "the health ministry".
        ("About 40,000 workers walked out on Friday, the RMT union said.", "RMT union"),
        ("12 died, the Kenyan ministry said on Monday.", "Kenyan ministry"),
        // A body named by what it does, in lower case: after "the", or with its owner.
        ("Turnout was 61 percent, the electoral commission said.", "electoral commission"),
        ("The finance ministry told reporters 12 banks failed.", "finance ministry"),
        ("South Africa's health ministry said 40 people died.", "South Africa's health ministry"),
        ("Kenya’s education ministry said 12,000 schools reopened.", "Kenya’s education ministry"),
        ("The bank said 40 branches closed.", "bank"),
        ("Officials at the state-owned bank said 30 staff left.", "bank"),
        ("A big bank said 30 staff left.", "bank"),
        // Whoever reckons a figure "at" it, when named.
        ("The World Bank estimated damage at $10 billion.", "World Bank"),
        ("The government estimated the death toll at 1,200.", "government"),
        ("Officials put the figure at 40 percent.", "Officials"),
        ("Damage was estimated at $5 billion.", nil),
        ("The storm put damage at $40 million.", nil),
        ("Analysts estimate demand will grow.", nil),   // neither "the" nor an owner before "big"
        // Whoever reports, confirms or records a figure just after the verb, when named.
        ("More than 40,000 hectares burned, the fire service said.", "fire service"),
        ("Reuters reported 40 deaths in the region.", "Reuters"),
        // "It" names no one: a thing named before.
        ("It reported a net loss of $340 million.", nil),
        ("It said 40 stores closed.", nil),
        // When it was said, between who says it and the verb, is passed; a company's suffix keeps its stop.
        ("Apple Inc. on Thursday reported revenue of $124.3 billion.", "Apple Inc."),
        ("The ministry on Monday said 40 people died.", "ministry"),
        ("The ministry yesterday said 40 people died.", "ministry"),
        ("New York had 377 homicides, police there said.", "police"),
        // A body's or a speaker's document: the body or speaker.
        ("Homicides fell 32%, according to police department data released Wednesday.", "police department"),
        ("About 40 died, according to government figures.", "government"),
        ("About 40 died, according to a 2023 government survey.", "government"),
        ("Demand hit 8,302 megawatts, the state power utility said.", "state power utility"),
        ("Sales rose 4%, according to the report.", nil),
        ("The health ministry confirmed more than 300 new cases.", "health ministry"),
        ("Toyota recorded a profit of $4 billion.", "Toyota"),
        ("The storm recorded 40 deaths.", nil),
        ("Reuters reported heavy rain, and 40 homes flooded.", nil),
        ("40 deaths were reported in the region.", nil),
    ])
    func sourceCues(_ text: String, _ source: String?) {
        #expect(ContextFinder(Array(text.unicodeScalars)).sources().first?.value == source)
    }
}

@Suite struct AttributionTests {
    private func claims(_ text: String) -> [Claim] {
        ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map(\.claim)
    }

    @Test(arguments: [
        ("Department of Homeland Security Office of Inspector General", "DHS OIG"),
        ("Government Accountability Office", "GAO"),
        ("Department of Homeland Security Council", "Department of Homeland Security Council"),   // not all known
        ("Senate Judiciary Committee’s subcommittee on Immigration", "Senate Judiciary Subcommittee on Immigration"),
        ("Center for Security Policy", "Center for Security Policy"),
        ("Department of Justice Office of Inspector General", "DOJ OIG"),
        // A mark joined to a body's last letter makes another word: its bytes start alike, its characters do not.
        ("Department of Justice\u{301}", "Department of Justice\u{301}"),
        ("Department of Justice’s Office", "Department of Justice’s Office"),
        ("Office of the Inspector General  Department of Labor", "OIG DOL"),
        ("Department of Labo", "Department of Labo"), ("Department of Labos", "Department of Labos"),
    ])
    func sourceNames(_ written: String, _ canonical: String) {
        #expect(SourceNames.canonical(written) == canonical)
    }

    /// A body (an acronym, or a name with a body's word) goes on crediting the sentences
    /// after; a person does not. An ASCII name is read by its bytes, any other by its
    /// Characters: both readings agree on names in ASCII, spaces, dots and cases mixed.
    @Test func bodiesAreAcronymsOrNamesWithABodysWord() {
        let expected: [(String, Bool)] = [
            ("DHS OIG", true), ("WMO", true), ("U.S.", true), ("Department of Public Health", true), ("Reuters", false),
            ("the mayor", false), ("A", false), ("X Y", false), ("", true), ("  POLICE  ", true), ("NEWS", true),
            ("Zoë Smith", false), ("Ministère du Travail Board", true), ("A.", true), ("..", true), ("usa", false),
        ]
        for (name, body) in expected {
            #expect(SourceNames.isBody(name) == body, "\(name)")
            #expect(SourceNames.isBodyByCharacters(name) == body, "\(name)")
        }
    }

    @Test(arguments: [
        ("My own state denied 11 requests.", true),
        ("We counted 12.", true),
        ("“Our nation has a problem,” they wrote of 12 cases.", false),
        ("The US admitted 12.", false),
        ("Officials counted 12.", false),
    ])
    func firstPerson(_ text: String, _ expected: Bool) {
        #expect(ContextFinder(Array(text.unicodeScalars)).isFirstPerson() == expected)
    }

    /// Each paragraph's figure, and who it should be credited to.
    static let article = """
    Rents Are Rising Across The State Of Ohio

    A study conducted by the Acme Institute found that rents rose sharply in Ohio.

    Some 40 percent of tenants paid more than half their income.

    In my own town, 12 families moved out.

    Landlords filed 300 eviction cases.

    The study found that 7 counties had no shelter beds.

    Do you think rents are too high?

    Another 5 counties had waiting lists.

    A survey conducted by the Tenants Union showed that 60 percent feared eviction.

    The mayor said 15 shelters would open.

    Officials counted 9 new shelters, according to the report.
    """

    @Test func unitsWrittenOntoFiguresAreTheirUnits() {
        let text = "Warming\n\nTemperatures have risen about 1.1C. CO2 reached 420 parts per million. Seas rose 4.6mm a year.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.unit) == ["degrees_celsius", "ppm", "millimetres"])
    }

    /// Percentage points after a percentage change that percentage: what it was of.
    @Test func pointsAfterAPercentageAreItsChange() {
        let text = "Jobs Report\n\nThe jobless rate was 5.1 percent in June, down 0.4 percentage points. Wages rose 3 points.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [5.1, -0.4, 3])
        #expect(drafts.prefix(2).map(\.metric) == ["jobless_rate", "jobless_rate_change"], "\(drafts.map(\.metric))")
        #expect(drafts.last?.metric != "jobless_rate_change", "another sentence's points are not the rate's")
    }

    /// "The price of X rose": the price of X changed, not X; "the number of X" is X.
    @Test func theHeadOfNOfNIsWhatChanged() {
        let text = "Costs\n\nThe price of bottled water rose 35% in January. The number of arrests fell 12%. The cost of rent jumped threefold.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.metric) == ["bottled_water_price_change", "arrests_change", "rent_cost_change"])
    }

    /// A phrase after a noun that modifies it ("at", "for", "to", "on", after "the" or none)
    /// is not what changed; "of the X" names X's head as "of X" does.
    @Test func aNounsModifyingPhraseIsNotWhatChanged() {
        let text = """
        Polls

        Attendance at the festival was 64 percent. Support for the plan stood at 40 percent.         The number of visitors to the park rose to 9,000. Hospital admissions for flu rose to 4,000.         Membership of the union fell to 9,000. Britain can borrow for fifty years at an interest rate of 1.4 percent.

        """
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [64, 40, 9_000, 4_000, 9_000, 50, 1.4])
        // (Not after a noun a figure counts: "at" is the verb's.)
        #expect(drafts.map(\.metric) == ["attendance", "support", "visitors", "hospital_admissions", "union_membership",
                                         "duration", "interest_rate"])
    }

    /// A level reached after a change, or after a time said from the article's date, is of
    /// what changed: the change and the time are passed over on the way back to its noun.
    @Test func aLevelAfterAChangeIsOfWhatChanged() {
        let text = """
        Results

        Revenue rose 5% to $40 million. Arrests in the county rose 8% last year to 112,000. \
        Unemployment fell to 4 percent last month. Sales fell by 3 percent to $9 million. \
        Measles cases doubled to 127,350. Visits halved to 300. Services revenue climbed 14% to a record $26.3 billion. \
        Homicides in Chicago dropped 32% in 2024, to 573.

        """
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [5, 40e6, 8, 112_000, 4, -3, 9e6, 127_350, 300, 14, 26.3e9, -32, 573])
        #expect(drafts.map(\.metric) == ["revenue_change", "revenue", "arrests_change", "arrests", "unemployment",
                                         "sales_change", "sales", "measles_cases", "visits", "services_revenue_change",
                                         "services_revenue", "homicides_change", "homicides"])
    }

    /// Every form of a verb of change makes its figure a change: "has grown by", "is falling".
    @Test func everyFormOfAVerbOfChangeSaysAChange() {
        let text = "Census\n\nThe population has grown by 20%. Prices are falling 2 percent. Output shrank 1 percent.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [20, -2, -1])
        #expect(drafts.map(\.metric) == ["population_change", "prices_change", "output_change"])
    }

    /// An age bound after people named as a group says who is counted, and is no claim;
    /// one person's age is a claim of their age.
    @Test func anAgeThatSaysWhoIsCountedIsNoClaim() {
        let text = """
        Cases

        Children under five accounted for 40% of cases. More than 300 children under 5 died. \
        Adults aged 18 to 24 made up 12 percent. A man aged 45 was arrested. Over 65 people died.

        """
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [40, 300, 12, 45, 65])
        #expect(drafts.map(\.metric) == ["cases_share", "children", "share", "age", "people_died"])
    }

    /// "went up", "went down": the verb of a change in two words; "made up" is no change.
    @Test func aPhrasalVerbOfChange() {
        let text = "Prices\n\nPrices went up 5 percent. Crime went down by 3 percent. Women make up 52 percent.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [5, -3, 52])
        #expect(drafts.map(\.metric) == ["prices_change", "crime_change", "women"])
    }

    /// What costs, sells for or is priced at a figure: the figure is its price.
    @Test func whatCostsAFigureHasThatPrice() {
        let text = "Fuel\n\nPetrol now costs 196.5 shillings a litre. A ticket costs $5. The flat sold for $44 million. Toyota sold 300 cars. "
            + "A studio rents for 1,400 euros a month.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [196.5, 5, 44e6, 300, 1_400])
        #expect(drafts.map(\.metric) == ["petrol_price", "ticket_price", "flat_price", "cars", "studio_rent"])
    }

    /// A hedged figure after a verb of change is a change, with its hedge; one a verb reaches
    /// with "to", or that "up to" hedges after a copula, is a level.
    @Test func aHedgedChangeIsAChange() {
        let text = "Trade\n\nExports fell by nearly 10 percent. Operators raised fares by up to 30 percent. "
            + "Cases rose to more than 300. Sales are up to 40,000.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [-10, 30, 300, 40_000])
        #expect(drafts.map(\.metric) == ["exports_change", "fares_change", "cases", "sales"])
        #expect(drafts.map(\.qualifier) == [.nearly, .atMost, .moreThan, .atMost])
        // (Read as an exact figure's change is: "gave up" is a phrasal verb, no rise.)
        #expect(claims("Yards\n\nThe defence gave up more than 500 yards.\n").map(\.metric) == ["distance"])
    }

    /// A prison term is a sentence; money "in" something is that thing; what is "worth" a
    /// figure has that value.
    @Test func sentencesMoneyInAndWorth() {
        let text = "Court\n\nA former mayor was sentenced on Friday to 12 years for taking 4.5 million pesos in bribes. "
            + "He was jailed for six months. The EU pledged $2 billion in aid for road contracts worth $230 million. "
            + "Five drives each of $200 in value were taken.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [12, 4.5e6, 6, 2e9, 230e6, 5, 200])
        #expect(drafts.map(\.metric) == ["sentence", "bribes", "sentence", "aid", "road_contracts_value", "drives", "drives"],
                "\"in value\" says how, not what")
    }

    /// Reducing, slashing and trimming are changes down; raising, hiking and lifting are changes
    /// up with "by" only ("raised $4 million" for a cause is an amount).
    @Test func raisingAndReducingByAFigureAreChanges() {
        let text = "Fares\n\nThe plant reduced emissions by 30 percent. Operators raised fares by 12 percent. The charity raised $4 million.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [-30, 12, 4e6])
        #expect(drafts.map(\.metric) == ["emissions_change", "fares_change", "amount"])
    }

    /// What is expected, forecast or likely to change is what changes.
    @Test func anExpectedChangeIsOfWhatIsExpectedToChange() {
        let text = """
        Outlook

        Tourism revenue is expected to fall by 5 percent. Output is forecast to grow 3 percent. \
        Sales are likely to rise to 40,000.

        """
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [-5, 3, 40_000])
        #expect(drafts.map(\.metric) == ["tourism_revenue_change", "output_change", "sales"])
    }

    /// Each rule here was found by reading the claims of news written for the purpose.
    @Test func newsPhrasesNameWhatIsCounted() {
        let text = """
        Markets

        Inflation in the euro zone eased to 2.4% in November from 2.9% in October. Toyota will cut output by 40,000 vehicles next month. \
        A 6.2-magnitude earthquake struck on Sunday. Labour's candidate won 15,529 votes.

        """
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [2.4, 2.9, -40_000, 6.2, 15_529])
        // A month is when, not what; the place a thing is in is not the thing; a percentage with
        // no noun of its own is of what the one before it was.
        #expect(drafts.prefix(2).map(\.metric) == ["inflation", "inflation"])
        #expect(drafts[2].unit == "vehicles", "a noun phrase ends before 'next month'")
        #expect(drafts[3].unit == "magnitude", "a figure joined to a word by a hyphen measures it")
        #expect(drafts[4].subject == "Labour", "a possessive is not part of the name")
    }

    /// The noun a figure counts ends at a preposition or a verb; money in any dollar is money,
    /// in that country's dollars.
    @Test func nounsEndAtPrepositionsAndVerbs() {
        let text = """
        Fires

        Fires burned 15 million hectares across Canada so far. In 1989, 7.6 million hectares burned. \
        Ottawa spent C$1.2 billion and A$3 million. Some 40 buses arrived, and 12 previous attempts failed.

        """
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [15e6, 7.6e6, 1.2e9, 3e6, 40, 12])
        #expect(drafts.map(\.unit) == ["hectares", "hectares", "canadian_dollars", "australian_dollars", "buses", "attempts"])
    }

    /// An amount in rupees, rand or naira is money as one in dollars is, in its own currency;
    /// "Rs." ends no sentence.
    @Test func moneyInAnyCurrencyIsAnAmount() {
        let text = "Fares\n\nThe Treasury spent R40 billion. Tickets cost Rs. 750 and ₦5,000 at the door.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [40e9, 750, 5_000])
        #expect(drafts.map(\.unit) == ["rand", "rupees", "naira"])
        // (Money spent is spending; what costs money has that price, and the figure after it in
        // the sentence the same.)
        #expect(drafts.map(\.metric) == ["spending", "tickets_price", "tickets_price"])
        #expect(drafts.map(\.sentence) == [1, 2, 2])
    }

    /// Money is in the unit of its currency, whether a sign, letters or a word after the
    /// figure name it: a sum never adds euros to yen. A dollar sign alone is dollars.
    @Test func moneyIsInItsCurrencysUnit() {
        let text = """
        Budgets

        The fund paid €20 million and £3 billion. Tokyo spent ¥40 billion, then 12 billion yen more. \
        The city raised US$5 million and $2 million, and 7 million euros. Fares rose to 180 shillings, and bread to 95p. \
        The firm paid CHF 12 million, EUR 4 million and 300 pence.

        """
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [20e6, 3e9, 40e9, 12e9, 5e6, 2e6, 7e6, 180, 95, 12e6, 4e6, 300])
        #expect(drafts.map(\.unit) == ["euros", "pounds_sterling", "yen", "yen", "dollars", "dollars", "euros", "shillings",
                                       "pence", "swiss_francs", "euros", "pence"])
        // An amount in any currency is an amount, not a count, whichever its unit.
        #expect(drafts.filter { $0.metric == "count" }.isEmpty)
    }

    /// A level compared with ("up from", "down from", a "from" right after the figure) in the
    /// unit of the figure before is of what that figure was; in another unit it is not.
    @Test func aLevelComparedWithIsOfWhatTheFigureBeforeWas() {
        let text = """
        Fuel

        Petrol will cost 193.8 shillings, up from 188.8 shillings. Fares rose to 90 shillings from 80 shillings. \
        The regulator charged 300 shillings, up from 250 permits. It sold 40 tonnes for 300 shillings, down from 50 tonnes.

        """
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [193.8, 188.8, 90, 80, 300, 250, 40, 300, 50])
        #expect(drafts.map(\.metric) == ["petrol_price", "petrol_price", "fares", "fares", "amount", "permits", "weight", "amount",
                                         "weight"])
    }

    /// A verb of change before its object and "by" changes the object by the figure, and a
    /// level after "to" is the object's; a verb that is no change does not ("delayed the launch
    /// by 3 months"), nor one with no object ("having increased by $43 billion").
    @Test func aVerbOfChangeChangesItsObjectByTheFigure() {
        let text = "Fuel\n\nThe regulator increased the pump price of diesel by 9.8 shillings to 181.9 shillings. "
            + "The firm cut its workforce by 1,200 jobs. The launch was delayed by 3 months.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [9.8, 181.9, -1_200, 3])
        #expect(drafts.map(\.metric) == ["diesel_price_change", "diesel_price", "jobs_change", "duration"])
        let noObject = claims("Trade\n\nThe deficit hit its highest level in a decade last year having increased by $43.6 billion.\n")
        #expect(noObject.map(\.metric) == ["amount_change"])
    }

    /// A "by" that goes on a list after a change by a figure, with the verb left out, is the
    /// same change; not when the list's words include a verb ("and was followed by"), nor
    /// when the figure before was no change "by".
    @Test(arguments: [
        ("Walking cut the risk of heart disease by 38 percent and the risk of depression by 22 percent.",
         ["heart_disease_risk_change", "depression_risk_change"], [-38.0, -22]),
        ("Sales fell by 3 percent in May and by 2 percent in June.", ["sales_change", "sales_change"], [-3, -2]),
        ("Sales fell by 3 percent in 2023 and by 2 percent in 2024.", ["sales_change", "sales_change"], [-3, -2]),
        ("The city raised bus fares by 10 percent, and train fares by 5 percent.", ["bus_fares_change", "train_fares_change"], [10, 5]),
        ("Sales fell by 3 percent and were followed by 200 layoffs.", ["sales_change", "layoffs"], [-3, 200]),
        ("Sales fell 3 percent and the risk of depression by 22 percent.", ["sales_change", "depression_risk"], [-3, 22]),
    ])
    func aChangeByGoesOnAList(_ sentence: String, _ metrics: [String], _ values: [Double]) {
        let drafts = claims("Health\n\n" + sentence + "\n")
        #expect(drafts.map(\.metric) == metrics)
        #expect(drafts.map(\.value) == values)
    }

    /// A verb in the list's words, even one that is no clause's opening, says the figure after
    /// it: "profits trailed by 2 percent" is no fall.
    @Test func aVerbInTheListEndsIt() {
        #expect(claims("Sales\n\nSales fell by 3 percent and profits trailed by 2 percent.\n").map(\.value) == [-3, 2])
    }

    /// Basis points, like percentage points, are a unit of their own, and what they measure is
    /// the noun before them (or the share the sentence spoke of before).
    @Test func basisPointsAreAUnitOfTheirOwn() {
        let text = "Rates\n\nThe bank raised its benchmark rate by 50 basis points to 19.25 percent. Yields rose 12 basis points. "
            + "Inflation was 3 percent, up 25 basis points.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [50, 19.25, 12, 3, 25])
        #expect(drafts.map(\.unit) == ["basis_points", "percent", "basis_points", "percent", "basis_points"])
        #expect(drafts.map(\.metric) == ["benchmark_rate_change", "benchmark_rate", "yields_change", "inflation", "inflation_change"])
    }

    /// A ratio's plural noun is what it is a share of; a percentage's noun after it is not.
    @Test func aRatioIsAShareOfItsNoun() {
        let text = "Travel\n\nThe survey found 3 in 5 passengers had switched to buses. Unions won a 5% pay rise.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [60, 5])
        #expect(drafts.first?.metric == "passengers_share", "\(drafts.map(\.metric))")
        #expect(drafts.last?.metric != "pay_rise_share")
        let irregular = ClaimExtractor.extract(ArticleText(name: "t", text: "Weight\n\nNearly one in four children is obese.\n"), slug: "t")
        #expect(irregular.map(\.claim.metric) == ["children_share"], "a plural with no s")
    }

    /// A figure that names people by their age as a group ("11-year-olds") is no claim;
    /// one person's age is. A verb of change before "to" is no noun ("obese rose to 22%").
    @Test func anAgeGroupIsNoClaim() {
        let text = "Weight\n\nThe share of 10- and 11-year-olds classed as obese rose to 22%. A 5-year-old boy won 3 medals.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [22, 5, 3])
        #expect(drafts.map(\.metric) == ["obese", "age", "medals"])
    }

    /// "a" after a figure's noun ends the noun: "550 million litres a day" counts litres.
    @Test func aPerDayAfterANounKeepsTheNoun() {
        let text = "Water\n\nResidents used 550 million litres a day last week. Trucks carried 40 loads a week.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.unit) == ["litres", "loads"])
    }

    @Test func aRateIsOneClaim() {
        let text = "Overdoses\n\nOhio recorded 5,174 overdose deaths, a rate of 47.6 per 100,000 residents.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [5174, 47.6], "the 100,000 is the rate's base, not a claim")
        #expect(drafts.last?.metric == "deaths_per_100000_residents" && drafts.last?.unit == "per_100000_residents")
    }

    /// "all" before "had", "were" and the like restates the count before it (not a share
    /// before it, nor "all of them").
    @Test func allRestatesTheCountBeforeIt() {
        let text = "Audit\n\nIn a sampling of 40 case files, all had at least one error.\n\nOf the 12 towns, all were flooded.\n\n"
            + "We saw 40 birds and all of them flew.\n\nAbout 30% of voters came; all were calm.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.surface) == ["40", "all", "at least one", "12", "all", "40", "About 30%"])
        #expect(drafts.map(\.value) == [40, 40, 1, 12, 12, 40, 30])
    }

    /// "per" between two figures, in any case, makes a rate; anything else between them, two figures.
    @Test(arguments: [("per", true), ("Per", true), ("PER", true), ("pe", false), ("perr", false), ("pr", false), ("for", false),
                      ("per-", false), ("per cent", false)])
    func aRateIsSaidByPer(_ word: String, _ isRate: Bool) {
        let text = "Overdoses\n\nOhio recorded 5,174 overdose deaths, a rate of 47.6 \(word) 100,000 residents.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.value) == (isRate ? [5174, 47.6] : [5174, 47.6, 100_000]), "\(word)")
    }

    @Test func aChangedSubjectIsWhatIsCounted() {
        let text = "Crime Falls\n\nShootings dropped to 2,450 from 2,825 the year before. Officials said 5 were hurt.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.metric) == ["shootings", "shootings", "people_hurt"], "a subject counts only before a verb of change")
    }

    @Test func changesAreClaimsOfTheirOwnWithASign() {
        let text = "Retail Sales Slump\n\nUK retail sales fell 1.2 per cent in October, down from 27,100 stores. Fuel rose 2.1%.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.metric) == ["retail_sales_change", "stores", "fuel_change"])
        #expect(drafts.map(\.value) == [-1.2, 27_100, 2.1])
    }

    @Test func aPollNamedByAccordingToIsADocument() {
        let text = """
            Smith Leads In Ohio

            Smith leads Jones 48% to 44%, according to a Quinnipiac University poll released Wednesday.

            The poll of 1,412 likely voters has a margin of error of plus or minus 2.6 percentage points.

            Smith has raised $14.2 million, campaign filings show.
            """
        let drafts = claims(text)
        #expect(drafts.map(\.value) == [48, 44, 1412, 2.6, 14_200_000])
        #expect(drafts.map(\.source) == ["Quinnipiac University", "Quinnipiac University", "Quinnipiac University",
                                         "Quinnipiac University", "author"], "'filings show' is someone else's")
    }

    @Test func sayingItInAReportMakesADocument() {
        let text = "Warming\n\nTemperatures rose 1.1C, the WMO said in a report.\n\nSeas rose 4.6mm a year.\n\nWe saw 3 floods.\n"
        let drafts = claims(text)
        #expect(drafts.map(\.source) == ["WMO", "WMO", "author"])
    }

    @Test func theDepartmentIsTheDepartmentNamedBefore() {
        let text = """
            Smoke Sends Thousands To Hospitals

            More than 2,300 people visited emergency rooms, according to the state Department of Public Health.

            That was nearly double the usual number, the department said. About 40% were children.
            """
        let drafts = claims(text)
        #expect(drafts.map(\.source) == ["Department of Public Health", "Department of Public Health"])
    }

    @Test func documentsCarryTheirFindingsUntilSomethingElseSpeaks() {
        let drafts = ClaimExtractor.extract(ArticleText(name: "t", text: Self.article), slug: "t").map(\.claim)
        func source(_ value: Double) -> String? { drafts.first { $0.value == value }?.source }
        #expect(source(40) == "Acme Institute", "the next paragraph goes on reporting the study")
        #expect(drafts.first { $0.value == 40 }?.place?.code == "US-OH", "about the place the study was about")
        #expect(source(12) == "author", "the first person is the author's own")
        #expect(source(300) == "author", "and ends the study's findings")
        #expect(source(7) == "Acme Institute", "“the study” refers back to it")
        #expect(source(5) == "author", "a poll between paragraphs interrupts the report")
        #expect(source(60) == "Tenants Union")
        #expect(source(15) == "author", "someone unnamed said it, not the survey")
        #expect(source(9) == "Tenants Union", "“the report” is the latest document")
    }
}

/// Extraction of the sample, compared with its curated claims (bench/sample_extraction.py
/// prints the same comparison as figures).
@Suite struct SampleExtractionTests {
    static let samples = Repository.url("samples")

    @Test func everyCuratedValueIsFoundAndNothingComesFromChrome() throws {
        let path = Self.samples.appendingPathComponent("sanctuary-ice-detainers.txt").path
        let article = ArticleText(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
        let drafts = ClaimExtractor.extract(article, slug: "sample").map(\.claim)
        let curated = try ArticleLoader.load(path: path).claims
        let chrome = Set(article.paragraphs.filter { article.chrome($0) != nil }.map(\.number))
        #expect(drafts.allSatisfy { !chrome.contains($0.paragraph) })
        for c in curated {
            let match = drafts.first { $0.value == c.value && $0.paragraph == c.paragraph }
            #expect(match != nil, "#\(c.id) \(c.surface)")
            guard let d = match else { continue }
            #expect(d.qualifier == c.qualifier, "#\(c.id) qualifier")
            #expect(d.unit == c.unit, "#\(c.id) unit")
            #expect(d.period == c.period, "#\(c.id) period")
        }
        #expect(drafts.count <= curated.count + 1, "at most one extra: 'at least one instance'")
    }
}

@Suite struct HomePlaceTests {
    private func places(_ text: String) -> [String?] {
        ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map { $0.claim.place?.code }
    }

    @Test func theHeadlinesPlaceIsTheDefault() {
        let text = "Floods sweep Queensland\n\nAbout 3,000 homes were flooded on Sunday.\n\nIn Auckland, 12 roads closed.\n"
        #expect(places(text) == ["AU-QLD", "NZ"])
    }

    @Test func withoutAHeadlinePlaceTheMostNamedPlaceIsTheDefault() {
        let text = "Storm damage counted\n\nRoads in Peru were cut. Peru said 40 bridges fell.\n\nRepairs will cost $5 million.\n"
        #expect(places(text) == ["PE", "PE"])
    }

    /// A name two large cities share is the one in the country the story is about; the
    /// largest when it is about none; none of them when it is about another country.
    @Test func aNameLargeCitiesShareIsTheOneInTheStorysCountry() {
        #expect(places("Floods in Spain\n\nMADRID, Oct. 30, 2024 — Floods in Valencia killed at least 95 people.\n") == ["ES"])
        #expect(places("Heat wave\n\nISLAMABAD, June 2, 2025 — Temperatures in Hyderabad reached 48C.\n") == ["PK"])
        #expect(places("Heat wave\n\nTemperatures in Hyderabad reached 48C.\n") == ["IN"], "about no country: the largest")
        #expect(places("Floods\n\nMADRID, Oct. 30, 2024 — In Valencia, Venezuela, floods killed 30 people.\n") == ["VE"],
                "the country the sentence names with it")
        #expect(places("Cup tie sold out\n\nLONDON, Jan. 5, 2025 — Newcastle fans bought 52,000 tickets.\n") == ["GB"],
                "neither Australia's nor South Africa's: the story's own place")
    }

    @Test func noPlaceIsNull() {
        let text = "A study of sleep\n\nAdults need 8 hours of sleep.\n\nChildren need 10 hours.\n"
        #expect(places(text) == [nil, nil])
    }

    @Test func aSentenceListingPlacesGivesNoneOfThemToItsNumbers() {
        let text = "Robots in Peru\n\nTeams from Sudan, Iran, Libya and Yemen are among the 163 teams. Kenya sent 4 robots.\n"
        #expect(places(text) == ["PE", "KE"])
    }

    /// A wire dateline says where the story was filed: its numbers are there unless
    /// their sentence says otherwise.
    @Test func theDatelinesPlaceIsTheDefault() {
        let text = "Strike ends\n\nNAIROBI, Kenya (Reuters) — Some 4,000 nurses went back to work.\n\nIn Uganda, 300 stayed out.\n\nThe union has 9,000 members.\n"
        #expect(places(text) == ["KE", "UG", "KE-30"], "Nairobi is a county of its own")
        let lower = "Strike ends\n\nNairobi, Kenya — some 4,000 nurses went back to work.\n\nThe union has 9,000 members.\n"
        #expect(places(lower) == ["KE", nil], "a city not in capitals opens a sentence, not a dateline")
    }

    /// "Evansville, Indiana, United States - …": Wikinews writes its datelines in title case.
    @Test func aTitleCaseDatelineNamesTheArticlesPlace() {
        let text = "Art on show\n\nFresno, California, United States - A gallery opened. It shows 80 prints.\n\n"
            + "A show in Ohio drew crowds. A show in Ohio closed. Tickets cost $5.\n"
        #expect(places(text) == ["US-CA", "US-OH"])
    }

    /// A story that moves from state to state, without a dateline, is about the country.
    @Test func placesInSeveralStatesOfOneCountryGiveTheCountry() {
        let text = "Shuttles retire\n\nA shuttle goes to Houston, Texas. Another goes to Florida. A third goes to Ohio.\n\n"
            + "The last goes to Texas.\n\nThe program cost $200 billion.\n"
        #expect(places(text) == ["US"])
        let one = "Shuttles retire\n\nA shuttle goes to Houston, Texas. Another stays in Texas. A third goes to Ohio.\n\nThe program cost $200 billion.\n"
        #expect(places(one) == ["US-TX"], "Houston, Texas names Texas once; Texas is two of three")
    }

    @Test func aPlaceTravelledFromIsNotCarriedToTheNextSentence() {
        let text = "Arrest\n\nIn Denver, police met him. He had come back from Florida. He took 5 drives.\n"
        #expect(places(text) == ["US-CO"])
        let origin = "Arrest\n\nIn Denver, police met him. He had come back from the United Kingdom. He took 5 drives.\n"
        #expect(places(origin) == ["US-CO"])
    }

    /// "around the country", "nationwide", "the nation's": the country of the place named
    /// before, in the sentence, the paragraph or the article.
    @Test func theCountryIsTheCountryOfThePlaceAround() {
        let text = "Floods in Queensland\n\nAbout 3,000 homes flooded in Queensland. Across the country, 9,000 did.\n\n"
            + "Some 40 roads closed nationwide.\n\nKenya sent 12 teams; the country's minister said 30 more would follow.\n"
        #expect(places(text) == ["AU-QLD", "AU", "AU", "KE", "KE"])
        let none = "Floods\n\nSome 40 roads closed nationwide.\n"
        #expect(places(none) == [nil], "no country named anywhere: no place")
    }

    @Test func aTieNamesNoDefault() {
        let text = "Trade talks\n\nPeru and Chile met.\n\nThey signed 12 deals.\n"
        #expect(places(text) == [nil])
    }
}

@Suite struct ArticleDateTests {
    /// The periods of the claims extracted from an article, in order.
    private func claimPeriods(_ text: String) -> [String?] {
        ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map { $0.claim.period?.description }
    }

    @Test(arguments: [
        ("Friday, July 21, 2017", "2017-07-21"), ("21 July 2017", "2017-07-21"), ("2017-07-21", "2017-07-21"),
        ("Published: March 5, 2007", "2007-03-05"), ("Updated Monday, Feb. 29, 2016", "2016-02-29"),
        ("February 30, 2015", nil), ("Budget cuts of 2015", nil), ("July 21 marks the day", nil),
    ] as [(String, String?)])
    func datelines(_ line: String, _ expected: String?) {
        #expect(ArticleDate.parse(Array(line.unicodeScalars))?.description == expected)
    }

    /// Datelines: a city in capitals, perhaps a region, a date and an agency, then a dash.
    @Test(arguments: [
        ("LONDON, March 3, 2025 — The company said", "GB", "2025-03-03"),
        ("PARIS, 14 July 2023 – Crowds gathered", "FR", "2023-07-14"),
        ("NAIROBI, Kenya (AP) - Nurses returned", "KE-30", nil),
        ("SAN FRANCISCO, Calif. -- Shares fell", "US-CA", nil),
        ("OTTAWA — The House voted", "CA", nil),
        ("WASHINGTON — The Senate voted", "US-DC", nil),
        ("WASHINGTON (Reuters) - Officials said", "US-DC", nil),
        ("WASHINGTON, Pa. — The borough council met", "US-PA", nil),
        ("WASHINGTON, D.C. — The council met", "US-DC", nil),
        ("SEATTLE, Washington — The port reopened", "US-WA", nil),
        ("IMPORTANT — read this first", nil, nil),
        ("The U.S. — and Canada — agreed", nil, nil),
        ("NASA said on Monday - not for the first time", nil, nil),
    ] as [(String, String?, String?)])
    func wireDatelines(_ text: String, _ place: String?, _ day: String?) {
        let dateline = Dateline.parse(Array(text.unicodeScalars))
        #expect(dateline?.place?.code == place)
        #expect(dateline?.day?.description == day)
    }

    /// A figure in the dateline's own sentence is where the dateline read its city: "WASHINGTON"
    /// there is the capital, not the state; "NAIROBI, Kenya" still names Kenya nearest.
    @Test func theDatelinesCityIsTheOneItRead() {
        func places(_ dateline: String) -> [String?] {
            let text = "Parks\n\n\(dateline) The city had 5 parks.\n\nIt had 7 more.\n"
            return ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map { $0.claim.place?.code }
        }
        #expect(places("WASHINGTON, Jan. 15, 2026 —") == ["US-DC", "US-DC"])
        #expect(places("WASHINGTON (AP) —") == ["US-DC", "US-DC"])
        #expect(places("NAIROBI, Kenya (AP) —") == ["KE", "KE-30"])
        // With no headline, the dateline's paragraph comes first: its city is still the capital,
        // and the article's place, for the paragraphs after it.
        let text = "WASHINGTON (Reuters) - The city had 5 parks.\n\nIt had 7 more.\n"
        #expect(ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map { $0.claim.place?.code } == ["US-DC", "US-DC"])
    }

    @Test func aDatelinesDateDatesTheArticle() {
        let text = "Storm hits\n\nLONDON, March 3, 2025 — Last year 40 homes flooded. On Sunday 12 more homes flooded.\n"
        let periods = claimPeriods(text)
        #expect(periods == ["2024-01..2024-12", "2025-03"])
    }

    @Test func weekdaysAndDayArithmetic() throws {
        let day = try #require(Day("2017-07-21"))
        #expect(day.weekday == 5)   // a Friday
        #expect(day.adding(days: -21).description == "2017-06-30")
        #expect(try #require(Day("2016-03-01")).adding(days: -1).description == "2016-02-29")
        #expect(try #require(Day("2015-01-03")).adding(days: -7).description == "2014-12-27")
    }

    /// Relative times against Monday 5 March 2007 (and Friday 2 March for "on Sunday").
    @Test(arguments: [
        ("2007-03-05", "A storm yesterday killed 12", "2007-03"),
        ("2007-03-01", "A storm yesterday killed 12", "2007-02"),
        ("2007-03-05", "On Saturday night 40 people came", "2007-03"),
        ("2007-03-02", "On Sunday 40 people came", "2007-02"),
        ("2007-03-05", "Last Year over 4 million visitors came", "2006-01..2006-12"),
        ("2007-03-05", "this year the city expects 6 million", "2007-01..2007-12"),
        ("2007-03-05", "Last week, at least 76 people died", "2007-02"),
        ("2007-03-12", "Last week, at least 76 people died", "2007-03"),
        ("2007-03-05", "last month 300 jobs went", "2007-02"),
        ("2007-01-05", "last month 300 jobs went", "2006-12"),
        ("2007-03-05", "three years ago 300 jobs went", "2004-03"),
        ("2007-03-05", "the deadliest, during the 1991 Hajj, killed 1,426", "1991-01..1991-12"),
        ("2007-03-05", "in the 1990s, 300 jobs went", "1990-01..1999-12"),
        ("2007-03-05", "held from November 20 to December 11, 2015", "2015-11..2015-12"),
        ("2007-03-05", "this is what 300 jobs mean", nil),
        ("2015-05-07", "held from November 20 to December 11, with 4 options", "2015-11..2015-12"),
        ("2015-05-07", "as of June, 40 were held", "as of 2015-06"),
        ("2013-01-01", "From January 2014 to May 1, officials refused 500 requests", nil),
        ("2007-03-31", "the following day 40 died", "2007-04"),
        ("2015-05-07", "a fall from the year before, when it was 40 percent", "2014-01..2014-12"),
        ("2015-05-07", "the previous year 40 died", "2014-01..2014-12"),
        ("2015-05-07", "the following year 40 died", "2016-01..2016-12"),
        ("2015-05-07", "a year earlier, 40 died", "2014-01..2014-12"),
        ("2015-05-07", "a decade earlier, 40 died", "2005-01..2005-12"),
        ("2015-05-07", "a year of 40 deaths", nil),
        ("2025-03-03", "Unemployment fell to 4.2% in February", "2025-02"),
        ("2025-03-03", "in March 40 died", "2025-03"),
        ("2025-03-03", "on February 12, 40 died", "2025-02"),
        ("2025-03-03", "an election due in November drew 40 names", nil),
        ("2025-03-03", "in may 40 died", nil),
        ("2025-03-03", "on March 2, 2019, 40 died", "2019-03"),
        ("2025-03-03", "Since 2020, 300 people have died", "2020-01..2025-03"),
        ("2025-03-03", "since June 2024 prices rose 40 percent", "2024-06..2025-03"),
        ("2025-03-03", "since 2030 no one has counted 4 of them", nil),
        ("2007-03-01", "the previous day 40 died", "2007-02"),
        // The months up to the article's: a decade, five years, twelve months, a year.
        ("2025-03-03", "Over the past decade, an average of 2.5 million hectares burned", "2015-04..2025-03"),
        ("2025-03-03", "In the last five years 40 towns were evacuated", "2020-04..2025-03"),
        ("2025-03-03", "prices rose 12% over the past 12 months", "2024-04..2025-03"),
        ("2025-03-03", "the past year saw 7 floods", "2024-04..2025-03"),
        ("2025-03-03", "the last two decades brought 9 wars", "2005-04..2025-03"),
        ("2025-03-03", "It was the last year of the war, and 300 died", nil),
        // A year compared with is not the claim's: "since" after a superlative or "not".
        ("2025-03-03", "its worst result since 1997, 2%", nil),
        ("2025-03-03", "the deadliest storm since 2010 killed 40", nil),
        ("2025-03-03", "the first time since 2008 that 40 banks failed", nil),
        ("2025-03-03", "at a level not seen since 2008, 40 percent", nil),
        ("2025-03-03", "the worst year, and since 2020, 300 people have died", "2020-01..2025-03"),
        // What "since" compares with runs to its clause's end.
        ("2025-03-03", "its worst result since it came to power in 1994, the board said on Saturday", "2025-03"),
        ("2025-03-03", "the first time since 2008 that 40 banks failed in March", "2025-03"),
        // Spans back from the article's date, and the weekend before its week (3 March 2025 is a Monday).
        ("2025-03-03", "A decade ago, 40 shops stood here", "2015-03"),
        ("2025-03-03", "Two decades ago the town had 900 homes", "2005-03"),
        ("2025-03-03", "A year ago 30 people came", "2024-03"),
        ("2025-03-03", "An hour ago 5 people left", "2025-03"),
        ("2025-03-03", "Five days ago 12 boats sank", "2025-02"),
        ("2025-03-03", "Three weeks ago 12 boats sank", "2025-02"),
        ("2025-03-03", "Two months ago 12 boats sank", "2025-01"),
        ("2025-03-03", "Last weekend 12 boats sank", "2025-03"),
        ("2025-03-05", "Last weekend 12 boats sank", "2025-03"),
        ("2025-03-01", "Last weekend 12 boats sank", "2025-02"),
        // Parts of a month, and of the article's year.
        ("2026-09-09", "Prices rose 3% in the first half of August", "2026-08"),
        ("2026-09-09", "Profit fell 2% in the second half of the year", "2026-07..2026-12"),
        ("2026-09-09", "Sales fell 1% in the first quarter of 2025", "2025-01..2025-03"),
        ("2026-09-09", "Sales fell 1% in the last quarter of this year", "2026-10..2026-12"),
        ("2026-09-09", "Prices rose 3% in the first half of October", nil),
        // A quarter or half with no year: of the latest up to the article's date.
        ("2025-11-11", "Sales fell 1% in the first quarter", "2025-01..2025-03"),
        ("2025-02-11", "Sales fell 1% in the fourth quarter", "2024-10..2024-12"),
        ("2025-11-11", "Profit fell 2% in the second half", "2025-07..2025-12"),
        ("2025-11-11", "Profit rose 12 percent in the first quarter of its fiscal year", nil),
        ("2025-08-04", "It reported a loss of $340 million for the second quarter", "2025-04..2025-06"),
        ("2025-08-04", "Profit for the first half of 2024 was $3 million", "2024-01..2024-06"),
        ("2025-08-04", "It set aside $40 million for the fourth time", nil),
        ("2025-08-04", "Its revenue for the first quarter ended December was $84 billion", nil),
        // Months counted back from a month, or on from January: the figure says when.
        ("2025-11-11", "In the three months to September, pay rose 4.6 percent", "2025-07..2025-09"),
        ("2026-02-10", "in the three months to December 40 firms failed", "2025-10..2025-12"),
        ("2025-03-03", "In the 12 months through March 2024, 40 died", "2023-04..2024-03"),
        ("2025-11-12", "Through the first ten months of the year it delivered 493 jets", "2025-01..2025-10"),
        ("2025-11-12", "In the first six months of 2024 it delivered 493 jets", "2024-01..2024-06"),
        ("2025-11-12", "In the three months of talks, 40 met", nil),
        // "early", "mid", "late": of the time they qualify.
        ("2026-08-28", "Floods have killed 1,100 people since mid-June", "2026-06..2026-08"),
        ("2026-08-28", "Since early 2025, 12 dams failed", "2025-01..2026-08"),
        ("2026-08-28", "Since June, 12 dams failed", "2026-06..2026-08"),
        ("2026-08-28", "In early 2024, 300 homes flooded", "2024-01..2024-12"),
        ("2026-08-28", "Prices rose 4% in late March", "2026-03"),
        ("2026-08-28", "In mid-2023 40 people moved", "2023-01..2023-12"),
        ("2026-08-28", "In early voting, 40 percent turned out", nil),
        ("2026-08-28", "since the year 2000, 40 died", nil),   // not "the year" as this year
        // A time a change is measured from, after its figure, is not the figure's.
        ("2025-03-03", "Prices rose 15 percent from a year earlier", nil),
        ("2025-03-03", "Exports were 40 million tonnes, up from last year", nil),
        ("2025-03-03", "Sales were 8% higher than a year ago", nil),
        ("2025-03-03", "Sales were higher than a year ago", nil),
        ("2025-03-03", "Sales rose 3 percent compared with last year", nil),
        ("2025-03-03", "Profit rose 4 percent over the same period last year", nil),
        ("2025-03-03", "Output rose 2 percent on the same month a year earlier", nil),
        ("2025-03-03", "More than a year ago, 40 people died", "2024-03"),
        ("2025-03-03", "In the same period last year, 40 people died", "2024-01..2024-12"),
        ("2025-03-03", "In the same month last year, 40 people died", "2024-03"),
        ("2025-03-03", "Data from last year show 40 percent", "2024-01..2024-12"),
        ("2025-03-03", "It rose 3% over the past year", "2024-04..2025-03"),
    ] as [(String, String, String?)])
    func relativeTimes(_ date: String, _ text: String, _ expected: String?) throws {
        let finder = ContextFinder(Array(text.unicodeScalars), date: try #require(Day(date)))
        #expect(finder.periods().first?.value.description == expected)
    }

    @Test func relativeTimesNeedADate() {
        #expect(ContextFinder(Array("A storm yesterday killed 12".unicodeScalars)).periods().isEmpty)
    }

    /// A year after a level compared with ("down from 79.5 percent in 2017") is that level's;
    /// the figure before it holds as of the article's month.
    @Test func aComparedLevelKeepsItsYear() {
        let text = "Vote\n\nNAIROBI, August 16, 2027 — Turnout was 65.4 percent, down from 79.5 percent in 2017. "
            + "A survey of 300 pupils, from 88 schools, ran in 2026.\n"
        let periods = claimPeriods(text)
        #expect(periods == ["as of 2027-08", "2017-01..2017-12", "2026-01..2026-12", "2026-01..2026-12"])
    }

    /// The year of a level compared with is not carried to the sentences after it.
    @Test func aComparedLevelsYearIsNotCarried() {
        let text = "Vote\n\nPRETORIA, May 30, 2024 — Turnout was 58.6 percent, down from 66 percent in 2019. "
            + "About 27.7 million people registered. In 2014, 25 million had.\n"
        let periods = claimPeriods(text)
        #expect(periods == ["as of 2024-05", "2019-01..2019-12", "as of 2024-05", "2014-01..2014-12"])
        #expect(ClaimExtractor.isComparedLevelsTime(20..<27, in: Array("Sales, up from 12 in 2020".unicodeScalars)))
        #expect(!ClaimExtractor.isComparedLevelsTime(20..<27, in: Array("Sales, up from 12, in 2020".unicodeScalars)))
        #expect(!ClaimExtractor.isComparedLevelsTime(20..<27, in: Array("Sales, up from here in 2020".unicodeScalars)))
        // "down from " and "up from " just before an offset, in any case, and nothing else.
        for (text, follows) in [("DOWN FROM ", true), ("Up From ", true), ("up from", false), ("cup from ", true), ("up  from ", false),
                                ("dawn from ", false), ("", false)] {
            #expect(ClaimExtractor.followsDownOrUpFrom(text.unicodeScalars.count, in: Array(text.unicodeScalars)) == follows, "\(text)")
        }
    }

    /// "a year earlier", "the previous year", "a year later": from the year told of last,
    /// in the sentence or in the ones before, in its paragraph or an earlier one (a paragraph
    /// carries no time to the next, but what "the year before" counts from, it does); from
    /// the article's date when none was.
    @Test func aYearBeforeOrAfterIsFromTheYearToldOfLast() {
        let text = "Measles\n\nGENEVA, February 12, 2026 — At least 38 people died in 2025, compared with 61 a year earlier. "
            + "In 2019, 40 clinics closed. A year later, 9 reopened.\n\nIn 2016, 5 opened. The previous year, 12 opened.\n\n"
            + "The year before, 7 closed.\n\nIn the 2023-24 school year 22% were obese, up from 21% a decade earlier.\n"
        let periods = claimPeriods(text)
        #expect(periods == ["2025-01..2025-12", "2024-01..2024-12", "2019-01..2019-12", "2020-01..2020-12",
                            "2016-01..2016-12", "2015-01..2015-12", "2014-01..2014-12", "2023-09..2024-08", "2013-09..2014-08"])
    }

    /// A level compared with that the figure's "from" introduces has the time after it, not
    /// the figure: "rose to $7.36 billion from $6.78 billion a year earlier" (the $7.36 billion
    /// holds as of the article's month), "fell to 65 percent from 79 percent in 2017". A "from"
    /// that names where things come from compares nothing ("from 88 schools").
    @Test func aTimeAfterTheLevelComparedWithIsThatLevels() {
        func periods(_ sentence: String) -> [String?] {
            let text = "Results\n\nNEW YORK, May 3, 2018 — " + sentence + "\n"
            return claimPeriods(text)
        }
        #expect(periods("Revenue in the quarter rose to $7.36 billion from $6.78 billion a year earlier.")
                == ["as of 2018-05", "2017-01..2017-12"])
        #expect(periods("Turnout fell to 65 percent from 79 percent in 2017.") == ["as of 2018-05", "2017-01..2017-12"])
        #expect(periods("A survey of 1709 pupils, from 88 schools, ran between July 2003 and December 2004.")
                == ["2003-07..2004-12", "2003-07..2004-12"])
    }

    /// "a year earlier" moves the time told of last by a year, whole: a month to that month.
    @Test func aYearEarlierThanAMonthIsThatMonth() {
        let text = "Deliveries\n\nSEATTLE, March 9, 2026 — In February, Boeing delivered 38 jets, down from 45 a year earlier. "
            + "In January it hired 300 people, up from 200 the year before.\n"
        let periods = claimPeriods(text)
        #expect(periods == ["2026-02", "2025-02", "2026-01", "2025-01"])
    }

    /// "the same month last year", "the same quarter a year earlier": the time told of last, a
    /// year back (not all of last year); "the same month" with none told is the article's.
    @Test func theSameTimeLastYearIsTheTimeToldAYearBack() {
        let text = "Deliveries\n\nSEATTLE, Nov. 12, 2025 — Boeing delivered 53 airplanes in October, up from 40 in the same month last year. "
            + "In the first quarter, it sold 30 jets, against 25 in the same quarter a year earlier.\n"
        let periods = claimPeriods(text)
        #expect(periods == ["2025-10", "2024-10", "2025-01..2025-03", "2024-01..2024-03"])
        // A quarter with no year is of the year told in its paragraph, not of one told before it.
        let later = "Results\n\nNEW YORK, Aug. 4, 2025 — In 2023, 80,000 died.\n\nIt lost $340 million for the second quarter.\n\n"
            + "In 2024, it lost $20 million, and $5 million in the first quarter.\n"
        #expect(claimPeriods(later) == ["2023-01..2023-12", "2025-04..2025-06", "2024-01..2024-12", "2024-01..2024-03"])
    }

    /// The months a span names ("the three months to September", "the first ten months of the
    /// year") are the claims' time, and the span's figure is no claim; "the past 12 months" is one.
    @Test func aSpanOfMonthsIsATimeNotAClaim() {
        let text = "Pay\n\nLONDON, Nov. 11, 2025 — Pay rose 4.6 percent in the three months to September. "
            + "In the first ten months of the year, 493 jets were delivered. Prices rose 3% over the past 12 months.\n\n"
            + "A door blew out in January 2024.\n\nIn the first ten months of the year, 40 jets were lost.\n"
        let claims = ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map(\.claim)
        #expect(claims.map(\.surface) == ["4.6 percent", "493", "3%", "12", "40"])
        // ("the year" is the article's, not the one told in an earlier paragraph.)
        #expect(claims.map { $0.period?.description }
                == ["2025-07..2025-09", "2025-01..2025-10", "2024-12..2025-11", "2024-12..2025-11", "2025-01..2025-10"])
    }

    /// A year counted from the one told of last is a change's base as one counted from the
    /// article's date is: "rose 15 percent from a year earlier" after "In February" keeps February.
    @Test func aBaseAfterATimeToldIsStillABase() {
        let text = "Trade\n\nLONDON, March 3, 2025 — In February, exports fell 3 percent. Prices rose 15 percent from a year earlier.\n"
        let periods = claimPeriods(text)
        #expect(periods == ["2025-02", "2025-02"])
    }

    @Test func aDatedArticlesNumbersHoldAsOfItsMonth() {
        let text = "Storm hits\n\nTuesday, May 5, 2015\n\nThe storm destroyed 300 homes.\n\nIn 2014, a storm destroyed 20.\n"
        let periods = claimPeriods(text)
        #expect(periods == ["as of 2015-05", "2014-01..2014-12"])
    }
}

@Suite struct PronounSourceTests {
    private func sources(_ text: String) -> [String] {
        ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map(\.claim.source)
    }

    @Test func aPronounSpeaksForTheLastSourceNamed() {
        #expect(sources("H\n\nProfessor Eastman says it is bad. He says 10 per cent of salt is iodised.\n\nShe said 5 people left.\n")
                == ["Professor Eastman", "Professor Eastman"])
    }

    @Test func aPronounWithNoOneNamedBeforeIsNoOne() {
        #expect(sources("H\n\nShe said 5 people left.\n") == ["author"])
    }

    /// "he said" after a quotation, in lower case, and "they" after a name in the same sentence.
    @Test func aPronounAfterAQuotationAndInTheSameSentence() {
        #expect(sources("H\n\nTom Hill says 9 camps were full. Dr Rosa Diaz said she was alarmed by what they found. \"We saw 40 cases,\" she said.\n")
                == ["Tom Hill", "Dr Rosa Diaz"])
    }
}

@Suite struct SpeakerTests {
    private func sources(_ text: String) -> [String] {
        ClaimExtractor.extract(ArticleText(name: "t", text: "H\n\n" + text + "\n"), slug: "t").map(\.claim.source)
    }

    @Test(arguments: [
        ("The security firm Acme.com has said that 40 flaws remain.", "Acme.com"),
        ("Jane Roe, chief financial officer and treasurer at the Moss Foundation, said 500 schools applied.", "Jane Roe"),
        ("J.R. Hall, a spokesman, said 12 trains were late.", "J.R. Hall"),
        ("Mark Dale asserted that he sat in a cell for 30 hours.", "Mark Dale"),
        ("North Korea stated it would respond within 48 hours.", "North Korea"),
        ("\u{201C}We need 48 hours,\u{201D} added Yonhap.", "Yonhap"),
        ("The mayor added 500 parking spaces.", "author"),
    ])
    func speakers(_ sentence: String, _ source: String) {
        #expect(sources(sentence) == [source])
    }

    /// A person's words go on in their quotation, a body's figures in the sentences after.
    @Test func aPersonsWordsEndWithTheirSentenceOrQuotation() {
        #expect(sources("Ann Ray says 3 teams withdrew. There were 2 teams from Peru.") == ["Ann Ray", "author"])
        #expect(sources("\u{201C}We fired 3 times,\u{201D} Ann Ray said. \u{201C}They fired 2 times.\u{201D} Then 4 more came.")
                == ["Ann Ray", "Ann Ray", "author"])
        #expect(sources("The Met Office said 3 towns flooded. About 40 roads closed.") == ["Met Office", "Met Office"])
    }

    @Test func accordingToCreditsItsOwnSentence() {
        #expect(sources("According to Ann Ray, 3 teams withdrew. There were 2 teams from Peru.") == ["Ann Ray", "author"])
    }

    /// "“War maniacs … fired 36 shells. Six hit posts,” said KCNA.": every sentence of the quotation.
    @Test func aQuotationIsCreditedWhereItCloses() {
        #expect(sources("\"Their troops came on Monday. They fired 36 shells. Six hit posts\", said KCNA.") == ["KCNA", "KCNA"])
        #expect(sources("\"Their troops fired 36 shells. Six hit posts\", he said.") == ["author", "author"],
                "a pronoun with no one named before")
    }
}

@Suite struct QuotationAndVagueTests {
    private func claims(_ text: String) -> [Claim] {
        ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map(\.claim)
    }

    @Test func aParagraphThatGoesOnQuotingKeepsTheSpeaker() {
        let text = "H\n\nProfessor Ann Lee said she was alarmed.\n\n\u{201C}You lose 15 IQ points.\n\nOfficials counted 12 cases.\n"
        #expect(claims(text).map(\.source) == ["Professor Ann Lee", "author"])
    }

    @Test func aQuotationAfterADocumentIsNotTheDocuments() {
        let text = "H\n\nA report conducted by Acme Institute found that 30 cases rose.\n\n\"We saw 12 more,\" a nurse told us.\n"
        #expect(claims(text).map(\.source).last != "Acme Institute")
    }

    @Test func ordersOfMagnitudeAreNoClaims() {
        let text = "H\n\nHundreds of thousands of people came, and millions of pilgrims arrive each year; 40 died.\n"
        #expect(claims(text).map(\.value) == [40])
    }
}

@Suite struct ChangeEndpointTests {
    private func claims(_ sentence: String) -> [Claim] {
        ClaimExtractor.extract(ArticleText(name: "t", text: "H\n\n" + sentence + "\n"), slug: "t").map(\.claim)
    }

    @Test func aChangeBetweenTwoYearsGivesEachLevelItsYear() {
        let c = claims("Enrolment rose from 750 to 1,400 between 2018 and 2022.")
        #expect(c.map(\.value) == [750, 1400] && c.map(\.surface) == ["750", "1,400"])
        #expect(c.map { $0.period?.description } == ["2018-01..2018-12", "2022-01..2022-12"])
        #expect(c.allSatisfy { $0.metric == "enrolment" && $0.quote.contains($0.surface) })
    }

    /// A time inside a relative clause set off by a comma is when what the clause tells
    /// happened: not the time of a figure outside it, nor the sentence's to carry on.
    @Test func aTimeInARelativeClauseIsTheClauses() {
        let bridge = claims("The bridge, which cost $4 million in 1932, carries 160,000 cars a day.")
        #expect(bridge.map(\.value) == [4_000_000, 160_000])
        #expect(bridge.map { $0.period?.description } == ["1932-01..1932-12", nil])
        #expect(claims("The mayor, who took office in May 2023, said 40 schools had closed.").map { $0.period?.description } == [nil])
        let dated = ClaimExtractor.extract(ArticleText(name: "t", text: "H\n\nLONDON, March 3, 2025 — The bridge, which opened in 1932, "
                                                        + "carries 160,000 cars a day. It carried 90,000 in 2010.\n"), slug: "t").map(\.claim)
        #expect(dated.map { $0.period?.description } == ["as of 2025-03", "2010-01..2010-12"])
        #expect(claims("In 2020, which was a hard year, 40 schools closed.").map { $0.period?.description } == ["2020-01..2020-12"],
                "a time outside the clause is the sentence's still")
    }

    /// A relative clause in the present ("which manages", "who owns") tells what holds
    /// now: a figure in it is as of the article's month, not of a time the sentence
    /// names outside the clause. One in the past keeps the sentence's time.
    @Test func aFigureInAPresentRelativeClauseHoldsNow() {
        func periods(_ sentence: String) -> [String?] {
            ClaimExtractor.extract(ArticleText(name: "t", text: "H\n\nLONDON, March 3, 2025 — " + sentence + "\n"), slug: "t")
                .map(\.claim.period?.description)
        }
        #expect(periods("The fund, which manages $2 billion, lost 8% last year.") == ["as of 2025-03", "2024-01..2024-12"])
        #expect(periods("The mill, which employs 300 people, closed in 2019.") == ["as of 2025-03"])
        #expect(periods("The council, which is 40 members strong, met in 2019.") == ["as of 2025-03"])
        #expect(periods("The fund, which managed $2 billion, lost 8% last year.") == ["2024-01..2024-12", "2024-01..2024-12"],
                "a clause in the past: the sentence's time")
        #expect(periods("The firm, whose sales reach $5 million, grew 8% in 2019.") == ["2019-01..2019-12", "2019-01..2019-12"],
                "\"whose\" and a noun: no verb to read the tense of")
        #expect(periods("The firm, which this year hired 40 people, grew in 2019.") == ["2025-01..2025-12"],
                "a time inside the clause is still the clause's")
        #expect(claims("The fund, which manages $2 billion, lost 8% in 2019.").map { $0.period?.description } == [nil, "2019-01..2019-12"],
                "undated: no time at all rather than the sentence's")
    }

    /// A rare noun that opens the sentence is what its figure counts, not "count".
    @Test func aRareNounOpeningTheSentenceIsWhatIsCounted() {
        #expect(claims("Attendance stood at 12,000 on Saturday.").map(\.metric) == ["attendance"])
        #expect(claims("Ridership fell to 40,000 last year.").map(\.metric) == ["ridership"])
    }

    /// "threefold" is a multiple of what the sentence names, in times; it counts nothing
    /// itself, so the figure after it is not a count of "fourfold"s.
    @Test func aMultipleIsAChangeInTimesOfWhatTheSentenceNames() {
        let c = claims("Ticket sales rose threefold, and the number of stalls grew fourfold to 240.")
        #expect(c.map(\.value) == [3, 4, 240])
        #expect(c.map(\.unit) == ["times", "times", "items"])
        #expect(c.map(\.metric) == ["ticket_sales_change", "stalls_change", "stalls"])
        let hyphen = claims("Rents have risen 2-fold since the port opened.")
        #expect(hyphen.map(\.unit) == ["times"] && hyphen.map(\.metric) == ["rents_change"])
    }

    /// Lengths written out are units; a length naming what it measures ("a 70 meter
    /// memorial hall") is that thing's size; "within 48 hours" is a time limit.
    @Test func lengthsSizesAndTimeLimits() {
        let c = claims("They built a 70 meter memorial hall and a 5 km tunnel; the road is 90 metres long and "
                       + "officials must reply within 48 hours, after walking 3 miles.")
        #expect(c.map(\.value) == [70, 5, 90, 48, 3])
        #expect(c.map(\.unit) == ["metres", "kilometres", "metres", "hours", "miles"])
        #expect(c.map(\.metric) == ["hall_size", "tunnel_size", "length", "deadline", "distance"])
    }

    /// A time phrase just after a figure belongs to it only in the same clause.
    @Test func aTimeInTheNextClauseIsNotTheFigures() {
        let text = "H\n\nLONDON, March 3, 2025 — Last year the charity fed 3,000 families, and on Sunday it fed 400 more; "
            + "in May 2023 it fed 90.\n"
        let c = ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map(\.claim)
        #expect(c.map(\.value) == [3000, 400, 90])
        #expect(c.map { $0.period?.description } == ["2024-01..2024-12", "2025-03", "2023-05"])
        let close = claims("Exports reached 3,887 tonnes in 2016, the ministry said.")
        #expect(close.map { $0.period?.description } == ["2016-01..2016-12"], "in the same clause, the phrase after still wins")
    }

    /// A new clause: a semicolon, or a comma whose next word joins clauses.
    @Test func clauseBreaksInTheGapAfterAFigure() {
        func breaks(_ gap: String) -> Bool { ClaimExtractor.clauseBreak(in: Array(gap.unicodeScalars)[...]) }
        #expect(breaks(" families, and on ") && breaks(",  But ") && breaks(" tonnes; in ") && breaks(", whereas"))
        #expect(!breaks(" tonnes in ") && !breaks(", andrew said") && !breaks(", and, ") && !breaks(",") && !breaks(""))
        #expect(breaks(", followed by ") && breaks(", including ") && !breaks(" followed by "))
    }

    /// A place after a figure, past a participle that opens a clause, is the next figure's.
    @Test func aPlaceFollowingAFigureInTheNextClauseIsNotItsOwn() {
        let c = claims("Romania had 30,692 cases, followed by Kazakhstan with 28,147.")
        #expect(c.map(\.value) == [30_692, 28_147])
        #expect(c.map { $0.place?.code } == ["RO", "KZ"])
    }

    @Test func levelsWithTheirOwnYears() {
        let c = claims("Enrolment rose from 750 in 2018 to more than 1,400 in 2022.")
        #expect(c.map { $0.period?.description } == ["2018-01..2018-12", "2022-01..2022-12"])
        #expect(c.map(\.qualifier) == [.exact, .moreThan])
    }

    @Test func aRangeWithoutAChangeStaysARange() {
        #expect(claims("Tickets cost from $5 to $7.").count == 1)
    }
}

/// A long article is extracted a piece at a time (`extract(text:pieceBytes:)`); its
/// claims must be the whole text's: numbered on, with paragraph numbers and spans
/// counted from the article's start, the dateline's date and place from its opening,
/// and what carries from paragraph to paragraph carried across pieces.
@Suite struct PiecewiseExtractionTests {
    @Test(arguments: [(1, 1 << 18), (300, 1 << 18), (2_000, 1 << 18), (1 << 20, 1 << 18), (1, 1_000)])
    func piecesGiveTheWholeArticlesClaims(_ pieceBytes: Int, _ openingBytes: Int) throws {
        let sample = try String(contentsOf: SampleExtractionTests.samples.appendingPathComponent("sanctuary-ice-detainers.txt"), encoding: .utf8)
        let text = "# from the wire\n\nFloods Close 40 Schools\n\nNAIROBI, Kenya, March 3, 2025 (Reuters) — Floods closed 40 schools on Sunday, "
            + "the ministry said.\n\nAbout 1,200 pupils were sent home.\n\nCounty Reports 12 More Closures Today\n\n"
            + "“We moved 300 families,” Governor Amina Otieno said.\n\n“Another 25 are waiting.”\n\n" + sample
        let whole = ClaimExtractor.extract(ArticleText(name: "t", text: text), slug: "t").map(\.claim)
        var reached: [Int] = []
        let pieces = ClaimExtractor.extract(text: text, name: "t", slug: "t", pieceBytes: pieceBytes, openingBytes: openingBytes,
                                            progress: { reached.append($0) }).map(\.claim)
        #expect(ArticleText.pieces(text, bytes: pieceBytes).count > (pieceBytes < 1_000 ? 10 : 0))
        #expect(whole.count > 20)
        #expect(pieces == whole)
        #expect(pieces.map(\.span) == whole.map(\.span))
        #expect(!whole.contains { $0.value == 12 }, "a headline inside the text is chrome, whatever piece it opens")
        #expect(whole.contains { $0.value == 1_200 && $0.place?.code == "KE-30" && $0.period?.description == "as of 2025-03" },
                "Nairobi, from the dateline; March 2025, the dateline's month")
        #expect(whole.contains { $0.value == 25 && $0.source == "Governor Amina Otieno" }, "the governor's quotation goes on")
        #expect(reached == reached.sorted() && reached.last.map { $0 < text.utf8.count } == true, "progress counts bytes, in order")
    }
}
