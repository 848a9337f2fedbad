import Foundation
import Testing
import ClaimqTestHelpers

/// Tables at a terminal fit its width; pipes get them whole; `.mode line` shows everything.
extension EndToEndTests {
    /// The lines printed between the command echoed at the prompt and the next prompt.
    private func tableLines(_ term: PseudoTerminal, after command: String) -> [String] {
        term.send(command + "\r")
        #expect(term.expect("claims)\r\n"))
        let text = term.output
        guard let start = text.range(of: command + "\r\n", options: .backwards),
              let end = text.range(of: "claims)\r\n", options: .backwards) else { return [] }
        return text[start.upperBound..<end.upperBound].components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test(arguments: [60, 120])
    func aTableFitsTheWindow(_ columns: Int) {
        let term = PseudoTerminal(columns: UInt16(columns))
        #expect(started(term))
        let lines = tableLines(term, after: "list claims")
        #expect(lines.count == 21, "header, rule, 18 claims and the count")
        for line in lines { #expect(line.count <= columns, "\(line.count) > \(columns): \(line)") }
        #expect(lines.contains { $0.contains("29,269 requests") }, "values are never shortened")
        #expect(term.expect(Self.prompt))
        leave(term)
    }

    @Test func lineModeShowsEveryFieldInFull() {
        let term = PseudoTerminal(columns: 60)
        #expect(started(term))
        term.send(".mode line\r")
        #expect(term.expect(Self.prompt))
        term.send("list claims where id = 5\r")
        let quote = "From January 2014 to May 2017, approximately 675 jurisdictions nationwide refused to honor more than 29,269 ICE immigration detainer requests."
        #expect(term.expect("      quote = " + quote + "\r\n"))
        #expect(term.expect("   sentence = 1\r\n"))
        #expect(term.expect(Self.prompt))
        leave(term)
    }

    @Test func maxWidthOverridesAndPipesGetWholeTables() {
        let whole = Claimq.run([], input: Array("list claims where id = 5\n".utf8))
        #expect(whole.stdout.contains("  DHS OIG\n"), "a pipe gets the whole table")
        let cut = Claimq.run([], input: Array(".maxwidth 40\nlist claims where id = 5\n.maxwidth 0\nlist claims where id = 18\n".utf8))
        let lines = cut.stdout.split(separator: "\n")
        #expect(lines.prefix { !$0.hasPrefix("(1 claim)") }.allSatisfy { $0.count <= 40 }, "\(lines)")
        #expect(cut.stdout.contains("columns not shown: "), "what did not fit is named")
        #expect(cut.stdout.contains("Center for Security Policy"), ".maxwidth 0 lifts the limit")
        let bad = Claimq.run([], input: Array(".maxwidth wide\n".utf8))
        #expect(bad.stderr.contains("'wide' is not a width"))
    }
}
