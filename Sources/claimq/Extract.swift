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

        With --jsonl, the claims of any number of articles (or folders of them, or datasets) as a \
        claims dataset: one claim per line, the record `--format json` writes plus path, start, \
        end, extracted and relations; `claimq DATASET.jsonl` loads it without extracting again. \
        Articles are read on every core (--jobs), the lines come out in the articles' order. \
        --csv writes the same records as CSV.

        Examples:
          claimq extract --jsonl corpus/ > corpus.jsonl
          claimq corpus.jsonl -c 'count claims by country'
          duckdb -c "select metric, count(*) from read_json('corpus.jsonl') group by metric"
        """
    )

    @Flag(help: "Print every quantity mention, one JSON object per line.")
    var quantities = false

    @Flag(help: "Print every claim of the articles as a claims dataset, one JSON object per line.")
    var jsonl = false

    @Flag(help: "Print every claim of the articles as CSV, the dataset's records as columns.")
    var csv = false

    @Option(help: ArgumentHelp("Articles read at once with --jsonl or --csv (default: the number of cores).", valueName: "N"))
    var jobs: Int = ClaimsExport.cores

    @Option(help: ArgumentHelp("The article's date, for \"yesterday\" or \"last year\" (else its dateline).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("max-article-bytes"),
            help: ArgumentHelp("Refuse articles larger than this (default 67108864, 64 MiB).", valueName: "BYTES"))
    var maxArticleBytes: Int = ShellOptions.defaultMaxArticleBytes

    @Flag(help: "Show no progress bar while extracting.")
    var quiet = false

    @Argument(help: "The article, a UTF-8 text file; with --jsonl or --csv, any number of articles, folders or datasets.")
    var articles: [String] = []

    var article: String { articles[0] }

    var export: ClaimsExport.Format? { jsonl ? .jsonl : csv ? .csv : nil }

    mutating func validate() throws {
        guard [quantities, jsonl, csv].filter({ $0 }).count <= 1 else {
            throw ValidationError("choose one of --quantities, --jsonl and --csv")
        }
        guard !articles.isEmpty else { throw ValidationError("Missing expected argument '<articles> ...'") }
        guard export != nil || articles.count == 1 else {
            throw ValidationError("a draft or --quantities reads one article; use --jsonl or --csv for several")
        }
        guard jobs > 0 else { throw ValidationError("--jobs must be a positive number") }
        guard maxArticleBytes > 0 else { throw ValidationError("--max-article-bytes must be a positive number of bytes") }
    }

}
