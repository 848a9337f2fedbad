import ClaimQuery
import ClaimSQL

/// `claimq sql [--dialect D] STATEMENT…`: the SQL each statement compiles to, one
/// query a line, ended by ";" (arithmetic: one per aggregate, in order). A statement that cannot compile is reported as it
/// would be at the prompt, and the run exits 1.
public enum SQLCommand {
    public static func run(_ statements: [String], dialect: SQLDialect) -> Int32 {
        let console = StandardConsole()
        var status = ExitStatus.ok
        for (k, text) in statements.enumerated() {
            let source = SourceText(name: "<statement \(k + 1)>", text: text)
            for parsed in Parser.parse(source) {
                do throws(Diagnostic) {
                    let statement = try parsed.get()
                    for query in try SQLCompiler(dialect: dialect).compile(statement, in: source) { console.out(query + ";\n") }
                } catch {
                    console.err(DiagnosticRenderer().render(error, in: source))
                    status = ExitStatus.statementFailed
                }
            }
        }
        return console.finish() ? status : max(status, ExitStatus.statementFailed)
    }
}
