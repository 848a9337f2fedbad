import Testing
import ClaimQuery
@testable import ClaimShell

/// Every example `.help` shows must be a statement claimq accepts.
@Suite struct HelpTests {
    static let texts = [HelpText.overview] + HelpText.topics.keys.sorted().map { HelpText.topics[$0]! }

    @Test func everyHelpExampleParses() {
        var examples = 0
        for text in Self.texts {
            for line in text.split(separator: "\n") {
                guard let range = line.range(of: "e.g. ") else { continue }
                let example = String(line[range.upperBound...])
                examples += 1
                if example.hasPrefix(".") {
                    let name = DotWords(SourceText(name: "help", text: example)).list[0]
                    #expect((try? DotCommand.resolve(name)) != nil, "\(example)")
                    continue
                }
                for result in Parser.parse(SourceText(name: "help", text: example)) {
                    if case .failure(let d) = result { Issue.record("\(example): \(d.message)") }
                }
            }
        }
        #expect(examples >= 12)
    }

    @Test func everyStatementHasATopic() {
        for topic in ["sum", "count", "by", "arithmetic", "list", "show", "why", "check", "timeline", "where"]
            + DotCommand.allCases.map(\.rawValue) {
            #expect(HelpText.topics[topic] != nil, "\(topic)")
            #expect(HelpText.text(topic: topic) != HelpText.overview)
        }
        #expect(HelpText.text(topic: ".mode") == HelpText.topics["mode"])
        #expect(HelpText.text(topic: "nonsense") == HelpText.overview)
    }
}
