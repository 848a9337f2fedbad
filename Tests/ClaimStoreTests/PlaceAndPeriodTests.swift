import Testing
import ClaimStore

@Suite struct PlaceTests {
    @Test(arguments: [("CA", "US-CA"), ("ca", "US-CA"), ("California", "US-CA"), ("US-CA", "US-CA"),
                      ("United States", "US"), ("USA", "US"), ("US", "US"), ("new  york", "US-NY"),
                      ("Canada", "CA"), ("Germany", "DE")])
    func resolvesCodesAndNames(_ text: String, _ code: String) {
        #expect(PlaceNames.resolve(text)?.code == code)
    }

    @Test func unknownPlacesDoNotResolve() {
        #expect(PlaceNames.resolve("Atlantis") == nil)
        #expect(PlaceNames.resolve("") == nil)
    }

    @Test func countriesPreferCountryCodes() {
        #expect(PlaceNames.resolveCountry("CA")?.code == "CA")
        #expect(PlaceNames.resolveCountry("United States")?.code == "US")
        #expect(PlaceNames.resolveCountry("California") == nil)
    }

    @Test func containmentAndParts() throws {
        let us = try #require(Place(code: "US"))
        let ca = try #require(Place(code: "us-ca"))
        #expect(ca.code == "US-CA")
        #expect(ca.state == "CA" && ca.country == "US")
        #expect(us.state == nil && us.country == "US")
        let england = try #require(Place(code: "gb-eng"))
        #expect(england.state == nil && england.country == "GB" && !england.isCountry)   // a state is a US one only
        #expect(Place(code: "US-DC")?.state == "DC" && Place(code: "USA-1") == nil)
        #expect(us.contains(ca) && us.contains(us) && !ca.contains(us))
        #expect(Place(code: "USA-CA") == nil && Place(code: "1") == nil)
    }
}

@Suite struct PeriodTests {
    @Test func monthsParseAndOrder() throws {
        let june = try #require(YearMonth("2017-06"))
        #expect(june.year == 2017 && june.month == 6 && june.description == "2017-06")
        #expect(YearMonth("2017-13") == nil && YearMonth("17-06") == nil && YearMonth("2017") == nil)
        #expect(YearMonth(year: 2016, month: 12) < june)
        // Early years are written with four digits, so what is written reads back.
        #expect(YearMonth(year: 1, month: 1).description == "0001-01" && YearMonth("0001-01") == YearMonth(year: 1, month: 1))
        #expect(YearMonth(year: 999, month: 10).description == "0999-10")
        #expect(YearMonth("+123-01") == nil && YearMonth("2017-+6") == nil)
    }

    @Test func overlapAndWithinAreInclusive() throws {
        let m = { (s: String) in YearMonth(s)! }
        let whole = Period(from: m("2015-01"), to: m("2017-12"))
        let early2017 = Period(from: m("2017-01"), to: m("2017-02"))
        let y2018 = Period(from: m("2018-01"), to: m("2018-12"))
        let lastMonth = Period(from: m("2017-12"), to: m("2018-03"))
        #expect(early2017.isWithin(whole) && !whole.isWithin(early2017))
        #expect(whole.overlaps(early2017) && early2017.overlaps(whole))
        #expect(!whole.overlaps(y2018))
        #expect(whole.overlaps(lastMonth) && !lastMonth.isWithin(whole))
        #expect(Period(from: m("2017-06"), to: m("2017-06"), kind: .asOf).description == "as of 2017-06")
    }
}
