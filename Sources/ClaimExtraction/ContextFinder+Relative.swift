import ClaimStore

/// Times said relative to the article's date: "yesterday", "today", "on Sunday",
/// "last week", "this month", "last year", "next year", "the year before", "the
/// previous year", "a year earlier", "three years ago". Periods
/// count in months, so a day or a week becomes the month it falls in.
extension ContextFinder {
    /// (The words are compared as tokens, two words each: a switch over the word's string
    /// compared it with each case in turn, through the standard library, at every word that
    /// may start a time.)
    func relative(at i: Int, to date: Day) -> (Period, Int)? {
        let token = tokens[i]
        if token.isLower("yesterday") { return (month(of: date.adding(days: -1)), i + 1) }
        if token.isLower("the") {
            if i + 2 < tokens.count, tokens[i + 1].isLower("following") || tokens[i + 1].isLower("next") || tokens[i + 1].isLower("previous"),
               tokens[i + 2].isLower("day") {
                // "the following day": a day from the events told, which are the article's.
                return (month(of: date.adding(days: tokens[i + 1].isLower("previous") ? -1 : 1)), i + 3)
            }
            return isWord(i + 1, "past") || isWord(i + 1, "last") ? recent(at: i + 2, to: date) : nil
        }
        if token.isLower("today") || token.isLower("tonight") { return (month(of: date), i + 1) }
        if token.isLower("last") || token.isLower("this") || token.isLower("next") {
            // (Not "the last year of the war": a part of something else.)
            guard let unit = next(i + 1), !isWord(i + 2, "of") else { return nil }
            let step = token.isLower("last") ? -1 : token.isLower("this") ? 0 : 1
            if unit.isLower("week") { return (month(of: date.adding(days: 7 * step)), i + 2) }
            if unit.isLower("month") {
                let m = date.yearMonth.ordinal + step
                return (Period(from: YearMonth(ordinal: m), to: YearMonth(ordinal: m)), i + 2)
            }
            if unit.isLower("year") { return (year(date.year + step), i + 2) }
            if unit.isLower("weekend") {   // "last weekend": the Saturday before the article's week
                return step < 0 ? (month(of: before(date, 6, lastWeek: true)), i + 2) : nil
            }
            // "last Sunday", "this Friday"
            guard step <= 0, let weekday = Self.weekdays[unit.lower] else { return nil }
            return (month(of: before(date, weekday, lastWeek: step < 0)), i + 2)
        }
        if token.isLower("on") {
            // "on Sunday", "on Saturday night": the latest such day up to the article's date.
            guard let weekday = next(i + 1).flatMap({ Self.weekdays[$0.lower] }) else { return nil }
            return (month(of: before(date, weekday, lastWeek: false)), i + 2)
        }
        if token.isLower("ago") {
            // "three years ago", "2 months ago", "a decade ago" (the figure itself is a claim, or not, elsewhere).
            guard i >= 2, let unit = next(i - 1),
                  let n = next(i - 2).flatMap({ $0.isLower("a") || $0.isLower("an") ? 1 : Self.count($0) }) else { return nil }
            if unit.isLower("minute") || unit.isLower("minutes") || unit.isLower("hour") || unit.isLower("hours") { return (month(of: date), i + 1) }
            if unit.isLower("day") || unit.isLower("days") { return (month(of: date.adding(days: -n)), i + 1) }
            if unit.isLower("week") || unit.isLower("weeks") { return (month(of: date.adding(days: -7 * n)), i + 1) }
            if unit.isLower("month") || unit.isLower("months") {
                let m = YearMonth(ordinal: date.yearMonth.ordinal - n)
                return (Period(from: m, to: m), i + 1)
            }
            let decades = unit.isLower("decade") || unit.isLower("decades")
            guard decades || unit.isLower("year") || unit.isLower("years") else { return nil }
            let y = date.year - n * (decades ? 10 : 1)
            return (Period(from: YearMonth(year: y, month: date.month), to: YearMonth(year: y, month: date.month)), i + 1)
        }
        // A weekday standing alone: "Sunday's vote drew 40 percent".
        guard let weekday = Self.weekdays[token.lower], token.isCapitalized else { return nil }
        return (month(of: before(date, weekday, lastWeek: false)), i + 1)
    }

    /// "a year earlier", "the year before", "the previous year", "a year later", "the
    /// following year", "a decade earlier": the time `told` of last, that many years before
    /// or after, not the article's date moved ("At least 38 died in 2025, compared with 61 a year
    /// earlier": 2024). With none told, from the article's year, if it is dated ("a year later"
    /// and "the year after" then say nothing: later than what was told of, not than the article).
    func yearAfterOrBefore(at i: Int, told: Period?, date: Day?) -> (Period, Int)? {
        // (Asked of nearly every "a" and "the" once a year is told: "year" or "decade" next or
        // after next, by the words' class, before any word is compared; the table only after "year".)
        guard told != nil || date != nil, i + 2 < tokens.count,
              tokens[i + 1].classes.contains(.timeUnit) || tokens[i + 2].classes.contains(.timeUnit) else { return nil }
        let (isA, isThe) = (tokens[i].isLower("a"), tokens[i].isLower("the"))
        guard isA || isThe else { return nil }
        let step: Int
        if isA, isWord(i + 1, "year") || isWord(i + 1, "decade"), isWord(i + 2, "earlier") || isWord(i + 2, "later") {
            step = (isWord(i + 2, "earlier") ? -1 : 1) * (isWord(i + 1, "decade") ? 10 : 1)
        } else if isThe, isWord(i + 1, "year"), isWord(i + 2, "before") || isWord(i + 2, "after") {
            step = isWord(i + 2, "before") ? -1 : 1
        } else if isThe, isWord(i + 2, "year"), let s = Self.yearSteps[tokens[i + 1].lower] {
            step = s
        } else {
            return nil
        }
        if told == nil, isWord(i + 2, "later") || isWord(i + 2, "after") { return nil }
        guard let anchor = told ?? date.map({ year($0.year) }) else { return nil }
        // The time told moves whole, by years: a month to that month ("45 in February, 38 a year
        // earlier": February's), a span of years with it ("the 2023-24 school year" a decade
        // earlier is 2013-14's).
        let (from, to) = (YearMonth(year: anchor.from.year + step, month: anchor.from.month), YearMonth(year: anchor.to.year + step, month: anchor.to.month))
        return (Period(from: from, to: to), i + 3)
    }

    static let yearSteps: WordMap<Int> = ["previous": -1, "prior": -1, "following": 1, "next": 1]

    /// "(the past) decade", "(the last) five years", "(the past) 12 months": the months
    /// up to the article's, that many of them. Not "the last year of the war" (a part of
    /// something else).
    private func recent(at k: Int, to date: Day) -> (Period, Int)? {
        var k = k
        var n = 1
        if let t = next(k), let count = Self.count(t) { (n, k) = (count, k + 1) }
        guard let unit = next(k)?.lower, !isWord(k + 1, "of") else { return nil }
        let months: Int
        switch unit {
        case "decade", "decades": months = 120 * n
        case "year", "years": months = 12 * n
        case "month", "months": months = n
        default: return nil
        }
        let end = date.yearMonth.ordinal
        return (Period(from: YearMonth(ordinal: end - months + 1), to: YearMonth(ordinal: end)), k + 1)
    }

    /// The latest `weekday` on or before `date` (strictly before it, and a week back
    /// at least, for "last Sunday").
    private func before(_ date: Day, _ weekday: Int, lastWeek: Bool) -> Day {
        var back = (date.weekday - weekday + 7) % 7
        if lastWeek && back == 0 { back = 7 }
        return date.adding(days: -back)
    }

    private func year(_ y: Int) -> Period {
        Period(from: YearMonth(year: y, month: 1), to: YearMonth(year: y, month: 12))
    }

    private func month(of day: Day) -> Period {
        Period(from: day.yearMonth, to: day.yearMonth)
    }

    /// "3", "three": a small whole count.
    static func count(_ t: TextToken) -> Int? {
        if let n = t.number, n == n.rounded(), n >= 1, n <= 200 { return Int(n) }
        return (NumberWords.units[t.lower] ?? NumberWords.tens[t.lower]).map { Int($0) }
    }

    static let weekdays: WordMap<Int> = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]
}
