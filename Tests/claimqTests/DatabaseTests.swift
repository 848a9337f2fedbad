import Foundation
import Testing
import ClaimqTestHelpers
import ClaimStore

/// `claimq import --db` and `claimq --db` against a private PostgreSQL server: the
/// same statements answered from the database and from the dataset give the same
/// output, byte for byte, errors included.
extension EndToEndTests {
    @Test func theDatabaseAnswersAsTheDatasetDoes() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let url = "postgresql://postgres@/postgres?host=\(server.folder)"
        let dir = Claimq.temporaryFolder()
        var lines = JSONLines()
        for claim in SQLDifferential.claims(count: 150) { ClaimDataset.write(claim, path: nil, extracted: true, into: &lines) }
        try Data(lines.bytes).write(to: URL(fileURLWithPath: dir + "/claims.jsonl"))

        let first = Claimq.run(["import", "--db", url, dir + "/claims.jsonl"], timeout: 60)
        #expect(first.status == 0 && first.stderr.contains("imported 150 claims of 4 articles"), "\(first.stderr)")
        let again = Claimq.run(["import", "--db", url, dir + "/claims.jsonl"], timeout: 60)
        #expect(again.status == 0)
        let count = server.psql(["-A", "-t", "-c", "select count(*), count(distinct article) from claims"])
        #expect(count.stdout == "150|4\n", "a second import replaces the articles' claims")

        let statements = SQLDifferential.statements()
        #expect(statements.count > 500)
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
        let bad = Claimq.run(["import", "--db", "mysql://ann:s3cret@host/db", dir], timeout: 30)
        #expect(bad.status == 2 && bad.stderr.contains("no postgresql:// scheme") && !bad.stderr.contains("s3cret"), "\(bad.stderr)")
    }
}
