import Foundation
import Testing
import ClaimqTestHelpers
import ClaimSQL
import ClaimStore

/// `claimq import --db` and `claimq --db` against a private PostgreSQL server: the
/// same statements answered from the database and from the dataset give the same
/// output, byte for byte, errors included.
extension EndToEndTests {
    @Test func theDatabaseAnswersAsTheDatasetDoes() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let url = "postgresql://postgres@/postgres?host=\(server.folder)"
        let dir = try SQLDifferential.datasetFolder()

        let first = Claimq.run(["import", "--db", url, dir + "/claims.jsonl"], timeout: 60)
        #expect(first.status == 0 && first.stderr.contains("imported 150 claims of 4 articles"), "\(first.stderr)")
        let again = Claimq.run(["import", "--db", url, dir + "/claims.jsonl"], timeout: 60)
        #expect(again.status == 0)
        let count = server.psql(["-A", "-t", "-c", "select count(*), count(distinct article) from claims"])
        #expect(count.stdout == "150|4\n", "a second import replaces the articles' claims")

        let statements = SQLDifferential.statements() + SQLDifferential.sessionStatements()
        #expect(statements.count > 600)
        try statements.joined(separator: "\n").write(toFile: dir + "/statements.cq", atomically: true, encoding: .utf8)
        for format in ["json", "table"] {
            let database = Claimq.run(["--db", url, "--format", format, "-f", dir + "/statements.cq"], timeout: 120)
            let memory = Claimq.run([dir + "/claims.jsonl", "--format", format, "-f", dir + "/statements.cq"], timeout: 120)
            #expect(database.status == memory.status)
            #expect(database.stdout == memory.stdout, "\(format) answers")
            #expect(database.stderr == memory.stderr, "\(format) errors")
            #expect(!memory.stdout.isEmpty)
        }
    }

    /// A sum past the largest double: the server refuses it, and claimq reads the claims
    /// back to give the store's error, naming the group, as in memory.
    @Test func aSumOutOfRangeIsTheStoresError() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let url = "postgresql://postgres@/postgres?host=\(server.folder)"
        let dir = Claimq.temporaryFolder()
        var lines = JSONLines()
        for (id, value, place) in [(1, 1e308, "US-CA"), (2, 1e308, "US-CA"), (3, 5.0, "US-TX")] {
            let claim = Claim(id: id, article: "a", metric: "debt", value: value, qualifier: .exact, unit: "dollars",
                              place: Place(code: place), period: nil, source: "author", surface: "huge", quote: "Huge.",
                              paragraph: 1, sentence: id)
            ClaimDataset.write(claim, path: nil, extracted: true, into: &lines)
        }
        try Data(lines.bytes).write(to: URL(fileURLWithPath: dir + "/claims.jsonl"))
        #expect(Claimq.run(["import", "--db", url, dir + "/claims.jsonl"], timeout: 60).status == 0)
        try "sum debt\navg debt by state\nsum debt by state\nmax debt\nsum debt where state = \"TX\"\n"
            .write(toFile: dir + "/statements.cq", atomically: true, encoding: .utf8)
        let database = Claimq.run(["--db", url, "-f", dir + "/statements.cq"], timeout: 60)
        let memory = Claimq.run([dir + "/claims.jsonl", "-f", dir + "/statements.cq"], timeout: 60)
        #expect(memory.stderr.contains("1:1: error: the sum is out of range (beyond ±1.8e308)"), "\(memory.stderr)")
        #expect(memory.stderr.contains("2:1: error: state = CA: the avg is out of range"), "\(memory.stderr)")
        #expect(memory.stdout == "1e+308 dollars — #1, the largest of 3 claims (#1, #2, #3)\n5 dollars — 1 claim (#3)\n")
        #expect(database.stdout == memory.stdout && database.stderr == memory.stderr)
        #expect(database.status == memory.status)
    }

    /// Small batches and pieces: articles split across COPYs and transactions arrive whole.
    @Test func importsInBatchesAndPiecesKeepEveryClaim() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let claims = SQLDifferential.claims(count: 150)
        let database = try ClaimDatabase.connect(try DatabaseURL("postgresql://postgres@/postgres?host=\(server.folder)"))
        defer { database.close() }
        var progress: [Int] = []
        let done = try ClaimImport.run(ClaimStore(claims: claims), into: database, batchClaims: 7) { done, _ in progress.append(done) }
        #expect(done.articles == 4 && done.claims == 150)
        #expect(progress.count == 4 && progress.last == 150, "one batch per article here (each has more than 7 claims)")
        let rows = try database.rows("SELECT count(*), count(DISTINCT article), sum(id)::bigint, sum(length(quote))::bigint FROM claims")
        #expect(rows.first?[0].int == 150 && rows.first?[1].int == 4)
        #expect(rows.first?[2].int == 150 * 151 / 2)
        #expect(rows.first?[3].int == claims.reduce(0) { $0 + $1.quote.count })
    }

    /// An import the server refuses part way leaves every article's claims as they were.
    @Test func aFailedImportLeavesTheOldClaims() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let url = "postgresql://postgres@/postgres?host=\(server.folder)"
        let dir = try SQLDifferential.datasetFolder()
        #expect(Claimq.run(["import", "--db", url, dir + "/claims.jsonl"], timeout: 60).status == 0)
        // Mark the imported claims, then make the server refuse some of the claims a re-import copies.
        let refuse = server.psql(["-v", "ON_ERROR_STOP=1", "-c", "UPDATE claims SET quote = 'old'",
                                  "-c", "ALTER TABLE claims ADD CONSTRAINT no_jobs CHECK (metric <> 'jobs') NOT VALID"])
        try #require(refuse.status == 0, "\(refuse.stderr)")
        let again = Claimq.run(["import", "--db", url, dir + "/claims.jsonl"], timeout: 60)
        #expect(again.status == 3 && again.stderr.contains("no_jobs"), "\(again.stderr)")
        let left = server.psql(["-A", "-t", "-c", "select count(*), count(*) filter (where quote = 'old') from claims"])
        #expect(left.stdout == "150|150\n", "nothing of the failed import is visible")
    }

    /// A wrong password, and a database with no claims table, are clear errors; the
    /// right password works; no password is ever shown.
    @Test func passwordsAndMissingTablesAreClearErrors() throws {
        let server = try PostgresServer(password: "right-one")
        defer { server.stop() }
        let wrong = Claimq.run(["--db", "postgresql://postgres:wrong-one@/postgres?host=\(server.folder)", "-c", "count claims"], timeout: 30)
        #expect(wrong.status == 3 && wrong.stderr.contains("password authentication failed"), "\(wrong.stderr)")
        #expect(!wrong.stderr.contains("wrong-one") && wrong.stderr.contains("postgres:****@"))
        let empty = Claimq.run(["--db", "postgresql://postgres:right-one@/postgres?host=\(server.folder)", "-c", "count claims"], timeout: 30)
        #expect(empty.status == 1 && empty.stdout.isEmpty)
        #expect(empty.stderr.contains("error: the database failed: relation \"claims\" does not exist"), "\(empty.stderr)")
        #expect(empty.stderr.contains("hint: this database has no claims yet: claimq import --db URL SOURCES…"))
        #expect(!empty.stderr.contains("right-one"))
    }

    @Test func aDatabaseThatCannotBeReachedIsAClearErrorWithoutThePassword() {
        let dir = Claimq.temporaryFolder()
        let run = Claimq.run(["--db", "postgresql://ann:s3cret@/claims?host=\(dir)", "-c", "count claims"], timeout: 30)
        #expect(run.status == 3 && run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("claimq: error: cannot connect to postgresql://ann:****@/claims?host=\(dir): "), "\(run.stderr)")
        #expect(!run.stderr.contains("s3cret"))
        let big = Claimq.run(["import", "--db", "postgresql://ann@/claims?host=\(dir)", "--max-article-bytes", "100", Self.sample],
                             timeout: 30)
        #expect(big.status == 3 && big.stderr.contains("is larger than 100 bytes"), "the import reads articles as claimq does: \(big.stderr)")
        let bad = Claimq.run(["import", "--db", "mysql://ann:s3cret@host/db", dir], timeout: 30)
        #expect(bad.status == 2 && bad.stderr.contains("no postgresql:// scheme") && !bad.stderr.contains("s3cret"), "\(bad.stderr)")
    }
}

extension SQLDifferential {
    /// A fresh folder holding the differential tests' 150 claims as claims.jsonl.
    static func datasetFolder() throws -> String {
        let dir = Claimq.temporaryFolder()
        var lines = JSONLines()
        for claim in claims(count: 150) { ClaimDataset.write(claim, path: nil, extracted: true, into: &lines) }
        try Data(lines.bytes).write(to: URL(fileURLWithPath: dir + "/claims.jsonl"))
        return dir
    }
}

/// `claimq --db` at a terminal: the prompt, Ctrl-C cancelling a query on the server,
/// and a server that goes away and comes back.
extension EndToEndTests {
    /// The sample article's path.
    static let sample = Repository.url("samples/sanctuary-ice-detainers.txt").path

    /// The sample imported into `server`, and claimq's prompt on it, past the banner.
    private func promptOnTheSample(_ server: PostgresServer, password: String? = nil) -> PseudoTerminal {
        let url = "postgresql://postgres\(password.map { ":" + $0 } ?? "")@/postgres?host=\(server.folder)"
        #expect(Claimq.run(["import", "--db", url, Self.sample], timeout: 60).status == 0)
        let term = PseudoTerminal(arguments: ["--db", url])
        #expect(term.expect("18 claims of 1 article. .help for help") && term.expect(Self.prompt))
        return term
    }

    @Test func thePromptAnswersFromTheDatabaseAndKeepsNoPassword() throws {
        let server = try PostgresServer(password: "pw-9f3k")
        defer { server.stop() }
        let term = promptOnTheSample(server, password: "pw-9f3k")
        #expect(term.output.contains("claimq 0.3.0 — postgresql://postgres:****@/postgres?host=\(server.folder): 18 claims of 1 article."))
        term.send("sum refusals where state = \"CA\"\r")
        #expect(term.expect("3,359 requests — 2 claims (#6, #8)"))
        term.send(".sql on\r")
        #expect(term.expect(Self.prompt))
        term.send("count claims where state = \"CA\" / 2\r")
        #expect(term.expect("sql: SELECT count(*) AS matched, count(*) AS value"))
        #expect(term.expect("WHERE state = 'CA';"))
        #expect(term.expect("1.5 — 3 claims"))
        term.send(".sql off\r")
        term.send(".metrics\r")
        #expect(term.expect("refusals"))
        #expect(term.expect(Self.prompt))
        term.send(".load \(Self.sample)\r")
        #expect(term.expect("error: claimq --db answers from the database; .load reads articles into memory"))
        leave(term)
        let history = try String(contentsOfFile: term.home + "/history", encoding: .utf8)
        #expect(history.contains("refusals") && !history.contains("pw-9f3k"))
        #expect(!term.output.contains("pw-9f3k"))
    }

    @Test func ctrlCCancelsTheQueryOnTheServer() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let term = promptOnTheSample(server)
        // Every query now waits 60 s on the server.
        let slow = server.psql(["-c", "ALTER TABLE claims RENAME TO kept; CREATE VIEW claims AS SELECT k.* FROM kept k, (SELECT pg_sleep(60)) s"])
        try #require(slow.status == 0, "\(slow.stderr)")
        term.send("count claims\r")
        #expect(server.waitForQuery(containing: "FROM claims", timeout: 10), "the query reached the server")
        term.interrupt()
        #expect(term.expect("error: interrupted", timeout: 10))
        #expect(term.expect(Self.prompt))
        #expect(server.waitForQuery(containing: "FROM claims", running: false, timeout: 10), "the server stopped the query")
        let fast = server.psql(["-c", "DROP VIEW claims; ALTER TABLE kept RENAME TO claims"])
        try #require(fast.status == 0, "\(fast.stderr)")
        term.send("count claims where state = \"CA\"\r")
        #expect(term.expect("3 claims (#6, #7, #8)"), "the session goes on")
        leave(term)
    }

    @Test func aServerThatGoesAwayIsAnErrorAndTheSessionGoesOn() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let term = promptOnTheSample(server)
        term.send("count claims where state = \"CA\"\r")
        #expect(term.expect("3 claims (#6, #7, #8)"))
        #expect(term.expect(Self.prompt))
        try server.halt()
        term.send("count claims where state = \"CA\"\r")
        #expect(term.expect("error: the database failed: "))
        #expect(term.expect("hint: each statement connects again: is the server running?"))
        #expect(term.expect(Self.prompt))
        try server.start()
        term.send("count claims\r")
        #expect(term.expect("18 claims (#1, #2"), "connected again")
        leave(term)
    }
}
