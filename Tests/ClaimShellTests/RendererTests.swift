import Testing
@testable import ClaimQuery
import ClaimExtraction
import ClaimStore
@testable import ClaimShell
import ClaimqTestHelpers

@Suite struct WordsTests {
    @Test(arguments: [(3359.0, "3,359"), (2_400_000, "2,400,000"), (1.4, "1.4"), (1679.5, "1,679.5"), (0, "0"),
                      (-1234.567, "-1,234.57"), (0.01234, "0.0123"), (999.999, "1,000"), (12, "12")])
    func numbers(_ value: Double, _ text: String) {
        #expect(Words.number(value) == text)
    }

    /// Long id lists are cut to ten and a count in text; every id stays in JSON and CSV.
    @Test func longIdListsAreAbbreviated() {
        #expect(Words.ids(Array(1...50)) == (1...50).map { "#\($0)" }.joined(separator: ", "))
        #expect(Words.ids(Array(1...545_000)) == (1...10).map { "#\($0)" }.joined(separator: ", ") + ", … and 544,990 more — why lists them")
        let result = QueryResult.aggregate(AggregateResult(function: .count, metric: "claims", estimate: Estimate(exactly: 60),
                                                           unit: nil, claims: Array(1...60), picked: nil))
        #expect(OutputFormat.table.render(result, RenderOptions()) == "60 claims (#1, #2, #3, #4, #5, #6, #7, #8, #9, #10, … and 50 more — why lists them)\n")
        #expect(OutputFormat.json.render(result, RenderOptions()).contains("[" + (1...60).map(String.init).joined(separator: ",") + "]"))
        #expect(OutputFormat.csv.render(result, RenderOptions()).contains((1...60).map(String.init).joined(separator: " ")))
    }

    @Test func hedgedValuesInWords() {
        #expect(Words.estimate(Estimate(29269, .moreThan), unit: "requests") == "more than 29,269 requests")
        #expect(Words.estimate(Estimate(832_000, .approx), unit: "people") == "about 832,000 people")
        #expect(Words.estimate(Estimate(25, .nearly), unit: "percent") == "nearly 25 percent")
        #expect(Words.estimate(Estimate(40, .exact), unit: "case_files") == "40 case files")
        #expect(Words.estimate(Estimate(10, .lessThan) + Estimate(5, .exact), unit: nil) == "between 5 and 15")
        #expect(Words.estimate(Estimate(10, .moreThan) + Estimate(5, .approx), unit: nil) == "more than about 15")
    }
}

@Suite struct CSVTests {
    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        let store = try! ArticleLoader.loadSample()
        let csv = Delimited(separator: ",").write(RawGrid.make(.claim(store.claim(id: 6)!)), headers: true)
        let lines = csv.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty, "header, row, and a final CRLF")
        #expect(lines[1].hasPrefix("6,sanctuary-ice-detainers,refusals,,11,exact,requests,US-CA,CA,US,2017-01,2017-02,interval,author,11,\"My own state"))
        #expect(lines[1].hasSuffix("between 2015 and 2017.\",8,1"))
    }

    @Test func quotesAreDoubledAndLineBreaksKeptInside() {
        let claim = Claim(id: 1, article: "a", metric: "m", value: 1, qualifier: .exact, unit: "u",
                          place: Place(code: "US")!, period: nil, source: "Smith, \"Jones\"", surface: "1",
                          quote: "line one\nline two", paragraph: 1, sentence: 1)
        let row = Delimited(separator: ",").write(RawGrid.make(.claims([claim])), headers: true).split(separator: "\r\n")[1]
        #expect(row == "1,a,m,,1,exact,u,US,,US,,,,\"Smith, \"\"Jones\"\"\",1,\"line one\nline two\",1,1")
        let tsv = Delimited(separator: "\t").write(RawGrid.make(.claims([claim])), headers: false)
        #expect(tsv == "1\ta\tm\t\t1\texact\tu\tUS\t\tUS\t\t\t\t\"Smith, \"\"Jones\"\"\"\t1\t\"line one\nline two\"\t1\t1\n")
    }

    @Test func markdownEscapesPipesAndLineBreaks() {
        let grid = Grid(header: ["a", "b"], rows: [["x | y", "one\ntwo"]])
        #expect(MarkdownWriter().write(grid, headers: true) == "| a | b |\n| --- | --- |\n| x \\| y | one<br>two |\n")
    }

    @Test func boxDrawsAlignedColumns() {
        let grid = Grid(header: ["id", "value"], rows: [["5", "more than 29,269"], ["18", "nearly 25"]])
        #expect(BoxWriter().write(grid, headers: true) == """
            ┌────┬──────────────────┐
            │ id │ value            │
            ├────┼──────────────────┤
            │ 5  │ more than 29,269 │
            │ 18 │ nearly 25        │
            └────┴──────────────────┘

            """)
        #expect(!BoxWriter().write(grid, headers: false).contains("value"))
    }
}

@Suite struct DiagnosticRendererTests {
    @Test func caretUnderTheRangeWithHints() {
        let source = SourceText(name: "<stdin>", text: "count\nsum refusals where stat = 1", firstLine: 4)
        let d = Diagnostic("unknown field 'stat'", at: 25..<29, hints: ["did you mean 'state'?"])
        #expect(DiagnosticRenderer().render(d, in: source) == """
            <stdin>:5:20: error: unknown field 'stat'
            sum refusals where stat = 1
                               ^~~~
            hint: did you mean 'state'?

            """)
        #expect(DiagnosticRenderer(showLocation: false).render(d, in: source).hasPrefix("error: unknown field 'stat'\n"))
    }

    @Test func columnsCountCharactersNotBytes() {
        let source = SourceText(name: "t", text: "count where quote = \"é\" @")
        let d = Diagnostic("unexpected character '@'", at: 25..<26)
        #expect(DiagnosticRenderer().render(d, in: source).hasPrefix("t:1:25: error:"))
        #expect(DiagnosticRenderer().render(d, in: source).contains("\n                        ^\n"))
    }

    @Test func longLinesAreCutAroundTheCaret() {
        let text = String(repeating: "x", count: 5000) + " @ " + String(repeating: "y", count: 5000)
        let source = SourceText(name: "t", text: text)
        let out = DiagnosticRenderer().render(Diagnostic("unexpected character '@'", at: 5001..<5002), in: source)
        let lines = out.split(separator: "\n")
        #expect(lines[0] == "t:1:5002: error: unexpected character '@'")
        #expect(lines[1].count == 102 && lines[1].hasPrefix("…") && lines[1].hasSuffix("…"))
        let caret = lines[2]
        #expect(caret.last == "^")
        let marked = lines[1][lines[1].index(lines[1].startIndex, offsetBy: caret.count - 1)]
        #expect(marked == "@")
    }

    @Test func controlCharactersAreShownSafely() {
        let source = SourceText(name: "t", text: "count \u{1B}[31m")
        let out = DiagnosticRenderer().render(Diagnostic("unexpected character U+001B", at: 6..<7), in: source)
        #expect(!out.contains("\u{1B}"))
        #expect(out.contains("count ?[31m\n      ^\n"))
    }
}

@Suite struct WindowFitTests {
    @Test func textIsCutBeforeNumbersAndColumnsGoLast() {
        let fit = WindowFit(budget: 36, gap: 2)
        // id (fixed), a long text, a value (fixed), another text
        let (widths, dropped) = fit.widths(natural: [2, 40, 12, 20], fixed: [0, 2], headers: ["id", "metric", "value", "source"])
        #expect(dropped.isEmpty && widths[0] == 2 && widths[2] == 12, "numbers keep their width")
        #expect(widths.reduce(0, +) + 2 * 3 <= 36 && widths[1] < 40)
        let narrow = WindowFit(budget: 20, gap: 2).widths(natural: [2, 40, 12, 20], fixed: [0, 2], headers: ["id", "metric", "value", "source"])
        #expect(narrow.dropped == [2, 3], "left out from the right, the first column kept")
        #expect(narrow.widths[1] <= 16)
        #expect(WindowFit(budget: 100, gap: 2).widths(natural: [2, 40], fixed: [], headers: ["a", "b"]).widths == [2, 40])
    }

    @Test func cellsAreCutWithAnEllipsis() {
        #expect(WindowFit.shorten("Center for Security Policy", to: 8) == "Center …")
        #expect(WindowFit.shorten("DHS OIG", to: 8) == "DHS OIG")
        #expect(WindowFit.footer(["place", "period", "source"], width: 30).split(separator: "\n").allSatisfy { $0.count <= 30 })
    }
}

/// Control characters from data never reach a person's terminal raw; formula-like
/// text never reaches a spreadsheet as a formula.
@Suite struct HostileDataTests {
    private let claim = Claim(id: 1, article: "a\u{7}", metric: "m\u{1B}[2J", value: -5, qualifier: .exact, unit: "u\u{9B}",
                              place: Place(code: "US")!, period: nil, source: "=HYPERLINK(\"http://x\")",
                              surface: "5", quote: "\u{1B}]0;title\u{7}Officials refused\n5 requests.", paragraph: 1, sentence: 1,
                              subject: "@Acme")

    @Test func controlCharactersAreWrittenOut() {
        #expect(Visible.text("a\u{1B}[31mb") == "a\\x1b[31mb")
        #expect(Visible.text("bell\u{7} del\u{7F} csi\u{9B} nul\u{0}") == "bell\\x07 del\\x7f csi\\x9b nul\\x00")
        #expect(Visible.text("wrapped\nline\tand\r\nmore") == "wrapped line and  more")
        #expect(Visible.text("“plain” é 😀") == "“plain” é 😀")
    }

    @Test func everyFormatForPeopleShowsThemEscaped() {
        let results: [QueryResult] = [.claims([claim]), .claim(claim), .why([claim]), .timeline([claim]),
                                      .check([Finding(status: .ok, relation: .partOf, claims: [1], message: "m\u{1B}[2J")])]
        for format in OutputFormat.allCases where format.isForPeople {
            for result in results {
                let text = format.render(result, RenderOptions(colour: true, maxWidth: nil))
                let raw = text.unicodeScalars.filter { $0 != "\n" && Visible.isControl($0) }
                // Colour codes claimq writes itself start "ESC [" and end in "m"; none come from the data.
                let fromData = text.contains("\u{1B}[2J") || text.contains("\u{1B}]") || raw.contains("\u{7}") || raw.contains("\u{9B}")
                #expect(!fromData, "\(format) \(result)")
            }
            #expect(format.render(.claim(claim), RenderOptions()).contains("\\x1b]0;title\\x07Officials refused "), "\(format)")
        }
    }

    /// .fields, .metrics and .sources show the store's own text: escaped there too.
    @Test func storeTablesShowThemEscaped() {
        let store = ClaimStore(claims: [claim])
        for text in [StoreTables.fields(store, headers: true), StoreTables.metrics(store, headers: true), StoreTables.sources(store, headers: true)] {
            #expect(!text.unicodeScalars.contains { $0 != "\n" && Visible.isControl($0) }, "\(text)")
        }
        #expect(StoreTables.metrics(store, headers: false).hasPrefix("m\\x1b[2J  1  u\\x9b"))
    }

    @Test func machineFormatsKeepTheDataButDisarmFormulas() {
        let csv = OutputFormat.csv.render(.claims([claim]), RenderOptions())
        #expect(csv.contains(",-5,"), "a number is never changed")
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "\(csv)")
        #expect(csv.contains(",'@Acme,"))
        #expect(csv.contains("m\u{1B}[2J"), "CSV keeps the data")
        #expect(Delimited.inert("-5") == "-5" && Delimited.inert("-2+3") == "'-2+3" && Delimited.inert("+") == "'+")
        #expect(Delimited.inert("\tx") == "'\tx" && Delimited.inert("a=b") == "a=b" && Delimited.inert("") == "")
        let json = OutputFormat.json.render(.claims([claim]), RenderOptions())
        #expect(json.contains(#""source":"=HYPERLINK(\"http:\/\/x\")""#) || json.contains(#""source":"=HYPERLINK(\"http://x\")""#))
        #expect(json.contains("\\u001b[2J"))
    }
}

/// Warnings past ten for one statement are counted, not listed; JSON keeps them all.
@Suite struct ManyWarningsTests {
    @Test func aSumByStateOverManyStatesSummarisesItsWarnings() {
        let states = ["CA", "TX", "NY", "FL", "WA", "OR", "NV", "AZ", "UT", "CO", "NM", "ID", "MT", "WY", "ND"]
        var claims: [Claim] = []
        for (i, state) in states.enumerated() {
            for (j, span) in [("2015-01", "2015-12"), ("2015-06", "2015-08")].enumerated() {
                claims.append(Claim(id: i * 2 + j + 1, article: "a", metric: "refusals", value: 10, qualifier: .exact, unit: "requests",
                                    place: Place(code: "US-" + state)!, period: Period(from: YearMonth(span.0)!, to: YearMonth(span.1)!),
                                    source: "author", surface: "10", quote: "x", paragraph: 1, sentence: 1))
            }
        }
        let store = ClaimStore(claims: claims)
        let console = TranscriptConsole()
        Session(store: store, console: console).execute(SourceText(name: "t", text: "sum refusals by state"))
        let lines = console.errors.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.last == "warning: … and 5 more warnings (--format json lists them all)")
        let json = TranscriptConsole()
        Session(store: store, console: json, format: .json).execute(SourceText(name: "t", text: "sum refusals by state"))
        #expect(json.errors.isEmpty && json.text.components(separatedBy: "lies inside").count == 16)
    }
}
