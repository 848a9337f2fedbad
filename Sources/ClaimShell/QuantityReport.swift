internal import FoundationEssentials
import ClaimExtraction
import ClaimStore

/// `claimq extract --quantities FILE`: every quantity mention in an article, one
/// JSON object per line, with where it is (paragraph, sentence, offsets in Unicode scalars).
/// `claimq extract FILE`: a draft claims file, in the curated format, for a person to correct.
public enum QuantityReport {
    public static func draft(path: String, date: String? = nil, maxBytes: Int = ArticleLoader.defaultMaxBytes, quiet: Bool = false) -> Int32 {
        let console = StandardConsole()
        let status = draft(path, date, maxBytes, console, ProgressBar.make("extracting", quiet: quiet))
        return console.finish() ? status : max(status, ExitStatus.statementFailed)
    }

    private static func draft(_ path: String, _ date: String?, _ maxBytes: Int, _ console: StandardConsole, _ bar: ProgressBar?) -> Int32 {
        let day = date.flatMap(Day.init)
        if let date, day == nil {
            console.err("claimq: error: --date \"\(date)\" is not a date written YYYY-MM-DD\n")
            return ExitStatus.usage
        }
        guard let text = read(path, maxBytes, console) else { return ExitStatus.loadFailed }
        let article = ArticleText(name: path, text: text)
        let (bytes, scalars) = (text.utf8.count, max(1, article.characters.count))
        let drafts = ClaimExtractor.extract(article, slug: ArticleLoader.slug(of: path), date: day,
                                            progress: bar.map { bar in { bar.update(done: bytes * $0 / scalars, total: bytes) } })
        bar?.finish()
        let json: String
        do {
            json = try ClaimExtractor.draftFile(drafts)
        } catch {   // not expected: extraction keeps only finite figures
            console.err("claimq: error: the draft claims could not be written as JSON: \(error)\n")
            return ExitStatus.statementFailed
        }
        console.out(json)
        return ExitStatus.ok
    }

    public static func run(path: String, maxBytes: Int = ArticleLoader.defaultMaxBytes, quiet: Bool = false) -> Int32 {
        let console = StandardConsole()
        let bar = ProgressBar.make("extracting", quiet: quiet, writingResults: true)   // mentions go out as they come
        let status = mentions(path, maxBytes, console, bar)
        bar?.finish()
        return console.finish() ? status : max(status, ExitStatus.statementFailed)
    }

    private static func mentions(_ path: String, _ maxBytes: Int, _ console: StandardConsole, _ bar: ProgressBar?) -> Int32 {
        guard let text = read(path, maxBytes, console) else { return ExitStatus.loadFailed }
        let article = ArticleText(name: path, text: text)
        let (bytes, scalars) = (text.utf8.count, max(1, article.characters.count))
        var lines = JSONLines()
        for paragraph in article.paragraphs {
            bar?.update(done: bytes * paragraph.range.lowerBound / scalars, total: bytes)
            for mention in QuantityExtractor.mentions(Array(article.characters[paragraph.range])) {
                let start = paragraph.range.lowerBound + mention.range.lowerBound
                lines.beginObject()
                lines.add("paragraph", paragraph.number)
                lines.add("sentence", paragraph.sentences.last(where: { $0.range.lowerBound <= start })?.number ?? 1)
                lines.add("start", start)
                lines.add("end", paragraph.range.lowerBound + mention.range.upperBound)
                lines.add("surface", mention.surface)
                lines.add("value", mention.value)
                lines.add("high", mention.high)
                lines.add("qualifier", mention.qualifier.rawValue)
                lines.add("change", mention.change?.rawValue)
                lines.add("unit", mention.unit)
                lines.endObject()
            }
            if lines.bytes.count > 1 << 16 { lines.flush(to: console) }
            if console.readerGone { break }
        }
        lines.flush(to: console)
        return ExitStatus.ok
    }

    /// The article's text, or nil after saying why it cannot be read.
    private static func read(_ path: String, _ maxBytes: Int, _ console: Console) -> String? {
        do throws(LoadError) {
            return try TextFile.contents(of: path, limit: maxBytes)
        } catch {
            console.err("claimq: error: \(Visible.text(error.description))\n")
            return nil
        }
    }
}
