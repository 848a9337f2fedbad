import Foundation
import Testing
import ClaimqTestHelpers

/// What a hostile or careless user feeds claimq — deep nesting, huge numbers, odd
/// files, odd line endings — answered with a clear error or a result, never a crash.
extension EndToEndTests {
    private func run(_ args: [String], _ input: String = "", _ env: [String: String] = [:]) -> Claimq.Result {
        let result = Claimq.run(args, input: Array(input.utf8), environment: env)
        #expect(!result.timedOut, "claimq \(args) did not finish")
        #expect(result.status < 128, "claimq \(args) died of a signal")
        return result
    }

    /// Deep nesting is refused; long flat chains answer; either way the statements
    /// before it keep their output.
    @Test func deepNestingAndLongChains() throws {
        let dir = Claimq.temporaryFolder()
        let deep = String(repeating: "(", count: 20_000) + "1" + String(repeating: ")", count: 20_000)
        try "count claims where id = 1\n\(deep)\n".write(toFile: dir + "/deep.cq", atomically: true, encoding: .utf8)
        var r = run(["-f", dir + "/deep.cq"])
        #expect(r.stdout == "1 claim (#1)\n")
        #expect(r.stderr.contains("deep.cq:2:201: error: expression nested too deeply: the limit is 200 levels"))
        #expect(r.status == 1)
        let nots = "count claims where " + String(repeating: "not ", count: 20_000) + "id = 1\n"
        r = run([], nots + String(repeating: "- ", count: 20_000) + "1\n")
        #expect(r.stderr.components(separatedBy: "nested too deeply").count == 3)
        let chain = Array(repeating: "1", count: 100_000).joined(separator: "+")
        let ors = "count claims where " + (1...20_000).map { "id = \($0)" }.joined(separator: " or ")
        try "\(chain)\n\(ors)\n".write(toFile: dir + "/long.cq", atomically: true, encoding: .utf8)
        r = run(["-f", dir + "/long.cq"])
        #expect(r.stdout == "100,000\n18 claims (#1, #2, #3, #4, #5, #6, #7, #8, #9, #10, #11, #12, #13, #14, #15, #16, #17, #18)\n")
        #expect(r.status == 0)
    }

    /// No statement prints infinity or NaN: literals out of range are lexical errors,
    /// results out of range are errors at their operator; JSON errors carry a message.
    @Test func numbersBeyondTheDoubleRange() {
        var r = run(["-c", "1e400 - 1e400"])
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("<command>:1:1: error: number out of range '1e400'\n"))
        #expect(r.status == 1)
        r = run(["--format", "json", "-c", "1e308 * 10"])
        #expect(r.stdout == "")
        #expect(r.stderr == #"{"column":7,"hint":null,"line":1,"message":"the result of '*' is out of range (beyond ±1.8e308)","source":"<command>","type":"error"}"# + "\n")
        #expect(r.status == 1)
        r = run(["-c", "1e308 / 1e-308; 1e308 + 1e308 - 1e308"])
        #expect(r.stderr.components(separatedBy: "is out of range").count == 3)
        #expect(!r.stdout.contains("∞") && !r.stdout.contains("NaN"))
    }

    /// Scripts with CRLF line ends or a byte-order mark run as they read, from -f,
    /// .read, -c and stdin; several -f run in order, before -c.
    @Test func scriptsWithAnyLineEndingAndSeveralFiles() throws {
        let dir = Claimq.temporaryFolder()
        try Data([0xEF, 0xBB, 0xBF] + Array("count claims where id = 1\r\ncount claims where\r\nid = 2\r\n".utf8))
            .write(to: URL(fileURLWithPath: dir + "/a.cq"))
        try "count claims where id = 3\n.read \(dir)/a.cq\n".write(toFile: dir + "/b.cq", atomically: true, encoding: .utf8)
        let expected = "1 claim (#1)\n1 claim (#2)\n"
        #expect(run(["-f", dir + "/a.cq"]).stdout == expected)
        #expect(run(["-c", ".read \(dir)/a.cq"]).stdout == expected)
        #expect(run(["-c", "count claims where id = 1\r\ncount claims where\r\nid = 2"]).stdout == expected)
        #expect(run([], "\u{FEFF}count claims where id = 1\r\ncount claims where\r\nid = 2\r\n").stdout == expected)
        let r = run(["-f", dir + "/b.cq", "-f", dir + "/a.cq", "-c", "count claims where id = 4"])
        #expect(r.stdout == "1 claim (#3)\n" + expected + expected + "1 claim (#4)\n")
        #expect(r.stderr == "" && r.status == 0)
        // A query that starts with '-' is a query, whichever way the command line is read.
        for env in [[:], ["CLAIMQ_ARGUMENT_PARSER": "1"]] {
            let j = run(["--format=json", "-c", "-1 + 2", "-f", dir + "/a.cq"], "", env)
            #expect(j.stdout.hasSuffix(#""type":"value","unit":null,"value":1,"warnings":[]}"# + "\n"), "\(env)")
            #expect(j.status == 0)
        }
    }

    /// An article must be a regular file under the size cap: devices, FIFOs and
    /// symlinks to them are refused at once with exit 3, never read.
    @Test func articlesMustBeRegularFilesOfBoundedSize() throws {
        let dir = Claimq.temporaryFolder()
        try "Officials refused 500 requests in 2016.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/corpus", withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: dir + "/a.txt", toPath: dir + "/corpus/a.txt")
        try FileManager.default.createSymbolicLink(atPath: dir + "/corpus/z.txt", withDestinationPath: "/dev/zero")
        #expect(mkfifo(dir + "/fifo.txt", 0o600) == 0)
        let notRegular = "is not a regular file (a device, pipe or folder cannot be an article)\n"
        for (args, file) in [(["/dev/zero"], "/dev/zero"), ([dir + "/corpus"], dir + "/corpus/z.txt"),
                             ([dir + "/fifo.txt"], dir + "/fifo.txt"), (["extract", "/dev/zero"], "/dev/zero"),
                             (["extract", "--quantities", dir + "/fifo.txt"], dir + "/fifo.txt")] {
            let r = run(args + (args[0] == "extract" ? [] : ["-c", "count claims"]))
            #expect(r.stderr == "claimq: error: \(file): " + notRegular)
            #expect(r.status == 3)
        }
        let tooBig = "claimq: error: \(dir)/a.txt: is larger than 20 bytes, the most an article may have (--max-article-bytes)\n"
        #expect(run(["--max-article-bytes", "20", dir + "/a.txt", "-c", "count claims"]).stderr == tooBig)
        #expect(run(["extract", "--max-article-bytes", "20", dir + "/a.txt"]).stderr == tooBig)
        // A corpus folder's .txt files, not its subfolders: a link back to itself is no loop.
        try FileManager.default.createSymbolicLink(atPath: dir + "/corpus/loop.txt", withDestinationPath: dir + "/corpus")
        try FileManager.default.removeItem(atPath: dir + "/corpus/z.txt")
        let corpus = run([dir + "/corpus", "-c", "count claims"])
        #expect(corpus.stdout == "1 claim (#1)\n" && corpus.status == 0)
        let fits = run(["--max-article-bytes", "40", dir + "/a.txt", "-c", "count claims"])
        #expect(fits.stdout == "1 claim (#1)\n" && fits.status == 0)
        #expect(run(["--max-article-bytes", "0", dir + "/a.txt"]).status == 2)
    }

    /// Claim ids run from 1 to 2^53, in claims files and once a corpus numbers them on.
    @Test func claimIdsStayWithinWhatJSONHolds() throws {
        let dir = Claimq.temporaryFolder()
        func claims(_ id: String) -> String {
            #"{"claims":[{"id":\#(id),"metric":"refusals","value":500,"unit":"requests","surface":"500","quote":"Officials refused 500 requests in 2016."}]}"#
        }
        for name in ["a", "b"] {
            try "Officials refused 500 requests in 2016.\n".write(toFile: "\(dir)/\(name).txt", atomically: true, encoding: .utf8)
        }
        try claims("9223372036854775807").write(toFile: dir + "/a.claims.json", atomically: true, encoding: .utf8)
        var r = run([dir + "/a.txt", "-c", "count claims"])
        #expect(r.stderr == "claimq: error: \(dir)/a.claims.json:1:18: expected a whole number from -9007199254740992 to 9007199254740992\n")
        #expect(r.status == 3)
        try claims("9007199254740992").write(toFile: dir + "/a.claims.json", atomically: true, encoding: .utf8)
        r = run([dir + "/a.txt", "-c", "list claims"])
        #expect(r.stdout.contains("9007199254740992  refusals"))
        #expect(r.status == 0)
        // b's claim would be numbered 2^53 + 1.
        r = run([dir + "/a.txt", dir + "/b.txt", "-c", "count claims"])
        #expect(r.stderr == "claimq: error: \(dir)/b.txt: its claim ids go past 9007199254740992 once numbered after the articles before it\n")
        #expect(r.status == 3)
    }
}

/// Output that cannot be written is never lost silently: the failure is named on
/// stderr and the exit status is 1. A reader that leaves early is not a failure.
extension EndToEndTests {
    /// Runs `command` in bash with $CLAIMQ set to the built binary.
    private func shell(_ command: String) -> Claimq.Result {
        let r = Claimq.run(["-c", command], environment: ["CLAIMQ": Claimq.path], executable: "/bin/bash")
        #expect(!r.timedOut, "\(command) did not finish")
        return r
    }

    @Test func aFullDiskIsReportedAndFails() throws {
        let full = "claimq: error: cannot write to stdout: no space left on device\n"
        for command in [#""$CLAIMQ" -c 'list claims' > /dev/full"#,
                        #""$CLAIMQ" --format json -c 'list claims' -c 'count claims' > /dev/full"#,
                        #""$CLAIMQ" extract "$CLAIMQ_SAMPLE" > /dev/full"#,
                        #""$CLAIMQ" extract --quantities "$CLAIMQ_SAMPLE" > /dev/full"#,
                        #""$CLAIMQ" --help > /dev/full"#, #""$CLAIMQ" --version > /dev/full"#] {
            let sample = Repository.root.appendingPathComponent("samples/sanctuary-ice-detainers.txt").path
            let r = shell("CLAIMQ_SAMPLE=\(sample); " + command)
            #expect(r.stderr == full, "\(command)")
            #expect(r.status == 1, "\(command)")
        }
        // .output to a full file: named, reported after its statement, and the session goes on.
        let r = shell(#""$CLAIMQ" -c '.output /dev/full' -c 'list claims' -c '.output stdout' -c 'count claims where id = 1'"#)
        #expect(r.stderr == "error: cannot write to /dev/full: no space left on device\n")
        #expect(r.stdout == "1 claim (#1)\n")
        #expect(r.status == 1)
    }

    @Test func aReaderThatLeavesEarlyIsNoFailure() throws {
        // The statement that failed still fails the run; nothing dies of SIGPIPE.
        let big = Claimq.temporaryFolder() + "/big.txt"
        let paragraph = "Officials refused 500 requests in 2016, up from 300 in 2015.\n\n"
        try String(repeating: paragraph, count: 3_000).write(toFile: big, atomically: true, encoding: .utf8)
        for (command, status) in [(#""$CLAIMQ" -c 'list claims; nosuch' 2>/dev/null | head -1"#, "1"),
                                  (#""$CLAIMQ" -c 'list claims' -c 'list claims' | head -1"#, "0"),
                                  (#""$CLAIMQ" extract --quantities \#(big) | head -1"#, "0"),
                                  (#""$CLAIMQ" extract \#(big) | head -1"#, "0"),
                                  (#""$CLAIMQ" \#(big) --format json -c 'list claims' | head -c 10"#, "0")] {
            let r = shell(command + #"; echo "status ${PIPESTATUS[0]}" >&2"#)
            #expect(r.stderr.hasSuffix("status \(status)\n"), "\(command): \(r.stderr)")
            #expect(!r.stderr.contains("error: cannot write"), "\(command)")
        }
    }
}

/// Endless input — /dev/zero as a script, as stdin or behind a claims file — ends in
/// an error that says why, never in all of memory.
extension EndToEndTests {
    @Test func endlessInputIsRefused() throws {
        let r = Claimq.run(["-f", "/dev/zero"])
        #expect(r.stderr == "claimq: error: cannot read script /dev/zero: is larger than 67108864 bytes, the most a script may have\n")
        #expect(r.status == 2)
        let piped = Claimq.run(["-c", "exec \"$0\" < /dev/zero", Claimq.path], executable: "/bin/sh")
        #expect(piped.stderr == "error: <stdin>: line 1 is longer than 16777216 bytes; claimq stopped reading\n")
        #expect(piped.status == 1)
        let dir = Claimq.temporaryFolder()
        try "Officials refused 500 requests in 2016.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/a.claims.json", withDestinationPath: "/dev/zero")
        let claims = Claimq.run([dir + "/a.txt", "-c", "count claims"])
        #expect(claims.stderr == "claimq: error: \(dir)/a.claims.json: is not a regular file (a device, pipe or folder cannot be a claims file)\n")
        #expect(claims.status == 3)
    }
}

extension EndToEndTests {
    /// A huge (sparse) file given as a script is refused at the script limit, not
    /// allocated whole first.
    @Test func aHugeScriptFileIsRefusedAtTheLimit() throws {
        let path = Claimq.temporaryFolder() + "/huge.cq"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 << 30)   // 100 GB, sparse: no disk used
        try handle.close()
        let r = Claimq.run(["-f", path])
        #expect(r.stderr == "claimq: error: cannot read script \(path): is larger than 67108864 bytes, the most a script may have\n")
        #expect(r.status == 2)
        try FileManager.default.removeItem(atPath: path)
    }

    /// `.output` to a FIFO that no one reads is an error at once, not a wait for ever.
    @Test func outputToAnUnreadFIFOIsAnError() {
        let fifo = Claimq.temporaryFolder() + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let r = Claimq.run(["-c", ".output \(fifo)", "-c", "count claims where id = 1"], timeout: 10)
        #expect(!r.timedOut)
        #expect(r.stderr.hasPrefix("<command>:1:9: error: cannot write \(fifo): no such device or address\n"))
        #expect(r.stdout == "1 claim (#1)\n" && r.status == 1)
    }
}
