internal import FoundationEssentials

/// The curated claims file beside an article (`ARTICLE.claims.json`), as written by a
/// person: `{"claims": [{"id": 1, "metric": …, "quote": …}, …]}`. Paragraph and
/// sentence are not in the file; they come from where the quote is found.
struct ClaimsFile: Decodable {
    struct Entry: Decodable {
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

        enum CodingKeys: String, CodingKey {
            case id, metric, subject, value, qualifier, unit, place, period, source, surface, quote
            case partOf = "part_of", ratioOf = "ratio_of", shareOf = "share_of"
        }
    }

    struct PeriodEntry: Decodable {
        var from: String
        var to: String
        var kind: Period.Kind?
    }

    var claims: [Entry]

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
