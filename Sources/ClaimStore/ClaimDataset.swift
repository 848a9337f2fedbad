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

    // MARK: Reading

    /// Reads one line (without its line break). Errors name the file, line and column.
    public static func record(_ line: UnsafeBufferPointer<UInt8>, number: Int, file: String) throws(LoadError) -> Record {
        var fields = Fields()
        var scanner = JSONScanner(line)
        do throws(JSONScanner.Failure) {
            try scanner.object { s, key throws(JSONScanner.Failure) in try fields.read(key, &s) }
            guard scanner.atEnd else { throw scanner.fail("one claim per line: more follows the object") }
        } catch {
            let column = String(decoding: UnsafeBufferPointer(rebasing: line[..<min(error.offset, line.count)]), as: UTF8.self).unicodeScalars.count + 1
            throw LoadError(file: "\(file):\(number):\(column)", message: error.message)
        }
        return try fields.record(line: number, file: file)
    }

    /// The keys of one line as read, checked and made into a claim by `record`.
    private struct Fields {
        var id: Int?, article: String?, path: String?, metric: String?, subject: String?
        var value: Double?, qualifier: Qualifier?, unit: String?, place: String?
        var period: (from: String, to: String, kind: Period.Kind)?
        var source: String?, surface: String?, quote: String?, paragraph = 1, sentence = 1
        var start: Int?, end: Int?, extracted = false
        var partOf: Int?, ratioOf: [Int]?, shareOf: Int?

        mutating func read(_ key: String, _ s: inout JSONScanner) throws(JSONScanner.Failure) {
            func text() throws(JSONScanner.Failure) -> String? { s.null() ? nil : try s.string() }
            func whole() throws(JSONScanner.Failure) -> Int? { s.null() ? nil : try s.integer() }
            switch key {
            case "id": id = try whole()
            case "article": article = try text()
            case "path": path = try text()
            case "metric": metric = try text()
            case "subject": subject = try text()
            case "value": value = s.null() ? nil : try s.number()
            case "qualifier":
                let at = s.offset
                guard let name = try text() else { break }
                guard let q = Qualifier(rawValue: name) else {
                    throw JSONScanner.Failure(offset: at, message: "unknown qualifier \"\(name)\" (qualifiers are \(Qualifier.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                qualifier = q
            case "unit": unit = try text()
            case "place": place = try text()
            case "period": period = s.null() ? nil : try Self.period(&s)
            case "source": source = try text()
            case "surface": surface = try text()
            case "quote": quote = try text()
            case "paragraph": paragraph = try whole() ?? 1
            case "sentence": sentence = try whole() ?? 1
            case "start": start = try whole()
            case "end": end = try whole()
            case "extracted": extracted = s.null() ? false : try s.bool()
            case "part_of": partOf = try whole()
            case "ratio_of": ratioOf = s.null() ? nil : try s.integers()
            case "share_of": shareOf = try whole()
            default: try s.skipValue()   // state and country follow from place; other keys are the reader's own
            }
        }

        private static func period(_ s: inout JSONScanner) throws(JSONScanner.Failure) -> (String, String, Period.Kind) {
            let at = s.offset
            var (from, to, kind): (String?, String?, Period.Kind) = (nil, nil, .interval)
            try s.object { s, key throws(JSONScanner.Failure) in
                switch key {
                case "from": from = try s.string()
                case "to": to = try s.string()
                case "kind":
                    let name = try s.string()
                    guard let k = Period.Kind(rawValue: name) else { throw s.fail("a period's kind is \"interval\" or \"as_of\"") }
                    kind = k
                default: try s.skipValue()
                }
            }
            guard let from, let to else { throw JSONScanner.Failure(offset: at, message: "a period needs \"from\" and \"to\"") }
            return (from, to, kind)
        }

        func record(line: Int, file: String) throws(LoadError) -> Record {
            func fail(_ message: String) -> LoadError {
                LoadError(file: "\(file):\(line)", claim: self.id, message: message)
            }
            func required<T>(_ value: T?, _ key: String) throws(LoadError) -> T {
                guard let value else { throw fail("\"\(key)\" is missing") }
                return value
            }
            let claimID = try required(self.id, "id")
            guard (1...Claim.maximumID).contains(claimID) else { throw fail("id must be a whole number from 1 to \(Claim.maximumID)") }
            let value = try required(self.value, "value")
            let placeCode = place.flatMap { $0.uppercased() == "ZZ" ? nil : $0 }
            let place = try placeCode.map { code throws(LoadError) in
                guard let p = Place(code: code) else { throw fail("place \"\(code)\" is not an ISO code like \"US\" or \"US-CA\" (or null)") }
                return p
            }
            let period = try self.period.map { p throws(LoadError) in
                guard let from = YearMonth(p.from), let to = YearMonth(p.to) else { throw fail("period months must look like \"2017-06\"") }
                guard from <= to else { throw fail("period starts (\(from)) after it ends (\(to))") }
                return Period(from: from, to: to, kind: p.kind)
            }
            var span: Range<Int>?
            if let start, let end {
                guard 0 <= start, start <= end else { throw fail("start and end must be offsets with start ≤ end") }
                span = start..<end
            }
            guard ratioOf.map({ $0.count == 2 }) ?? true else { throw fail("ratio_of takes two claim ids, [numerator, denominator]") }
            let claim = Claim(
                id: claimID, article: try required(article, "article"), metric: try required(metric, "metric"), value: value,
                qualifier: qualifier ?? .exact, unit: try required(unit, "unit"), place: place, period: period,
                source: source ?? "author", surface: try required(surface, "surface"), quote: try required(quote, "quote"),
                paragraph: paragraph, sentence: sentence,
                relations: Relations(partOf: partOf, ratioOf: ratioOf.map { ($0[0], $0[1]) }, shareOf: shareOf),
                subject: subject, span: span)
            return Record(claim: claim, path: path, extracted: extracted, line: line)
        }
    }
}
