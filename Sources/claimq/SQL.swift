import ArgumentParser
import ClaimSQL

/// `claimq sql 'STATEMENT'`: the SQL a statement compiles to.
struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the SQL that claimq statements compile to.",
        discussion: """
        Each statement becomes one query over a relation named claims with the columns of \
        sql/schema.sql: the PostgreSQL table, or a view over a claims dataset \
        (sql/duckdb-view.sql). Aggregates (with 'by'), 'list' and 'show' \
        compile; arithmetic, 'check', 'why' and 'timeline' do not yet.

        Examples:
          claimq sql 'sum refusals where state = "CA"'
          claimq sql --dialect duckdb 'count claims by country'
        """
    )

    @Option(help: ArgumentHelp("The SQL engine: postgres or duckdb.", valueName: "NAME"))
    var dialect: SQLDialect = .postgres

    @Argument(help: "Statements in claimq's language.")
    var statements: [String] = []

    func validate() throws {
        guard !statements.isEmpty else { throw ValidationError("Missing expected argument '<statements> ...'") }
    }
}

extension SQLDialect: ExpressibleByArgument {}
