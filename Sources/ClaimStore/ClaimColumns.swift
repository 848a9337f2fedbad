#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// The place code given last: a text's claims mostly follow each other in one place,
    /// and comparing two codes costs less than hashing one.
    private var lastPlace: Int32 = -1
    /// Quotes and surfaces, as UTF-8.
    public private(set) var text: [UInt8] = []
    /// Whether `text` holds a letter outside ASCII that lowercases to ASCII (see
    /// TextSearch): worked out once all claims are in, nil before.
    public private(set) var textLowercasesToASCII: Bool?
    private var lastQuote: (start: Int, count: Int32)?

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
        article.append(articles.code(c.article))
        metric.append(metrics.code(c.metric))
        unit.append(units.code(c.unit))
        source.append(sources.code(c.source))
        subject.append(c.subject.map { subjects.code($0) } ?? -1)
        append(RowValues(c))
        var (quote, surface) = (c.quote, c.surface)
        quote.withUTF8 { appendQuote($0) }
        surface.withUTF8 { appendSurface($0) }
    }

    /// A claim's fields but its strings.
    struct RowValues {
        var id: Int, value: Double, qualifier: Qualifier, place: Place?, period: Period?
        var paragraph: Int, sentence: Int, span: Range<Int>?, relations: Relations
    }

    /// A claim's strings as UTF-8 (valid only for the call they are given to).
    struct RowText {
        var article, metric, unit, source: UnsafeBufferPointer<UInt8>
        var subject: UnsafeBufferPointer<UInt8>?
        var surface, quote: UnsafeBufferPointer<UInt8>
    }

    /// Adds a claim read in place (a dataset line): no String is made for a string
    /// the pools have, nor for its quote and surface.
    mutating func append(_ values: RowValues, _ texts: RowText) {
        article.append(articles.code(utf8: texts.article))
        metric.append(metrics.code(utf8: texts.metric))
        unit.append(units.code(utf8: texts.unit))
        source.append(sources.code(utf8: texts.source))
        subject.append(texts.subject.map { subjects.code(utf8: $0) } ?? -1)
        append(values)
        appendQuote(texts.quote)
        appendSurface(texts.surface)
    }

    private mutating func append(_ v: RowValues) {
        ids.append(v.id)
        qualifier.append(Int32(Qualifier.allCases.firstIndex(of: v.qualifier)!))
        place.append(v.place.map { code(of: $0) } ?? -1)
        value.append(v.value)
        periodFrom.append(v.period.map { Int32(clamping: $0.from.ordinal) } ?? Int32.min)
        periodTo.append(v.period.map { Int32(clamping: $0.to.ordinal) } ?? Int32.min)
        periodIsSnapshot.append(v.period?.kind == .asOf)
        paragraph.append(Int32(clamping: v.paragraph))
        sentence.append(Int32(clamping: v.sentence))
        spanStart.append(v.span?.lowerBound ?? -1)
        spanEnd.append(v.span?.upperBound ?? -1)
        if !v.relations.isEmpty {
            relationRows.append(ids.count - 1)
            relationValues.append(v.relations)
        }
    }

    /// Claims of one sentence follow each other: its text is stored once.
    private mutating func appendQuote(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let last = lastQuote, Int(last.count) == bytes.count,
           bytes.isEmpty || text.withUnsafeBufferPointer({ memcmp($0.baseAddress! + last.start, bytes.baseAddress!, bytes.count) == 0 }) {
            quoteStart.append(last.start)
            quoteCount.append(last.count)
            return
        }
        let (start, count) = store(bytes)
        quoteStart.append(start)
        quoteCount.append(count)
        lastQuote = (start, count)
    }

    private mutating func appendSurface(_ bytes: UnsafeBufferPointer<UInt8>) {
        let (start, count) = store(bytes)
        surfaceStart.append(start)
        surfaceCount.append(count)
    }

    /// Adds another set of columns' rows after these (the claims of a dataset's next
    /// block, or of a corpus's next article, their ids moved up by `offset`).
    mutating func append(contentsOf other: ClaimColumns, renumberedBy offset: Int = 0) {
        let (rows, bytes) = (count, text.count)
        func codes(_ column: [Int32], _ map: [Int32]) -> [Int32] { column.map { $0 < 0 ? $0 : map[Int($0)] } }
        article += codes(other.article, other.articles.names.map { articles.code($0) })
        metric += codes(other.metric, other.metrics.names.map { metrics.code($0) })
        unit += codes(other.unit, other.units.names.map { units.code($0) })
        source += codes(other.source, other.sources.names.map { sources.code($0) })
        subject += codes(other.subject, other.subjects.names.map { subjects.code($0) })
        place += codes(other.place, other.places.map { code(of: $0) })
        ids += offset == 0 ? other.ids : other.ids.map { $0 + offset }
        qualifier += other.qualifier; value += other.value
        periodFrom += other.periodFrom; periodTo += other.periodTo; periodIsSnapshot += other.periodIsSnapshot
        paragraph += other.paragraph; sentence += other.sentence; spanStart += other.spanStart; spanEnd += other.spanEnd
        quoteStart += other.quoteStart.map { $0 + bytes }; quoteCount += other.quoteCount
        surfaceStart += other.surfaceStart.map { $0 + bytes }; surfaceCount += other.surfaceCount
        text += other.text
        relationRows += other.relationRows.map { $0 + rows }
        relationValues += offset == 0 ? other.relationValues : other.relationValues.map { $0.renumbered(by: offset) }
        lastQuote = nil
        textLowercasesToASCII = nil
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
        if lastPlace >= 0, places[Int(lastPlace)].code == p.code { return lastPlace }
        if let code = placeCodes[p.code] {
            lastPlace = Int32(code)
        } else {
            lastPlace = Int32(places.count)
            placeCodes[p.code] = places.count
            places.append(p)
        }
        return lastPlace
    }

    private mutating func store(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int32) {
        let start = text.count
        text.append(contentsOf: bytes)
        textLowercasesToASCII = nil
        return (start, Int32(clamping: text.count - start))
    }

    /// The UTF-8 of row `row`'s quote, for the call.
    func withQuoteBytes<R>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[quoteStart[row]..<(quoteStart[row] + Int(quoteCount[row]))])) }
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

extension ClaimColumns.RowValues {
    init(_ c: Claim) {
        self.init(id: c.id, value: c.value, qualifier: c.qualifier, place: c.place, period: c.period,
                  paragraph: c.paragraph, sentence: c.sentence, span: c.span, relations: c.relations)
    }
}
