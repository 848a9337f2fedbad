import ClaimStore

/// Where, when and according to whom a sentence says its numbers: the periods,
/// places and sources its words give, each with its offsets so the nearest can
/// be chosen for each number.
struct ContextFinder {
    struct Found<T> {
        let value: T
        let range: Range<Int>
        /// Said in passing: a place by its demonym ("Syrian refugees").
        var isDemonym = false
        /// A place things come from ("after traveling back from Florida"), not where they are.
        var isOrigin = false
        /// A federal body that says "US" ("ICE"): a name that a figure may be about too.
        var isBody = false
        /// A source for its own sentence only: "according to X, …" credits no sentence after it.
        var isOwnSentenceOnly = false
        /// After "than": what a figure before it is compared with ("higher than New York's").
        var isComparedWith = false
        /// A time a level compared with has ("down from 66 percent in 2019"; see
        /// `ClaimExtractor.isComparedLevelsTime`), set where the sentence's times are read.
        var isComparedLevels = false
    }

    let chars: [Unicode.Scalar]
    let tokens: [TextToken]
    /// The article's date, which relative times ("yesterday", "last year") are read against.
    let date: Day?

    /// Whether some word of the sentence is one of `documents` (most sentences name none;
    /// three searches for documents ask it).
    let hasDocumentWord: Bool

    init(_ chars: [Unicode.Scalar], date: Day? = nil) {
        self.chars = chars
        self.date = date
        let tokens = TextTokenizer.tokens(chars)
        self.tokens = tokens
        hasDocumentWord = tokens.indices.contains { tokens[$0].classes.contains(.document) }
    }

    // MARK: Periods

    /// "from January 2014 to May 2017", "between January and February 2017",
    /// "between 2015 and 2017", "as of June 2017", "in 2016", "June 2017".
    /// "a year earlier", "the previous year": a year before the one told of last, in the
    /// sentence or in `told` (the period the sentences before carry), else the article's.
    /// `toldHere`: whether `told` was told in this paragraph (a quarter with no year is of a
    /// year told there, not of one told paragraphs before).
    func periods(after told: Period? = nil, toldHere: Bool = true) -> [Found<Period>] {
        var found: [Found<Period>] = []
        var i = 0
        while i < tokens.count {
            // "its worst result since it came to power in 1994": what is compared with runs to
            // its clause's end, and its times are not the figure's.
            if tokens[i].classes.contains(.period), tokens[i].isLower("since"), comparesSince(i) {
                i += 1
                while i < tokens.count, !Self.comparisonEnds.contains(tokens[i].lower) { i += 1 }
                continue
            }
            // (Most words start no period: asked here, not in a call for every token.)
            if tokens[i].classes.contains(.period),
               let (period, end) = period(at: i, after: found.last?.value ?? told, toldHere: found.last != nil || toldHere) {
                // ("the same month last year" starts at "the": a figure just before is near it.)
                let start = i >= 3 && tokens[i - 2].isLower("same") && tokens[i - 3].isLower("the") ? i - 3 : i
                found.append(Found(value: period, range: tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// The period starting at token `i`, a word of the period class, and where it ends;
    /// `told` is the period told of last (see `periods(after:)`).
    private func period(at i: Int, after told: Period?, toldHere: Bool) -> (Period, Int)? {
        // "a net loss for the second quarter", "profit for the first half of 2024": a part of a
        // year, and nothing else, after "for" (a common word: asked first, and alone).
        // A part of a year after the word: "(in) the second quarter" (of a year told in this
        // paragraph, when it says none).
        func partOfAYear() -> (Period, Int)? {
            partOf(at: i + 1, told: toldHere ? told : nil).map { (Period(from: $0.0.from, to: $0.0.to), $0.1) }
        }
        // After "for", else, a time said as after "in": "for 2024", "for the whole of 2024", "for the
        // 2025-26 school year"; not a month alone ("support for May" may be for a person).
        let isFor = tokens[i].isLower("for")
        if isFor {
            if let part = partOfAYear() { return part }
            // (Only a year may follow then: asked of the next word first, "for" being so common.)
            let k = pastTimeQualifier(i + 1)
            guard let t = next(k), t.kind == .digits || t.isLower("the") && next(k + 1)?.kind == .digits
                    || t.isLower("fiscal") || t.isLower("financial") else { return nil }
        }
        let word = tokens[i].lower
        // (Either is the base of a change, "rose 15 percent from a year earlier", and then no period.)
        if let found = yearAfterOrBefore(at: i, told: told, date: date) ?? date.flatMap({ relative(at: i, to: $0) }) {
            let start = tokens[i].isLower("ago") ? i - 2 : i
            if isChangeBase(start) { return nil }
            return sameTimeAYearBefore(start, told: told).map { ($0, found.1) } ?? found
        }
        // "(in) the three months to September", "(through) the first ten months of the year".
        // (Most "the"s are not: the word "months" is looked for first.)
        if i + 2 < tokens.count, tokens[i + 2].range.count == 6 || i + 3 < tokens.count && tokens[i + 3].range.count == 6,
           tokens[i].isLower("the"), let found = spanOfMonths(at: i + 1, told: told) { return found }
        // The word that may open a period, found once (most period words are none of these).
        let head = Self.periodHeads[word]
        // "its worst result since 1997", "a level not seen since 2008": the year compared with, not the claim's.
        if head == .since, comparesSince(i) { return nil }
        // "since 2020", "since March 2021", "since mid-June", in a dated article: from then to the article's month.
        if head == .since, let date, let (m, end) = datedMoment(at: pastTimeQualifier(i + 1)), m.from <= date.yearMonth {
            return (Period(from: m.from, to: date.yearMonth), end)
        }
        // "on March 2": a day of a month.
        if head == .on, next(i + 2)?.kind == .digits, let (m, end) = moment(at: i + 1) {
            return m.yearless ? monthOfTheYear(at: i + 1) : (Period(from: m.from, to: m.to), end)
        }
        if head == .as, isWord(i + 1, "of"), let (m, end) = moment(at: i + 2) {
            // "as of June": of the article's year, if it is dated; no period otherwise.
            guard let year = m.year ?? date?.year else { return nil }
            let month = YearMonth(year: year, month: m.from.month)
            return (Period(from: m.yearless ? month : m.from, to: m.yearless ? month : m.to, kind: .asOf), end)
        }
        if head == .from || head == .between, let (a, mid) = moment(at: i + 1),
           let link = next(mid), link.lower == (head == .from ? "to" : "and") || (head == .from && link.isLower("until")),
           let (b, end) = moment(at: mid + 1) {
            // "between January and February 2017": the first month takes the second's year;
            // "from November 20 to December 11", no year at all: the article's, if it is dated.
            guard let year = b.year ?? date?.year else { return nil }
            let to = b.yearless ? YearMonth(year: year, month: b.to.month) : b.to
            var from = a.yearless ? YearMonth(year: year, month: a.from.month) : a.from
            if a.yearless, from > to { from = YearMonth(year: to.year - 1, month: a.from.month) }   // "from November to March 2017"
            guard from <= to else { return nil }   // "from January 2020 to May" in an article of 2015: no period
            return (Period(from: from, to: to), end)
        }
        // "11 percent more than in 2020", "double the number in 2015": the year compared
        // with, not the claim's.
        if head == .in || isFor, !(i > 0 && Self.comparedWith.contains(tokens[i - 1].lower)) {
            // ("in early 2024", "in late March", "in mid-2023", "in all of 2024": of that year or month.)
            if let (m, end) = moment(at: pastTimeQualifier(i + 1)), !m.yearless { return (Period(from: m.from, to: m.to), end) }
            if !isFor, let found = monthOfTheYear(at: pastTimeQualifier(i + 1)) { return found }
            // "in fiscal 2021", "in financial year 2019": the year it ends in, whole
            // (when a fiscal year starts differs from body to body).
            if isWord(i + 1, "fiscal") || isWord(i + 1, "financial") {
                var k = i + 2
                if isWord(k, "year") { k += 1 }
                if let t = next(k), let year = Self.year(t) {
                    return (Period(from: YearMonth(year: year, month: 1), to: YearMonth(year: year, month: 12)), k + 1)
                }
            }
            // "in the 2022-23 school year", "during the 2019–20 season": a year across two.
            if isWord(i + 1, "the"), let (m, end) = moment(at: i + 2), m.from.year != m.to.year {
                var k = end
                if let w = next(k), Self.yearKinds.contains(w.lower) {
                    k += 1
                    let academic = w.isLower("school") || w.isLower("academic")
                    if isWord(k, "year") { k += 1 }
                    if academic {   // September to August
                        return (Period(from: YearMonth(year: m.from.year, month: 9), to: YearMonth(year: m.to.year, month: 8)), k)
                    }
                }
                return (Period(from: m.from, to: m.to), k)
            }
            // "during the 1991 Hajj", "in the 2016 election", "in the 1990s"
            if isWord(i + 1, "the"), let t = next(i + 2), let year = Self.year(t), !(next(i + 3)?.is("-") ?? false) {
                let decade = year % 10 == 0 && next(i + 3).map { $0.isLower("s") && !$0.spaced } == true
                let last = decade ? year + 9 : year
                return (Period(from: YearMonth(year: year, month: 1), to: YearMonth(year: last, month: 12)), decade ? i + 4 : i + 3)
            }
            if let found = partOfAYear() { return found }
        }
        return nil
    }

    /// "(in the) three months to September", "(the) 12 months through March 2025", "(the) first
    /// ten months of the year": the months counted back from the month named (of the year it
    /// names, else the latest such month up to the article's date, else of the year told), or
    /// from January of the year named.
    private func spanOfMonths(at k: Int, told: Period?) -> (Period, Int)? {
        guard let span = monthsSpan(at: k), let t = next(span.count), let n = Self.count(t), n <= 60 else { return nil }
        if span.fromTheStart {
            var year: Int?
            var end = span.next + 1
            if isWord(span.next, "the"), isWord(span.next + 1, "year") {
                (year, end) = (date?.year ?? told?.to.year, span.next + 2)
            } else if let y = next(span.next).flatMap(Self.year) {
                year = y
            }
            guard let year, n <= 12 else { return nil }
            return (Period(from: YearMonth(year: year, month: 1), to: YearMonth(year: year, month: n)), end)
        }
        guard let (m, end) = moment(at: span.next), m.from == m.to else { return nil }
        var last = m.from
        if m.yearless {
            if let date {
                last = YearMonth(year: m.from.month <= date.month ? date.year : date.year - 1, month: m.from.month)
            } else if let told {
                last = YearMonth(year: told.to.year, month: m.from.month)
            } else {
                return nil
            }
        }
        return (Period(from: YearMonth(ordinal: last.ordinal - n + 1), to: last), end)
    }

    /// The words of a span of months from `k` (after "the"): "three months to September",
    /// "first ten months of …": where its count is, whether it runs from the year's start,
    /// and where the month it runs to (or what it is "of") starts. `spanOfMonths` dates this
    /// reading; `ClaimExtractor.namesASpanOfMonths` keeps its count from being a claim.
    func monthsSpan(at k: Int) -> (count: Int, fromTheStart: Bool, next: Int)? {
        let first = isWord(k, "first")
        let at = first ? k + 1 : k
        guard isWord(at + 1, "months") else { return nil }
        if first { return isWord(at + 2, "of") ? (at, true, at + 3) : nil }
        guard let link = next(at + 2), Self.spanEnds.contains(link.lower),
              let month = next(at + 3), Self.monthNumbers[month.lower] != nil else { return nil }
        return (at, false, at + 3)
    }

    /// What ends a span of months at the month after it: "the three months to September".
    static let spanEnds: WordSet = ["to", "through", "ending", "ended", "until", "till"]

    /// Whether "since" at `i` ends a comparison: a superlative or "not" a few words
    /// before it in its clause ("the lowest since", "the first time since", "not seen since").
    private func comparesSince(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, k >= i - 5, !tokens[k].is(","), !tokens[k].is(";") {
            let w = tokens[k].lower
            if Self.superlatives.contains(w) || w.endsWith("iest") && w.characterCount > 5 { return true }
            k -= 1
        }
        return false
    }

    /// Whether the relative time starting at token `start` is what a figure before it is
    /// compared with, not when it holds: "rose 15 percent from a year earlier", "40 million
    /// tonnes, up from last year", "8% higher than a year ago", "compared with last year",
    /// "over the same period last year". (Not "a fall from the year before, when it was
    /// 40 percent": no figure comes before it; nor "rose 3% over the past year": a span.)
    private func isChangeBase(_ start: Int) -> Bool {
        var k = start - 1
        // "the same period last year", "the same month a year earlier"
        let same = k >= 2 && tokens[k - 2].isLower("the") && tokens[k - 1].isLower("same")
        if same { k -= 3 }
        guard k >= 1 else { return false }
        let word = tokens[k].lower
        if word == "with" || word == "to" { return tokens[k - 1].isLower("compared") }
        guard word == "from" || word == "than" || word == "on" || word == "over" && same else { return false }
        if Self.comparatives.contains(tokens[k - 1].lower) { return true }
        // A figure just before: "15 percent from", "40 million tonnes on".
        return (max(0, k - 3)..<k).contains { tokens[$0].kind == .digits }
    }

    /// "in October … up from 40 in the same month last year": after "the same month", "the same
    /// quarter" or "the same period", a year back (at `start`: "last year", "a year earlier",
    /// "a year ago", "the previous year", "the year before") is the time told of last a year
    /// before (else, for "the same month", the article's month a year before), not the whole
    /// of last year.
    private func sameTimeAYearBefore(_ start: Int, told: Period?) -> Period? {
        guard start >= 2, tokens[start - 2].isLower("same"), Self.sameTimes.contains(tokens[start - 1].lower) else { return nil }
        // (With none told, "the same month" is the article's; "the same period" says nothing.)
        let ofTheArticle = tokens[start - 1].isLower("month") ? date.map { Period(from: $0.yearMonth, to: $0.yearMonth) } : nil
        guard let anchor = told ?? ofTheArticle else { return nil }
        let aYearBack = isWord(start, "last") && isWord(start + 1, "year")
            || isWord(start, "a") && isWord(start + 1, "year") && (isWord(start + 2, "earlier") || isWord(start + 2, "ago"))
            || isWord(start, "the") && (isWord(start + 1, "previous") || isWord(start + 1, "prior")) && isWord(start + 2, "year")
            || isWord(start, "the") && isWord(start + 1, "year") && isWord(start + 2, "before")
        guard aYearBack else { return nil }
        return Period(from: YearMonth(year: anchor.from.year - 1, month: anchor.from.month),
                      to: YearMonth(year: anchor.to.year - 1, month: anchor.to.month))
    }

    /// What "the same" compares across years: "the same month last year".
    static let sameTimes: WordSet = ["month", "months", "quarter", "period", "week", "day", "time", "season", "weekend"]

    /// Words of change before "from" or "than" that make a time after it the one compared with
    /// ("more than a year ago" is a time, hedged).
    static let comparatives: WordSet = ["up", "down", "higher", "lower"]

    /// Where a comparison after "since" ends: its clause's end, or a clause of what it
    /// compares ("the first time since 2008 that …").
    static let comparisonEnds: WordSet = [",", ";", ":", "that", "when", "and", "but", "—", "–"]

    /// The words a period may open with, as `period(at:)` reads them ("during" and
    /// "throughout" as "in").
    private enum PeriodHead { case since, on, `as`, from, between, `in` }
    private static let periodHeads: WordMap<PeriodHead> = [
        "since": .since, "on": .on, "as": .as, "from": .from, "between": .between, "in": .in, "during": .in, "throughout": .in,
    ]

    /// "the 2022-23 school year", "the 2019–20 season": words for a year across two.
    static let yearKinds: WordSet = ["school", "academic", "fiscal", "financial", "tax", "season"]

    /// Words that make "since" a comparison: "-iest" ones aside ("deadliest", "heaviest").
    static let superlatives: WordSet = [
        "worst", "best", "highest", "lowest", "biggest", "largest", "smallest", "fewest", "most", "least", "first",
        "strongest", "weakest", "fastest", "slowest", "hottest", "coldest", "sharpest", "steepest", "longest", "shortest",
        "greatest", "deepest", "widest", "not", "never",
    ]

    /// "February", "March 2" with no year, in a dated article: that month of the
    /// article's year, when it is not past the article's month (a later one may be last
    /// year's or next year's, as the tense says).
    private func monthOfTheYear(at i: Int) -> (Period, Int)? {
        guard let date, next(i)?.isCapitalized == true, let (m, end) = moment(at: i), m.yearless,
              m.from.month <= date.month else { return nil }
        let month = YearMonth(year: date.year, month: m.from.month)
        return (Period(from: month, to: month), end)
    }

    /// "the first quarter of 2023", "the second half of 2019", "the last week of
    /// August 2021": a quarter or half of a year to its months; a week, a half or a
    /// quarter of a month to that month (periods count in months). In a dated article,
    /// "the second half of the year" is of its year, and "the first half of August" of
    /// the last August up to its month.
    private func partOf(at i: Int, told: Period?) -> (Moment, Int)? {
        guard isWord(i, "the"), let ordinal = next(i + 1).flatMap({ Self.ordinals[$0.lower] }), let part = next(i + 2)?.lower else { return nil }
        guard isWord(i + 3, "of") else { return ordinal > 0 ? quarterOfTheYear(ordinal, part, at: i + 3, told: told) : nil }
        guard let (m, end) = datedMoment(at: i + 4) else { return nil }
        let months: Int
        switch part {
        case "quarter" where m.from == m.to, "half" where m.from == m.to: return (m, end)   // of one month
        case "quarter": months = 3
        case "half": months = 6
        case "week", "month": return m.from == m.to ? (m, end) : nil
        default: return nil
        }
        guard m.from.month == 1, m.to.month == 12 else { return nil }   // a part of a whole year
        let count = 12 / months
        let index = ordinal < 0 ? count - 1 : ordinal - 1
        guard index < count else { return nil }
        let from = YearMonth(year: m.from.year, month: index * months + 1)
        let to = YearMonth(year: m.from.year, month: index * months + months)
        return (Moment(from: from, to: to, yearless: false), end)
    }

    /// "(in) the first quarter", "the second half", no year said: of the year told of last in
    /// its paragraph (`told`), else the latest such part up to the article's date (its first quarter, in an article
    /// of February, is last year's). Not "the first quarter of its fiscal year" (see `partOf`),
    /// nor "the first quarter ended December".
    private func quarterOfTheYear(_ ordinal: Int, _ part: String, at end: Int, told: Period?) -> (Moment, Int)? {
        let months = part == "quarter" ? 3 : part == "half" ? 6 : 0
        // ("the first quarter ended December": a fiscal year's, whose months are not the calendar's.)
        guard months > 0, ordinal * months <= 12, !isWord(end, "ended"), !isWord(end, "ending") else { return nil }
        let firstMonth = (ordinal - 1) * months + 1
        let year: Int
        if let told, told.from.year == told.to.year {
            year = told.from.year
        } else if let date {
            year = firstMonth <= date.month ? date.year : date.year - 1
        } else {
            return nil
        }
        let from = YearMonth(year: year, month: firstMonth)
        return (Moment(from: from, to: YearMonth(year: year, month: firstMonth + months - 1), yearless: false), end)
    }

    /// Past "early", "mid" or "late" before a time at `k` ("early 2024", "mid-June").
    private func pastTimeQualifier(_ k: Int) -> Int {
        guard let t = next(k) else { return k }
        // "all of 2024", "the whole of 2024": the time whole. (By its first letter first: asked
        // after every "in".)
        if t.first == "a", t.isLower("all"), isWord(k + 1, "of") { return k + 2 }
        if t.first == "t", t.isLower("the"), isWord(k + 1, "whole"), isWord(k + 2, "of") { return k + 3 }
        guard t.isLower("early") || t.isLower("mid") || t.isLower("late") else { return k }
        if t.isLower("mid"), let dash = next(k + 1), dash.is("-"), !dash.spaced { return k + 2 }
        return k + 1
    }

    /// A moment with its year: said ("2019", "August 2021"), or the article's ("the year",
    /// "this year", and a month as `monthOfTheYear` dates it: "August" in September 2026).
    private func datedMoment(at i: Int) -> (Moment, Int)? {
        if let date, isWord(i, "the") || isWord(i, "this"), isWord(i + 1, "year"), next(i + 2)?.kind != .digits {
            return (Moment(from: YearMonth(year: date.year, month: 1), to: YearMonth(year: date.year, month: 12), yearless: false), i + 2)
        }
        guard let (m, end) = moment(at: i) else { return nil }
        if !m.yearless { return (m, end) }
        return monthOfTheYear(at: i).map { (Moment(from: $0.0.from, to: $0.0.to, yearless: false), $0.1) }
    }

    /// Ordinals of parts; -1 for the last.
    private static let ordinals: WordMap<Int> = ["first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1]

    private struct Moment {
        var from: YearMonth
        var to: YearMonth
        var yearless: Bool
        var year: Int? { yearless ? nil : from.year }
    }

    /// "2016", "June 2017", "June" (year to come from elsewhere).
    private func moment(at i: Int) -> (Moment, Int)? {
        guard i >= 0 && i < tokens.count else { return nil }   // (by index: a copy of a token retains its strings)
        // (A word has no full stop in it to trim: the tokenizer ends words at one.)
        if tokens[i].kind == .word, let month = Self.monthNumbers[tokens[i].lower] {
            var k = i + 1
            if next(k)?.is(".") == true { k += 1 }
            // "November 20", "Nov. 20, 2015": the day is below the months periods count in.
            if let d = next(k), d.kind == .digits, d.range.count <= 2, let n = d.number, n >= 1, n <= 31 {
                k += 1
                if next(k)?.is(",") == true, next(k + 1).flatMap(Self.year) != nil { k += 1 }
            }
            if let y = next(k), let year = Self.year(y) {
                let m = YearMonth(year: year, month: month)
                return (Moment(from: m, to: m, yearless: false), k + 1)
            }
            let m = YearMonth(year: 0, month: month)
            return (Moment(from: m, to: m, yearless: true), k)
        }
        if let year = year(at: i) {
            // "2019-2021", "2019–21": the years from one to the other.
            if let dash = next(i + 1), dash.is("-") || dash.is("–"), !dash.spaced, let end = next(i + 2), !end.spaced,
               let last = Self.year(end) ?? Self.twoDigitYear(end, after: year), last > year {
                return (Moment(from: YearMonth(year: year, month: 1), to: YearMonth(year: last, month: 12), yearless: false), i + 3)
            }
            return (Moment(from: YearMonth(year: year, month: 1), to: YearMonth(year: year, month: 12), yearless: false), i + 1)
        }
        return nil
    }

    /// "21" after 2019: 2021.
    private static func twoDigitYear(_ t: TextToken, after year: Int) -> Int? {
        guard t.kind == .digits, t.range.count == 2, let n = Int(t.text) else { return nil }
        return year / 100 * 100 + n
    }

    /// The year a token writes: four digits, 1800 to 2100.
    static func year(_ t: TextToken) -> Int? {
        guard t.kind == .digits, t.range.count == 4, let y = Int(t.text), (1800...2100).contains(y) else { return nil }
        return y
    }

    /// `year` of token `i`, read in place.
    func year(at i: Int) -> Int? {
        guard i >= 0 && i < tokens.count, tokens[i].kind == .digits, tokens[i].range.count == 4,
              let y = Int(tokens[i].text), (1800...2100).contains(y) else { return nil }
        return y
    }

    // MARK: Places

    /// Places by name (countries, subdivisions, large cities), the words that mean the
    /// whole US, and demonyms. A place named outright outweighs a demonym ("the United
    /// States awarded … 3,887 Syrian refugees": the US), and a federal agency says "US"
    /// only when nothing more precise does.
    func places() -> [Found<Place>] {
        var found = namedPlaces()
        // (Filtered only when there is something to drop: most sentences have no demonym or body.)
        if found.contains(where: \.isDemonym) {
            let named = found.filter { !$0.isDemonym }
            if !named.isEmpty { found = named }
        }
        if found.contains(where: \.isBody) {
            let precise = found.filter { !$0.isBody }
            if !precise.isEmpty { found = precise }
        }
        return found
    }

    private func namedPlaces() -> [Found<Place>] {
        var found: [Found<Place>] = []
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalized {
            if let last = found.last, tokens[i].range.lowerBound < last.range.upperBound { continue }   // "South" of "New South Wales"
            // (Not inside another name: "the African National Congress", "Congress of South
            // African Trade Unions".)
            // Capitals written onto a dollar sign name a currency, not where the money is: "US$5 million", "NZ$26 million".
            if tokens[i].hasNoLowercase, i + 1 < tokens.count, tokens[i + 1].is("$"), !tokens[i + 1].spaced { continue }
            if tokens[i].classes.contains(.usCue), Self.usCues.contains(tokens[i].text),
               !(i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized && !Self.determiners.contains(tokens[i - 1].lower)
                 && !withoutPossessive(at: i - 1).1),   // ("the SUV's EPA-rated economy": the EPA's)
               !isWord(i + 1, "of") {
                found.append(Found(value: .unitedStates, range: tokens[i].range, isBody: true))
                continue
            }
            // A state's code or AP abbreviation only after a city: "Springfield, IL", "Fresno, Calif."
            // (alone, "IN", "OR", "LA", "Miss." and "Wash." are other words).
            if i >= 2, tokens[i - 1].is(","), tokens[i - 2].isCapitalized,
               let code = tokens[i].range.count == 2 && tokens[i].hasNoLowercase && PlaceNames.stateNames[tokens[i].text] != nil ? tokens[i].text
                   : next(i + 1)?.is(".") == true ? Self.apStates[tokens[i].text] : nil {
                found.append(Found(value: Place(code: "US-" + code)!, range: tokens[i].range))
                continue
            }
            if let (place, end, demonym) = placeName(at: i) {
                if demonym, namesAPerson(demonymAt: i) { continue }
                if opensACompanysName(at: i, endingAt: end) { continue }
                let origin = isWord(i - 1, "from") || (isWord(i - 1, "the") && isWord(i - 2, "from"))
                let compared = isWord(i - 1, "than") || isWord(i - 1, "in") && isWord(i - 2, "than")
                found.append(Found(value: place, range: tokens[i].range.lowerBound..<end, isDemonym: demonym, isOrigin: origin,
                                   isComparedWith: compared))
            }
        }
        return found
    }

    /// Whether the place name at token `i`, which ends at offset `end`, opens a company's
    /// name: "Turkish Airlines", "Alaska Airlines" (what a company does, capitalised, right after).
    private func opensACompanysName(at i: Int, endingAt end: Int) -> Bool {
        var k = i + 1
        while k < tokens.count, tokens[k].range.lowerBound < end { k += 1 }
        return k < tokens.count && tokens[k].isCapitalized && tokens[k].kind == .word && Self.companyWords.contains(tokens[k].lower)
    }

    /// What a company named for a place does: "Airlines", "Motors".
    static let companyWords: WordSet = ["airlines", "airways", "motors", "telecom", "petroleum", "railways", "steel", "holdings"]

    /// Whether the demonym at `i` is a person, not where things are: "The Norwegian has now
    /// scored 22 goals", "the Briton said" (a singular after "the", then a verb or a comma;
    /// not "the American economy").
    private func namesAPerson(demonymAt i: Int) -> Bool {
        guard isWord(i - 1, "the"), let after = next(i + 1), !tokens[i].lower.endsWith("s") else { return false }
        if after.is(",") { return true }
        guard after.kind == .word, !after.isCapitalized else { return false }
        return Self.personVerbs.contains(after.lower) || after.lower.endsWith("ed")
    }

    /// Words after a person named by a demonym: "the Norwegian has", "the Briton said".
    static let personVerbs: WordSet = ["has", "had", "is", "was", "will", "would", "said", "says", "scored", "won", "added",
                                       "told", "who", "took", "beat", "lost", "made", "became"]

    /// `found` with a place that only says where the one before it is dropped:
    /// "Nairobi, Kenya" names one place, not two.
    func placesNamedOnce(_ found: [Found<Place>]) -> [Place] {
        found.indices.compactMap { k in
            guard k > 0, found[k].value.contains(found[k - 1].value),
                  found[k - 1].range.upperBound < found[k].range.lowerBound else { return found[k].value }
            let between = chars[found[k - 1].range.upperBound..<found[k].range.lowerBound]
            return between.allSatisfy { $0 == "," || $0 == " " } && between.contains(",") ? nil : found[k].value
        }
    }

    /// Where the sentence speaks of a whole country without naming it: "nationwide",
    /// "across the country", "the nation's", "Nationally, …", "the national average".
    /// Which country is the caller's to say (the one named before, else the article's own).
    /// A national measure is the figure's after it only, set beside another's: `byItsFigure`.
    func nationalMentions() -> [(range: Range<Int>, byItsFigure: Bool)] {
        var found: [(range: Range<Int>, byItsFigure: Bool)] = []
        // (Most words are neither: their class says so without comparing them. In lower case, or
        // capitalised before a comma: "Nationwide Building Society" is a name.)
        // (Compared as packed words: most of these are "national" before no measure.)
        for i in tokens.indices where tokens[i].classes.contains(.national)
            && (tokens[i].first == "n" || tokens[i].first == "c" || tokens[i].first == "N" && isWord(i + 1, ",")) {
            let token = tokens[i]
            if token.isLower("national") {
                if i + 1 < tokens.count, Self.nationalMeasures.contains(tokens[i + 1].lower) { found.append((token.range, true)) }
            } else if token.isLower("nationwide") || token.isLower("nationally") {
                found.append((token.range, false))
            } else if isWord(i - 1, "the"), !isWord(i + 1, "music") {   // "the country music awards"
                found.append((tokens[i - 1].range.lowerBound..<token.range.upperBound, false))
            }
        }
        return found
    }

    private static let countryNouns: WordSet = ["country", "country's", "country\u{2019}s", "nation", "nation's", "nation\u{2019}s"]
    /// What "national" before it makes the whole country's figure: "the national average of 3.2%"
    /// (not "the national team", "National Guard").
    private static let nationalMeasures: WordSet = ["average", "rate", "total", "median", "level", "figure", "tally", "count"]
    /// The words `nationalMentions` looks for.
    static let nationalWords = countryNouns.union(["nationwide", "nationally", "national"])

    /// The longest place name of up to four words starting at token `i` ("New South
    /// Wales", "Gyeonggi-do", "U.S."), and where it ends.
    private func placeName(at i: Int) -> (Place, end: Int, demonym: Bool)? {
        // Only the lengths some name starting with this word has: most have one.
        let (first, possessive) = withoutPossessive(at: i)
        guard let lengths = Self.placeNameLengths[first] else { return nil }   // most words start no name
        if lengths == 1 || possessive {   // a one-word name only: no phrase to build
            return Self.placesByName[first].map { ($0.0, tokens[i].range.upperBound, $0.1) }
        }
        // The first n words, joined by spaces as the table writes them, are the first
        // phraseEnds[n - 1].bytes bytes of one buffer (phrases made as strings, one
        // longer than the last, cost allocations and copies at every capitalised word).
        let limit = UInt8.bitWidth - lengths.leadingZeroBitCount
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            withUnsafeTemporaryAllocation(of: (bytes: Int, end: Int).self, capacity: 8) { phraseEnds in
                var (count, used) = (0, 0)
                var k = i
                while k < tokens.count, count < limit {
                    if tokens[k].kind == .word {
                        let (word, possessive) = withoutPossessive(at: k)
                        guard Self.append(word, to: buffer, used: &used) else { break }   // (no place's name is this long)
                        phraseEnds[count] = (used, tokens[k].range.upperBound)
                        count += 1
                        if possessive { break }   // "New Zealand's flag": the name ends here
                    } else if !(tokens[k].is(".") || tokens[k].is("-")) || k == i {
                        break
                    }
                    k += 1
                }
                for n in stride(from: count, through: 1, by: -1) where lengths & (1 << (n - 1)) != 0 {
                    let phrase = UnsafeBufferPointer(rebasing: buffer[0..<phraseEnds[n - 1].bytes])
                    if let (place, demonym) = Self.placesByName.find(phrase) { return (place, phraseEnds[n - 1].end, demonym) }
                }
                return nil
            }
        }
    }

    /// Adds `word` to the phrase of `used` bytes in `buffer`, after a space unless it is
    /// the first: the words of a place's name joined as the tables write them. False when
    /// it does not fit.
    static func append(_ word: String, to buffer: UnsafeMutableBufferPointer<UInt8>, used: inout Int) -> Bool {
        word.withUTF8Buffer { bytes -> Bool in
            guard used + 1 + bytes.count <= buffer.count else { return false }
            if used > 0 { buffer[used] = 32; used += 1 }
            for b in bytes { buffer[used] = b; used += 1 }
            return true
        }
    }

    /// `withoutPossessive` of word token `k`'s lower case, asked only when its last scalars
    /// are "'s" or "’s" (a capital S too): three string searches at every capitalised word cost more.
    func withoutPossessive(at k: Int) -> (String, Bool) {
        let end = tokens[k].range.upperBound
        guard tokens[k].range.count > 2, chars[end - 1] == "s" || chars[end - 1] == "S", chars[end - 2] == "'" || chars[end - 2] == "\u{2019}"
        else { return (tokens[k].lower, false) }
        return Self.withoutPossessive(tokens[k].lower)
    }

    /// "afghanistan's" → ("afghanistan", true): a place's name in the possessive.
    static func withoutPossessive(_ word: String) -> (String, Bool) {
        guard word.utf8.count > 2, word.endsWith("s") else { return (word, false) }   // (`utf8.last` is generic, and costly)
        if word.endsWith("'s") { return (String(word.dropLast(2)), true) }
        if word.endsWith("\u{2019}s") { return (String(word.dropLast(2)), true) }
        return (word, false)
    }

    /// Place names as `PlaceNames.fold` writes them ("u s" for "U.S."), to their codes:
    /// the generated table of countries, demonyms, subdivisions and large cities, and the
    /// words that mean the whole US. Names of three letters or fewer are left out
    /// ("IN", "OR", "Van"), but for "UK".
    static let placePhrases: [String: String] = {
        var table = PlaceNames.byFoldedName.filter { $0.key.utf8.count > 3 }
        for (alias, code) in PlaceNames.aliases where alias.count > 3 {
            table[alias.split(separator: ".").joined(separator: " ").trimmingSpaces()] = code
        }
        for word in ["united states", "u s", "us", "usa", "america", "american"] { table[word] = "US" }
        table["uk"] = "GB"   // short, but never a word (a capital is required, as for every name here)
        // "Nationwide," opening a sentence is not the US (the alias is the US typed in a query):
        // a sentence with no place of its own is where its article is.
        table["nationwide"] = nil
        return table
    }()
    /// `placePhrases` as places, with whether each name is a demonym, made once.
    static let placesByName: WordMap<(Place, Bool)> = {
        var table: [(String, (Place, Bool))] = []
        table.reserveCapacity(placePhrases.count)
        var codes: [String: Place] = [:]   // a few hundred codes for eleven thousand names
        for (name, code) in placePhrases {
            guard let place = codes[code] ?? Place(code: code) else { continue }
            codes[code] = place
            table.append((name, (place, PlaceNames.demonyms.contains(name))))
        }
        return WordMap(table)
    }()
    /// The first word of each place name, to the numbers of words (bit n - 1 for n,
    /// up to 4) that names starting with it have.
    static let placeNameLengths: WordMap<UInt8> = {
        var lengths: [String: UInt8] = [:]
        lengths.reserveCapacity(placePhrases.count)   // (grown as it filled, it was rehashed fourteen times)
        for name in placePhrases.keys {
            let first = name.utf8.firstIndex(of: 32).map { String(name[..<$0]) } ?? name
            let words = name.utf8.reduce(1) { $1 == 32 ? $0 + 1 : $0 }
            guard words <= 4 else { continue }
            lengths[first, default: 0] |= 1 << (words - 1)
        }
        return WordMap(lengths.map { ($0.key, $0.value) })
    }()

    /// The Associated Press's abbreviations of state names (written with a full stop).
    static let apStates: WordMap<String> = [
        "Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Colo": "CO", "Conn": "CT", "Del": "DE", "Fla": "FL",
        "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS", "Ky": "KY", "La": "LA", "Md": "MD", "Mass": "MA",
        "Mich": "MI", "Minn": "MN", "Miss": "MS", "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nev": "NV", "Okla": "OK",
        "Ore": "OR", "Pa": "PA", "Tenn": "TN", "Vt": "VT", "Va": "VA", "Wash": "WA", "Wis": "WI", "Wyo": "WY",
    ]

    /// Federal bodies whose figures are national unless the text says otherwise.
    static let determiners: WordSet = ["the", "a", "an", "this", "that"]
    static let usCues: WordSet = ["ICE", "DHS", "FBI", "CIA", "EPA", "ERO", "CDC", "Congress", "Pentagon"]

    // MARK: Tokens

    func next(_ i: Int) -> TextToken? {
        i >= 0 && i < tokens.count ? tokens[i] : nil
    }

    /// Whether token `i` is the word `w` in lower case (without copying the token).
    func isWord(_ i: Int, _ w: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isLower(w)
    }

    static let comparedWith: WordSet = ["than", "number", "level", "levels", "total", "figure", "average", "rate"]
    static let periodWords: WordSet = ["as", "from", "between", "in", "during", "throughout", "for", "yesterday", "today", "tonight",
                                       "last", "this", "next", "on", "ago", "since", "sunday", "monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday", "the", "a"]
    static let monthNumbers: WordMap<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
}

private extension String {
    func trimmingSpaces() -> String {
        split(separator: " ").joined(separator: " ")
    }
}
