internal import FoundationEssentials
import ClaimStore

/// `claimq extract --quantities FILE`: every quantity mention in an article, one
/// JSON object per line, with where it is (paragraph, sentence, character offsets).
public enum QuantityReport {
    public static func run(path: String) -> Int32 {
        let console = StandardConsole()
        defer { console.finish() }
        let text: String
        do throws(LoadError) {
            text = try TextFile.contents(of: path)
        } catch {
            console.err("claimq: error: \(error)\n")
            return ExitStatus.loadFailed
        }
        let article = ArticleText(name: path, text: text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for paragraph in article.paragraphs {
            let chars = Array(article.characters[paragraph.range])
            for mention in QuantityExtractor.mentions(in: String(chars)) {
                let start = paragraph.range.lowerBound + mention.range.lowerBound
                let sentence = article.position(of: start)?.sentence ?? 1
                let line = Line(paragraph: paragraph.number, sentence: sentence, start: start,
                                end: paragraph.range.lowerBound + mention.range.upperBound, surface: mention.surface,
                                value: mention.value, high: mention.high, qualifier: mention.qualifier.rawValue,
                                change: mention.change?.rawValue, unit: mention.unit)
                if let data = try? encoder.encode(line) { console.out(String(decoding: data, as: UTF8.self) + "\n") }
            }
        }
        return ExitStatus.ok
    }

    private struct Line: Encodable {
        let paragraph: Int, sentence: Int, start: Int, end: Int, surface: String
        let value: Double, high: Double?, qualifier: String, change: String?, unit: String?

        enum CodingKeys: CodingKey { case paragraph, sentence, start, end, surface, value, high, qualifier, change, unit }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(paragraph, forKey: .paragraph)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(surface, forKey: .surface)
            try c.encode(value, forKey: .value)
            try c.encode(high, forKey: .high)
            try c.encode(qualifier, forKey: .qualifier)
            try c.encode(change, forKey: .change)
            try c.encode(unit, forKey: .unit)
        }
    }
}
