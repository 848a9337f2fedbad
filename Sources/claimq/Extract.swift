import ArgumentParser
import ClaimShell

/// `claimq extract --quantities ARTICLE.txt`: what extraction finds in an article.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what claimq finds in an article's text.",
        discussion: "With --quantities, every quantity mention as a JSON line: paragraph, sentence, character offsets, surface, value, high (for a range), qualifier, change and unit."
    )

    @Flag(help: "Print every quantity mention, one JSON object per line.")
    var quantities = false

    @Argument(help: "The article, a UTF-8 text file.")
    var article: String

    func validate() throws {
        guard quantities else { throw ValidationError("extract needs --quantities (drafting a claims file is not built yet)") }
    }
}
