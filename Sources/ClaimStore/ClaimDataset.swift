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
        public internal(set) var line: Int
        /// The line's length in bytes, to size the columns for the lines to come.
        var length = 0
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
        var repeated = RepeatedStrings()
        return try record(line, number: number, file: file, repeated: &repeated)
    }

    /// The strings that repeat from line to line (article, path, unit, source), each
    /// kept as last read, so that a line with the same one makes no new String.
    struct RepeatedStrings {
        var article: JSONScanner.Reused?, path: JSONScanner.Reused?, unit: JSONScanner.Reused?, source: JSONScanner.Reused?
    }

    static func record(_ line: UnsafeBufferPointer<UInt8>, number: Int, file: String,
                       repeated: inout RepeatedStrings) throws(LoadError) -> Record {
        var fields = Fields()
        var scanner = JSONScanner(line)
        do throws(JSONScanner.Failure) {
            fields = try Fields.read(&scanner, &repeated)
            guard scanner.atEnd else { throw scanner.fail("one claim per line: more follows the object") }
        } catch {
            let column = String(decoding: UnsafeBufferPointer(rebasing: line[..<min(error.offset, line.count)]), as: UTF8.self).unicodeScalars.count + 1
            throw LoadError(file: "\(file):\(number):\(column)", message: error.message)
        }
        var r = try fields.record(line: number, file: file)
        r.length = line.count
        return r
    }

    /// The keys of one line (or one claim of a claims file) as read, checked and made
    /// into a claim by `record`.
    struct Fields {
        var id: Int?, article: String?, path: String?, metric: String?, subject: String?
        var value: Double?, qualifier: Qualifier?, unit: String?, place: String?
        var period: PeriodFields?
        var source: String?, surface: String?, quote: String?, paragraph = 1, sentence = 1
        var start: Int?, end: Int?, extracted = false
        var partOf: Int?, ratioOf: [Int]?, shareOf: Int?

        /// Reads an object from where `scanner` stands.
        static func read(_ scanner: inout JSONScanner, _ repeated: inout RepeatedStrings) throws(JSONScanner.Failure) -> Fields {
            var fields = Fields()
            try scanner.object { (s: inout JSONScanner, key: JSONScanner.Key) throws(JSONScanner.Failure) in
                try fields.read(key, &s, &repeated)
            }
            return fields
        }

        mutating func read(_ key: JSONScanner.Key, _ s: inout JSONScanner, _ repeated: inout RepeatedStrings) throws(JSONScanner.Failure) {
            func text() throws(JSONScanner.Failure) -> String? { s.null() ? nil : try s.string() }
            func text(reusing last: inout JSONScanner.Reused?) throws(JSONScanner.Failure) -> String? {
                s.null() ? nil : try s.string(reusing: &last)
            }
            func whole() throws(JSONScanner.Failure) -> Int? { s.null() ? nil : try s.integer() }
            // By length first: a line has some twenty keys, and most lengths have one or two.
            switch key.bytes.count {
            case 2: if key == "id" { id = try whole(); return }
            case 3: if key == "end" { end = try whole(); return }
            case 4:
                if key == "path" { path = try text(reusing: &repeated.path); return }
                if key == "unit" { unit = try text(reusing: &repeated.unit); return }
            case 5:
                if key == "value" { value = s.null() ? nil : try s.number(); return }
                if key == "place" { place = try text(); return }
                if key == "quote" { quote = try text(); return }
                if key == "start" { start = try whole(); return }
            case 6:
                if key == "metric" { metric = try text(); return }
                if key == "period" { period = s.null() ? nil : try Self.period(&s); return }
                if key == "source" { source = try text(reusing: &repeated.source); return }
            case 7:
                if key == "article" { article = try text(reusing: &repeated.article); return }
                if key == "subject" { subject = try text(); return }
                if key == "surface" { surface = try text(); return }
                if key == "part_of" { partOf = try whole(); return }
            case 8:
                if key == "sentence" { sentence = try whole() ?? 1; return }
                if key == "ratio_of" { ratioOf = s.null() ? nil : try s.integers(); return }
                if key == "share_of" { shareOf = try whole(); return }
            case 9:
                if key == "paragraph" { paragraph = try whole() ?? 1; return }
                if key == "extracted" { extracted = s.null() ? false : try s.bool(); return }
                if key == "qualifier" {
                    let at = s.offset
                    guard let name = try text() else { return }
                    guard let q = Qualifier(rawValue: name) else {
                        throw JSONScanner.Failure(offset: at, message: "unknown qualifier \"\(name)\" (qualifiers are \(Qualifier.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    qualifier = q
                    return
                }
            default: break
            }
            try s.skipValue()   // state and country follow from place; other keys are the reader's own
        }

        /// `{"from": "2017-06", "to": "2017-06", "kind": "as_of"}`; months not written
        /// YYYY-MM are nil, refused with the claim's id by `record`.
        private static func period(_ s: inout JSONScanner) throws(JSONScanner.Failure) -> PeriodFields {
            let at = s.offset
            var p = PeriodFields()
            var (sawFrom, sawTo) = (false, false)
            try s.object { (s: inout JSONScanner, key: JSONScanner.Key) throws(JSONScanner.Failure) in
                if key == "from" { p.from = try s.month(); sawFrom = true }
                else if key == "to" { p.to = try s.month(); sawTo = true }
                else if key == "kind" {
                    let name = try s.string()
                    guard let k = Period.Kind(rawValue: name) else { throw s.fail("a period's kind is \"interval\" or \"as_of\"") }
                    p.kind = k
                }
                else { try s.skipValue() }
            }
            guard sawFrom, sawTo else { throw JSONScanner.Failure(offset: at, message: "a period needs \"from\" and \"to\"") }
            return p
        }

        struct PeriodFields {
            var from: YearMonth?, to: YearMonth?, kind = Period.Kind.interval
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
                guard let from = p.from, let to = p.to else { throw fail("period months must look like \"2017-06\"") }
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
