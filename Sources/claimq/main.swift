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
        exit(extract.quantities ? QuantityReport.run(path: extract.article, maxBytes: extract.maxArticleBytes)
                                : QuantityReport.draft(path: extract.article, date: extract.date, maxBytes: extract.maxArticleBytes))
    } catch {
        let code = Extract.exitCode(for: error)
        var standardError = StandardError()
        print(Extract.fullMessage(for: error), to: &standardError)
        exit(code == .success ? ExitStatus.ok : ExitStatus.usage)
    }
}
let forceArgumentParser = getenv("CLAIMQ_ARGUMENT_PARSER").map { String(cString: $0) == "1" } ?? false
if !forceArgumentParser, let options = QuickArguments.parse(arguments) {
    exit(ShellApp.run(options))
}
do {
    let claimq = try Claimq.parse()
    exit(ShellApp.run(claimq.options))
} catch {
    let code = Claimq.exitCode(for: error)
    if code == .success {
        print(Claimq.fullMessage(for: error))
        exit(ExitStatus.ok)
    }
    var standardError = StandardError()
    print(Claimq.fullMessage(for: error), to: &standardError)
    print("Run 'claimq --help' for usage.", to: &standardError)
    exit(ExitStatus.usage)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        string.utf8CString.withUnsafeBufferPointer { writeToStandardError($0.baseAddress, $0.count - 1) }
    }
}

/// write(2) to stderr, named by the platform's C module (the method above shadows it).
private func writeToStandardError(_ bytes: UnsafePointer<CChar>?, _ count: Int) {
    #if canImport(Glibc)
    _ = Glibc.write(2, bytes, count)
    #elseif canImport(Darwin)
    _ = Darwin.write(2, bytes, count)
    #endif
}
