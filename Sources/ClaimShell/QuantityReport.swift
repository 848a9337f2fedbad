internal import FoundationEssentials
import ClaimExtraction
import ClaimStore

/// `claimq extract --quantities FILE`: every quantity mention in an article, one
/// JSON object per line, with where it is (paragraph, sentence, offsets in Unicode scalars).
/// `claimq extract FILE`: a draft claims file, in the curated format, for a person to correct.
public enum QuantityReport {
    public static func draft(path: String, date: String? = nil) -> Int32 {
        let console = StandardConsole()
        defer { console.finish() }
        let day = date.flatMap(Day.init)
        if let date, day == nil {
            console.err("claimq: error: --date \"\(date)\" is not a date written YYYY-MM-DD\n")
            return ExitStatus.usage
        }
        guard let text = read(path, console) else { return ExitStatus.loadFailed }
        let drafts = ClaimExtractor.extract(ArticleText(name: path, text: text), slug: ArticleLoader.slug(of: path), date: day)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        guard let data = try? encoder.encode(DraftFile(claims: drafts.map(DraftClaim.init))) else { return ExitStatus.statementFailed }
        console.out(String(decoding: data, as: UTF8.self) + "\n")
        return ExitStatus.ok
    }

    private struct DraftFile: Encodable {
        let claims: [DraftClaim]
    }

    /// A claim as the curated file writes it, marked as extracted.
    private struct DraftClaim: Encodable {
        let d: ClaimExtractor.Draft
        init(_ d: ClaimExtractor.Draft) { self.d = d }

        enum CodingKeys: String, CodingKey {
            case id, metric, subject, value, qualifier, unit, place, period, source, surface, quote, extracted, confidence
        }
        struct PeriodEntry: Encodable { let from: String, to: String, kind: String }

        func encode(to encoder: any Encoder) throws {
            var k = encoder.container(keyedBy: CodingKeys.self)
            let c = d.claim
            try k.encode(c.id, forKey: .id)
            try k.encode(c.metric, forKey: .metric)
            try k.encodeIfPresent(c.subject, forKey: .subject)
            try k.encode(c.value, forKey: .value)
            try k.encode(c.qualifier.rawValue, forKey: .qualifier)
            try k.encode(c.unit, forKey: .unit)
            try k.encode(c.place?.code, forKey: .place)
            try k.encode(c.period.map { PeriodEntry(from: $0.from.description, to: $0.to.description, kind: $0.kind.rawValue) }, forKey: .period)
            try k.encode(c.source, forKey: .source)
            try k.encode(c.surface, forKey: .surface)
            try k.encode(c.quote, forKey: .quote)
            try k.encode(true, forKey: .extracted)
            try k.encode((d.confidence * 100).rounded() / 100, forKey: .confidence)
        }
    }

    public static func run(path: String) -> Int32 {
        let console = StandardConsole()
        defer { console.finish() }
        guard let text = read(path, console) else { return ExitStatus.loadFailed }
        let article = ArticleText(name: path, text: text)
        var lines = JSONLines()
        for paragraph in article.paragraphs {
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
        }
        lines.flush(to: console)
        return ExitStatus.ok
    }

    /// The article's text, or nil after saying why it cannot be read.
    private static func read(_ path: String, _ console: Console) -> String? {
        do throws(LoadError) {
            return try TextFile.contents(of: path)
        } catch {
            console.err("claimq: error: \(error)\n")
            return nil
        }
    }
}
