import ArgumentParser
import ClaimShell

/// `claimq extract --quantities ARTICLE.txt`: what extraction finds in an article.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what claimq finds in an article's text.",
        discussion: """
        Prints a draft claims file (the format of NAME.claims.json) for a person to correct and \
        save beside the article. With --quantities, every quantity mention instead, as JSON lines: \
        paragraph, sentence, offsets (in Unicode scalars), surface, value, high (for a range), qualifier, \
        change and unit.
        """
    )

    @Flag(help: "Print every quantity mention, one JSON object per line.")
    var quantities = false

    @Option(help: ArgumentHelp("The article's date, for \"yesterday\" or \"last year\" (else its dateline).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("max-article-bytes"),
            help: ArgumentHelp("Refuse articles larger than this (default 67108864, 64 MiB).", valueName: "BYTES"))
    var maxArticleBytes: Int = ShellOptions.defaultMaxArticleBytes

    @Flag(help: "Show no progress bar while extracting.")
    var quiet = false

    @Argument(help: "The article, a UTF-8 text file.")
    var article: String

}
