import Foundation
import Testing
import ClaimqTestHelpers

/// What every test at the prompt does first and last.
extension EndToEndTests {
    static let prompt = "claimq> "

    /// The banner and then the first prompt appeared.
    func started(_ term: PseudoTerminal) -> Bool {
        term.expect("claims. .help for help") && term.expect(Self.prompt)
    }

    /// Ctrl-D at the prompt ends claimq with status 0.
    func leave(_ term: PseudoTerminal) {
        term.send("\u{04}")
        #expect(term.waitForExit() == 0)
    }
}
