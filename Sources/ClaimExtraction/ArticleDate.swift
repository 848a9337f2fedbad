import ClaimStore

/// A calendar day: an article's date, against which "yesterday", "on Sunday" or
/// "last year" are read.
public struct Day: Sendable, Equatable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.length(of: month, in: year)).contains(day), (1000...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2017-07-21".
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    var yearMonth: YearMonth { YearMonth(year: year, month: month) }

    /// Days since 1970-01-01 (proleptic Gregorian calendar).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// 0 for Sunday … 6 for Saturday.
    var weekday: Int { ((ordinal % 7) + 11) % 7 }

    /// The day `days` later (earlier when negative).
    func adding(days: Int) -> Day {
        let z = ordinal + days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Day(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }

    private static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Finds the date an article gives itself: a date line near its top ("Friday, July 21,
/// 2017", "21 July 2017", "2017-07-21", "Published: March 5, 2007"), else the date of a
/// dateline opening its story ("LONDON, March 3, 2025 — …").
public enum ArticleDate {
    /// - Parameter dateline: the article's opening dateline (`Dateline.find`).
    static func find(_ article: ArticleText, dateline: Dateline?) -> Day? {
        for paragraph in article.paragraphs.prefix(4) where paragraph.range.count <= 60 {
            if let day = parse(Array(article.characters[paragraph.range])) { return day }
        }
        return dateline?.day
    }

    /// A date alone on its line, perhaps after a weekday or a word such as "Published:".
    static func parse(_ chars: [Unicode.Scalar]) -> Day? {
        let tokens = TextTokenizer.tokens(chars).filter { !($0.is(",") || $0.is(":") || $0.is(".")) }
        var i = 0
        while i < tokens.count, tokens[i].kind == .word, ContextFinder.monthNumbers[tokens[i].lower] == nil { i += 1 }
        guard i <= 2 else { return nil }   // "Friday", "Published", "Updated Friday"
        let rest = Array(tokens[i...])
        if rest.count == 5, rest[1].is("-"), rest[3].is("-"), let d = Day(rest.map(\.text).joined()) { return d }   // 2017-07-21
        guard rest.count == 3 else { return nil }
        if let m = ContextFinder.monthNumbers[rest[0].lower], let d = rest[1].number, let y = rest[2].number {   // July 21 2017
            return Day(year: Int(y), month: m, day: Int(d))
        }
        if let d = rest[0].number, let m = ContextFinder.monthNumbers[rest[1].lower], let y = rest[2].number {   // 21 July 2017
            return Day(year: Int(y), month: m, day: Int(d))
        }
        return nil
    }
}
