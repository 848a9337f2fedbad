import Foundation
import Testing
import ClaimqTestHelpers

/// Every test that starts a process lives in this one serialized suite (its
/// extensions in the other files of this folder), so no two children run at once.
@Suite(.serialized) struct EndToEndTests {}

/// Piped and scripted use: results, diagnostics on stderr, exit statuses.
extension EndToEndTests {
    private func run(_ args: [String], _ input: String = "", _ env: [String: String] = [:]) -> Claimq.Result {
        let result = Claimq.run(args, input: Array(input.utf8), environment: env)
        #expect(!result.timedOut, "claimq \(args) did not finish")
        return result
    }

    @Test func pipedQueriesAnswerOnStdout() {
        let r = run([], "sum refusals where state = \"CA\"\ncount claims where source = \"DHS OIG\"\n")
        #expect(r.stdout == "3,359 requests — 2 claims (#6, #8)\n7 claims (#1, #2, #3, #4, #5, #9, #10)\n")
        #expect(r.stderr == "warning: #6 (2017-01..2017-02) lies inside #8 (2015-01..2017-12): this sum counts the same refusals twice\n")
        #expect(r.status == 0)
    }

    @Test func errorsGoToStderrWithLocationAndCaretAndTheScriptGoesOn() {
        let r = run([], "count claims\nsum refusals where stat = \"CA\"\nsum refusals where state = \"CA\" and id = 8")
        #expect(r.stdout == "18 claims (#1, #2, #3, #4, #5, #6, #7, #8, #9, #10, #11, #12, #13, #14, #15, #16, #17, #18)\n3,348 requests — 1 claim (#8)\n")
        #expect(r.stderr == """
            <stdin>:2:20: error: unknown field 'stat'
            sum refusals where stat = "CA"
                               ^~~~
            hint: did you mean 'state'?

            """)
        #expect(r.status == 1)
    }

    @Test func bailStopsAtTheFirstFailure() {
        let r = run(["--bail"], "count claims where id < 3\nshow 99\ncount claims\n")
        #expect(r.stdout == "2 claims (#1, #2)\n")
        #expect(r.stderr.hasPrefix("<stdin>:2:6: error: no claim #99\n"))
        #expect(r.status == 1)
    }

    @Test func commandsAreRepeatableAndNamedCommand() {
        let r = run(["-c", "count where state = \"CA\"", "-c", "count where"])
        #expect(r.stdout == "3 claims (#6, #7, #8)\n")
        #expect(r.stderr.hasPrefix("<command>:1:12: error: expected a field name, found end of input\n"))
        #expect(r.status == 1)
    }

    @Test func scriptFilesAndTheirErrors() throws {
        let dir = Claimq.temporaryFolder()
        let script = dir + "/checks.cq"
        try "#!/usr/bin/env -S claimq -f\ncount claims where period is null\n\nshow 0\n".write(toFile: script, atomically: true, encoding: .utf8)
        let r = run(["-f", script])
        #expect(r.stdout == "5 claims (#9, #10, #11, #17, #18)\n")
        #expect(r.stderr.hasPrefix("\(script):4:6: error: no claim #0\n"))
        #expect(r.status == 1)
        let missing = run(["-f", dir + "/nope.cq"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "claimq: error: cannot read script \(dir)/nope.cq: no such file\n")
    }

    @Test func usageErrorsExitWithTwo() {
        #expect(run(["--frobnicate"]).status == 2)
        let badFormat = run(["--format", "xml", "-c", "count"])
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("xml"))
        let help = run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("-c <QUERY>") && help.stdout.contains("Exit status"))
    }

    @Test func jsonIsOneObjectPerStatementPerLine() throws {
        let r = run(["--format", "json"], "sum refusals where state = \"CA\"; show 1\nsum refusals where state = \"TX\"\nlist where id = 18\n")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects[0]["type"] as? String == "aggregate")
        #expect(objects[0]["value"] as? Int == 3359 && objects[0]["matched"] as? Int == 2)
        #expect(objects[0]["claims"] as? [Int] == [6, 8] && objects[0]["unit"] as? String == "requests")
        let claim = try #require(objects[1]["claim"] as? [String: Any])
        #expect(Set(claim.keys) == ["id", "article", "metric", "subject", "value", "qualifier", "unit", "place", "state", "country",
                                    "period", "source", "surface", "quote", "paragraph", "sentence"])
        #expect(claim["state"] is NSNull && claim["subject"] is NSNull, "the curated sample names no subjects")
        #expect((claim["period"] as? [String: String]) == ["from": "2017-06", "to": "2017-06", "kind": "as_of"])
        #expect(objects[2]["value"] is NSNull && objects[2]["matched"] as? Int == 0)
        #expect(objects[3]["type"] as? String == "claims" && (objects[3]["claims"] as? [Any])?.count == 1)
    }

    @Test func dotCommandsInScripts() {
        let r = run([], ".mode csv\ncount claims where id = 1\n.mode json\n.quit\ncount claims\n")
        #expect(r.stdout == "function,metric,value,low,high,bound,unit,matched,claims\r\ncount,claims,1,1,1,exact,,1,1\r\n")
        #expect(r.status == 0)
        let help = run([], ".help\n")
        #expect(help.stdout.contains("sum|avg|min|max METRIC") && help.stdout.contains(".mode MODE"))
    }

    @Test func theSampleIsBuiltInWhereverClaimqRuns() {
        let r = Claimq.run(["-c", "count claims"], workingDirectory: "/")
        #expect(r.stdout.hasPrefix("18 claims"))
        #expect(r.status == 0)
    }
}

/// Bad input of every kind: a clear error, the right status, no crash, no hang.
extension EndToEndTests {
    @Test func strayBytesInvalidUTF8AndBinaryInput() {
        let bytes: [UInt8] = Array("count claims\n".utf8) + [0xFF, 0xFE, 0x00, 0x01, 0x0A] + Array("count\u{7}\n\n\n".utf8)
        let r = Claimq.run([], input: bytes)
        #expect(!r.timedOut)
        #expect(r.stdout.hasPrefix("18 claims"))
        #expect(r.stderr.contains("<stdin>:2:1: error: unexpected character '\u{FFFD}'"))
        #expect(r.stderr.contains("hint: the input is not valid UTF-8"))
        #expect(r.stderr.contains("<stdin>:3:6: error: unexpected character U+0007"))
        #expect(!r.stderr.contains("\u{7}"), "control characters are not echoed raw")
        #expect(r.status == 1)
    }

    @Test func aOneMegabyteLineIsReportedBriefly() {
        let line = "count claims where quote contains \"" + String(repeating: "x", count: 1 << 20)
        let r = Claimq.run([], input: Array((line + "\ncount claims where id = 1\n").utf8))
        #expect(!r.timedOut)
        #expect(r.stderr.hasPrefix("<stdin>:1:35: error: unterminated string\n"))
        #expect(r.stderr.utf8.count < 1000, "the excerpt is cut, not a megabyte")
        #expect(r.stdout == "1 claim (#1)\n")
        #expect(r.status == 1)
    }

    @Test func emptyInputIsFine() {
        let r = Claimq.run([], input: Array("\n\n   \n-- only a comment\n".utf8))
        #expect(r.stdout == "" && r.stderr == "" && r.status == 0)
    }

    @Test func anotherArticleWithItsClaims() throws {
        let dir = Claimq.temporaryFolder()
        try "Budget news\n\nThe city spent nearly 4.5 million dollars in 2019. Officials approved it.\n"
            .write(toFile: dir + "/budget.txt", atomically: true, encoding: .utf8)
        try """
            {"claims": [{"id": 1, "metric": "spending", "value": 4500000, "qualifier": "nearly", "unit": "dollars",
              "place": "US-NY", "period": {"from": "2019-01", "to": "2019-12"}, "source": "city",
              "surface": "nearly 4.5 million", "quote": "The city spent nearly 4.5 million dollars in 2019."}]}
            """.write(toFile: dir + "/budget.claims.json", atomically: true, encoding: .utf8)
        let r = Claimq.run([dir + "/budget.txt", "--format", "csv", "-c", "sum spending where state = \"New York\""])
        #expect(r.stdout == "function,metric,value,low,high,bound,unit,matched,claims\r\nsum,spending,4500000,4500000,4500000,approx,dollars,1,1\r\n")
        #expect(r.status == 0)
        let shown = Claimq.run([dir + "/budget.txt", "-c", "show 1"])
        #expect(shown.stdout.contains("budget, paragraph 2, sentence 1"))
    }

    @Test func articlesThatCannotBeLoadedExitWithThree() throws {
        let dir = Claimq.temporaryFolder()
        let missing = Claimq.run([dir + "/none.txt", "-c", "count"])
        #expect(missing.status == 3)
        #expect(missing.stderr == "claimq: error: \(dir)/none.txt: no such file\n")

        try "Text\n\nA 5 here.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let namedClaims = Claimq.run([dir + "/a.txt", dir + "/missing.json", "-c", "count"])
        #expect(namedClaims.status == 3)

        try "{\"claims\": [{\"id\": 2".write(toFile: dir + "/a.claims.json", atomically: true, encoding: .utf8)
        let malformed = Claimq.run([dir + "/a.txt", "-c", "count"])
        #expect(malformed.status == 3)
        #expect(malformed.stderr == "claimq: error: \(dir)/a.claims.json:1:21: expected ',' or '}' after a value\n")

        try "{\"claims\": [{\"id\": 2, \"metric\": \"m\", \"value\": 5, \"unit\": \"u\", \"place\": \"US\", \"surface\": \"6\", \"quote\": \"A 5 here.\"}]}"
            .write(toFile: dir + "/a.claims.json", atomically: true, encoding: .utf8)
        let mismatch = Claimq.run([dir + "/a.txt", "-c", "count"])
        #expect(mismatch.status == 3)
        #expect(mismatch.stderr == "claimq: error: \(dir)/a.claims.json: claim #2: surface \"6\" does not occur in its quote\n")

        try Data([0x41, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: dir + "/b.txt"))
        let binary = Claimq.run([dir + "/b.txt", "-c", "count"])
        #expect(binary.status == 3 && binary.stderr.contains("b.txt: is not UTF-8 text"))

        let folder = Claimq.run([dir, "-c", "count"])
        #expect(folder.status == 3 && folder.stderr.contains("\(dir)/a.claims.json: claim #2"), "a folder loads every article in it")
        let empty = Claimq.temporaryFolder()
        let none = Claimq.run([empty, "-c", "count"])
        #expect(none.status == 3 && none.stderr.contains("holds no .txt articles"))
    }
}
