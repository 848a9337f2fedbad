import Foundation
import Testing
import ClaimqTestHelpers

/// claimq at a terminal, driven through a pseudo-terminal. Each step waits for the
/// prompt before typing, as a person would.
extension EndToEndTests {
    @Test func aQueryTypedIsAnswered() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("sum refusals where state = \"CA\"\r")
        #expect(term.expect("3,359 requests — 2 claims (#6, #8)"))
        #expect(term.expect(Self.prompt))
        term.send("sum refusals where stat = 1\r")
        #expect(term.expect("error: unknown field 'stat'"))
        #expect(term.expect("did you mean 'state'?"))
        leave(term)
    }

    @Test func upRecallsTheLastEntry() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("count claims where id < 4\r")
        #expect(term.expect("3 claims (#1, #2, #3)"))
        #expect(term.expect(Self.prompt))
        term.send("\u{1B}[A\r")
        #expect(term.expect("3 claims (#1, #2, #3)"), "the recalled entry ran again")
        #expect(term.expect(Self.prompt))
        leave(term)
    }

    @Test func ctrlCCancelsTheLineAndNeverExits() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("show 5\u{03}")
        #expect(term.expect("show 5^C\r\n" + Self.prompt))
        term.send("\u{03}")
        #expect(term.expect("^C\r\n" + Self.prompt), "^C on an empty line just prompts again")
        term.send("count claims where id = 2\r")
        #expect(term.expect("1 claim (#2)"))
        #expect(!term.output.contains("#5 refusals"), "the cancelled line was not run")
        leave(term)
    }

    @Test func anUnfinishedStatementContinuesAndIsOneHistoryEntry() throws {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("count claims where\r")
        #expect(term.expect("...> "))
        term.send("state = \"CA\"\r")
        #expect(term.expect("3 claims (#6, #7, #8)"))
        #expect(term.expect(Self.prompt))
        leave(term)
        let history = try String(contentsOfFile: term.home + "/history", encoding: .utf8)
        #expect(history.contains("count\\040claims\\040where\\040state\\040=\\040\"CA\"\n"))
    }

    @Test func historyIsSavedAndSurvivesARestart() throws {
        let home = Claimq.temporaryFolder()
        do {
            let term = PseudoTerminal(home: home)
            #expect(started(term))
            term.send("count claims where state is null\r")
            #expect(term.expect("15 claims"))
            #expect(term.expect(Self.prompt))
            // Saved as the entry is accepted: readable before claimq exits.
            let history = try String(contentsOfFile: home + "/history", encoding: .utf8)
            #expect(history.hasPrefix("_HiStOrY_V2_\n"))
            #expect(history.contains("count\\040claims\\040where\\040state\\040is\\040null"))
            leave(term)
        }
        let again = PseudoTerminal(home: home)
        #expect(started(again))
        again.send("\u{1B}[A\r")
        #expect(again.expect("15 claims"))
        #expect(again.expect(Self.prompt))
        leave(again)
    }

    @Test func aHistoryFileClaimqCannotReadIsLeftAlone() throws {
        let home = Claimq.temporaryFolder()
        let precious = "my notes, not a history file\n"
        try precious.write(toFile: home + "/history", atomically: true, encoding: .utf8)
        let term = PseudoTerminal(home: home)
        #expect(started(term))
        term.send("count claims where id = 1\r")
        #expect(term.expect("is not a history file claimq can read"))
        #expect(term.expect(Self.prompt))
        leave(term)
        #expect(try String(contentsOfFile: home + "/history", encoding: .utf8) == precious)
    }

    @Test func backspaceDeletesAWholeMultiByteCharacter() {
        let term = PseudoTerminal()
        #expect(started(term))
        term.send("count claims where source = \"Center for Security Policé\u{7F}y\"\r")
        #expect(term.expect("2 claims (#17, #18)"))
        #expect(term.expect(Self.prompt))
        leave(term)
    }

    @Test func noHistoryWritesNoFile() {
        let term = PseudoTerminal(arguments: ["--no-history"])
        #expect(started(term))
        term.send("count claims\r")
        #expect(term.expect("18 claims"))
        #expect(term.expect(Self.prompt))
        leave(term)
        #expect(!FileManager.default.fileExists(atPath: term.home + "/history"))
    }

    @Test func historyGoesToTheXDGStateFolderByDefault() {
        let home = Claimq.temporaryFolder()
        let term = PseudoTerminal(home: home, environment: ["CLAIMQ_HISTORY": "", "XDG_STATE_HOME": home + "/state"])
        #expect(started(term))
        term.send("count claims\r")
        #expect(term.expect("18 claims"))
        #expect(term.expect(Self.prompt))
        leave(term)
        #expect(FileManager.default.fileExists(atPath: home + "/state/claimq/history"))
    }
}
