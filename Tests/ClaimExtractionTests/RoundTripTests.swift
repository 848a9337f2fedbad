import Testing
import ClaimqTestHelpers
@testable import ClaimExtraction
@testable import ClaimStore

/// A property of extraction over texts made up at random (a fixed seed): every draft
/// claims file `claimq extract` would write loads back, and every period it reads runs
/// forwards from year 1 at the earliest. The fragments lean on what broke before:
/// backwards spans, years 0 and 9999, yearless months, huge figures, odd characters.
@Suite struct RoundTripTests {
    private static let fragments = [
        "From January 2014 to May 1, officials refused 500 requests.", "Between May 2020 and January, 12 fell.",
        "In 0 AD there were 5 kings.", "From 9999 to 10000, 3 rose.", "as of June 0000 it held 7%",
        "in fiscal 2021", "the 2022-23 school year", "last year", "yesterday", "on Sunday", "the following day",
        "rose from 750 to 1,400 between 2018 and 2022", "between €20 million and €25 million", "about 12000 Model Y cars",
        "more than 29,269", "nearly a quarter", "one fifth", "threefold", "4.5m tonnes", "12bn", "40k", "5GHz",
        "three thousand four hundred twelve", String(repeating: "9", count: 40), "1e400", "-0", "0.000001",
        "Published: 2017-07-21", "Friday, July 21, 2017", "21 July 2017", "WASHINGTON —", "Nairobi, Kenya",
        "said the U.S. Census Bureau.", "according to some reports", "Officials said", "“We counted 40,” she said.",
        "\u{1B}[31m", "\u{7}", "\u{FEFF}", "\t", "\r\n", "\n\n", " — ", "(", ")", "%", "per cent", "per 100,000",
        "Ünïcödé 東京 😀", "", ",", ".", "…", "and", "of", "the", "2,", "3.", "'", "\"", "-", "–", "1-2", "2019–21",
    ]

    @Test func everyDraftLoadsBack() throws {
        var random = SplitMix(seed: 7)
        for round in 0..<300 {
            let count = 3 + Int(random.next() % 40)
            let text = (0..<count).map { _ in Self.fragments[Int(random.next() % UInt64(Self.fragments.count))] }
                .joined(separator: random.next() % 2 == 0 ? " " : "\n\n")
            let article = ArticleText(name: "t.txt", text: text)
            let drafts = ClaimExtractor.extract(article, slug: "t", date: random.next() % 3 == 0 ? Day("2017-07-21") : nil)
            for d in drafts {
                if let p = d.claim.period {
                    #expect(p.from <= p.to && p.from.year >= 1 && p.to.year <= 9999, "round \(round): \(p) from \(text)")
                }
                #expect(d.claim.value.isFinite, "round \(round)")
            }
            let json = try ClaimExtractor.draftFile(drafts)
            do {
                let loaded = try ClaimLoader.load(article: "t", text: article, claimsJSON: json, claimsFile: "t.claims.json")
                #expect(loaded.count == drafts.count, "round \(round)")
            } catch {
                Issue.record("round \(round): \(error) — text: \(text.debugDescription)")
            }
        }
    }
}
