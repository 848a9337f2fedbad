import Foundation
import Testing
import ClaimqTestHelpers
@testable import ClaimExtraction
@testable import ClaimStore

/// The sample's 18 claims, checked against the table in the foundation issue (typed
/// from the article by hand), and where each quote sits in the article.
@Suite struct SampleClaimsTests {
    static let samples = Repository.url("samples")
    /// Loaded from the files by the loader, checking every quote against the text.
    let store = try! ArticleLoader.load(path: samples.appendingPathComponent("sanctuary-ice-detainers.txt").path)

    /// id, metric, value, qualifier, unit, place, period, source, surface.
    static let table: [(Int, String, Double, Qualifier, String, String, String, String, String)] = [
        (1, "immigrants_in_custody", 33701, .exact, "people", "US", "as of 2017-06", "DHS OIG", "33,701"),
        (2, "immigrants_monitored", 2_400_000, .exact, "people", "US", "as of 2017-06", "DHS OIG", "2.4 million"),
        (3, "custody_share", 1.4, .exact, "percent", "US", "as of 2017-06", "DHS OIG", "1.4 percent"),
        (4, "refusing_jurisdictions", 675, .approx, "jurisdictions", "US", "2014-01..2017-05", "DHS OIG", "approximately 675"),
        (5, "refusals", 29269, .moreThan, "requests", "US", "2014-01..2017-05", "DHS OIG", "more than 29,269"),
        (6, "refusals", 11, .exact, "requests", "US-CA", "2017-01..2017-02", "author", "11"),
        (7, "violent_offender_share", 50, .moreThan, "percent", "US-CA", "2017-01..2017-02", "author", "the majority"),
        (8, "refusals", 3348, .exact, "requests", "US-CA", "2015-01..2017-12", "author", "3,348"),
        (9, "case_files_sampled", 40, .exact, "case_files", "US", "none", "DHS OIG", "40"),
        (10, "noncompliant_case_files", 40, .exact, "case_files", "US", "none", "DHS OIG", "all"),
        (11, "information_refusals", 3, .atLeast, "occasions", "US", "none", "author", "at least three"),
        (12, "terrorism_convictions", 580, .exact, "people", "US", "2001-09..2014-12", "Senate Judiciary Subcommittee on Immigration and the National Interest", "580"),
        (13, "foreign_born_share", 50, .moreThan, "percent", "US", "2001-09..2014-12", "Senate Judiciary Subcommittee on Immigration and the National Interest", "the vast majority"),
        (14, "green_cards", 832_000, .approx, "people", "US", "2009-01..2014-12", "author", "approximately 832,000"),
        (15, "syrian_refugees", 3887, .exact, "people", "US", "2016-01..2016-12", "author", "3,887"),
        (16, "non_muslim_refugees", 23, .exact, "people", "US", "2016-01..2016-12", "author", "only 23"),
        (17, "muslims_rejecting_us_law", 300_000, .atLeast, "people", "US", "none", "Center for Security Policy", "at least 300,000"),
        (18, "violence_legitimate_share", 25, .nearly, "percent", "US", "none", "Center for Security Policy", "(N)early a quarter"),
    ]

    @Test func theEighteenClaimsMatchTheTable() {
        #expect(store.claims.count == 18)
        for (row, claim) in zip(Self.table, store.claims) {
            #expect(claim.id == row.0)
            #expect(claim.metric == row.1, "claim \(row.0)")
            #expect(claim.value == row.2, "claim \(row.0)")
            #expect(claim.qualifier == row.3, "claim \(row.0)")
            #expect(claim.unit == row.4, "claim \(row.0)")
            #expect(claim.place?.code == row.5, "claim \(row.0)")
            #expect((claim.period?.description ?? "none") == row.6, "claim \(row.0)")
            #expect(claim.source == row.7, "claim \(row.0)")
            #expect(claim.surface == row.8, "claim \(row.0)")
            #expect(claim.article == "sanctuary-ice-detainers")
            #expect(claim.quote.contains(claim.surface), "claim \(row.0)")
        }
    }

    @Test func stateAndCountryFollowFromPlace() {
        #expect(store.claims.filter { $0.state == "CA" }.map(\.id) == [6, 7, 8])
        #expect(store.claims.allSatisfy { $0.country == "US" })
    }

    /// Counted by hand in samples/sanctuary-ice-detainers.txt: the title is paragraph 1.
    @Test(arguments: [(1, 3, 1), (4, 5, 1), (6, 8, 1), (9, 10, 1), (11, 13, 2), (12, 16, 1), (14, 17, 1), (17, 19, 1), (18, 20, 1)])
    func quotesAreFoundWhereTheArticleHasThem(_ id: Int, _ paragraph: Int, _ sentence: Int) throws {
        let claim = try #require(store.claim(id: id))
        #expect(claim.paragraph == paragraph)
        #expect(claim.sentence == sentence)
    }

    @Test func quotesAreWholeSentences() throws {
        let claim11 = try #require(store.claim(id: 11))
        #expect(claim11.quote == "On at least three occasions, the Obama administration refused “to provide details on the immigration histories of terrorists convicted in the United States.”")
        let claim5 = try #require(store.claim(id: 5))
        #expect(claim5.quote == "From January 2014 to May 2017, approximately 675 jurisdictions nationwide refused to honor more than 29,269 ICE immigration detainer requests.")
    }

    @Test func theBuiltInCopyIsWhatTheLoaderMakesOfTheFiles() throws {
        let builtIn = try ArticleLoader.loadSample()
        #expect(builtIn.claims.count == store.claims.count)
        for (embedded, loaded) in zip(builtIn.claims, store.claims) {
            #expect(embedded == loaded, "claim #\(loaded.id) differs: run scripts/embed-sample.sh")
        }
        let article = try String(contentsOf: Self.samples.appendingPathComponent("sanctuary-ice-detainers.txt"), encoding: .utf8)
        #expect(article == EmbeddedSample.article, "run scripts/embed-sample.sh")
        // The sample is the seed article (../shared/seeds/000_a6d68199c0f72259.txt, 5,512
        // bytes) behind a header and a blank line: checked by the seed's FNV-1a hash, so
        // that the test needs nothing outside the repository.
        var lines = article.split(separator: "\n", omittingEmptySubsequences: false)
        while lines.first?.hasPrefix("# ") == true { lines.removeFirst() }
        #expect(lines.first == "", "a blank line after the header")
        let body = Array(lines.dropFirst().joined(separator: "\n").utf8)
        let hash = body.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        #expect(body.count == 5512 && hash == 0x3d03_2f83_076c_9d23, "the sample is the seed article, unchanged")
    }

    @Test func relationsFromTheClaimsFile() throws {
        let related = store.claims.filter { !$0.relations.isEmpty }.map(\.id)
        #expect(related == [3, 7, 10, 13, 15, 16])
        #expect(store.claim(id: 3)?.relations.ratioOf?.numerator == 1 && store.claim(id: 3)?.relations.ratioOf?.denominator == 2)
        #expect(store.claim(id: 7)?.relations.shareOf == 6 && store.claim(id: 15)?.relations.partOf == 14)
    }
}
