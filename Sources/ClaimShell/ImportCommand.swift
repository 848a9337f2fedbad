import ClaimExtraction
import ClaimSQL
import ClaimStore

/// `claimq import --db URL SOURCES…`: articles, folders or claims datasets loaded as
/// `claimq SOURCES…` loads them, then imported into PostgreSQL (ClaimImport).
public enum ImportCommand {
    public static func run(database: String, paths: [String], quiet: Bool,
                           maxArticleBytes: Int = ArticleLoader.defaultMaxBytes) -> Int32 {
        let console = StandardConsole()
        let status = run(database, paths, quiet, maxArticleBytes, console)
        return console.finish() ? status : max(status, ExitStatus.statementFailed)
    }

    private static func run(_ text: String, _ paths: [String], _ quiet: Bool, _ maxBytes: Int, _ console: StandardConsole) -> Int32 {
        let url: DatabaseURL
        do throws(DatabaseError) { url = try DatabaseURL(text) } catch {
            console.err("claimq: error: \(Visible.text(error.description))\n")
            return ExitStatus.usage
        }
        let store: ClaimStore
        do throws(LoadError) { store = try ArticleLoader.load(paths: paths, maxBytes: maxBytes) } catch {
            console.err("claimq: error: \(Visible.text(error.description))\n")
            return ExitStatus.loadFailed
        }
        let bar = ProgressBar.make("importing", quiet: quiet)
        do throws(DatabaseError) {
            let database = try ClaimDatabase.connect(url)
            defer { database.close() }
            let (articles, claims) = try ClaimImport.run(store, into: database) { bar?.update(done: $0, total: $1) }
            bar?.finish()
            console.err("imported \(claims) claims of \(articles) \(articles == 1 ? "article" : "articles") into \(url)\n")
            return ExitStatus.ok
        } catch {
            bar?.finish()
            console.err("claimq: error: \(Visible.text(error.description))\n")
            return ExitStatus.loadFailed
        }
    }
}
