import ArgumentParser
import ClaimShell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#else
#error("claimq is written for Linux (Glibc) and macOS (Darwin); see Package.swift's platforms")
#endif

// Plain command lines skip ArgumentParser (see QuickArguments); the rest go to it.
// Usage errors exit with 2 (ArgumentParser's own default is 64); --help and
// --version exit 0.
let arguments = Array(CommandLine.arguments.dropFirst())
/// Parses a subcommand's arguments (after its name) and runs it; a usage error or
/// --help is reported as ArgumentParser words it.
func runSubcommand<Command: ParsableCommand>(_ type: Command.Type, _ run: (Command) -> Int32) -> Never {
    let command: Command
    do { command = try Command.parse(Array(arguments.dropFirst())) } catch {
        exit(report(Command.fullMessage(for: error), isHelp: Command.exitCode(for: error) == .success))
    }
    exit(run(command))
}
switch arguments.first {
case "extract":
    runSubcommand(Extract.self) { extract in
        if let format = extract.export {
            return ClaimsExport.run(paths: extract.articles, format: format, jobs: extract.jobs, date: extract.date,
                                    maxBytes: extract.maxArticleBytes, quiet: extract.quiet)
        }
        return extract.quantities ? QuantityReport.run(path: extract.article, maxBytes: extract.maxArticleBytes, quiet: extract.quiet)
            : QuantityReport.draft(path: extract.article, date: extract.date, maxBytes: extract.maxArticleBytes, quiet: extract.quiet)
    }
case "import":
    runSubcommand(Import.self) {
        ImportCommand.run(database: $0.database, paths: $0.sources, quiet: $0.quiet, maxArticleBytes: $0.maxArticleBytes)
    }
case "sql":
    runSubcommand(SQL.self) { SQLCommand.run($0.statements, dialect: $0.dialect) }
default:
    break
}
let forceArgumentParser = getenv("CLAIMQ_ARGUMENT_PARSER").map { String(cString: $0) == "1" } ?? false
/// `--db`, else CLAIMQ_DATABASE_URL when no article is named.
func withDatabase(_ options: ShellOptions) -> ShellOptions {
    var options = options
    if options.database == nil, options.articles.isEmpty, let url = getenv("CLAIMQ_DATABASE_URL") { options.database = String(cString: url) }
    return options
}
if !forceArgumentParser, let options = QuickArguments.parse(arguments) {
    exit(ShellApp.run(withDatabase(options)))
}
do {
    let claimq = try Claimq.parse()
    exit(ShellApp.run(withDatabase(claimq.options)))
} catch {
    let isHelp = Claimq.exitCode(for: error) == .success
    exit(report(Claimq.fullMessage(for: error) + (isHelp ? "" : "\nRun 'claimq --help' for usage."), isHelp: isHelp))
}

/// Help and version go to stdout (exit 0, or 1 when they cannot be written), usage
/// errors to stderr (exit 2).
func report(_ message: String, isHelp: Bool) -> Int32 {
    let console = StandardConsole()
    if isHelp { console.out(message + "\n") } else { console.err(message + "\n") }
    let written = console.finish()
    return isHelp ? (written ? ExitStatus.ok : ExitStatus.statementFailed) : ExitStatus.usage
}
