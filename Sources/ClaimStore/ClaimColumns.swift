/// The claims of a store as columns, one array per field, so that a query reads
/// only the fields it asks about and a million claims are a few arrays rather than
/// a million objects. Repeated strings (metric, unit, source, article, subject) are
/// codes into pools; places are codes into a list of places; quotes and surfaces are
/// ranges of one buffer of UTF-8, a sentence stored once however many claims quote it.
/// Row `r` is the r-th claim in id order as loaded; `Claim` objects are made from a
/// row only when a claim is shown.
public struct ClaimColumns: Sendable {
    public private(set) var ids: [Int] = []
    public private(set) var article: [Int32] = []
    public private(set) var metric: [Int32] = []
    public private(set) var unit: [Int32] = []
    public private(set) var source: [Int32] = []
    /// -1 where the claim names no subject.
    public private(set) var subject: [Int32] = []
    /// Index into `Qualifier.allCases`.
    public private(set) var qualifier: [Int32] = []
    /// -1 where the claim has no place.
    public private(set) var place: [Int32] = []
    public private(set) var value: [Double] = []
    /// Month ordinals (`YearMonth.ordinal`); `Int32.min` where there is no period.
    public private(set) var periodFrom: [Int32] = []
    public private(set) var periodTo: [Int32] = []
    public private(set) var periodIsSnapshot: [Bool] = []
    public private(set) var paragraph: [Int32] = []
    public private(set) var sentence: [Int32] = []
    /// Where each quote and surface lies in `text`.
    public private(set) var quoteStart: [Int] = []
    public private(set) var quoteCount: [Int32] = []
    public private(set) var surfaceStart: [Int] = []
    public private(set) var surfaceCount: [Int32] = []
    /// The quote's place in its article (`Claim.span`); -1 where unknown.
    public private(set) var spanStart: [Int] = []
    public private(set) var spanEnd: [Int] = []
    /// The rows of the few claims that state relations, in order, and their relations.
    /// (Arrays, not a dictionary: each new dictionary type costs start-up its runtime
    /// metadata, a third of a one-shot query's instructions.)
    public private(set) var relationRows: [Int] = []
    private var relationValues: [Relations] = []

    public private(set) var articles = StringPool()
    public private(set) var metrics = StringPool()
    public private(set) var units = StringPool()
    public private(set) var sources = StringPool()
    public private(set) var subjects = StringPool()
    /// The places the claims name, by code.
    public private(set) var places: [Place] = []
    private var placeCodes: [String: Int] = [:]
    /// Quotes and surfaces, as UTF-8.
    public private(set) var text: [UInt8] = []
    /// Whether `text` holds a letter outside ASCII that lowercases to ASCII (see
    /// TextSearch): worked out once all claims are in, nil before.
    public private(set) var textLowercasesToASCII: Bool?
    private var lastQuote: (start: Int, count: Int32, quote: String)?

    public init() {}

    public var count: Int { ids.count }

    /// Makes room for `rows` claims and `textBytes` of quotes and surfaces, so that a
    /// large load neither regrows its columns nor copies them to trim the slack.
    public mutating func reserve(rows: Int, textBytes: Int) {
        ids.reserveCapacity(rows); article.reserveCapacity(rows); metric.reserveCapacity(rows); unit.reserveCapacity(rows)
        source.reserveCapacity(rows); subject.reserveCapacity(rows); qualifier.reserveCapacity(rows); place.reserveCapacity(rows)
        value.reserveCapacity(rows); periodFrom.reserveCapacity(rows); periodTo.reserveCapacity(rows)
        periodIsSnapshot.reserveCapacity(rows); paragraph.reserveCapacity(rows); sentence.reserveCapacity(rows)
        quoteStart.reserveCapacity(rows); quoteCount.reserveCapacity(rows); surfaceStart.reserveCapacity(rows)
        surfaceCount.reserveCapacity(rows); spanStart.reserveCapacity(rows); spanEnd.reserveCapacity(rows)
        text.reserveCapacity(textBytes)
    }

    /// Adds a claim as the next row.
    public mutating func append(_ c: Claim) {
        ids.append(c.id)
        article.append(articles.code(c.article))
        metric.append(metrics.code(c.metric))
        unit.append(units.code(c.unit))
        source.append(sources.code(c.source))
        subject.append(c.subject.map { subjects.code($0) } ?? -1)
        qualifier.append(Int32(Qualifier.allCases.firstIndex(of: c.qualifier)!))
        place.append(c.place.map { code(of: $0) } ?? -1)
        value.append(c.value)
        periodFrom.append(c.period.map { Int32(clamping: $0.from.ordinal) } ?? Int32.min)
        periodTo.append(c.period.map { Int32(clamping: $0.to.ordinal) } ?? Int32.min)
        periodIsSnapshot.append(c.period?.kind == .asOf)
        paragraph.append(Int32(clamping: c.paragraph))
        sentence.append(Int32(clamping: c.sentence))
        // Claims of one sentence follow each other: its text is stored once.
        if let last = lastQuote, last.quote == c.quote {
            quoteStart.append(last.start)
            quoteCount.append(last.count)
        } else {
            let (start, count) = store(c.quote)
            quoteStart.append(start)
            quoteCount.append(count)
            lastQuote = (start, count, c.quote)
        }
        let (start, count) = store(c.surface)
        surfaceStart.append(start)
        surfaceCount.append(count)
        spanStart.append(c.span?.lowerBound ?? -1)
        spanEnd.append(c.span?.upperBound ?? -1)
        if !c.relations.isEmpty {
            relationRows.append(ids.count - 1)
            relationValues.append(c.relations)
        }
    }

    /// Gives the memory kept for growth back, once every claim is in.
    mutating func finish() {
        lastQuote = nil
        textLowercasesToASCII = text.withUnsafeBufferPointer(TextSearch.holdsASCIILowercasing)
        func trim<T>(_ a: inout [T]) { if a.capacity > a.count + a.count / 8 { a = Array(a) } }
        trim(&ids); trim(&article); trim(&metric); trim(&unit); trim(&source); trim(&subject); trim(&qualifier)
        trim(&place); trim(&value); trim(&periodFrom); trim(&periodTo); trim(&periodIsSnapshot); trim(&paragraph)
        trim(&sentence); trim(&quoteStart); trim(&quoteCount); trim(&surfaceStart); trim(&surfaceCount)
        trim(&spanStart); trim(&spanEnd); trim(&text)
    }

    // MARK: Reading a row

    public func quote(_ row: Int) -> String {
        string(quoteStart[row], quoteCount[row])
    }

    public func surface(_ row: Int) -> String {
        string(surfaceStart[row], surfaceCount[row])
    }

    public func period(_ row: Int) -> Period? {
        guard periodFrom[row] != Int32.min else { return nil }
        return Period(from: YearMonth(ordinal: Int(periodFrom[row])), to: YearMonth(ordinal: Int(periodTo[row])),
                      kind: periodIsSnapshot[row] ? .asOf : .interval)
    }

    public func placeOf(_ row: Int) -> Place? {
        place[row] < 0 ? nil : places[Int(place[row])]
    }

    /// The claim in row `row`, made afresh.
    public func claim(_ row: Int) -> Claim {
        Claim(id: ids[row], article: articles[article[row]], metric: metrics[metric[row]], value: value[row],
              qualifier: Qualifier.allCases[Int(qualifier[row])], unit: units[unit[row]], place: placeOf(row), period: period(row),
              source: sources[source[row]], surface: surface(row), quote: quote(row),
              paragraph: Int(paragraph[row]), sentence: Int(sentence[row]), relations: relations(row),
              subject: subject[row] < 0 ? nil : subjects[subject[row]],
              span: spanStart[row] < 0 ? nil : spanStart[row]..<spanEnd[row])
    }

    /// The relations row `row` states (none for most).
    public func relations(_ row: Int) -> Relations {
        guard !relationRows.isEmpty else { return Relations() }
        var (low, high) = (0, relationRows.count)
        while low < high {
            let mid = (low + high) / 2
            if relationRows[mid] < row { low = mid + 1 } else { high = mid }
        }
        return low < relationRows.count && relationRows[low] == row ? relationValues[low] : Relations()
    }

    // MARK: Storage

    private mutating func code(of p: Place) -> Int32 {
        if let code = placeCodes[p.code] { return Int32(code) }
        let code = places.count
        places.append(p)
        placeCodes[p.code] = code
        return Int32(code)
    }

    private mutating func store(_ s: String) -> (Int, Int32) {
        let start = text.count
        var s = s
        s.withUTF8 { text.append(contentsOf: $0) }
        textLowercasesToASCII = nil
        return (start, Int32(clamping: text.count - start))
    }

    private func string(_ start: Int, _ count: Int32) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + Int(count))]), as: UTF8.self) }
    }
}

/// The claims of a store in id order, each made from its row when it is read.
public struct ClaimList: RandomAccessCollection, Sendable {
    public let columns: ClaimColumns

    public var startIndex: Int { 0 }
    public var endIndex: Int { columns.count }

    public subscript(row: Int) -> Claim {
        columns.claim(row)
    }

    /// The same claims, in order, as `claims`.
    public static func == (a: ClaimList, b: [Claim]) -> Bool {
        a.elementsEqual(b)
    }
}
