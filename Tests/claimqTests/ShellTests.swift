import Foundation
import Testing
import ClaimqTestHelpers

/// The shell at a terminal: completion, continuation, search, keys, colour, init file.
extension EndToEndTests {
    @Test func tabCompletesAKeywordAMetricAndAValue() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("su\t")
        #expect(term.expectScreenLine("claimq> sum "))
        term.send("refusa\t")
        #expect(term.expectScreenLine("claimq> sum refusals "))
        term.send("where sta\t")
        #expect(term.expectScreenLine("claimq> sum refusals where state "))
        term.send("= \"C\t")
        #expect(term.expectScreenLine("claimq> sum refusals where state = \"CA\" "))
        term.send("\r")
        #expect(term.expect("3,359 requests — 2 claims (#6, #8)"), "the completed line ran")
        #expect(term.expect(Self.prompt))
        term.send(".mo\t")
        #expect(term.expectScreenLine("claimq> .mode "))
        term.send("j\t\r")
        #expect(term.expect(Self.prompt))
        term.send("count claims where id = 1\r")
        #expect(term.expect("{\"bound\":\"exact\""), ".mode json took effect")
        #expect(term.expect(Self.prompt))
        leave(term)
    }

    @Test func tabListsSeveralCandidates() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("sum refus\t")
        #expect(term.expect("\r\nrefusals "), "both metrics are listed, in order")
        #expect(term.expect(" refusing_jurisdictions\r\n"))
        #expect(term.expectScreenLine("claimq> sum refus"), "the line is drawn again below the list")
        term.send("\u{03}")
        #expect(term.expect("^C\r\n" + Self.prompt))
        leave(term)
    }

    @Test func continuationPromptsSayWhatIsMissing() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("count claims where (state = \"CA\"\r")
        #expect(term.expect("  ...)> "))
        term.send("or id = 1)\r")
        #expect(term.expect("4 claims (#1, #6, #7, #8)"))
        #expect(term.expect(Self.prompt))
        term.send("count claims where source = \"DHS\r")
        #expect(term.expect("  ...\"> "), "at the prompt an open string continues")
        term.send("\u{03}")
        #expect(term.expect("^C\r\n" + Self.prompt), "Ctrl-C abandons the continued statement")
        term.send("count claims where id = 2\r")
        #expect(term.expect("1 claim (#2)"))
        #expect(term.expect(Self.prompt))
        term.send("\u{1B}[A\u{1B}[A\r")
        #expect(term.expect("4 claims (#1, #6, #7, #8)"), "the continued statement is one history entry")
        #expect(term.expect(Self.prompt))
        leave(term)
    }

    @Test func ctrlRFindsAnOldEntry() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("count claims where id = 7\r")
        #expect(term.expect("1 claim (#7)"))
        #expect(term.expect(Self.prompt))
        term.send("count claims\r")
        #expect(term.expect("18 claims"))
        #expect(term.expect(Self.prompt))
        term.send("\u{12}id = 7")
        // (libedit draws the match in pieces; its end shows once the search has found it.)
        #expect(term.expect("where id = 7"), "the search found the entry")
        term.send("\r")
        #expect(term.expect("1 claim (#7)"))
        #expect(term.expect(Self.prompt))
        leave(term)
    }

    @Test func aResizeKeepsTheLineBeingTyped() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("count claims where")
        #expect(term.expectScreenLine("claimq> count claims where"))
        term.resize(columns: 40, rows: 10)   // (claimq redraws at the next key: nothing to wait for)
        term.send(" id = 9\r")
        #expect(term.expect("1 claim (#9)"), "the text typed before the resize was kept")
        #expect(term.expect(Self.prompt))
        leave(term)
    }

    @Test func twoCtrlCsOnAnEmptyLineGiveAHint() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("\u{03}")
        #expect(term.expect("^C\r\n" + Self.prompt))
        term.send("\u{03}")
        #expect(term.expect("to leave, press Ctrl-D or type .quit"))
        #expect(term.expect(Self.prompt))
        term.send(".quit\r")
        #expect(term.waitForExit() == 0)
    }

    @Test func viKeysFromEditrc() throws {
        let home = Claimq.temporaryFolder()
        try "bind -v\n".write(toFile: home + "/.editrc", atomically: true, encoding: .utf8)
        let term = PseudoTerminal(home: home)
        #expect(started(term))
        term.send("count claimsX")
        #expect(term.expectScreenLine("claimq> count claimsX"))
        term.send("\u{1B}")
        #expect(term.expectCursor(at: "claimq> count claims".count), "command mode puts the cursor on the X")
        term.send("x")
        #expect(term.expectScreenLine("claimq> count claims"))
        term.send("\r")
        #expect(term.expect("18 claims"), "vi's x deleted the X")
        #expect(term.expect(Self.prompt))
        leave(term)
    }

    @Test func colourOnlyWhereWanted() {
        let coloured = PseudoTerminal(environment: ["NO_COLOR": ""])
        #expect(coloured.expect("\u{1B}[1;36mclaimq>\u{1B}[0m "), "a bold prompt at a colour terminal")
        coloured.send("show 6\r")
        #expect(coloured.expect("\u{1B}[1;4m11\u{1B}[0m"), "the surface is highlighted")
        leave(coloured)
        let dumb = PseudoTerminal(environment: ["NO_COLOR": "", "TERM": "dumb"])
        #expect(dumb.expect(Self.prompt))
        dumb.send("show 6\r")
        #expect(dumb.expect("«11»"))
        #expect(!dumb.output.contains("\u{1B}["))
        leave(dumb)
    }

    @Test func initFileRunsUnlessNoInit() throws {
        let home = Claimq.temporaryFolder()
        try ".mode csv\n.headers off\n".write(toFile: home + "/.claimqrc", atomically: true, encoding: .utf8)
        let term = PseudoTerminal(home: home)
        #expect(started(term))
        term.send("count claims where id = 3\r")
        #expect(term.expect("count,claims,1,1,1,exact,,1,3"))
        #expect(term.expect(Self.prompt))
        leave(term)
        let plain = PseudoTerminal(arguments: ["--no-init"], home: home)
        #expect(started(plain))
        plain.send("count claims where id = 3\r")
        #expect(plain.expect("1 claim (#3)"))
        #expect(plain.expect(Self.prompt))
        leave(plain)
    }

    @Test func initFileFromXDGConfigAndItsErrors() throws {
        let home = Claimq.temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/config/claimq", withIntermediateDirectories: true)
        try "show 999\n".write(toFile: home + "/config/claimq/init.cq", atomically: true, encoding: .utf8)
        let term = PseudoTerminal(home: home, environment: ["XDG_CONFIG_HOME": home + "/config"])
        #expect(term.expect("\(home)/config/claimq/init.cq:1:6: error: no claim #999"))
        #expect(term.expect(Self.prompt))
        leave(term)
    }

    @Test func historyCommandListsEntries() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("count claims where id = 4\r")
        #expect(term.expect(Self.prompt))
        term.send("count claims where id = 5\r")
        #expect(term.expect(Self.prompt))
        term.send(".history 2\r")
        #expect(term.expect("    2  count claims where id = 5"))
        #expect(term.expect("    3  .history 2"))
        #expect(term.expect(Self.prompt))
        leave(term)
    }
}
