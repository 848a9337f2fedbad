import Foundation
import Testing
import ClaimqTestHelpers

/// Claims datasets end to end: `extract --jsonl` over a corpus, loading the dataset,
/// the CSV of the same records.
extension EndToEndTests {
    /// A corpus of a curated article (the sample) and thirty short extracted ones, each
    /// with its own figures, so lines out of order would show.
    private static func corpus() throws -> String {
        let dir = Claimq.temporaryFolder()
        let samples = Repository.url("samples")
        for ext in ["txt", "claims.json"] {
            try FileManager.default.copyItem(atPath: samples.appendingPathComponent("sanctuary-ice-detainers.\(ext)").path,
                                             toPath: dir + "/a-sample.\(ext)")
        }
        for n in 1...30 {
            let text = "Story \(n)\n\nThe city spent \(n) million dollars on roads in 2019, the auditor said. In Texas, \(n + 7) people filed complaints.\n"
            try text.write(toFile: dir + "/story-\(String(format: "%02d", n)).txt", atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func aCorpusBecomesADatasetThatAnswersAsTheCorpusDoes() throws {
        let dir = try Self.corpus()
        let one = Claimq.run(["extract", "--jsonl", "--jobs", "1", dir])
        let two = Claimq.run(["extract", "--jsonl", "--jobs", "2", dir])
        #expect(one.status == 0 && one.stderr.isEmpty)
        #expect(one.stdout == two.stdout, "two workers write the lines in the same order as one")
        let lines = one.stdout.split(separator: "\n")
        #expect(lines.count == 18 + 30 * 2)
        let first = try #require(JSONSerialization.jsonObject(with: Data(lines[18].utf8)) as? [String: Any])
        #expect(first["id"] as? Int == 19 && first["article"] as? String == "story-01" && first["value"] as? Int == 1_000_000)
        #expect(first["path"] as? String == dir + "/story-01.txt" && first["extracted"] as? Bool == true)
        #expect(first["start"] as? Int == 9 && first["end"] as? Int == 77, "the sentence's offsets in the file")
        let last = try #require(JSONSerialization.jsonObject(with: Data(lines.last!.utf8)) as? [String: Any])
        #expect(last["id"] as? Int == 78 && last["article"] as? String == "story-30" && last["value"] as? Int == 37)

        let dataset = Claimq.temporaryFolder() + "/corpus.jsonl"
        try one.stdout.write(toFile: dataset, atomically: true, encoding: .utf8)
        for query in ["list claims", "count claims by article", "sum refusals where state = \"CA\"", "sum value where state = \"TX\"", "show 19", "check"] {
            let fromArticles = Claimq.run([dir, "--format", "json", "-c", query])
            let fromDataset = Claimq.run([dataset, "--format", "json", "-c", query])
            #expect(fromArticles.status == 0 && fromDataset.status == 0)
            #expect(fromDataset.stdout == fromArticles.stdout, "\(query)")
        }
        let loaded = Claimq.run([dataset, "-c", ".load \(dataset)", "-c", "count claims"])
        #expect(loaded.status == 0 && loaded.stdout.contains("78"))
    }

    /// The CSV has the dataset's keys as columns, the period spread over three.
    @Test func theSameRecordsAsCSV() throws {
        let dir = try Self.corpus()
        let r = Claimq.run(["extract", "--csv", dir + "/story-02.txt", dir + "/a-sample.txt"])
        #expect(r.status == 0)
        let rows = r.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 1 + 2 + 18)
        #expect(rows[0] == "id,article,path,metric,subject,value,qualifier,unit,place,state,country,period_from,period_to,period_kind,"
                + "source,surface,quote,paragraph,sentence,start,end,extracted,part_of,ratio_of,share_of")
        #expect(rows[2].hasPrefix("2,story-02,\(dir)/story-02.txt,") && rows[2].contains(",9,exact,people,US-TX,TX,US,2019-01,2019-12,interval,author,9,"))
        #expect(rows[3].hasPrefix("3,a-sample,") && rows[3].hasSuffix(",false,,,"), "the sample's first claim, numbered on")
        #expect(rows[5].hasPrefix("5,a-sample,") && rows[5].hasSuffix(",false,,3/4,"), "ratio_of [1, 2], numbered on")
        #expect(rows[9].hasPrefix("9,a-sample,") && rows[9].hasSuffix(",false,,,8"), "share_of 6, numbered on")
    }

    @Test func aBadArticleStopsTheDatasetAfterTheLinesBeforeIt() throws {
        let dir = try Self.corpus()
        try Data([0x41, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: dir + "/story-03.txt"))
        let r = Claimq.run(["extract", "--jsonl", "--jobs", "2", dir])
        #expect(r.status == 3)
        #expect(r.stderr == "claimq: error: \(dir)/story-03.txt: is not UTF-8 text\n")
        #expect(r.stdout.split(separator: "\n").count == 18 + 2 * 2, "the sample and the first two stories")
        let usage = Claimq.run(["extract", dir + "/story-01.txt", dir + "/story-02.txt"])
        #expect(usage.status == 2 && usage.stderr.contains("a draft or --quantities reads one article; use --jsonl or --csv for several"))
        let both = Claimq.run(["extract", "--jsonl", "--csv", dir])
        #expect(both.status == 2 && both.stderr.contains("choose one of --quantities, --jsonl and --csv"))
        let jobs = Claimq.run(["extract", "--jsonl", "--jobs", "0", dir])
        #expect(jobs.status == 2 && jobs.stderr.contains("--jobs must be a positive number"))
    }
}
