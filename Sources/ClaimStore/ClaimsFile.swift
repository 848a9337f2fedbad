internal import FoundationEssentials

/// The curated claims file beside an article (`ARTICLE.claims.json`), as written by a
/// person: `{"claims": [{"id": 1, "metric": …, "quote": …}, …]}`. Paragraph and
/// sentence are not in the file; they come from where the quote is found. The one
/// model of the format: the loader reads it, `claimq extract` writes drafts of it.
package struct ClaimsFile: Codable {
    package struct Entry: Codable {
        var id: Int
        var metric: String
        var subject: String?
        var value: Double
        var qualifier: Qualifier?
        var unit: String
        /// An ISO code; null (or "ZZ", ISO's "unknown") when the text says no place.
        var place: String?
        var period: PeriodEntry?
        var source: String?
        var surface: String
        var quote: String
        var partOf: Int?
        var ratioOf: [Int]?
        var shareOf: Int?
        /// Drafts only: the claim was extracted, and how sure extraction is (0–1).
        var extracted: Bool?
        var confidence: Double?

        enum CodingKeys: String, CodingKey {
            case id, metric, subject, value, qualifier, unit, place, period, source, surface, quote
            case partOf = "part_of", ratioOf = "ratio_of", shareOf = "share_of", extracted, confidence
        }

        /// A claim as the file writes it; `confidence` marks it as an extracted draft.
        package init(_ c: Claim, confidence: Double? = nil) {
            id = c.id
            metric = c.metric
            subject = c.subject
            value = c.value
            qualifier = c.qualifier
            unit = c.unit
            place = c.place?.code
            period = c.period.map { PeriodEntry(from: $0.from.description, to: $0.to.description, kind: $0.kind) }
            source = c.source
            surface = c.surface
            quote = c.quote
            partOf = c.relations.partOf
            ratioOf = c.relations.ratioOf.map { [$0.numerator, $0.denominator] }
            shareOf = c.relations.shareOf
            extracted = confidence.map { _ in true }
            self.confidence = confidence.map { ($0 * 100).rounded() / 100 }
        }

        /// Place and period are written even when null, so a person sees the field to fill in.
        package func encode(to encoder: any Encoder) throws {
            var k = encoder.container(keyedBy: CodingKeys.self)
            try k.encode(id, forKey: .id)
            try k.encode(metric, forKey: .metric)
            try k.encodeIfPresent(subject, forKey: .subject)
            try k.encode(value, forKey: .value)
            try k.encode((qualifier ?? .exact).rawValue, forKey: .qualifier)
            try k.encode(unit, forKey: .unit)
            try k.encode(place, forKey: .place)
            try k.encode(period, forKey: .period)
            try k.encode(source ?? "author", forKey: .source)
            try k.encode(surface, forKey: .surface)
            try k.encode(quote, forKey: .quote)
            try k.encodeIfPresent(partOf, forKey: .partOf)
            try k.encodeIfPresent(ratioOf, forKey: .ratioOf)
            try k.encodeIfPresent(shareOf, forKey: .shareOf)
            try k.encodeIfPresent(extracted, forKey: .extracted)
            try k.encodeIfPresent(confidence, forKey: .confidence)
        }
    }

    package struct PeriodEntry: Codable {
        var from: String
        var to: String
        var kind: Period.Kind?
    }

    var claims: [Entry]

    package init(claims: [Entry]) {
        self.claims = claims
    }

    /// The file's text: keys sorted, indented, as a person reads and edits it.
    package func text() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Decodes the file, turning decoding failures into a message that names the path
    /// into the JSON ("claims[3].value: expected a number").
    static func decode(_ text: String, file: String) throws(LoadError) -> ClaimsFile {
        do {
            return try JSONDecoder().decode(ClaimsFile.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw LoadError(file: file, message: describe(error))
        } catch {
            throw LoadError(file: file, message: "not valid JSON")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out.isEmpty ? "top level" : out
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type)), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "not a valid claims file"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: return "a number"
        case is String.Type: return "a string"
        case is [Entry].Type: return "a list of claims"
        default: return "an object"
        }
    }
}
