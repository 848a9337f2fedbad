import Foundation
import Testing
import ClaimqTestHelpers

/// Scripts that compose: dot-commands, output modes, shebang scripts, pipes.
extension EndToEndTests {
    private func run(_ args: [String], _ input: String = "") -> Claimq.Result {
        let result = Claimq.run(args, input: Array(input.utf8))
        #expect(!result.timedOut)
        return result
    }

    @Test func everyDotCommandInAScript() throws {
        let dir = Claimq.temporaryFolder()
        try "count claims where id = 2\n".write(toFile: dir + "/inner.cq", atomically: true, encoding: .utf8)
        let r = run([], """
            .help mode
            .mo csv
            .headers off
            count claims where id = 1
            .headers on
            .mode table
            .read \(dir)/inner.cq
            .output \(dir)/out.txt
            count claims where id = 3
            .output stdout
            .timer on
            count claims where id = 4
            .timer off
            .bail on
            .bail off
            .sources
            .exit
            count claims
            """)
        #expect(r.stdout.hasPrefix(".mode table|box|csv|tsv|json|markdown|line: how results are written"), "help on one topic")
        #expect(r.stdout.contains("\ncount,claims,1,1,1,exact,,1,1\r\n1 claim (#2)\n1 claim (#4)\n"))
        #expect(r.stdout.contains("DHS OIG"))
        #expect(!r.stdout.contains("18 claims"), ".exit stopped the script")
        #expect(try String(contentsOfFile: dir + "/out.txt", encoding: .utf8) == "1 claim (#3)\n")
        #expect(r.stderr.hasPrefix("time: ") && r.stderr.hasSuffix(" ms\n"))
        #expect(r.status == 0)
    }

    @Test func dotCommandErrors() {
        let r = run([], ".mdoe json\n.m json\n.mode xml\n.headers maybe\n.read\n.fields extra\n.history\n.load /nonexistent/a.txt\n")
        let lines = r.stderr.split(separator: "\n").filter { $0.hasPrefix("<stdin>") }
        #expect(lines == [
            "<stdin>:1:1: error: unknown command '.mdoe'",
            "<stdin>:2:1: error: ambiguous command '.m'",
            "<stdin>:3:7: error: unknown mode 'xml'",
            "<stdin>:4:10: error: expected on or off, found 'maybe'",
            "<stdin>:5:1: error: usage: .read FILE",
            "<stdin>:6:9: error: usage: .fields",
            "<stdin>:7:1: error: there is no history in a script",
            "<stdin>:8:7: error: cannot load: /nonexistent/a.txt: no such file",
        ])
        #expect(r.stderr.contains("hint: did you mean '.mode'?"))
        #expect(r.stderr.contains("hint: did you mean '.mode' or '.maxwidth' or '.metrics'?"))
        #expect(r.status == 1)
    }

    @Test func loadAnotherArticleAndBack() throws {
        let dir = Claimq.temporaryFolder()
        try "T\n\nIt rose to 7 cases.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "{\"claims\": [{\"id\": 1, \"metric\": \"cases\", \"value\": 7, \"unit\": \"cases\", \"place\": \"US\", \"surface\": \"7\", \"quote\": \"It rose to 7 cases.\"}]}"
            .write(toFile: dir + "/other.json", atomically: true, encoding: .utf8)
        let r = run([], ".load \(dir)/a.txt \(dir)/other.json\nsum cases\n.load\ncount claims\n")
        #expect(r.stdout == "7 cases — 1 claim (#1)\n18 claims (#1, #2, #3, #4, #5, #6, #7, #8, #9, #10, #11, #12, #13, #14, #15, #16, #17, #18)\n")
        #expect(r.status == 0)
    }

    @Test func aScriptThatReadsItselfStops() throws {
        let dir = Claimq.temporaryFolder()
        try ".read \(dir)/loop.cq\n".write(toFile: dir + "/loop.cq", atomically: true, encoding: .utf8)
        let r = run(["-f", dir + "/loop.cq"])
        #expect(r.stderr.contains(".read is nested 16 deep; does a script read itself?"))
        #expect(r.status == 1)
    }

    @Test func everyOutputMode() {
        let query = "count claims where id = 6; list where id = 6"
        let box = run(["--format", "box", "-c", query]).stdout
        #expect(box.hasPrefix("┌──────────┬────────┬───────┬────────┐\n│ function │ metric │ value │ claims │\n"))
        let markdown = run(["--format", "markdown", "-c", query]).stdout
        #expect(markdown.hasPrefix("| function | metric | value | claims |\n| --- | --- | --- | --- |\n| count | claims | 1 | #6 |\n"))
        #expect(markdown.contains("| 6 | refusals | 11 requests | US-CA | 2017-01..2017-02 | author |"))
        let tsv = run(["--format", "tsv", "-c", query]).stdout
        #expect(tsv.hasPrefix("function\tmetric\tvalue\tlow\thigh\tbound\tunit\tmatched\tclaims\ncount\tclaims\t1\t1\t1\texact\t\t1\t6\n"))
        let csv = run(["--format", "csv", "-c", "list where id = 6"]).stdout
        #expect(csv.contains(",\"My own state of California denied 11 ICE detainer requests, the majority"))
        let timeline = run(["--format", "markdown", "-c", "timeline refusals"]).stdout
        #expect(timeline.hasPrefix("```\n#5 ") && timeline.hasSuffix("```\n"))
    }

    @Test func jsonErrorsOnStderr() throws {
        let r = run(["--format", "json", "-c", "count where stat = 1"])
        let line = try #require(r.stderr.split(separator: "\n").first)
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "error")
        #expect(object["source"] as? String == "<command>")
        #expect(object["line"] as? Int == 1 && object["column"] as? Int == 13)
        #expect(object["message"] as? String == "unknown field 'stat'")
        #expect(object["hint"] as? String == "did you mean 'state'?")
        #expect(r.stdout == "" && r.status == 1)
    }

    @Test func shebangScriptsRun() throws {
        let dir = Claimq.temporaryFolder()
        let script = dir + "/check.cq"
        try "#!/usr/bin/env -S \(Claimq.path) -f\nsum refusals where state = \"CA\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let r = Claimq.run(["-c", "exec \"$0\"", script], executable: "/bin/sh")
        #expect(r.stdout == "3,359 requests — 2 claims (#6, #8)\n")
        #expect(r.status == 0)
    }

    @Test func aReaderThatStopsEarlyEndsClaimqQuietly() throws {
        let dir = Claimq.temporaryFolder()
        let queries = String(repeating: "list claims\n", count: 2000)
        try queries.write(toFile: dir + "/many.cq", atomically: true, encoding: .utf8)
        let r = Claimq.run(["-o", "pipefail", "-c", "\"$0\" -f \"$1\" 2>\"$2\" | head -1", Claimq.path, dir + "/many.cq", dir + "/err.txt"],
                           executable: "/bin/bash")
        #expect(r.stdout == "id  metric                     value                      place  period            source\n")
        #expect(r.status == 0, "claimq exited 0 when head closed the pipe")
        #expect(try String(contentsOfFile: dir + "/err.txt", encoding: .utf8) == "")
    }

    @Test func versionAndHelp() {
        let version = run(["--version"])
        #expect(version.stdout.hasPrefix("0.") && version.status == 0)
        let help = run(["--help"]).stdout
        for flag in ["-c <QUERY>", "-f <FILE>", "--format", "--bail", "--no-history", "--no-init", "--version", "Examples:"] {
            #expect(help.contains(flag), "\(flag)")
        }
    }
}

/// The fast path for plain command lines and ArgumentParser agree.
extension EndToEndTests {
    @Test(arguments: [
        ["-c", "count claims"],
        ["-c", "count claims where id < 3", "-c", "show 2", "--format", "json"],
        ["--bail", "-c", "show 99", "-c", "count claims"],
        ["--format", "csv", "--no-history", "--no-init", "-c", "sum refusals by state"],
        ["/nonexistent/article.txt", "-c", "count"],
        ["-f", "/nonexistent/script.cq"],
        ["--format", "xml", "-c", "count"],
        ["-c"],
        ["--frobnicate"],
        ["-c", "count", "extra.txt", "more.txt"],
    ])
    func plainCommandLinesReadTheSameBothWays(_ arguments: [String]) {
        let quick = Claimq.run(arguments)
        let slow = Claimq.run(arguments, environment: ["CLAIMQ_ARGUMENT_PARSER": "1"])
        #expect(quick.status == slow.status)
        #expect(quick.stdout == slow.stdout)
        #expect(quick.stderr == slow.stderr)
    }
}
