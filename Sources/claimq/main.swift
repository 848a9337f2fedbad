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
if arguments.first == "extract" {
    do {
        let extract = try Extract.parse(Array(arguments.dropFirst()))
        if let format = extract.export {
            exit(ClaimsExport.run(paths: extract.articles, format: format, jobs: extract.jobs, date: extract.date,
                                  maxBytes: extract.maxArticleBytes, quiet: extract.quiet))
        }
        exit(extract.quantities ? QuantityReport.run(path: extract.article, maxBytes: extract.maxArticleBytes, quiet: extract.quiet)
                                : QuantityReport.draft(path: extract.article, date: extract.date, maxBytes: extract.maxArticleBytes,
                                                       quiet: extract.quiet))
    } catch {
        exit(report(Extract.fullMessage(for: error), isHelp: Extract.exitCode(for: error) == .success))
    }
}
if arguments.first == "import" {
    do {
        let command = try Import.parse(Array(arguments.dropFirst()))
        exit(ImportCommand.run(database: command.database, paths: command.sources, quiet: command.quiet,
                                 maxArticleBytes: command.maxArticleBytes))
    } catch {
        exit(report(Import.fullMessage(for: error), isHelp: Import.exitCode(for: error) == .success))
    }
}
if arguments.first == "sql" {
    do {
        let sql = try SQL.parse(Array(arguments.dropFirst()))
        exit(SQLCommand.run(sql.statements, dialect: sql.dialect))
    } catch {
        exit(report(SQL.fullMessage(for: error), isHelp: SQL.exitCode(for: error) == .success))
    }
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
