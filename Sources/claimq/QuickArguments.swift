import ClaimShell

/// A fast path for the plain command lines scripts run in loops (`claimq -c …`,
/// `claimq ARTICLE -f FILE --format json`). ArgumentParser finds its options by
/// reflection, which costs more at start-up than the query itself; these lines need
/// none of it. Anything else — help, version, `--format=json`, an unknown or
/// malformed option — returns nil and goes to ArgumentParser, which owns usage and
/// its errors. An end-to-end test runs the same command lines both ways
/// (CLAIMQ_ARGUMENT_PARSER=1 forces the slow path) and expects the same results.
enum QuickArguments {
    static func parse(_ arguments: [String]) -> ShellOptions? {
        var options = ShellOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "-c":
                guard let query = rest.popFirst() else { return nil }
                options.commands.append(query)
            case "-f":
                guard let file = rest.popFirst() else { return nil }
                options.scriptFiles.append(file)
            case "--format":
                guard let name = rest.popFirst(), let format = OutputFormat(rawValue: name) else { return nil }
                options.format = format
            case "--date":
                guard let date = rest.popFirst() else { return nil }
                options.date = date
            case "--max-article-bytes":
                guard let text = rest.popFirst(), let bytes = Int(text), bytes > 0 else { return nil }
                options.maxArticleBytes = bytes
            case "--db":
                guard let url = rest.popFirst() else { return nil }
                options.database = url
            case "--bail": options.bail = true
            case "--quiet": options.quiet = true
            case "--no-history": options.history = false
            case "--no-init": options.initFile = false
            default:
                guard !argument.hasPrefix("-") else { return nil }
                options.articles.append(argument)
            }
        }
        return options
    }
}
