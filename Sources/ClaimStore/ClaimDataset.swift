/// A claims dataset (`NAME.jsonl`): JSON Lines, one claim per line — the claim
/// record `--format json` writes, plus `path` (the article's file), `start` and `end`
/// (where the quote lies in it, in Unicode scalars), `extracted` (true when the claim
/// came from the text, not a curated file) and the relations `part_of`, `ratio_of`,
/// `share_of`. Every key is on every line (null when empty), so DuckDB, pandas and
/// Spark see one schema. The one model of the format: `claimq extract --jsonl`
/// writes it, `claimq DATASET.jsonl` reads it.
public enum ClaimDataset {
    /// A dataset is a file whose name ends in ".jsonl".
    public static func isDataset(_ path: String) -> Bool {
        path.hasSuffix(".jsonl")
    }

    /// What one line holds besides the claim itself.
    public struct Record: Sendable {
        public let claim: Claim
        /// The article's file as the line gives it, if it does.
        public let path: String?
        public let extracted: Bool
        /// 1-based line of the dataset.
        public let line: Int
    }

    // MARK: Writing

    /// Appends `claim` as one line.
    public static func write(_ c: Claim, path: String?, extracted: Bool, into lines: inout JSONLines) {
        lines.beginObject()
        lines.add("id", c.id)
        lines.add("article", c.article)
        lines.add("path", path)
        lines.add("metric", c.metric)
        lines.add("subject", c.subject)
        lines.add("value", c.value)
        lines.add("qualifier", c.qualifier.rawValue)
        lines.add("unit", c.unit)
        lines.add("place", c.place?.code)
        lines.add("state", c.state)
        lines.add("country", c.country)
        if let p = c.period {
            lines.beginNested("period")
            lines.add("from", p.from.description)
            lines.add("to", p.to.description)
            lines.add("kind", p.kind.rawValue)
            lines.endNested()
        } else {
            lines.addNull("period")
        }
        lines.add("source", c.source)
        lines.add("surface", c.surface)
        lines.add("quote", c.quote)
        lines.add("paragraph", c.paragraph)
        lines.add("sentence", c.sentence)
        if let span = c.span {
            lines.add("start", span.lowerBound)
            lines.add("end", span.upperBound)
        } else {
            lines.addNull("start")
            lines.addNull("end")
        }
        lines.add("extracted", extracted)
        if let id = c.relations.partOf { lines.add("part_of", id) } else { lines.addNull("part_of") }
        if let r = c.relations.ratioOf { lines.add("ratio_of", [r.numerator, r.denominator]) } else { lines.addNull("ratio_of") }
        if let id = c.relations.shareOf { lines.add("share_of", id) } else { lines.addNull("share_of") }
        lines.endObject()
    }
}
