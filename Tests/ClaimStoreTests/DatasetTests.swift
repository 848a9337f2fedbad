import Foundation
import Testing
@testable import ClaimStore
import ClaimqTestHelpers

/// Claims datasets: what `extract --jsonl` writes reads back as the same claims, and
/// a bad line is refused with its line, its column and what is wrong.
@Suite struct DatasetTests {
    private static func lines(_ claims: [Claim], path: String? = "a.txt") -> String {
        var out = JSONLines()
        for c in claims { ClaimDataset.write(c, path: path, extracted: c.id == 2, into: &out) }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private static func read(_ text: String) throws(LoadError) -> [ClaimDataset.Record] {
        var records: [ClaimDataset.Record] = []
        for (n, line) in text.split(separator: "\n").enumerated() {
            var bytes = Array(line.utf8)
            let record = try bytes.withUnsafeMutableBufferPointer { (b: inout UnsafeMutableBufferPointer<UInt8>) throws(LoadError) in
                try ClaimDataset.record(UnsafeBufferPointer(b), number: n + 1, file: "d.jsonl")
            }
            records.append(record)
        }
        return records
    }

    private static func failure(_ line: String) -> String? {
        do { _ = try read(line); return nil } catch { return error.description }
    }

    private static let claims = [
        Claim(id: 1, article: "a", metric: "refusals", value: 29269, qualifier: .moreThan, unit: "requests",
              place: Place(code: "US-CA"), period: Period(from: YearMonth(year: 2014, month: 1), to: YearMonth(year: 2017, month: 5)),
              source: "ICE", surface: "more than 29,269", quote: "They said \"no\" \\ more than 29,269 times.\nAgain 😀 — ok\u{1}",
              paragraph: 2, sentence: 3, subject: "ICE", span: 10..<52),
        Claim(id: 2, article: "a", metric: "share", value: -1.5e-7, qualifier: .exact, unit: "percent", place: nil,
              period: Period(from: YearMonth(year: 2017, month: 6), to: YearMonth(year: 2017, month: 6), kind: .asOf),
              source: "author", surface: "x", quote: "x", paragraph: 1, sentence: 1,
              relations: Relations(partOf: 1, ratioOf: (1, 3), shareOf: 3)),
        Claim(id: 3, article: "a", metric: "m", value: 1e300, qualifier: .nearly, unit: "u", place: Place(code: "KE"),
              period: nil, source: "s", surface: "s", quote: "s", paragraph: 4, sentence: 1),
    ]

    @Test func whatIsWrittenReadsBackTheSame() throws {
        let text = Self.lines(Self.claims)
        #expect(text.split(separator: "\n").count == 3)
        let records = try Self.read(text)
        #expect(records.map(\.claim) == Self.claims)
        #expect(records.map(\.claim.span) == [10..<52, nil, nil])
        #expect(records.map(\.extracted) == [false, true, false] && records.map(\.path) == ["a.txt", "a.txt", "a.txt"])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    /// The line is the JSON record with every key, so any JSON reader sees one schema.
    @Test func everyKeyIsOnEveryLine() throws {
        for line in Self.lines(Self.claims).split(separator: "\n") {
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object.keys.sorted() == ["article", "country", "end", "extracted", "id", "metric", "paragraph", "part_of",
                                             "path", "period", "place", "qualifier", "quote", "ratio_of", "sentence", "share_of",
                                             "source", "start", "state", "subject", "surface", "unit", "value"])
        }
        let first = try #require(JSONSerialization.jsonObject(with: Data(Self.lines([Self.claims[0]]).utf8)) as? [String: Any])
        #expect(first["state"] as? String == "CA" && first["country"] as? String == "US")
        #expect(first["quote"] as? String == Self.claims[0].quote, "escapes read back by another JSON reader")
    }

    /// Keys in any order, unknown keys, spaces and optional keys left out: read as a person expects.
    @Test func aHandWrittenLineReads() throws {
        let line = #" { "value" : 5 , "metric":"m","id":9,"unit":"u","surface":"5","quote":"It was 5.","article":"x","#
            + #""extra":{"a":[1,{"b":null}],"c":true}, "place":"zz", "sentence": null} "#
        let claim = try #require(try Self.read(line).first?.claim)
        #expect(claim.id == 9 && claim.value == 5 && claim.place == nil && claim.qualifier == .exact && claim.source == "author")
        #expect(claim.paragraph == 1 && claim.sentence == 1 && claim.span == nil)
        #expect(try Self.read(#"{"id":1,"article":"a","metric":"m","value":2.5e3,"unit":"u","surface":"s","quote":"\ud83d\ude00\u00e9"}"#)
            .first?.claim.quote == "😀é")
    }

    @Test func badLinesSayWhereAndWhat() {
        let good = #""article":"a","metric":"m","value":1,"unit":"u","surface":"s","quote":"s""#
        let cases: [(String, String)] = [
            ("{\"id\":1,\(good)", "d.jsonl:1:82: expected ',' or '}' after a value"),
            ("{\"id\":1,\(good)} {}", "d.jsonl:1:84: one claim per line: more follows the object"),
            ("[1]", "d.jsonl:1:1: expected an object"),
            ("{\"id\":\"1\",\(good)}", "d.jsonl:1:7: expected a number"),
            ("{\"id\":1.5,\(good)}", "d.jsonl:1:7: expected a whole number"),
            ("{\"id\":1,\(good),\"value\":1e999}", "d.jsonl:1:91: expected a finite number"),
            ("{\(good)}", "d.jsonl:1: \"id\" is missing"),
            ("{\"id\":0,\(good)}", "d.jsonl:1: claim #0: id must be a whole number from 1 to 9007199254740992"),
            ("{\"id\":1,\(good),\"place\":\"California\"}", "d.jsonl:1: claim #1: place \"California\" is not an ISO code like \"US\" or \"US-CA\" (or null)"),
            ("{\"id\":1,\(good),\"qualifier\":\"roughly\"}", "d.jsonl:1:95: unknown qualifier \"roughly\" (qualifiers are exact, approx, more_than, at_least, less_than, at_most, nearly)"),
            ("{\"id\":1,\(good),\"period\":{\"from\":\"2017-06\"}}", "d.jsonl:1:92: a period needs \"from\" and \"to\""),
            ("{\"id\":1,\(good),\"period\":{\"from\":\"2018-01\",\"to\":\"2017-01\"}}", "d.jsonl:1: claim #1: period starts (2018-01) after it ends (2017-01)"),
            ("{\"id\":1,\(good),\"start\":9,\"end\":3}", "d.jsonl:1: claim #1: start and end must be offsets with start ≤ end"),
            ("{\"id\":1,\(good),\"ratio_of\":[1]}", "d.jsonl:1: claim #1: ratio_of takes two claim ids, [numerator, denominator]"),
            ("{\"id\":1,\"quote\":\"a\\qb\"}", "d.jsonl:1:19: unknown escape in a string"),
            ("{\"id\":1,\"quote\":\"ab", "d.jsonl:1:20: a string is not closed"),
        ]
        for (line, message) in cases {
            #expect(Self.failure(line) == message, "\(line)")
        }
    }

    /// Spans are offsets in Unicode scalars; the check reads them from UTF-8 bytes.
    @Test func spansReadFromBytesAsFromScalars() {
        let text = (0..<300).map { n in ["a", "é", "—", "😀", "e\u{301}", "\r\n", " "][n % 7] }.joined()
        let article = ArticleText(name: "t", text: text)
        let bytes = ArticleBytes(text)
        #expect(bytes.scalarCount == article.characters.count)
        for (start, end) in [(0, 0), (0, 5), (63, 64), (64, 130), (127, 129), (200, article.characters.count)] {
            let span = start..<end
            #expect(bytes.holds(article.text(span), at: span), "\(span)")
            #expect(!bytes.holds(article.text(span) + "x", at: span))
        }
        #expect(!bytes.holds("", at: 0..<(article.characters.count + 1)), "past the end")
    }

    /// A mapped article is read where it lies; its byte-order mark is the space ArticleText reads.
    @Test func aMappedArticleWithAByteOrderMark() throws {
        let dir = Self.folder()
        let text = "\u{FEFF}Title — one\n\nIt was 5 😀.\n"
        try text.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let file = try #require(try TextFile.mapIfPresent(of: dir + "/a.txt", limit: 1000, kind: .article))
        let bytes = ArticleBytes(file: file)
        let article = ArticleText(name: "a", text: text)
        #expect(bytes.scalarCount == article.characters.count)
        for span in [0..<6, 0..<1, 1..<12, 14..<25, 0..<article.characters.count] {
            #expect(bytes.holds(article.text(span), at: span), "\(span)")
        }
        #expect(article.text(0..<6) == " Title")
        #expect(!bytes.holds("xTitle", at: 0..<6))
    }

    /// Pages given back behind the reader are read from the file again when touched.
    @Test func releasedPagesReadBackTheSame() throws {
        let dir = Self.folder()
        let text = (0..<1_000_000).map { String(format: "%07d ", $0) + "ab é\n" }.joined()   // 14 MB: pages are given back in 8 MB steps
        try text.write(toFile: dir + "/big.txt", atomically: true, encoding: .utf8)
        let file = try #require(try TextFile.mapIfPresent(of: dir + "/big.txt", limit: 1 << 30, kind: .article))
        let bytes = ArticleBytes(file: file)
        let scalars = Array(text.unicodeScalars)
        func quote(_ span: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[span])) }
        for start in stride(from: 0, to: scalars.count - 20, by: 100_003) {
            #expect(bytes.holds(quote(start..<(start + 20)), at: start..<(start + 20)))
        }
        #expect(bytes.holds(quote(5..<40), at: 5..<40), "a span at the start, after its pages were given back")
        #expect(!bytes.holds(quote(6..<41), at: 5..<40))
    }

    // MARK: Files

    private static func folder() -> String {
        Claimq.temporaryFolder()
    }

    private static let article = "Title\n\nThey refused 29,269 requests. Then 12 more.\n"

    private static func claim(_ id: Int, quote: String, span: Range<Int>?) -> Claim {
        Claim(id: id, article: "story", metric: "refusals", value: 12, qualifier: .exact, unit: "requests", place: nil,
              period: nil, source: "author", surface: "12", quote: quote, paragraph: 2, sentence: 2, span: span)
    }

    /// Quotes are checked where the lines say, against the article beside the dataset;
    /// an article that is not there is taken on trust.
    @Test func quotesAreCheckedAgainstArticlesPresent() throws {
        let dir = Self.folder()
        try Self.article.write(toFile: dir + "/story.txt", atomically: true, encoding: .utf8)
        let good = Self.claim(1, quote: "Then 12 more.", span: 37..<50)
        try Self.lines([good], path: "story.txt").write(toFile: dir + "/d.jsonl", atomically: true, encoding: .utf8)
        let store = try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20)
        #expect(store.claims == [good])
        #expect(store.paths == ["story": "story.txt"] && store.extracted.isEmpty)

        let moved = Self.claim(1, quote: "Then 12 more.", span: 30..<43)
        try Self.lines([moved], path: "story.txt").write(toFile: dir + "/d.jsonl", atomically: true, encoding: .utf8)
        #expect(throws: LoadError(file: dir + "/d.jsonl:1", claim: 1,
                                  message: "quote is not at 30..<43 of \(dir)/story.txt (was the article changed after the dataset was made?)")) {
            try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20)
        }
        try Self.lines([moved], path: "elsewhere/story.txt").write(toFile: dir + "/d.jsonl", atomically: true, encoding: .utf8)
        let trusted = try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20)
        #expect(trusted.claims == [moved])
    }

    @Test func idsAndRelationsAreCheckedAcrossLines() throws {
        let dir = Self.folder()
        let a = Self.claim(1, quote: "q", span: nil)
        try (Self.lines([a, a], path: nil)).write(toFile: dir + "/d.jsonl", atomically: true, encoding: .utf8)
        #expect(throws: LoadError(file: dir + "/d.jsonl:2", claim: 1, message: "id is used twice")) {
            try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20)
        }
        let b = Claim(id: 2, article: "story", metric: "m", value: 1, qualifier: .exact, unit: "u", place: nil, period: nil,
                      source: "s", surface: "q", quote: "q", paragraph: 1, sentence: 1, relations: Relations(partOf: 5))
        try (Self.lines([a, b], path: nil)).write(toFile: dir + "/d.jsonl", atomically: true, encoding: .utf8)
        #expect(throws: LoadError(file: dir + "/d.jsonl:2", claim: 2, message: "relates to claim #5, which the dataset does not have")) {
            try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20)
        }
    }

    /// Blocks read on several threads give the records, and the line numbers, of one pass:
    /// lines cut by a block's end, blank lines, CR LF, a line longer than several blocks
    /// and a last line with no line feed, at block sizes down to one byte.
    @Test func blocksOnThreadsReadAsOnePass() throws {
        let dir = Self.folder()
        var text = ""
        for id in 1...40 {
            let quote = id == 17 ? String(repeating: "long ", count: 300) : String(repeating: "q", count: id % 7)
            text += Self.lines([Self.claim(id, quote: quote, span: nil)], path: nil)
            if id % 5 == 0 { text += "\n  \n" }
            if id % 9 == 0 { text = String(text.dropLast()) + "\r\n" }
        }
        text = String(text.dropLast())   // no line feed at the end
        try text.write(toFile: dir + "/d.jsonl", atomically: true, encoding: .utf8)
        func read(jobs: Int, blockSize: Int) throws -> [String] {
            var out: [String] = []
            try ClaimDataset.forEachChunk(path: dir + "/d.jsonl", progress: nil, jobs: jobs, blockSize: blockSize) { chunk, before in
                let c = chunk.columns
                for row in 0..<c.count { out.append("\(before + Int(chunk.lines[row])):\(c.ids[row]):\(c.quote(row).count)") }
            }
            return out
        }
        let whole = try read(jobs: 1, blockSize: 1 << 30)
        #expect(whole.count == 40 && whole.first == "1:1:1" && whole.last?.hasPrefix("5") == true)
        for blockSize in [1, 2, 7, 64, 100, 333, 1500] {
            for jobs in [1, 2, 3] {
                #expect(try read(jobs: jobs, blockSize: blockSize) == whole, "blocks of \(blockSize) on \(jobs)")
            }
        }
        // A bad line far down is named by its line in the whole file.
        // (Split on the byte: Swift reads "\r\n" as one Character, not a "\n".)
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let bad = lines.indices.filter { lines[$0].contains("\"id\":33,") }[0]
        var broken = lines
        broken[bad] = broken[bad].replacingOccurrences(of: "\"value\":12", with: "\"value\":x")
        try broken.joined(separator: "\n").write(toFile: dir + "/d.jsonl", atomically: true, encoding: .utf8)
        for blockSize in [1, 64, 1 << 30] {
            #expect(bad + 1 == 45, "33 claims, 6 pairs of blank lines before")
            #expect(throws: LoadError(file: dir + "/d.jsonl:\(bad + 1):83", message: "expected a number")) {
                try read(jobs: 2, blockSize: blockSize)
            }
        }
    }

    /// A dataset read in many small blocks on two threads, each block's columns made
    /// apart and then joined, is the store one block makes: strings coded alike, quotes
    /// and surfaces where they were, relations on their rows, files and extracted articles.
    @Test func blocksJoinIntoTheStoreOfOneBlock() throws {
        let dir = Self.folder()
        let places = [Place(code: "US-CA"), nil, Place(code: "FR"), Place(code: "US-CA")]
        let claims = (1...60).map { n in
            Claim(id: n, article: "story\(n / 17)", metric: ["votes", "seats", "turnout"][n % 3], value: Double(n),
                  qualifier: n % 4 == 0 ? .atLeast : .exact, unit: n % 5 == 0 ? "percent" : "people", place: places[n % 4],
                  period: n % 6 == 0 ? nil : Period(from: YearMonth(year: 2000 + n % 9, month: 1), to: YearMonth(year: 2000 + n % 9, month: 12)), source: n % 7 == 0 ? "Reuters" : "author",
                  surface: "\(n)", quote: "Quote \(n / 2) said \"é\".", paragraph: n % 3 + 1, sentence: 1,
                  relations: n % 10 == 0 ? Relations(partOf: n - 1) : Relations(), subject: n % 8 == 0 ? "Labour" : nil)
        }
        var out = JSONLines()
        for c in claims { ClaimDataset.write(c, path: c.article + ".txt", extracted: c.id % 11 == 0, into: &out) }
        try Data(out.bytes).write(to: URL(fileURLWithPath: dir + "/d.jsonl"))
        let one = try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20, blockSize: 1 << 30, jobs: 1)
        #expect(one.claims == claims)
        for blockSize in [1, 97, 700] {
            let many = try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20, blockSize: blockSize, jobs: 2)
            #expect(many.claims == claims, "blocks of \(blockSize)")
            #expect(many.paths == one.paths && many.extracted == one.extracted && many.metrics == one.metrics)
            #expect(many.extracted == Set(claims.filter { $0.id % 11 == 0 }.map(\.article)) && many.extracted.count == 4)
        }
    }

    /// A corpus joins its articles' columns with their ids moved on: the claims, and
    /// the ids their relations name, are those of each claim renumbered.
    @Test func columnsJoinRenumbered() {
        let claims = (1...4).map { n in
            Claim(id: n, article: "a", metric: "m", value: Double(n), qualifier: .exact, unit: "people", place: nil, period: nil,
                  source: "author", surface: "\(n)", quote: "q", paragraph: 1, sentence: 1,
                  relations: n == 4 ? Relations(partOf: 1, ratioOf: (2, 3), shareOf: 3) : Relations())
        }
        let one = ClaimStore(claims: claims)
        var builder = ClaimStore.Builder()
        builder.append(contentsOf: one.columns)
        builder.append(contentsOf: one.columns, renumberedBy: 10)
        let joined = builder.build()
        #expect(joined.claims == claims + claims.map { $0.renumbered(by: 10) })
        #expect(joined.claim(id: 14)?.relations.referenced.sorted() == [11, 12, 13, 13])
    }

    /// Article, path, unit and source repeat from line to line and are read once: a line
    /// that changes them, by a letter or by an escape, reads its own.
    @Test func repeatedStringsReadAsWritten() throws {
        let dir = Self.folder()
        let names = ["a", "ab", "a", "a\"b", "a\"b", "", "a", "é", "a"]
        let claims = names.enumerated().map { n, name in
            Claim(id: n + 1, article: name, metric: "m", value: 1, qualifier: .exact, unit: name + "u", place: nil, period: nil,
                  source: name, surface: "s", quote: "q", paragraph: 1, sentence: 1)
        }
        var out = JSONLines()
        for (c, name) in zip(claims, names) { ClaimDataset.write(c, path: name + ".txt", extracted: false, into: &out) }
        try Data(out.bytes).write(to: URL(fileURLWithPath: dir + "/d.jsonl"))
        let store = try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20)
        #expect(store.claims == claims)
        #expect(store.paths == ["a": "a.txt", "ab": "ab.txt", "a\"b": "a\"b.txt", "": ".txt", "é": "é.txt"])
    }

    /// Lines longer than a read block, blank lines and CR LF line ends read as written.
    @Test func longLinesBlankLinesAndCRLF() throws {
        let dir = Self.folder()
        let long = Self.claim(1, quote: String(repeating: "word ", count: 500_000), span: nil)
        let text = Self.lines([long], path: nil) + "\n   \n" + Self.lines([Self.claim(2, quote: "q", span: nil)], path: nil)
            .replacingOccurrences(of: "\n", with: "\r\n")
        try text.write(toFile: dir + "/d.jsonl", atomically: true, encoding: .utf8)
        let store = try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20)
        #expect(store.claims.map(\.id) == [1, 2] && store.claims[0].quote.count == 2_500_000)
        try ("\u{FEFF}" + Self.lines([long], path: nil)).write(toFile: dir + "/d.jsonl", atomically: true, encoding: .utf8)
        #expect(throws: LoadError(file: dir + "/d.jsonl:1", message: "starts with a byte-order mark; a dataset is plain UTF-8")) {
            try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20)
        }
        var bad = Array(#"{"id":1,"article":"a","metric":"m","value":1,"unit":"u","surface":"s","quote":"a"#.utf8)
        bad += [0xFF] + Array(#"b"}"#.utf8)
        try Data(bad).write(to: URL(fileURLWithPath: dir + "/d.jsonl"))
        #expect(throws: LoadError(file: dir + "/d.jsonl:1:80", message: "a string is not UTF-8")) {
            try ClaimDataset.load(path: dir + "/d.jsonl", articleLimit: 1 << 20)
        }
        #expect(throws: LoadError(file: dir + "/none.jsonl", message: "no such file")) {
            try ClaimDataset.load(path: dir + "/none.jsonl", articleLimit: 1 << 20)
        }
        #expect(throws: LoadError(file: dir, message: "is not a regular file (a device, pipe or folder cannot be a dataset)")) {
            try ClaimDataset.load(path: dir, articleLimit: 1 << 20)
        }
    }
}

@Suite struct IDSetTests {
    @Test func refusesAnIdSeenBeforeInOrderOrNot() {
        var ids = IDSet()
        #expect([3, 5, 9].map { ids.insert($0) } == [true, true, true])
        #expect(ids.contains(5) && !ids.contains(4) && !ids.contains(10))
        #expect(ids.insert(9) == false, "in order, the same as the largest")
        #expect([4, 5, 1, 4, 12, 12].map { ids.insert($0) } == [true, false, true, false, true, false])
        #expect(ids.contains(4) && ids.contains(12) && !ids.contains(2))
    }
}

@Suite struct MappedFileTests {
    @Test func aFileMapsToItsBytesAndOthersSayWhy() throws {
        let dir = Claimq.temporaryFolder()
        try "{\"claims\": []}\n".write(toFile: dir + "/a.claims.json", atomically: true, encoding: .utf8)
        try "".write(toFile: dir + "/empty.claims.json", atomically: true, encoding: .utf8)
        let mapped = try #require(try TextFile.mapIfPresent(of: dir + "/a.claims.json", limit: 100, kind: .claims))
        #expect(try mapped.withBytes { Array($0) } == Array("{\"claims\": []}\n".utf8))
        let empty = try #require(try TextFile.mapIfPresent(of: dir + "/empty.claims.json", limit: 100, kind: .claims))
        #expect(try empty.withBytes { $0.count } == 0)
        #expect(try TextFile.mapIfPresent(of: dir + "/none.json", limit: 100, kind: .claims) == nil)
        #expect(throws: LoadError(file: dir, message: "is not a regular file (a device, pipe or folder cannot be a claims file)")) {
            try TextFile.mapIfPresent(of: dir, limit: 100, kind: .claims)
        }
        #expect(throws: LoadError(file: dir + "/a.claims.json", message: "is larger than 10 bytes, the most a claims file may have (--max-article-bytes)")) {
            try TextFile.mapIfPresent(of: dir + "/a.claims.json", limit: 10, kind: .claims)
        }
        // An empty claims file is refused as JSON, at its first byte.
        let text = ArticleText(name: "t.txt", text: "Title\n\nIt was 5.\n")
        #expect(throws: LoadError(file: "e.claims.json:1:1", message: "expected an object")) {
            try empty.withBytes { (b: UnsafeBufferPointer<UInt8>) throws(LoadError) in
                try ClaimLoader.load(article: "t", text: text, claimsBytes: b, claimsFile: "e.claims.json") { _ in }
            }
        }
    }
}
