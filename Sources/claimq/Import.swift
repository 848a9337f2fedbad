import ArgumentParser
import ClaimShell

/// `claimq import --db URL SOURCES…`: claims into PostgreSQL.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import claims into a PostgreSQL database.",
        discussion: """
        SOURCES are what claimq loads: articles (with their claims files, else extracted), \
        folders of them, or claims datasets. The schema (sql/schema.sql) is created when \
        missing; articles go in batches of about 20,000 claims, one transaction each, in which \
        each article's old claims are replaced by its new ones.

        Example:
          claimq import --db postgresql://postgres@localhost/claims corpus.jsonl
        """
    )

    @Option(name: .customLong("db"), help: ArgumentHelp("The database: postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE.", valueName: "URL"))
    var database: String

    @Flag(help: "Show no progress bar.")
    var quiet = false

    @Option(name: .customLong("max-article-bytes"),
            help: ArgumentHelp("Refuse articles larger than this (default 67108864, 64 MiB).", valueName: "BYTES"))
    var maxArticleBytes: Int = ShellOptions.defaultMaxArticleBytes

    @Argument(help: "Articles, folders or claims datasets.")
    var sources: [String] = []

    func validate() throws {
        guard !sources.isEmpty else { throw ValidationError("Missing expected argument '<sources> ...'") }
        guard maxArticleBytes > 0 else { throw ValidationError("--max-article-bytes must be a positive number of bytes") }
    }
}
