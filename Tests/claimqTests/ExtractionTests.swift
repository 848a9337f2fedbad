import Foundation
import Testing
import ClaimqTestHelpers

/// Articles without a curated claims file, drafts, and corpora, end to end.
extension EndToEndTests {
    private static let budget = """
        City Budget Grows

        The city spent nearly 4.5 million dollars on road repairs in 2019, according to the City Auditor. Officials approved the plan.

        Sign up for our newsletter →

        Between 2015 and 2018, more than 1,200 residents in Texas filed complaints.

        """

    @Test func anArticleWithoutClaimsIsExtracted() throws {
        let dir = Claimq.temporaryFolder()
        try Self.budget.write(toFile: dir + "/budget.txt", atomically: true, encoding: .utf8)
        let r = Claimq.run([dir + "/budget.txt", "--format", "json", "-c", "list claims"])
        #expect(r.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let claims = try #require(object["claims"] as? [[String: Any]])
        #expect(claims.count == 2, "the prompt line gives no claim")
        #expect(claims[0]["value"] as? Int == 4_500_000 && claims[0]["qualifier"] as? String == "nearly")
        #expect(claims[0]["source"] as? String == "City Auditor")
        #expect((claims[0]["period"] as? [String: String])?["from"] == "2019-01")
        #expect(claims[1]["value"] as? Int == 1200 && claims[1]["qualifier"] as? String == "more_than")
        #expect(claims[1]["place"] as? String == "US-TX" && claims[1]["unit"] as? String == "people")
        #expect((claims[1]["period"] as? [String: String]) == ["from": "2015-01", "to": "2018-12", "kind": "interval"])
        #expect(claims[1]["source"] as? String == "author")
    }

    @Test func dateReadsRelativeTimesAndIsChecked() throws {
        let dir = Claimq.temporaryFolder()
        try "Storm\n\nA storm yesterday killed 12 people.\n".write(toFile: dir + "/storm.txt", atomically: true, encoding: .utf8)
        for args in [["--date", "2015-09-01"], ["--date=2015-09-01"]] {
            let r = Claimq.run([dir + "/storm.txt"] + args + ["--format", "csv", "-c", "list claims"])
            #expect(r.status == 0 && r.stdout.contains(",2015-08,2015-08,interval,"), "yesterday was in August")
        }
        let draft = Claimq.run(["extract", "--date", "2015-09-12", dir + "/storm.txt"])
        #expect(draft.status == 0 && draft.stdout.contains("\"from\" : \"2015-09\""))
        let bad = Claimq.run([dir + "/storm.txt", "--date", "12/09/2015", "-c", "count claims"])
        #expect(bad.status == 2 && bad.stderr.contains("--date \"12/09/2015\" is not a date written YYYY-MM-DD"))
        #expect(bad.stdout.isEmpty)
    }

    /// The draft `claimq extract` makes of the sample, as checked by hand against the
    /// article and its curated claims (the one extra is "at least one instance").
    /// CLAIMQ_RECORD_GOLDEN=1 rewrites it (and fails): check the diff by hand.
    @Test func theSampleExtractsAsRecorded() throws {
        let samples = Repository.url("samples")
        let golden = samples.appendingPathComponent("sanctuary-ice-detainers.extracted.json")
        let r = Claimq.run(["extract", samples.appendingPathComponent("sanctuary-ice-detainers.txt").path])
        #expect(r.status == 0)
        if ProcessInfo.processInfo.environment["CLAIMQ_RECORD_GOLDEN"] == "1" {
            try r.stdout.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded \(golden.lastPathComponent): check it by hand (git diff)")
            return
        }
        let want = try String(contentsOf: golden, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let got = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, (a, b)) in zip(got, want).enumerated() where a != b {
            Issue.record("\(golden.lastPathComponent):\(i + 1):\n  expected: \(b)\n  got:      \(a)")
            break
        }
        #expect(got.count == want.count, "line count")
    }

    @Test func aDraftRoundTripsThroughTheLoader() throws {
        let dir = Claimq.temporaryFolder()
        try Self.budget.write(toFile: dir + "/budget.txt", atomically: true, encoding: .utf8)
        let draft = Claimq.run(["extract", dir + "/budget.txt"])
        #expect(draft.status == 0)
        #expect(draft.stdout.contains("\"extracted\" : true") && draft.stdout.contains("\"confidence\""))
        try draft.stdout.write(toFile: dir + "/budget.claims.json", atomically: true, encoding: .utf8)
        let loaded = Claimq.run([dir + "/budget.txt", "--format", "csv", "-c", "list claims"])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let rows = loaded.stdout.split(separator: "\r\n")
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("1,budget,"))
        #expect(rows[2].contains(",1200,more_than,people,US-TX,TX,US,2015-01,2018-12,interval,author,\"more than 1,200\","))
    }

    @Test func quantitiesAsJSONLines() throws {
        let dir = Claimq.temporaryFolder()
        try Self.budget.write(toFile: dir + "/budget.txt", atomically: true, encoding: .utf8)
        let r = Claimq.run(["extract", "--quantities", dir + "/budget.txt"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["surface"] as? String == "nearly 4.5 million" && first["paragraph"] as? Int == 2)
        #expect(first["qualifier"] as? String == "nearly" && first["value"] as? Int == 4_500_000)
        let start = try #require(first["start"] as? Int), end = try #require(first["end"] as? Int)
        let scalars = Array(Self.budget.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        #expect(String(view) == "nearly 4.5 million", "offsets count Unicode scalars")
        #expect(Claimq.run(["extract", dir + "/nope.txt"]).status == 3)
        #expect(Claimq.run(["extract"]).status == 2)
    }

    /// A text past the 1 MB that `--quantities` reads at a time: every mention's
    /// paragraph and offsets count from the start of the file, across the pieces.
    @Test func quantitiesOfALongTextCountFromItsStart() throws {
        let dir = Claimq.temporaryFolder()
        let paragraphs = (1...40_000).map { "Paragraph \($0): the city hired é\u{301} \($0 * 7 + 1_000_000) workers.\n\n" }
        let text = "# from a test\n\nTitle\n\n" + paragraphs.joined()
        #expect(text.utf8.count > 2 << 20, "more than two pieces")
        try text.write(toFile: dir + "/long.txt", atomically: true, encoding: .utf8)
        let r = Claimq.run(["extract", "--quantities", dir + "/long.txt"], timeout: 120)
        let lines = r.stdout.split(separator: "\n")
        #expect(r.status == 0 && lines.count == 40_000, "\(r.stderr)")
        let scalars = Array(text.unicodeScalars)
        for k in [0, 21_321, 39_999] {
            let m = try #require(JSONSerialization.jsonObject(with: Data(lines[k].utf8)) as? [String: Any])
            let n = k + 1
            #expect(m["paragraph"] as? Int == n + 1, "the title is paragraph 1")
            let start = try #require(m["start"] as? Int), end = try #require(m["end"] as? Int)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == String(n * 7 + 1_000_000), "paragraph \(n)")
        }
    }

    @Test func aCorpusOfArticles() throws {
        let dir = Claimq.temporaryFolder()
        try Self.budget.write(toFile: dir + "/budget.txt", atomically: true, encoding: .utf8)
        let sample = Repository.url("samples")
        for name in ["sanctuary-ice-detainers.txt", "sanctuary-ice-detainers.claims.json"] {
            try FileManager.default.copyItem(atPath: sample.appendingPathComponent(name).path, toPath: dir + "/" + name)
        }
        let r = Claimq.run([dir, "--format", "csv", "-c", "count claims by article", "-c", "show 20", "-c", "check 17"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("budget,2,2,2,exact,,2,1 2\r\n"))
        #expect(r.stdout.contains("sanctuary-ice-detainers,18,18,18,exact,,18,3 4 5"), "ids go on across articles")
        #expect(r.stdout.contains("\r\n20,sanctuary-ice-detainers,violence_legitimate_share,,25,"))
        #expect(r.stdout.contains("inconsistent,part_of,17 16,"), "relations are renumbered with their claims")
        let two = Claimq.run([dir + "/budget.txt", dir + "/sanctuary-ice-detainers.txt", "-c", "count claims"])
        #expect(two.stdout.hasPrefix("20 claims"))
    }
}
