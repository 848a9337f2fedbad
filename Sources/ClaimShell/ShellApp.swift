import ClaimExtraction
import ClaimSQL
import ClaimStore
import LineEditor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the command line asked for, already parsed by the executable.
public struct ShellOptions {
    /// Articles (or folders of them) to load; none means the built-in sample.
    public var articles: [String] = []
    public var commands: [String] = []
    /// `-f` files, run in order before the `-c` commands.
    public var scriptFiles: [String] = []
    public var format: OutputFormat = .table
    public var bail = false
    public var history = true
    /// Run the init file before the prompt appears.
    public var initFile = true
    /// The articles' date, "YYYY-MM-DD", for relative times (else each article's dateline).
    public var date: String?
    /// The largest article file to read (`--max-article-bytes`).
    public var maxArticleBytes = defaultMaxArticleBytes
    /// No progress bar while loading (`--quiet`).
    public var quiet = false
    /// `--db URL` (or CLAIMQ_DATABASE_URL): answer from this PostgreSQL database.
    public var database: String?
    public static let defaultMaxArticleBytes = ArticleLoader.defaultMaxBytes

    public init() {}
}

public enum ClaimqVersion {
    public static let string = "0.3.0"
}

/// Exit statuses, as the README documents them.
public enum ExitStatus {
    public static let ok: Int32 = 0
    public static let statementFailed: Int32 = 1
    public static let usage: Int32 = 2
    public static let loadFailed: Int32 = 3
}

/// Loads the store, picks the mode (prompt when stdin and stdout are terminals,
/// script otherwise) and runs it. Returns the exit status.
public enum ShellApp {
    public static func run(_ options: ShellOptions) -> Int32 {
        let console = StandardConsole()
        let status = run(options, console)
        // Results that could not all be written fail the run, whatever else went well.
        return console.finish() ? status : max(status, ExitStatus.statementFailed)
    }

    private static func run(_ options: ShellOptions, _ console: StandardConsole) -> Int32 {
        if let url = options.database { return runOnDatabase(url, options, console) }
        let store: ClaimStore
        let date = options.date.flatMap(Day.init)
        if let text = options.date, date == nil {
            console.err("claimq: error: --date \"\(text)\" is not a date written YYYY-MM-DD\n")
            return ExitStatus.usage
        }
        let bar = ProgressBar.make("loading", quiet: options.quiet)
        let progress: ArticleLoader.Progress? = bar.map { bar in { bar.update(done: $0, total: $1) } }
        do throws(LoadError) {
            switch options.articles.count {
            case 0: store = try ArticleLoader.loadSample()
            case 1: store = try ArticleLoader.load(path: options.articles[0], date: date, maxBytes: options.maxArticleBytes, progress: progress)
            default: store = try ArticleLoader.load(paths: options.articles, date: date, maxBytes: options.maxArticleBytes, progress: progress)
            }
            bar?.finish()
        } catch {
            bar?.finish()
            console.err("claimq: error: \(Visible.text(error.description))\n")
            return ExitStatus.loadFailed
        }
        let session = Session(store: store, console: console, format: options.format, bail: options.bail)
        session.maxArticleBytes = options.maxArticleBytes
        session.quiet = options.quiet

        if !options.scriptFiles.isEmpty || !options.commands.isEmpty {
            return runScripts(options, session)
        }
        return runInput(options, session, describe(store))
    }

    /// The prompt when stdin and stdout are terminals, else the statements on stdin.
    private static func runInput(_ options: ShellOptions, _ session: Session, _ description: String) -> Int32 {
        if isatty(0) == 1 && isatty(1) == 1 {
            runInteractive(options, session, description)
            return ExitStatus.ok
        }
        let reader = LineReader(fd: 0)
        ScriptRunner.run(session, sourceName: "<stdin>") { reader.next() }
        if let failure = reader.failure { session.report("<stdin>: " + failure) }
        return session.failed ? ExitStatus.statementFailed : ExitStatus.ok
    }

    /// `claimq --db URL`: statements answered by PostgreSQL (articles are not loaded).
    private static func runOnDatabase(_ text: String, _ options: ShellOptions, _ console: StandardConsole) -> Int32 {
        let database: ClaimDatabase
        do throws(DatabaseError) {
            database = try ClaimDatabase.connect(try DatabaseURL(text))
        } catch {
            console.err("claimq: error: \(Visible.text(error.description))\n")
            return ExitStatus.loadFailed
        }
        defer { database.close() }
        let session = Session(store: ClaimStore(claims: []), console: console, format: options.format, bail: options.bail)
        session.database = SQLEvaluator(database: database)
        if !options.scriptFiles.isEmpty || !options.commands.isEmpty { return runScripts(options, session) }
        return runInput(options, session, describe(database))
    }

    /// "postgresql://ann:****@db/claims: 41 claims of 3 articles".
    static func describe(_ database: ClaimDatabase) -> String {
        let counts = try? database.rows("SELECT count(*), count(DISTINCT article) FROM claims").first
        guard let claims = counts?[0].int, let articles = counts?[1].int else { return "\(database.url) (no claims table yet)" }
        return "\(database.url): \(Words.number(Double(claims))) claims of \(Words.number(Double(articles))) \(articles == 1 ? "article" : "articles")"
    }

    private static func runScripts(_ options: ShellOptions, _ session: Session) -> Int32 {
        for path in options.scriptFiles where !session.shouldStop {
            do throws(LoadError) {
                let text = try TextFile.contents(of: path, lenient: true, limit: TextFile.scriptLimit, regularOnly: false, kind: .script)
                ScriptRunner.run(session, sourceName: path, text: text)
            } catch {
                session.console.err("claimq: error: cannot read script \(error)\n")
                return ExitStatus.usage
            }
        }
        for command in options.commands where !session.shouldStop {
            ScriptRunner.run(session, sourceName: "<command>", text: command)
        }
        return session.failed ? ExitStatus.statementFailed : ExitStatus.ok
    }

    private static func runInteractive(_ options: ShellOptions, _ session: Session, _ description: String) {
        session.interactive = true
        session.bail = false
        session.colour = ColourPolicy.allowed()
        let editor = LineEditor(program: "claimq", historyPath: options.history ? HistoryLocation.path() : nil)
        session.console.out("claimq \(ClaimqVersion.string) — \(description). .help for help, Ctrl-D to leave.\n")
        if options.initFile, let path = InitFile.path() {
            runInitFile(path, session)
        }
        InteractiveRunner.run(session, editor: editor)
        session.console.flush()
    }

    /// "sanctuary-ice-detainers, 18 claims", "3 articles, 41 claims (12 extracted from the text)".
    static func describe(_ store: ClaimStore) -> String {
        let c = store.columns
        let articles = c.articles.names
        let name = articles.count == 1 ? Visible.text(articles[0]) : "\(articles.count) articles"
        var text = "\(name), \(Words.number(Double(c.count))) claims"
        let isExtracted = articles.map(store.extracted.contains)
        let extracted = c.article.reduce(0) { $0 + (isExtracted[Int($1)] ? 1 : 0) }
        if extracted > 0 { text += " (\(extracted == c.count ? "all" : String(extracted)) extracted from the text, not curated)" }
        return text
    }

    /// The init file's statements and dot-commands run as a script would, errors
    /// reported with its path; a missing file is no error.
    private static func runInitFile(_ path: String, _ session: Session) {
        do throws(LoadError) {
            guard let text = try TextFile.contentsIfPresent(of: path, lenient: true, limit: TextFile.scriptLimit,
                                                            regularOnly: false, kind: .script) else { return }
            ScriptRunner.run(session, sourceName: path, text: text)
            session.quitRequested = false
        } catch {
            session.report("cannot read init file \(error)")
        }
        session.console.flush()
    }
}

/// Where history lives: $CLAIMQ_HISTORY, else $XDG_STATE_HOME/claimq/history,
/// else ~/.claimq_history.
enum HistoryLocation {
    static func path() -> String? {
        if let explicit = environment("CLAIMQ_HISTORY") { return explicit }
        if let state = environment("XDG_STATE_HOME") { return state + "/claimq/history" }
        if let home = environment("HOME") { return home + "/.claimq_history" }
        return nil
    }
}

/// The init file: $XDG_CONFIG_HOME/claimq/init.cq, else ~/.claimqrc.
enum InitFile {
    static func path() -> String? {
        if let config = environment("XDG_CONFIG_HOME") { return config + "/claimq/init.cq" }
        if let home = environment("HOME") { return home + "/.claimqrc" }
        return nil
    }
}

/// Colour only at a terminal, never with NO_COLOR set or TERM=dumb.
enum ColourPolicy {
    static func allowed() -> Bool {
        environment("NO_COLOR") == nil && environment("TERM") != "dumb" && isatty(1) == 1
    }
}

/// A non-empty environment variable.
func environment(_ name: String) -> String? {
    guard let raw = getenv(name) else { return nil }
    let value = String(cString: raw)
    return value.isEmpty ? nil : value
}
