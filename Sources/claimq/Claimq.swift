import ArgumentParser
import ClaimShell

/// The command line: flags only. Everything else happens in ClaimShell.
struct Claimq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimq",
        abstract: "Query the claims a news article makes.",
        discussion: """
        With no ARTICLE, claimq loads the sample article built into it. At a terminal it \
        shows a prompt; otherwise it reads queries from stdin, -f or -c.

        Examples:
          claimq                                   the prompt, over the built-in sample
          claimq -c 'sum refusals where state = "CA"'
          claimq --format json -c 'list claims' -c 'count claims'
          claimq story.txt < checks.cq             another article, queries from a file
          claimq -f checks.cq --bail               stop at the first failing statement
          #!/usr/bin/env -S claimq -f              first line of an executable script
          claimq extract story.txt > story.claims.json   a draft claims file to correct
          claimq extract --quantities story.txt    every quantity mention, as JSON lines

        Files: history in $CLAIMQ_HISTORY, else $XDG_STATE_HOME/claimq/history, else \
        ~/.claimq_history; the init file $XDG_CONFIG_HOME/claimq/init.cq, else ~/.claimqrc.

        Exit status: 0 all good, 1 a statement failed, 2 bad usage, 3 the article or \
        claims file could not be loaded.
        """,
        version: ClaimqVersion.string
    )

    @Argument(help: "Articles NAME.txt (claims from NAME.claims.json beside each, else extracted from the text), or folders of them.")
    var articles: [String] = []

    // Values are taken whatever they start with: `-c '-1 + 2'` is a query, not an option.
    @Option(name: .customShort("c"), parsing: .unconditionalSingleValue, help: ArgumentHelp("Run QUERY and exit; repeat -c for several (run after -f).", valueName: "QUERY"))
    var commands: [String] = []

    @Option(name: .customShort("f"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("Run the queries in FILE and exit; repeat -f for several, run in order.", valueName: "FILE"))
    var files: [String] = []

    @Option(help: "How results are written: table, box, csv, tsv, json, markdown or line.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("The articles' date, for \"yesterday\" or \"last year\" (else each article's dateline).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("max-article-bytes"),
            help: ArgumentHelp("Refuse articles larger than this (default 67108864, 64 MiB).", valueName: "BYTES"))
    var maxArticleBytes: Int = ShellOptions.defaultMaxArticleBytes

    @Flag(help: "Show no progress bar while articles load.")
    var quiet = false

    @Flag(help: "Stop at the first statement that fails.")
    var bail = false

    @Flag(name: .customLong("no-history"), help: "Neither read nor write the history file.")
    var noHistory = false

    @Option(name: .customLong("db"), help: ArgumentHelp("Answer from this PostgreSQL database (postgresql://USER@HOST/DB; else $CLAIMQ_DATABASE_URL when no ARTICLE is given) instead of articles.", valueName: "URL"))
    var database: String?

    @Flag(name: .customLong("no-init"), help: "Do not run the init file ($XDG_CONFIG_HOME/claimq/init.cq or ~/.claimqrc) at the prompt.")
    var noInit = false

    mutating func validate() throws {
        guard maxArticleBytes > 0 else { throw ValidationError("--max-article-bytes must be a positive number of bytes") }
    }

    var options: ShellOptions {
        var o = ShellOptions()
        o.articles = articles
        o.commands = commands
        o.scriptFiles = files
        o.format = format
        o.date = date
        o.bail = bail
        o.quiet = quiet
        o.maxArticleBytes = maxArticleBytes
        o.history = !noHistory
        o.initFile = !noInit
        o.database = database
        return o
    }
}

extension OutputFormat: ExpressibleByArgument {}
