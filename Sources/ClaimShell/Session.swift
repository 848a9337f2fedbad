import ClaimExtraction
import ClaimQuery
import ClaimSQL
import ClaimStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One claimq session: a store, output settings, and whether anything has failed.
/// Both the prompt and scripts hand it complete pieces of input to run.
public final class Session {
    public internal(set) var store: ClaimStore {
        didSet { evaluator = Evaluator(store: store) }   // `why` explains answers from this store only
    }
    /// Runs statements, and owns what `why` explains: the claims behind the last answer.
    private var evaluator: Evaluator
    /// With `--db`, statements are answered by the database instead of the store.
    public var database: SQLEvaluator?
    public var format: OutputFormat
    public var bail: Bool
    /// Colour and highlighting, only at a terminal.
    public var colour: Bool
    /// Header rows in tables, CSV and TSV.
    public var headers = true
    /// `.maxwidth N`: the width tables fit (0 for none); nil follows the terminal.
    public var maxWidth: Int?

    /// The width tables are fitted to: `.maxwidth`, else the terminal's (not a pipe's or a file's).
    var tableWidth: Int? {
        if let maxWidth { return maxWidth == 0 ? nil : maxWidth }
        return console.outputColumns
    }
    /// Print how long each statement took (on stderr).
    public var timer = false
    /// `.sql on`: print the SQL each statement compiles to (on stderr).
    public var showSQL = false {
        didSet { database?.echo = showSQL ? { [console] in console.err("sql: \($0);\n") } : nil }
    }
    /// At a prompt, diagnostics leave out `SOURCE:LINE:COLUMN`, and strings may run
    /// on to the next line.
    public var interactive: Bool
    public let console: Console
    /// The entries of the prompt's history, oldest first (nil in scripts).
    public var history: (() -> [String])?
    public private(set) var failed = false
    public internal(set) var quitRequested = false
    /// No progress bar while `.load` runs (`--quiet`).
    public var quiet = false
    /// The largest article `.load` reads.
    public var maxArticleBytes = ArticleLoader.defaultMaxBytes
    /// How deep `.read` has nested scripts, to stop a script that reads itself.
    var readDepth = 0

    public init(store: ClaimStore, console: Console, format: OutputFormat = .table,
                bail: Bool = false, colour: Bool = false, interactive: Bool = false) {
        self.store = store
        evaluator = Evaluator(store: store)
        self.console = console
        self.format = format
        self.bail = bail
        self.colour = colour
        self.interactive = interactive
    }

    /// True when the session should read no more input: `.quit`, or a failure under `--bail`.
    /// Also when no one reads the results any more (`| head -1`).
    /// Also when no one reads the results any more (`| head -1`), and after Ctrl-C.
    public var shouldStop: Bool { quitRequested || (bail && failed) || console.readerGone || Interruption.requested }

    /// Runs a complete piece of input: one dot-command, or statements separated by `;`.
    public func execute(_ source: SourceText) {
        if DotCommand.isDotCommand(source.text) {
            DotCommand.run(source, in: self)
        } else {
            for parsed in Parser.parse(source, stringsSpanLines: interactive) {
                if shouldStop { break }   // after Ctrl-C too: the rest of the line does not run
                switch parsed {
                case .failure(let diagnostic): report(diagnostic, in: source)
                case .success(let statement): run(statement, in: source)
                }
            }
        }
        console.flush()
        if let failure = console.takeWriteFailure() { report(failure) }
    }

    private func run(_ statement: Statement, in source: SourceText) {
        let start = timer ? Self.now() : 0
        if showSQL && database == nil {   // (a database echoes each query as it sends it)
            let queries = try? SQLCompiler(dialect: .postgres).compile(statement, in: source, previous: evaluator.previousClaims)
            for query in queries ?? [] { console.err("sql: \(query);\n") }
        }
        do throws(Diagnostic) {
            let result = if database != nil { try database!.answer(statement, in: source) } else { try evaluator.answer(statement, in: source) }
            console.out(format.render(result, RenderOptions(colour: colour, headers: headers, maxWidth: tableWidth)))
            if format != .json {   // JSON carries them in "warnings", every one
                let warnings = result.warnings
                for warning in warnings.prefix(Self.warningsShown) { console.err(label("warning", colourCode: "33") + Visible.text(warning) + "\n") }
                if warnings.count > Self.warningsShown {
                    console.err(label("warning", colourCode: "33") + "… and \(warnings.count - Self.warningsShown) more warnings (--format json lists them all)\n")
                }
            }
        } catch {
            report(error, in: source)
        }
        if timer { console.err("time: \(NumberText.format((Self.now() - start) * 1000, decimals: 3)) ms\n") }
    }

    /// Reports a diagnostic on stderr: as text with the line and a caret, or as a
    /// JSON object when results are JSON.
    func report(_ diagnostic: Diagnostic, in source: SourceText) {
        if diagnostic.severity == .error { failed = true }
        if format == .json {
            console.err(JSONRenderer().render(error: diagnostic, in: source))
        } else {
            let atPrompt = interactive && source.name == InteractiveRunner.sourceName
            console.err(DiagnosticRenderer(showLocation: !atPrompt, colour: colour).render(diagnostic, in: source))
        }
    }

    /// The most warnings written out for one statement (a sum by state over thousands
    /// of states would otherwise bury its answer).
    static let warningsShown = 10

    /// A problem that is not about a place in a query (a file that cannot be read).
    func report(_ message: String) {
        failed = true
        if format == .json {
            console.err(JSONRenderer().render(errorMessage: message))
        } else {
            console.err(label("error", colourCode: "1;31") + Visible.text(message) + "\n")
        }
    }

    /// "warning: ", in colour at a terminal.
    private func label(_ word: String, colourCode: String) -> String {
        colour ? "\u{1B}[\(colourCode)m\(word):\u{1B}[0m " : "\(word): "
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
