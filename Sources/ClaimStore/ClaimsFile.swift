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

    /// Reads the file's claims one by one from its bytes, as the dataset reader reads its
    /// lines (a claims file for a million claims is hundreds of megabytes: JSONDecoder took
    /// tens of seconds and gigabytes). Strings are checked to be UTF-8 as they are read.
    /// Errors name the line and column, or the claim.
    /// - Parameter article: the article every claim belongs to (claims files do not say).
    static func scan(_ all: UnsafeBufferPointer<UInt8>, _ file: String, _ article: String,
                     _ body: (ClaimDataset.Record) throws(LoadError) -> Void) throws(LoadError) {
        // A byte-order mark is not JSON, but editors write one.
        let bytes = all.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: all[3...]) : all
        var scanner = JSONScanner(bytes)
        var (line, counted) = (1, 0)   // the line of byte `counted`
        func lineOf(_ offset: Int) -> Int {
            line += bytes[counted..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            counted = offset
            return line
        }
        var pending: LoadError?
        var sawClaims = false
        do throws(JSONScanner.Failure) {
            try scanner.object { (s: inout JSONScanner, key: JSONScanner.Key) throws(JSONScanner.Failure) in
                guard key == "claims" else { try s.skipValue(); return }
                sawClaims = true
                var repeated = ClaimDataset.RepeatedStrings()
                var places = ClaimDataset.PlaceReader()
                try s.list { (s: inout JSONScanner) throws(JSONScanner.Failure) in
                    let start = s.offset
                    let fields = try ClaimDataset.Fields.read(&s)
                    do throws(LoadError) {
                        try body(try fields.record(line: lineOf(start), file: file, repeated: &repeated, places: &places, article: article))
                    } catch {
                        pending = error
                        throw JSONScanner.Failure(offset: start, message: "")
                    }
                }
            }
            guard scanner.atEnd else { throw scanner.fail("more follows the claims file's object") }
        } catch {
            if let pending { throw pending }
            let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart(bytes, error.offset)..<min(error.offset, bytes.count)]),
                                as: UTF8.self).unicodeScalars.count + 1
            throw LoadError(file: "\(file):\(lineOf(min(error.offset, bytes.count))):\(column)", message: error.message)
        }
        if !sawClaims { throw LoadError(file: file, message: "has no \"claims\" list: {\"claims\": [{\"id\": 1, …}]}") }
    }

    private static func lineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var i = min(offset, bytes.count)
        while i > 0, bytes[i - 1] != 0x0A { i -= 1 }
        return i
    }

}
