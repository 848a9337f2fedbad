import ClaimQuery
import ClaimStore

/// One claimq session: a store, output settings, and whether anything has failed.
/// Both the prompt and scripts hand it complete pieces of input to run.
public final class Session {
    public internal(set) var store: ClaimStore
    public var format: OutputFormat
    public var bail: Bool
    /// Colour and highlighting, only at a terminal.
    public var colour: Bool
    /// Header rows in tables, CSV and TSV.
    public var headers = true
    /// At a prompt, diagnostics leave out `SOURCE:LINE:COLUMN`.
    public var interactive: Bool
    public let console: Console
    public private(set) var failed = false
    /// The claims behind the last answer, for `why`.
    private var lastClaims: [Int] = []
    public internal(set) var quitRequested = false

    public init(store: ClaimStore, console: Console, format: OutputFormat = .table,
                bail: Bool = false, colour: Bool = false, interactive: Bool = false) {
        self.store = store
        self.console = console
        self.format = format
        self.bail = bail
        self.colour = colour
        self.interactive = interactive
    }

    /// True when the session should read no more input: `.quit`, or a failure under `--bail`.
    public var shouldStop: Bool { quitRequested || (bail && failed) }

    /// Runs a complete piece of input: one dot-command, or statements separated by `;`.
    public func execute(_ source: SourceText) {
        if DotCommand.isDotCommand(source.text) {
            DotCommand.run(source, in: self)
            return
        }
        var evaluator = Evaluator(store: store)
        for parsed in Parser.parse(source) {
            if shouldStop { return }
            switch parsed {
            case .failure(let diagnostic):
                report(diagnostic, in: source)
            case .success(let statement):
                do throws(Diagnostic) {
                    evaluator.previousClaims = lastClaims
                    let result = try evaluator.run(statement, in: source)
                    console.out(format.render(result, RenderOptions(colour: colour, headers: headers)))
                    if format != .json {   // JSON carries them in "warnings"
                        for warning in result.warnings { console.err("warning: \(warning)\n") }
                    }
                    if !result.sourceClaims.isEmpty { lastClaims = result.sourceClaims }
                } catch {
                    report(error, in: source)
                }
            }
        }
        console.flush()
    }

    func report(_ diagnostic: Diagnostic, in source: SourceText) {
        if diagnostic.severity == .error { failed = true }
        console.err(DiagnosticRenderer(showLocation: !interactive).render(diagnostic, in: source))
    }
}
