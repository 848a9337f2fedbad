import Foundation
import Testing
import ClaimqTestHelpers

/// claimq.1 documents every option `claimq --help` lists, and every dot-command.
extension EndToEndTests {
    @Test func theManPageCoversEveryOptionAndCommand() throws {
        let root = Repository.root
        let page = try String(contentsOf: root.appendingPathComponent("claimq.1"), encoding: .utf8)
            .replacingOccurrences(of: "\\-", with: "-")
        let help = Claimq.run(["--help"]).stdout
        let options = help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "]" || $0 == "[" })
            .filter { $0.hasPrefix("--") || ($0.hasPrefix("-") && $0.count == 2) }
        #expect(Set(options).count >= 8)
        for option in Set(options) {
            #expect(page.contains(String(option)), "claimq.1 does not mention \(option)")
        }
        let commands = Claimq.run([], input: Array(".help\n".utf8)).stdout
        for command in ["help", "mode", "headers", "maxwidth", "load", "read", "output", "fields", "metrics", "sources", "timer", "bail", "history", "quit", "exit"] {
            #expect(page.contains(".\(command)"), "claimq.1 does not mention .\(command)")
            #expect(commands.contains(".\(command)"), ".help does not mention .\(command)")
        }
    }
}
