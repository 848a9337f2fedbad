import Foundation
import Testing
import ClaimqTestHelpers

/// History that survives sharing: two sessions on one file, a symlinked file, a
/// large file, entries with every kind of character, and nothing left behind.
extension EndToEndTests {
    private func run(_ term: PseudoTerminal, _ line: String, expecting answer: String) {
        term.send(line + "\r")
        #expect(term.expect(answer), "\(line)")
        #expect(term.expect(Self.prompt))
    }

    /// The entries of a history file, decoded as libedit would (octal and \\ escapes).
    private func entries(_ path: String) throws -> [String] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "_HiStOrY_V2_")
        return lines.dropFirst().map { line in
            var bytes: [UInt8] = []
            var rest = Array(line.utf8)[...]
            while let b = rest.popFirst() {
                guard b == UInt8(ascii: "\\") else { bytes.append(b); continue }
                if rest.first == UInt8(ascii: "\\") { bytes.append(rest.removeFirst()); continue }
                bytes.append(UInt8(String(decoding: rest.prefix(3), as: UTF8.self), radix: 8)!)
                rest = rest.dropFirst(3)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test func twoSessionsSharingAHistoryFileLoseNothing() throws {
        let home = Claimq.temporaryFolder()
        let (a, b) = (PseudoTerminal(home: home), PseudoTerminal(home: home))
        #expect(started(a) && started(b))
        run(a, "count claims where id = 1", expecting: "1 claim (#1)")
        run(b, "count claims where id = 2", expecting: "1 claim (#2)")
        run(a, "count claims where id = 3", expecting: "1 claim (#3)")
        leave(b)
        leave(a)
        #expect(try entries(home + "/history") == ["count claims where id = 1", "count claims where id = 2", "count claims where id = 3"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).filter { $0.hasPrefix("history") } == ["history"],
                "no temporary files")
    }

    @Test func aSymlinkedHistoryFileStaysALink() throws {
        let home = Claimq.temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/real", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: home + "/history", withDestinationPath: home + "/real/history")
        let term = PseudoTerminal(home: home)
        #expect(started(term))
        run(term, "count claims where id = 4", expecting: "1 claim (#4)")
        leave(term)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: home + "/history") == home + "/real/history")
        #expect(try entries(home + "/real/history") == ["count claims where id = 4"])
    }

    /// The editor keeps the last 1,000 entries; the file keeps all 5,001.
    @Test func aLargeHistoryFileIsNeverCut() throws {
        let home = Claimq.temporaryFolder()
        let old = (1...5_000).map { "count claims where id = \($0 % 18 + 1) -- old \($0)" }
        let text = "_HiStOrY_V2_\n" + old.map { $0.replacingOccurrences(of: " ", with: "\\040") + "\n" }.joined()
        try text.write(toFile: home + "/history", atomically: true, encoding: .utf8)
        let term = PseudoTerminal(home: home)
        #expect(started(term))
        term.send("\u{1B}[A\r")
        #expect(term.expect("1 claim (#\(5_000 % 18 + 1))"), "Up recalls the newest old entry")
        #expect(term.expect(Self.prompt))
        run(term, "count claims where id = 5", expecting: "1 claim (#5)")
        leave(term)
        let saved = try entries(home + "/history")
        #expect(saved.count == 5_001 && Array(saved.prefix(5_000)) == old && saved.last == "count claims where id = 5",
                "the recalled entry repeats the one before it and is kept once")
    }

    /// Spaces, tabs, backslashes, octal-looking text and UTF-8 come back as typed.
    @Test func everyCharacterOfAnEntryRoundTrips() throws {
        let home = Claimq.temporaryFolder()
        let entry = #"count claims where source = "a\\040 b\tc é ünï ✓" -- \\ done"#
        let term = PseudoTerminal(home: home)
        #expect(started(term))
        run(term, entry, expecting: "0 claims")
        leave(term)
        #expect(try entries(home + "/history") == [entry])
        let again = PseudoTerminal(home: home)
        #expect(started(again))
        run(again, ".history", expecting: "    1  " + entry)
        leave(again)
    }
}

/// Ctrl-C while a statement runs stops the statement, not claimq.
extension EndToEndTests {
    @Test func ctrlCStopsALoadAndTheSessionGoesOn() throws {
        let folder = Claimq.temporaryFolder()
        let paragraph = "Officials in Fresno refused 1,250 requests in 2016, up from 980 in 2015, the county said.\n\n"
        try String(repeating: paragraph, count: 110_000).write(toFile: folder + "/big.txt", atomically: true, encoding: .utf8)
        let term = PseudoTerminal()
        #expect(started(term))
        term.send(".load \(folder)/big.txt\r")
        #expect(term.expect("big.txt\r\n"), "the line was taken")
        term.interrupt()
        #expect(term.expect("error: cannot load: \(folder)/big.txt: interrupted"))
        #expect(term.expect(Self.prompt))
        term.send("count claims\r")
        #expect(term.expect("18 claims"), "the sample is still loaded")
        #expect(term.expect(Self.prompt))
        leave(term)
    }
}

/// A load that takes a while shows how far it has come, at a terminal only.
extension EndToEndTests {
    private func slowArticle() throws -> String {
        let path = Claimq.temporaryFolder() + "/slow.txt"
        let paragraph = "Officials in Fresno refused 1,250 requests in 2016, up from 980 in 2015, the county said.\n\n"
        try String(repeating: paragraph, count: 200).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aLongLoadShowsProgressAtATerminalAndWipesIt() throws {
        let article = try slowArticle()
        let now = ["CLAIMQ_PROGRESS_DELAY": "0"]   // draw at once, not after half a second
        let term = PseudoTerminal(arguments: [article], environment: now)
        #expect(term.expect("loading ["), "a bar")
        #expect(term.expect(" MB/s "))
        #expect(term.expect("\r\u{1B}[Kclaimq 0.3.0"), "the bar is wiped before the banner")
        #expect(term.expect(Self.prompt))
        leave(term)
        let quiet = PseudoTerminal(arguments: ["--quiet", article], environment: now)
        #expect(quiet.expect("claimq 0.3.0") && quiet.expect(Self.prompt))
        #expect(!quiet.output.contains("loading ["), "--quiet shows none")
        leave(quiet)
        // extract too: the bar on stderr, wiped before the draft is written.
        let extract = PseudoTerminal(arguments: ["extract", article], environment: now)
        #expect(extract.expect("extracting ["))
        #expect(extract.expect("\r\u{1B}[K{"), "wiped, then the draft")
        #expect(extract.waitForExit() == 0)
    }

    @Test func pipesGetNoProgress() throws {
        let r = Claimq.run([try slowArticle(), "-c", "count claims where id = 1"], environment: ["CLAIMQ_PROGRESS_DELAY": "0"])
        #expect(r.stdout == "1 claim (#1)\n")
        #expect(r.stderr == "", "no bar when stderr is not a terminal")
    }
}
