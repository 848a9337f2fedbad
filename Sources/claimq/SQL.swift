import ArgumentParser
import ClaimSQL

/// `claimq sql 'STATEMENT'`: the SQL a statement compiles to.
struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the SQL that claimq statements compile to.",
        discussion: """
        Each statement becomes a query over a relation named claims with the columns of \
        sql/schema.sql: the PostgreSQL table, or a view over a claims dataset \
        (sql/duckdb-view.sql, sql/spark-view.sql). Arithmetic becomes one query per \
        aggregate, which claimq combines; 'why' needs a session's previous answer.

        Examples:
          claimq sql 'sum refusals where state = "CA"'
          claimq sql --dialect duckdb 'count claims by country'
          claimq sql --dialect spark 'sum deaths / count deaths'
        """
    )

    @Option(help: ArgumentHelp("The SQL engine: postgres, duckdb or spark.", valueName: "NAME"))
    var dialect: SQLDialect = .postgres

    @Argument(help: "Statements in claimq's language.")
    var statements: [String] = []

    func validate() throws {
        guard !statements.isEmpty else { throw ValidationError("Missing expected argument '<statements> ...'") }
    }
}

extension SQLDialect: ExpressibleByArgument {}
