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
        let bytes = text.utf8.count
        let drafts = ClaimExtractor.extract(text: text, name: path, slug: ArticleLoader.slug(of: path), date: day,
                                            progress: bar.map { bar in { bar.update(done: $0, total: bytes) } })
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
        let bytes = text.utf8.count
        var lines = JSONLines()
        // A piece at a time (1 MB or so): the same paragraphs, in a piece's memory.
        var (offset, paragraphs, done) = (0, 0, 0)
        for piece in ArticleText.pieces(text, bytes: 1 << 20) {
            let article = ArticleText(name: path, text: String(piece))
            for paragraph in article.paragraphs {
                bar?.update(done: done + piece.utf8.count * paragraph.range.lowerBound / max(1, article.characters.count), total: bytes)
                report(QuantityExtractor.mentions(Array(article.characters[paragraph.range])), in: paragraph,
                       number: paragraphs + paragraph.number, offset: offset + paragraph.range.lowerBound, into: &lines)
                if lines.bytes.count > 1 << 16 { lines.flush(to: console) }
                if console.readerGone { break }
            }
            (offset, paragraphs, done) = (offset + article.characters.count, paragraphs + article.paragraphs.count, done + piece.utf8.count)
            if console.readerGone { break }
        }
        lines.flush(to: console)
        return ExitStatus.ok
    }

    /// One JSON line for each mention of a paragraph, which starts at `offset` in the article.
    private static func report(_ mentions: [QuantityMention], in paragraph: ArticleText.Paragraph, number: Int, offset: Int,
                               into lines: inout JSONLines) {
        for mention in mentions {
            let start = paragraph.range.lowerBound + mention.range.lowerBound
            lines.beginObject()
            lines.add("paragraph", number)
            lines.add("sentence", paragraph.sentences.last(where: { $0.range.lowerBound <= start })?.number ?? 1)
            lines.add("start", offset + mention.range.lowerBound)
            lines.add("end", offset + mention.range.upperBound)
            lines.add("surface", mention.surface)
            lines.add("value", mention.value)
            lines.add("high", mention.high)
            lines.add("qualifier", mention.qualifier.rawValue)
            lines.add("change", mention.change?.rawValue)
            lines.add("unit", mention.unit)
            lines.endObject()
        }
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
