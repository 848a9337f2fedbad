extension ClaimDataset {
    /// Reads one line (without its line break). Errors name the file, line and column.
    public static func record(_ line: UnsafeBufferPointer<UInt8>, number: Int, file: String) throws(LoadError) -> Record {
        var repeated = RepeatedStrings()
        var places = PlaceReader()
        return try fields(line, number: number, file: file).record(line: number, file: file, repeated: &repeated, places: &places)
    }

    /// One line's keys, read; a line that is not one JSON object is refused with its column.
    static func fields(_ line: UnsafeBufferPointer<UInt8>, number: Int, file: String) throws(LoadError) -> Fields {
        var scanner = JSONScanner(line)
        do throws(JSONScanner.Failure) {
            let fields = try Fields.read(&scanner)
            guard scanner.atEnd else { throw scanner.fail("one claim per line: more follows the object") }
            return fields
        } catch {
            let column = String(decoding: UnsafeBufferPointer(rebasing: line[..<min(error.offset, line.count)]), as: UTF8.self).unicodeScalars.count + 1
            throw LoadError(file: "\(file):\(number):\(column)", message: error.message)
        }
    }

    /// The strings that repeat from claim to claim (article, path, unit, source), each
    /// kept as last made, so that a claim with the same one makes no new String.
    struct RepeatedStrings {
        var article = Reused(), path = Reused(), unit = Reused(), source = Reused()

        struct Reused {
            private var bytes: [UInt8] = []
            private var text: String?

            mutating func string(_ b: UnsafeBufferPointer<UInt8>) -> String {
                if let text, b.elementsEqual(bytes) { return text }
                let made = String(decoding: b, as: UTF8.self)
                (bytes, text) = (Array(b), made)
                return made
            }
        }
    }

    /// Place codes as read, each parsed once: nil for "ZZ" (no place), else the place.
    struct PlaceReader {
        private var raw = StringPool()
        private var parsed: [Place??] = []

        /// `.none` when the code is not a place code at all.
        mutating func place(_ code: UnsafeBufferPointer<UInt8>) -> Place?? {
            let k = Int(raw.code(utf8: code))
            if k == parsed.count {
                let text = raw[Int32(k)]
                parsed.append(text.uppercased() == "ZZ" ? .some(nil) : Place(code: text).map { .some($0) } ?? .none)
            }
            return parsed[k]
        }
    }

    /// The keys of one line (or one claim of a claims file) as read, its strings left
    /// where they lie; checked by `values`, made into a claim by `record` or into a
    /// row of columns by `withText`.
    struct Fields {
        typealias Text = JSONScanner.RawText
        var id: Int?, article: Text?, path: Text?, metric: Text?, subject: Text?
        var value: Double?, qualifier: Qualifier?, unit: Text?, place: Text?
        var period: PeriodFields?
        var source: Text?, surface: Text?, quote: Text?, paragraph = 1, sentence = 1
        var start: Int?, end: Int?, extracted = false
        var partOf: Int?, ratioOf: [Int]?, shareOf: Int?
        /// The bytes read (valid while the reader's buffer is) and the strings that had escapes, decoded.
        private(set) var line: UnsafeBufferPointer<UInt8>
        private var scratch: [UInt8] = []

        /// Reads an object from where `scanner` stands.
        static func read(_ scanner: inout JSONScanner) throws(JSONScanner.Failure) -> Fields {
            var fields = Fields(line: scanner.text)
            try scanner.object { (s: inout JSONScanner, key: JSONScanner.Key) throws(JSONScanner.Failure) in
                try fields.read(key, &s)
            }
            return fields
        }

        private init(line: UnsafeBufferPointer<UInt8>) {
            self.line = line
        }

        mutating func read(_ key: JSONScanner.Key, _ s: inout JSONScanner) throws(JSONScanner.Failure) {
            func text() throws(JSONScanner.Failure) -> Text? { s.null() ? nil : try s.text(&scratch) }
            func whole() throws(JSONScanner.Failure) -> Int? { s.null() ? nil : try s.integer() }
            // By length first: a line has some twenty keys, and most lengths have one or two.
            switch key.bytes.count {
            case 2: if key == "id" { id = try whole(); return }
            case 3: if key == "end" { end = try whole(); return }
            case 4:
                if key == "path" { path = try text(); return }
                if key == "unit" { unit = try text(); return }
            case 5:
                if key == "value" { value = s.null() ? nil : try s.number(); return }
                if key == "place" { place = try text(); return }
                if key == "quote" { quote = try text(); return }
                if key == "start" { start = try whole(); return }
            case 6:
                if key == "metric" { metric = try text(); return }
                if key == "period" { period = s.null() ? nil : try Self.period(&s); return }
                if key == "source" { source = try text(); return }
            case 7:
                if key == "article" { article = try text(); return }
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
                    guard let name = s.null() ? nil : try s.string() else { return }
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
        /// YYYY-MM are nil, refused with the claim's id by `values`.
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

        /// The fields but the strings, checked; the strings a claim needs must be there.
        /// - Parameter hasArticle: whether a missing "article" is supplied by the reader.
        func values(line: Int, file: String, places: inout PlaceReader, hasArticle: Bool = false) throws(LoadError) -> ClaimColumns.RowValues {
            func fail(_ message: String) -> LoadError {
                LoadError(file: "\(file):\(line)", claim: self.id, message: message)
            }
            func require(_ present: Bool, _ key: String) throws(LoadError) {
                guard present else { throw fail("\"\(key)\" is missing") }
            }
            guard let claimID = self.id else { throw fail("\"id\" is missing") }
            guard (1...Claim.maximumID).contains(claimID) else { throw fail("id must be a whole number from 1 to \(Claim.maximumID)") }
            guard let value else { throw fail("\"value\" is missing") }
            var place: Place?
            if let code = self.place {
                guard let read = withBytes(code, { places.place($0) }) else {
                    throw fail("place \"\(string(code))\" is not an ISO code like \"US\" or \"US-CA\" (or null)")
                }
                place = read
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
            try require(article != nil || hasArticle, "article")
            try require(metric != nil, "metric")
            try require(unit != nil, "unit")
            try require(surface != nil, "surface")
            try require(quote != nil, "quote")
            return ClaimColumns.RowValues(
                id: claimID, value: value, qualifier: qualifier ?? .exact, place: place, period: period,
                paragraph: paragraph, sentence: sentence, span: span,
                relations: Relations(partOf: partOf, ratioOf: ratioOf.map { ($0[0], $0[1]) }, shareOf: shareOf))
        }

        /// The line as a claim. - Parameter article: the claim's article when the line names none.
        func record(line: Int, file: String, repeated: inout RepeatedStrings, places: inout PlaceReader,
                    article defaultArticle: String? = nil) throws(LoadError) -> Record {
            let v = try values(line: line, file: file, places: &places, hasArticle: defaultArticle != nil)
            let claim = Claim(
                id: v.id, article: article.map { withBytes($0) { repeated.article.string($0) } } ?? defaultArticle!,
                metric: string(metric!), value: v.value, qualifier: v.qualifier,
                unit: withBytes(unit!) { repeated.unit.string($0) }, place: v.place, period: v.period,
                source: source.map { withBytes($0) { repeated.source.string($0) } } ?? "author",
                surface: string(surface!), quote: string(quote!), paragraph: v.paragraph, sentence: v.sentence,
                relations: v.relations, subject: subject.map(string), span: v.span)
            return Record(claim: claim, path: path.map { withBytes($0) { repeated.path.string($0) } }, extracted: extracted, line: line)
        }

        /// The claim's strings as UTF-8, for a row of columns; `values` must have passed.
        func withText<R>(_ body: (ClaimColumns.RowText) -> R) -> R {
            scratch.withUnsafeBufferPointer { scratch in
                func bytes(_ t: Text) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: (t.inScratch ? scratch : line)[t.start..<(t.start + t.count)])
                }
                return body(ClaimColumns.RowText(
                    article: bytes(article!), metric: bytes(metric!), unit: bytes(unit!),
                    source: source.map(bytes) ?? Self.author, subject: subject.map(bytes),
                    surface: bytes(surface!), quote: bytes(quote!)))
            }
        }

        private static let authorBytes: StaticString = "author"
        private static var author: UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: authorBytes.utf8Start, count: authorBytes.utf8CodeUnitCount)
        }

        func withBytes<R>(_ t: Text, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            t.withBytes(line, scratch, body)
        }

        func string(_ t: Text) -> String {
            withBytes(t) { String(decoding: $0, as: UTF8.self) }
        }
    }
}
