import ClaimStore

/// Finds the quantities a sentence states: digits with separators and decimals,
/// scale words ("2.4 million", "$1.2bn"), numbers in words ("three", "twenty-six",
/// "a dozen"), shares ("a quarter of", "half of", "the majority"), percent in its
/// spellings, ranges ("between 44 and 50", "1 to 1.5"), the hedges before them
/// ("more than", "nearly") and the verbs that make them changes ("rose 5%").
/// Years, dates, times, ordinals and identifiers ("9/11", "COVID-19", "5G",
/// "Section 427", "24/7") are not quantities.
public enum QuantityExtractor {
    public static func mentions(in text: String) -> [QuantityMention] {
        mentions(Array(text.unicodeScalars))
    }

    public static func mentions(_ chars: [Unicode.Scalar]) -> [QuantityMention] {
        mentions(chars, tokens: TextTokenizer.tokens(chars))
    }

    /// The same, for text already cut into tokens.
    static func mentions(_ chars: [Unicode.Scalar], tokens: [TextToken]) -> [QuantityMention] {
        var scan = Scan(chars: chars, tokens: tokens)
        return scan.run()
    }
}

/// One pass over a sentence's tokens.
private struct Scan {
    let chars: [Unicode.Scalar]
    let tokens: [TextToken]
    var found: [QuantityMention] = []
    /// Tokens before this index belong to a mention already found.
    var consumedUpTo = 0

    mutating func run() -> [QuantityMention] {
        var i = 0
        while i < tokens.count {
            if i >= consumedUpTo, let (mention, end) = quantity(at: i) {
                if Self.isMeaningful(mention.value), mention.high.map(Self.isMeaningful) ?? true {
                    if found.isEmpty { found.reserveCapacity(4) }   // (one allocation for most sentences' figures)
                    found.append(mention)
                }
                consumedUpTo = end
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// Below a quintillion (10^18): past that a figure in news is an identifier, a
    /// checksum or noise, and a 400-digit one is not even a finite Double.
    static func isMeaningful(_ value: Double) -> Bool {
        value.isFinite && abs(value) < 1e18
    }

    // MARK: A quantity starting at a token

    func quantity(at i: Int) -> (QuantityMention, Int)? {
        switch tokens[i].kind {
        case .digits: return digits(at: i)
        case .word: return tokens[i].classes.contains(.number) ? words(at: i) : nil   // (most words: no call)
        case .symbol: return nil
        }
    }

    /// A figure in digits, with its currency, sign, scale, percent, range, hedge and change.
    func digits(at i: Int) -> (QuantityMention, Int)? {
        if let (share, end) = ratio(at: i) {
            let (q, start) = hedge(before: i)
            return (mention(start, end, share, nil, q, nil, "share"), end)
        }
        guard var value = tokens[i].number, !isNotAQuantity(i) else { return nil }
        var start = i
        var end = i + 1
        var unit: String?
        // Before: a currency ("$", "US $", "£", "RM23.50") and a sign ("minus-130", "-50.8").
        if let (currency, currencyStart) = currency(before: i) { unit = currency; start = currencyStart }
        if let sign = self.sign(before: start) {
            if sign.negative { value = -value }
            start = sign.start
        }
        // After: a scale and a percent.
        var scaled = false
        (value, end, scaled) = applyScale(value, from: end, currency: unit != nil)
        if let (share, shareEnd) = shareUnit(at: end) { (unit, end) = (share, shareEnd) }
        // A range: "1 to 1.5", "$89 to $93 billion", "between 44 and 50", "44-50".
        var high: Double?
        var link: Int?
        // "increased by $43.6 billion to $419.2 billion", "rose $1.2 billion to $16.2 billion": a change and
        // the level it reached, when the level is far above the change; "rose 2% to 3%" stays a range, as
        // does a unit said once after a verb ("cut 20 to 100 jobs").
        let afterBy = start > 0 && tokens[start - 1].isLower("by")
        let afterChange = unit != nil && start > 0 && (tokens[start - 1].classes.contains(.up) || tokens[start - 1].classes.contains(.down))
        if let range = rangeEnd(after: end, firstStart: start, hasCurrency: unit != nil && !isText(unit, "percent"), percent: isText(unit, "percent")),
           !(afterBy || afterChange) || range.high < 3 * abs(value) {
            (high, link) = (range.high, range.link)
            if !scaled, range.scale != 1, value <= range.high / range.scale { value *= range.scale }
            if unit == nil, range.percent { unit = "percent" }
            if unit == nil, let word = range.unitWord { unit = tokens[word].lower }   // "30 cents to 50 cents per share": said with both
            end = range.end
        }
        // "46 C", "104 F": a temperature's scale, a capital alone after a space (not "4 C Street").
        if unit == nil, let t = next(end), t.spaced, t.kind == .word, t.range.count == 1, t.first == "C" || t.first == "F",
           !(next(end + 1).map { $0.kind == .word && $0.isCapitalized || $0.is(".") && next(end + 2)?.isCapitalized == false } ?? false) {
            unit = t.text
            end += 1
        }
        // A unit written onto the figure: "4.6mm", "1.1C", "5-10W".
        if unit == nil, let t = next(end), !t.spaced, t.kind == .word, QuantityWords.attachedUnits.contains(t.text) {
            unit = t.text
            end += 1
        }
        // "3-fold", "3x": a multiple.
        if unit == nil, let dash = next(end), dash.is("-"), !dash.spaced, let fold = next(end + 1), !fold.spaced, fold.lower == "fold" {
            unit = "times"
            end += 2
        }
        let openEnd = orMore(at: end)
        if let (_, orEnd) = openEnd { end = orEnd }
        if unit == nil { unit = unitWord(at: end) }
        var (qualifier, qualifierStart) = hedge(before: start)
        if qualifier == .exact, high == nil, let (q, _) = openEnd { qualifier = q }
        if high != nil, qualifier == .atMost || qualifier == .atLeast { qualifier = .exact }   // "from up to 252 to 287": the range says it
        start = qualifierStart
        let change = isPartOfAWhole(at: end, unit: unit) ? nil : self.change(before: start, at: i)
        return (mention(start, end, value, high, qualifier, change, unit, link: link), end)
    }

    /// Numbers and shares in words.
    func words(at i: Int) -> (QuantityMention, Int)? {
        guard tokens[i].classes.contains(.number) else { return nil }   // most words end here
        let word = tokens[i].lower
        var value: Double
        var end = i + 1
        var high: Double?
        var unit: String?
        var qualifier = Qualifier.exact
        var start = i
        var link: Int?
        let isMagnitude = (NumberWords.vagueMagnitudes[word] != nil || word == "tens") && isWord(end, "of")
        if let magnitude = NumberWords.vagueMagnitudes[word], isWord(end, "of") {
            // "hundreds of", "tens of thousands of": from the magnitude to ten times it.
            value = magnitude
            if word == "dozens" { high = 120 } else { high = magnitude * 10 }
        } else if word == "tens", isWord(end, "of"), let m = next(end + 1).flatMap({ NumberWords.vagueMagnitudes[$0.lower] }) {
            value = m * 10
            high = m * 100
            end += 2
        } else if let (ratioValue, ratioEnd) = ratio(at: i) {
            value = ratioValue
            end = ratioEnd
            unit = "share"
        } else if let share = share(at: i) ?? (i + 1 < tokens.count ? share(at: i + 1).flatMap({ $0.start == i ? $0 : nil }) : nil) {
            (value, end, unit, qualifier) = share.value   // "a quarter of", "one fifth of"
            start = share.start
        } else if let times = multiple(at: i) {
            (value, unit) = (times, "times")   // "threefold"
        } else if let spelled = spelledNumber(at: i) {
            (value, end) = compound(spelled.value, from: spelled.end)
            start = spelled.start
            var scaled = false
            (value, end, scaled) = applyScale(value, from: end, currency: false)
            if let range = spelledRangeEnd(after: end, low: value, firstStart: start) {
                (high, link) = (range.high, end)
                end = range.end
                if !scaled, range.scale != 1 { value *= range.scale }   // "two to three million"
            }
            if let (share, shareEnd) = shareUnit(at: end) {
                (unit, end) = (share, shareEnd)
            } else {
                unit = unitWord(at: end)
            }
        } else {
            return nil
        }
        if let (q, orEnd) = orMore(at: end), high == nil, qualifier == .exact {
            qualifier = q
            end = orEnd
            if unit == nil { unit = unitWord(at: end) }
        }
        let (hedged, hedgeStart) = hedge(before: start)
        let q = hedged == .exact ? qualifier : hedged
        let change = isPartOfAWhole(at: end, unit: unit) ? nil : change(before: hedgeStart, at: i)
        var found = mention(hedgeStart, end, value, high, q, change, unit, link: link)
        found.isMagnitude = isMagnitude && high != nil
        return (found, end)
    }

    /// The mention of tokens `start..<end`; `link` is the token joining a range's figures;
    /// `change` is what a verb before it says, which a hedged figure's mention keeps apart
    /// (see `QuantityMention.hedgedChange`).
    func mention(_ start: Int, _ end: Int, _ value: Double, _ high: Double?, _ q: Qualifier,
                 _ change: QuantityMention.Change?, _ unit: String?, link: Int? = nil) -> QuantityMention {
        let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
        let parts = link.map { k in
            QuantityMention.Parts(low: range.lowerBound..<tokens[k - 1].range.upperBound, high: tokens[k + 1].range.lowerBound..<range.upperBound)
        }
        var found = QuantityMention(range: range, value: value, high: high, qualifier: q, change: q == .exact ? change : nil,
                                    unit: unit, surface: String(scalars: chars[range]), parts: parts)
        // "soared above 46 degrees", "fell below 3 percent": a level crossed, not a change.
        if q != .exact, !Self.crossings.contains(tokens[start].lower) { found.hedgedChange = change }
        return found
    }

    /// Hedges that say a level was crossed, after a verb of change.
    static let crossings: WordSet = ["above", "below", "past", "beyond"]

    // MARK: What is not a quantity

    func isNotAQuantity(_ i: Int) -> Bool {
        // The tokens after and before, by index (a copy of a token retains its strings).
        let a: Int? = i + 1 < tokens.count ? i + 1 : nil
        let b: Int? = i > 0 ? i - 1 : nil
        // "COVID -19": a name's number after a spaced dash.
        if let b, tokens[b].is("-"), !tokens[i].spaced, i >= 2, tokens[i - 2].kind == .word,
           tokens[i - 2].hasNoLowercase, tokens[i - 2].range.count > 1 { return true }
        // Three or more groups joined by hyphens: a phone number or an identifier ("555-123-4567").
        if hyphenGroups(around: i) >= 3 { return true }
        // "FTSE 100 fell", "Nikkei 225 closed": an index's name, with what the index did.
        if let b, let a, tokens[b].kind == .word, tokens[b].hasNoLowercase, tokens[b].range.count >= 3, tokens[a].kind == .word,
           tokens[a].classes.contains(.up) || tokens[a].classes.contains(.down)
            || Self.indexWords.contains(tokens[a].lower) { return true }
        // "S&P 500", "AT&T": a name joined by an ampersand.
        if let b, i >= 2, tokens[b].kind == .word, tokens[b].isCapitalized, tokens[b].range.count == 1, tokens[i - 2].is("&") { return true }
        // "the 10-year Treasury yield", "a 30-year mortgage": a span of time naming a kind of
        // thing (but "a 5-year-old" is an age, which counts).
        if let a, !tokens[a].spaced, tokens[a].is("-"), let unit = next(i + 2), !unit.spaced,
           Self.spanUnits.contains(unit.lower),
           !(next(i + 3)?.is("-") == true && isWord(i + 4, "old")), next(i + 3)?.kind == .word { return true }
        // "Oct. 1-5": the second day of a span of dates.
        if let b, tokens[b].is("-"), !tokens[i].spaced, !tokens[b].spaced, i >= 2, tokens[i - 2].kind == .digits, isNotAQuantity(i - 2),
           tokens[i - 2].number.map({ $0 <= 31 }) == true, value(at: i) <= 31 { return true }
        // A time: "2 a.m.", "7 p.m.".
        if let a, tokens[a].spaced, tokens[a].isLower("a") || tokens[a].isLower("p"), next(i + 2)?.is(".") == true, isWord(i + 3, "m") { return true }
        // "by 1130 GMT", "at 0900 ET": a time of day, the 24-hour clock before a time zone.
        if let a, tokens[a].spaced, tokens[a].hasNoLowercase, tokens[a].range.count <= 4, Self.timeZones.contains(tokens[a].text), isClock(i) { return true }
        // "No. 1", "Vol. 3": a label shortened with a full stop.
        if let b, tokens[b].is("."), !tokens[b].spaced, i >= 2, tokens[i - 2].kind == .word,
           Self.labelAbbreviations.contains(tokens[i - 2].lower) { return true }
        // Scores, "2-0", "89-89": neither number is a quantity.
        if let a, !tokens[a].spaced, tokens[a].is("-"), let n = next(i + 2), !n.spaced, n.kind == .digits,
           let second = n.number, second <= value(at: i) { return true }
        if let b, !tokens[i].spaced, tokens[b].is("-"), i >= 2, !tokens[b].spaced, tokens[i - 2].kind == .digits,
           let first = tokens[i - 2].number, value(at: i) <= first { return true }
        // Attached to letters: "5G", "22nd", "XC40", "COVID-19", "F-35", "last-32" (but "5pc", "8.1bn", "RM23.50").
        if let a, !tokens[a].spaced, tokens[a].kind == .word {
            if Self.ordinalEndings.contains(tokens[a].lower) { return true }
            if Self.clockEndings.contains(tokens[a].text) { return true }   // a time
            if !NumberWords.attachedScales.contains(tokens[a].lower), !QuantityWords.attachedUnits.contains(tokens[a].text) { return true }
        }
        if let b, !tokens[i].spaced {
            if tokens[b].kind == .word, !isCurrencyWord(at: b), currency(before: i) == nil { return true }
            if tokens[b].is("-") || tokens[b].is("/"), i >= 2, !tokens[i - 1].spaced, tokens[i - 2].kind == .word,
               tokens[i - 2].lower != "minus", tokens[i - 2].lower != "sub" { return true }
            if tokens[b].is("/") || tokens[b].is(":") { return true }
            if tokens[b].is("."), i >= 2, tokens[i - 2].kind == .digits { return true }   // "10.45"-like times handled by tokenizer
        }
        if let a, !tokens[a].spaced, tokens[a].is("/") || tokens[a].is(":") , next(i + 2)?.kind == .digits { return true }
        guard let value = tokens[i].number else { return true }
        // Years: 1800–2100 written without a comma and not money or a percent.
        if tokens[i].range.count == 4, !tokens[i].hasComma, (1500...2100).contains(value), percent(at: i + 1) == nil,
           currency(before: i) == nil, !(a.map { NumberWords.scales[tokens[$0].lower] != nil } ?? false) {
            // A count of things ("1520 sq m") rather than a year: a noun follows, no year word precedes.
            let countFollows = a.map { QuantityWords.measures.contains(tokens[$0].lower) } ?? false
            // "a survey of 1709 schoolchildren", "about 2000 people": a plural after it counts
            // when a word of quantity comes before it (not "its 2018 sales", "in 1990 voters").
            let pluralFollows = a.map { tokens[$0].kind == .word && !tokens[$0].isCapitalized && Self.isPlural(tokens[$0].lower) } ?? false
            if pluralFollows, let b, Self.countBefore.contains(tokens[b].lower) { return false }
            // "a 2000 year old tradition": an age, not a year.
            let yearAt = a.map { tokens[$0].is("-") } == true ? i + 2 : i + 1   // "2000 year old", "1500-year-old"
            if isWord(yearAt, "year") || isWord(yearAt, "years"), isWord(yearAt + 1, "old") || next(yearAt + 1)?.is("-") == true && isWord(yearAt + 2, "old") {
                return false
            }
            let yearWordBefore = b.map { QuantityWords.yearWords.contains(tokens[$0].lower) } ?? true
            if !countFollows || yearWordBefore { return true }
        }
        // Dates: "February 11", "Oct. 31", "11 February".
        if value <= 31, value == value.rounded() {
            if let b, QuantityWords.months.contains(tokens[b].lower) { return true }   // (a word has no full stop in it)
            if i >= 2, tokens[i - 1].is("."), QuantityWords.months.contains(tokens[i - 2].lower) { return true }
            if let a, QuantityWords.months.contains(tokens[a].lower) { return true }
        }
        // "posts 542 and 543", "gates 5, 6 and 7": things numbered, after their plural.
        if value == value.rounded(), !tokens[i].hasComma, isNumberedThing(i) { return true }
        // A number of three digits or more right after a count names what is counted: "three 777
        // freighters", "five 787 Dreamliners" (not a unit's figure: "two 500 ml bottles").
        if let b, let a, tokens[i].range.count >= 3, tokens[i].spaced, value == value.rounded(), !tokens[i].hasComma,
           tokens[b].kind == .word && QuantityWords.numberWords.contains(tokens[b].lower)
            || tokens[b].kind == .digits && tokens[b].range.count <= 2,
           tokens[a].kind == .word, Units.lexicon[tokens[a].lower] == nil, !QuantityWords.measures.contains(tokens[a].lower),
           !QuantityWords.attachedUnits.contains(tokens[a].text), NumberWords.scales[tokens[a].lower] == nil,
           percent(at: a) == nil { return true }
        // A label and its number name a thing: "Section 8 housing", "Route 66", "Game 7".
        if let b, tokens[b].kind == .word, tokens[i].spaced, tokens[b].classes.contains(.label), percent(at: i + 1) == nil,
           value == value.rounded(), !tokens[i].hasComma { return true }
        // Names with numbers: "Fortune 100", "Big 12", "iPhone 11 Pro", "Section 427", "787 Dreamliner"
        // (but "40 Chelsea supporters", "12000 Model Y cars": a count of what a name qualifies;
        // "roughly 100 Polaroids", "about 300 Americans": a hedged count of a plural name).
        // (A word in capitals after it names a thing only after a count: "43 of its 737 MAX jets",
        // not "30 NHS trusts".)
        if value == value.rounded(), !tokens[i].hasComma, let a, tokens[a].spaced, tokens[a].kind == .word, tokens[a].isCapitalized,
           tokens[a].range.count > 1, !tokens[a].hasNoLowercase || countComesBefore(i) && !isCurrencyWord(at: a),
           !QuantityWords.attachedUnits.contains(tokens[a].text),
           !QuantityWords.capitalUnits.contains(tokens[a].lower), percent(at: i + 1) == nil, currency(before: i) == nil,
           !countedAfterName(i + 1), !(b.map { Self.countHedges.contains(tokens[$0].lower) } == true && Self.isPlural(tokens[a].lower)) {
            return true
        }
        if let b, tokens[b].kind == .word, tokens[b].isCapitalized || tokens[b].hasUppercase,
           currency(before: i) == nil, !QuantityWords.months.contains(tokens[b].lower), !isCurrencyWord(at: b),
           !QuantityWords.commonWords.contains(tokens[b].lower), percent(at: i + 1) == nil,
           a.map({ tokens[$0].kind != .word || tokens[$0].isCapitalized || tokens[$0].classes.contains(.connective) }) ?? true {
            return true
        }
        return false
    }

    private func value(at k: Int) -> Double { tokens[k].number ?? .nan }

    // Word lists the rules above ask about, made once (an array literal is made, compared
    // string by string and destroyed at every call).
    static let indexWords: WordSet = ["closed", "ended", "finished", "opened", "index", "futures"]
    /// Verbs that spread an amount across a span: "paid over nine years" (not "took over nine years").
    static let spreadingVerbs: WordSet = ["paid", "repaid", "payable", "spread", "phased", "staggered", "distributed",
                                          "invested", "amortized", "amortised", "disbursed", "released"]
    static let spanUnits: WordSet = ["year", "month", "week", "day", "hour", "minute"]
    static let labelAbbreviations: WordSet = ["no", "nos", "vol", "fig", "sec", "art", "ch", "pt", "nr"]
    static let ordinalEndings: WordSet = ["st", "nd", "rd", "th", "s"]
    static let clockEndings: WordSet = ["am", "pm", "AM", "PM"]
    /// Time zones as news writes them after a time, in capitals.
    static let timeZones: WordSet = ["GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
                                     "BST", "CET", "CEST", "EET", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT"]

    /// Whether token `i` reads as a time on the 24-hour clock: "0900", "1130", "2359"
    /// (three or four digits, no comma, at most 24 hours and 59 minutes).
    func isClock(_ i: Int) -> Bool {
        guard !tokens[i].hasComma, (3...4).contains(tokens[i].range.count), let value = tokens[i].number,
              value == value.rounded() else { return false }
        let (hours, minutes) = (Int(value) / 100, Int(value) % 100)
        return hours <= 24 && minutes < 60
    }
    static let countBefore: WordSet = ["of", "about", "some", "nearly", "almost", "around", "than", "only", "just", "approximately"]
    static let notPlurals: WordSet = ["miles", "metres", "meters", "feet", "yards", "inches", "this", "was", "is", "has",
                                      "its", "as", "always", "less", "across", "thus", "plus"]
    static let irregularPlurals: WordSet = ["men", "personnel", "cattle", "police"]
    static let roundScales: WordSet = ["hundred", "thousand", "million", "billion"]
    /// "each one", "the same one": "one" that counts nothing.
    static let notCountingOne: WordSet = ["each", "no", "any", "every", "which", "this", "that", "the", "someone", "anyone", "same"]
    static let oneNouns: WordSet = ["another", "day", "way", "thing", "time", "side"]
    static let oneHedges: WordSet = ["only", "just", "about", "nearly", "almost", "over", "than"]
    static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "their", "its", "our", "his", "her", "my", "your"]

    /// Words that say the figure after them is a count: "roughly 100 Polaroids".
    static let countHedges: WordSet = ["about", "roughly", "nearly", "almost", "around", "approximately", "some", "over",
                                           "than", "least", "only", "just"]

    /// Whether the figure at `i` is one of a list of numbers right after a plural noun:
    /// "posts 542 and 543". (One number alone, "posts 542", may be a count said late:
    /// "jobs 40 fewer"; ages, "children aged 5 and 6", are quantities.)
    private func isNumberedThing(_ i: Int) -> Bool {
        var first = i
        while first >= 2, tokens[first - 1].is(",") || isWord(first - 1, "and") || isWord(first - 1, "or"),
              tokens[first - 2].kind == .digits { first -= 2 }
        var last = i
        while let link = next(last + 1), link.is(",") || link.isLower("and") || link.isLower("or"),
              let n = next(last + 2), n.kind == .digits, n.spaced { last += 2 }
        guard first != last, first > 0, let noun = next(first - 1), noun.kind == .word, !noun.isCapitalized,
              Self.isPlural(noun.lower), !["ages", "aged", "between", "times", "percent"].contains(noun.lower),
              !QuantityWords.attachedUnits.contains(noun.text), percent(at: last + 1) == nil else { return false }
        return next(last + 1).map { $0.kind != .word || !Self.isPlural($0.lower) } ?? true   // not "…, 6 and 7 jobs"
    }

    /// Whether a count comes in the three tokens before the figure at `i`: "43 of its 737",
    /// "two new 737".
    private func countComesBefore(_ i: Int) -> Bool {
        (max(0, i - 3)..<i).contains { tokens[$0].kind == .digits || QuantityWords.numberWords.contains(tokens[$0].lower) }
    }

    /// Whether one to three capitalised words from `k` are followed by a plural noun:
    /// "Chelsea supporters", "Model Y cars" (but not when a count comes just before the
    /// figure: "two new 737 Max jets" counts jets of model 737).
    private func countedAfterName(_ k: Int) -> Bool {
        if countComesBefore(k - 1) { return false }
        var j = k
        while j < k + 3, let t = next(j), t.kind == .word, t.isCapitalized { j += 1 }
        guard j > k, let noun = next(j), noun.kind == .word, !noun.isCapitalized else { return false }
        return Self.isPlural(noun.lower)
    }

    /// How many groups of digits joined by unspaced hyphens the figure at `i` belongs to.
    private func hyphenGroups(around i: Int) -> Int {
        func joined(_ dash: Int) -> Bool {
            dash > 0 && dash + 1 < tokens.count && tokens[dash].is("-") && !tokens[dash].spaced && !tokens[dash + 1].spaced
                && tokens[dash - 1].kind == .digits && tokens[dash + 1].kind == .digits
        }
        var first = i
        while joined(first - 1) { first -= 2 }
        var last = i
        while joined(last + 1) { last += 2 }
        return (last - first) / 2 + 1
    }

    // MARK: Around a figure

    /// "$", "US $", "US$", "£", "€", "¥", "Y=", "PS8.1bn", "RM23.50": the currency and where it starts.
    func currency(before i: Int) -> (String, Int)? {
        guard i > 0 else { return nil }
        if tokens[i - 1].kind == .symbol, QuantityWords.isCurrencySymbol(tokens[i - 1].first) {
            // (In capitals first: most words before a sign are not, and the list's words are compared one by one.)
            if i >= 2, tokens[i - 2].kind == .word, tokens[i - 2].hasNoLowercase, ["us", "a", "c", "nz", "hk", "s", "r"].contains(tokens[i - 2].lower) {
                return (tokens[i - 2].text + tokens[i - 1].text, i - 2)
            }
            return (tokens[i - 1].text, i - 1)
        }
        if tokens[i - 1].is("="), i >= 2, tokens[i - 2].text == "Y", !tokens[i - 1].spaced { return ("¥", i - 2) }
        if !tokens[i].spaced, tokens[i - 1].kind == .word {
            // "$A82,615,680", "$US55,931,000"
            if i >= 2, tokens[i - 2].is("$"), !tokens[i - 1].spaced, ["A", "US", "C", "NZ", "HK", "S"].contains(tokens[i - 1].text) {
                return ("$" + tokens[i - 1].text, i - 2)
            }
            if isCurrencyWord(at: i - 1) { return (tokens[i - 1].text, i - 1) }
            // "R40 billion": the rand, when a scale says it is an amount ("R2" alone is a road, a grade).
            if tokens[i - 1].text == "R", let s = next(i + 1), NumberWords.scales[s.lower] != nil || NumberWords.attachedScales.contains(s.lower) {
                return ("R", i - 1)
            }
        }
        // "USD 5", "Rs 500", "Rs. 500" ("PS 5" is a games console).
        if tokens[i].spaced, tokens[i - 1].kind == .word, !isText(tokens[i - 1].text, "PS"), isCurrencyWord(at: i - 1) { return (tokens[i - 1].text, i - 1) }
        if tokens[i].spaced, tokens[i - 1].is("."), !tokens[i - 1].spaced, i >= 2, tokens[i - 2].kind == .word, !isText(tokens[i - 2].text, "PS"),
           isCurrencyWord(at: i - 2) {
            return (tokens[i - 2].text, i - 2)
        }
        return nil
    }

    /// Whether token `k` is a currency written as letters ("RM", "USD"), as the list writes it.
    func isCurrencyWord(at k: Int) -> Bool {
        tokens[k].classes.contains(.currencyWord) && QuantityWords.currencyWords.contains(tokens[k].text)
    }

    /// "minus-130", "-50.8", "+0.8": whether negative, and where the sign starts.
    func sign(before i: Int) -> (negative: Bool, start: Int)? {
        guard i > 0 else { return nil }
        if tokens[i - 1].isLower("minus") {
            // "plus or minus 2.6 points": a margin, not a negative number.
            if i >= 3, tokens[i - 2].isLower("or"), tokens[i - 3].isLower("plus") { return nil }
            return (true, i - 1)
        }
        guard tokens[i - 1].is("-") || tokens[i - 1].is("−") || tokens[i - 1].is("+"), !tokens[i].spaced else { return nil }
        if i >= 2, tokens[i - 2].isLower("minus"), !tokens[i - 1].spaced { return (true, i - 2) }
        // A sign stands after a space, "(", "$" or "=", not inside "2-2" or "COVID -19".
        if i >= 2 {
            if !tokens[i - 1].spaced, tokens[i - 2].kind != .symbol || !["$", "(", "="].contains(tokens[i - 2].text) { return nil }
            if tokens[i - 1].spaced, tokens[i - 2].kind == .word, tokens[i - 2].hasNoLowercase { return nil }
            if tokens[i - 1].spaced, tokens[i - 2].kind == .digits { return nil }
        }
        return (tokens[i - 1].text != "+", i - 1)
    }

    /// Multiplies by scale words after the figure ("million", attached "bn"), returning
    /// the value, the end, and whether a scale was found.
    func applyScale(_ value: Double, from index: Int, currency: Bool) -> (Double, Int, Bool) {
        var v = value
        var end = index
        var (scaled, scale) = (false, 1.0)
        // (The token is copied only when it is a scale: most are not.)
        while end < tokens.count, tokens[end].kind == .word, let factor = NumberWords.scales[tokens[end].lower] {
            let t = tokens[end]
            // "4.5m tonnes", "3 B users", "12 bn people": a short scale before the plural it counts.
            let countedAfter = next(end + 1).map { $0.kind == .word && !$0.isCapitalized && Self.isPlural($0.lower) } ?? false
            if NumberWords.attachedScales.contains(t.lower), t.spaced, !currency, !(countedAfter && t.text != "m" && t.text != "k") { break }
            // "37m" and "32m2" are metres; "$5m", "USD10m" and "4.3M" are millions.
            if (t.text == "m" || t.text == "b") && !currency && !(countedAfter && !t.spaced) { break }
            if t.isLower("millions"), isWord(end + 1, "of") { break }
            v *= factor
            scale *= factor
            end += 1
            scaled = true
        }
        // 33.2 × 10⁹ in binary is 33200000000.000004: a figure scaled by a million or more is
        // rounded to a millionth of its scale (written figures have fewer decimals than that).
        if scale >= 1e6 {
            let step = scale / 1e6
            v = (v / step).rounded() * step
        }
        return (v, end, scaled)
    }

    /// A plural noun, roughly: "tonnes", "users", "people" (not "miles", which "m" could mean).
    static func isPlural(_ word: String) -> Bool {
        (word.endsWith("s") && word.characterCount > 3 && !notPlurals.contains(word))
            || irregularPlurals.contains(word) || word.endsWith("children") || word.endsWith("people")
            || word.endsWith("women")
    }

    /// The percent or points after a figure, and where they end: "percentage points" ("rose
    /// 12 percentage points": not 12 %), "basis points" (hundredths of a point), else a percent.
    func shareUnit(at i: Int) -> (String, Int)? {
        let (percentage, basis) = (isWord(i, "percentage"), isWord(i, "basis"))
        if percentage || basis, isWord(i + 1, "points") || isWord(i + 1, "point") {
            return (percentage ? "percentage points" : "basis points", i + 2)
        }
        return percent(at: i).map { ("percent", $0) }
    }

    /// "%", "percent", "per cent", "pct", "pc": where the percent ends.
    func percent(at i: Int) -> Int? {
        // (By index: a copy of a token retains its strings.)
        guard i >= 0 && i < tokens.count else { return nil }
        if tokens[i].is("%") { return i + 1 }
        guard tokens[i].classes.contains(.percentWord) else { return nil }
        if tokens[i].isLower("pc") { return tokens[i].spaced ? nil : i + 1 }
        if tokens[i].isLower("per") { return isWord(i + 1, "cent") ? i + 2 : nil }
        return i + 1   // "percent", "pct", "percentage"
    }


    /// The second figure of a range after the first ends at `end`.
    func rangeEnd(after end: Int, firstStart: Int, hasCurrency: Bool, percent: Bool)
        -> (high: Double, end: Int, scale: Double, percent: Bool, link: Int, unitWord: Int?)? {
        var j = end
        var unitWord: String?
        var unitAt: Int?   // (its token, returned: the word itself, a string, cost a retain and release a range)
        if let t = next(j), t.kind == .word, !t.isLower("to"), !t.isLower("and"), !percent, !hasCurrency,
           isWord(j + 1, "to") {
            unitWord = t.lower
            unitAt = j
            j += 1
        }
        guard let link = next(j) else { return nil }
        let between = firstStart > 0 && tokens[firstStart - 1].isLower("between")
        // A hyphen joins a range only unspaced ("5-10W"); an en dash either way ("25 – 40min");
        // an em dash never (it sets off a clause: "2.4 million — 1.4 percent —").
        let dash = (link.is("-") && !link.spaced) || link.is("–")
        let isLink = link.isLower("to") || link.isLower("or") || (link.isLower("and") && between) || dash
        guard isLink else { return nil }
        let linkAt = j
        j += 1
        var hasSecondCurrency = false
        if let c = next(j), c.kind == .symbol, QuantityWords.isCurrencySymbol(c.first) { hasSecondCurrency = true; j += 1 }
        guard hasSecondCurrency == hasCurrency, let second = next(j), second.kind == .digits,
              let high = second.number, !isNotAQuantity(j) else { return nil }
        var (value, secondEnd, _) = applyScale(high, from: j + 1, currency: hasCurrency)
        let scale = value / high
        var secondPercent = false
        if let p = self.percent(at: secondEnd) { secondPercent = true; secondEnd = p }
        if percent && !secondPercent { return nil }
        let fromBefore = isWord(firstStart - 1, "from")
        if let unitWord {
            // "5 to 10 miles" says the unit once; "from 208 pounds to 193" may too. A verb of change
            // before a unit said twice says a change and the level it reached: "rose 3 shillings to
            // 179.1 shillings".
            if next(secondEnd)?.lower == unitWord {
                if firstStart > 0, tokens[firstStart - 1].classes.contains(.up) || tokens[firstStart - 1].classes.contains(.down) { return nil }
                secondEnd += 1
            } else if !fromBefore { return nil }
        }
        // "2-0", "89-89": scores, not ranges; a range by dash rises ("5-10W").
        if dash, let low = tokens[end - 1].number, high <= low { return nil }
        // "leads 48% to 44%": two figures; only "from 208 pounds to 193" falls.
        if !dash, let low = tokens[firstStart..<end].last(where: { $0.kind == .digits })?.number, high < low,
           !fromBefore { return nil }
        if value < 0 { value = -value }
        return (value, secondEnd, scale.isFinite ? scale : 1, secondPercent, linkAt, unitAt)
    }

    /// "or more", "or fewer" after a figure ("107 or more"): the open end it gives, and
    /// where it ends.
    func orMore(at i: Int) -> (Qualifier, Int)? {
        guard isWord(i, "or"), let w = next(i + 1)?.lower else { return nil }
        switch w {
        case "more", "greater", "above", "over", "higher": return (.atLeast, i + 2)
        case "fewer", "less", "under", "below", "lower": return (.atMost, i + 2)
        default: return nil
        }
    }

    /// The word after a figure that names what it counts, if it looks like one.
    func unitWord(at i: Int) -> String? {
        guard let t = next(i), t.kind == .word, !t.isCapitalized, !t.classes.contains(.connective) else { return nil }
        return t.lower
    }

    /// A hedge right before the figure: the qualifier and where it starts.
    func hedge(before start: Int) -> (Qualifier, Int) {
        if start >= 1, tokens[start - 1].is("~") { return (.approx, start - 1) }
        // "sub-500 sq m": under the figure.
        if start >= 2, tokens[start - 1].is("-"), !tokens[start - 1].spaced, !tokens[start].spaced, isWord(start - 2, "sub") {
            return (.lessThan, start - 2)
        }
        // "(N)early": a parenthesised capital on "early".
        if start >= 4, isWord(start - 1, "early"), tokens[start - 2].is(")"), tokens[start - 4].is("(") {
            return (.nearly, start - 4)
        }
        // Most figures have no hedge: the word before them ends none (its class says so, with
        // no look-up). Only the phrases that end in that word are tried.
        guard start >= 1, tokens[start - 1].classes.contains(.hedgeEnd),
              let phrases = QuantityWords.hedgesByLastWord[tokens[start - 1].lower] else {
            return (.exact, start)
        }
        for phrase in phrases where phrase.words.count <= start {
            let matches = phrase.words.enumerated().allSatisfy { k, w in isWord(start - phrase.words.count + k, w) }
            guard matches else { continue }
            // "$380 million over five years": across a span after an amount, not "more than".
            let from = start - phrase.words.count
            if phrase.words == ["over"] || phrase.words == ["under"], from > 0, tokens[from - 1].kind == .digits
                || NumberWords.scales[tokens[from - 1].lower] != nil || tokens[from - 1].is("%") { return (.exact, start) }
            // "would be paid over nine years", "spread over five years": across a span, after a verb of spreading.
            if phrase.words == ["over"], from > 0, Self.spreadingVerbs.contains(tokens[from - 1].lower),
               let unit = next(start + 1), WhatIsCounted.measured[unit.lower] == "duration" { return (.exact, start) }
            return (phrase.qualifier, from)
        }
        return (.exact, start)
    }

    /// Whether the figure ending at `end` counts a part of a whole the words after it name:
    /// "lost three of its last five games", "cut 300 of its 2,000 jobs" (things lost or cut,
    /// not a change of a level). Not a percentage or a fraction: "lost 3% of its value", "lost
    /// a tenth of its value" are changes.
    func isPartOfAWhole(at end: Int, unit: String?) -> Bool {
        // (The "of" asked first: most figures have none after them.)
        guard isWord(end, "of"), let owner = next(end + 1), Self.wholeOwners.contains(owner.lower) else { return false }
        return !isText(unit, "percent") && !isText(unit, "share")
    }

    static let wholeOwners: WordSet = ["its", "their", "the", "his", "her", "our", "my", "your"]

    /// Whether a verb before the figure makes it a change: "rose 5%", "was down 2",
    /// "fell by 3"; not "rose to 7" (that is where it ended).
    func change(before start: Int, at figure: Int) -> QuantityMention.Change? {
        if figure > 0, tokens[figure - 1].is("+"), !tokens[figure].spaced { return .up }
        // The word before, or the two before "by": "rose by 5", "grow sales by 35".
        // (Counted down from `first`: an array of the candidates was made at every figure.)
        var (first, count) = (start - 1, 1)
        if first > 0, tokens[first].isLower("between") { first -= 1 }   // "grow between 3% and 4%"
        if first >= 0, tokens[first].isLower("by") { (first, count) = (first - 1, 2) }
        for c in stride(from: first, to: first - count, by: -1) where c >= 0 && tokens[c].kind == .word {
            // "gave up 517 yards", "put down 5": phrasal verbs, not changes.
            if tokens[c].isLower("up") || tokens[c].isLower("down"), c > 0, QuantityWords.phrasalVerbs.contains(tokens[c - 1].lower) { return nil }
            if tokens[c].classes.contains(.up) || count == 2 && QuantityWords.raisingVerbs.contains(tokens[c].lower) { return .up }
            if tokens[c].classes.contains(.down) { return .down }
        }
        if count == 1, first >= 0, tokens[first].isLower("and") { return gappedShareChange(and: first, figure: figure) }
        return count == 2 ? changeOverObject(before: first - 1) ?? gappedChange(by: first + 1) : nil
    }

    /// The change of the share before, for a share after "and" with the verb left out: "rose
    /// 0.3% from November and 3.9% from a year earlier", "fell 0.2% on the month and 1.1% on the
    /// year". Only when that share was itself a change, and what stands between is up to six
    /// words or years (a comma before "and"), none of which may be a verb or a clause's opener.
    private func gappedShareChange(and: Int, figure: Int) -> QuantityMention.Change? {
        guard percent(at: figure + 1) != nil, let last = found.last, isText(last.unit, "percent"),
              let change = last.change ?? last.hedgedChange else { return nil }
        var c = and - 1
        if c >= 0, tokens[c].is(",") { c -= 1 }
        while c >= 0, tokens[c].range.lowerBound >= last.range.upperBound {
            guard and - c <= 7, mayStandOnAList(c) else { return nil }
            c -= 1
        }
        return change
    }

    /// The change of the figure before, for a "by" that goes on a list after it with the verb
    /// left out: "cut the risk of heart disease by 38 percent and the risk of depression by 22
    /// percent", "fell by 3 percent in May and by 2 percent in June". Only when that figure was
    /// itself a change "by", and what stands between is one "and" (a comma before it) and up to
    /// six words or years that cannot be a verb ("and was followed by 200 layoffs" is a clause
    /// of its own).
    private func gappedChange(by: Int) -> QuantityMention.Change? {
        guard let last = found.last, let change = last.change ?? last.hedgedChange else { return nil }
        var (c, and) = (by - 1, false)
        while c >= 0, tokens[c].range.lowerBound >= last.range.upperBound {
            if tokens[c].isLower("and") {
                guard !and else { return nil }
                and = true
            } else if tokens[c].is(",") {
                guard c + 1 < by, tokens[c + 1].isLower("and") else { return nil }
            } else {
                guard by - c <= 7, mayStandOnAList(c) else { return nil }
            }
            c -= 1
        }
        // (Back at the figure before: was it a change "by"?)
        var start = c
        while start > 0, tokens[start - 1].range.lowerBound >= last.range.lowerBound { start -= 1 }
        return and && start > 0 && tokens[start - 1].isLower("by") ? change : nil
    }

    /// The change a verb of change says of its object, read back from the object's words
    /// before "by" (their last at `end`): "increased the pump price of diesel by 9.8
    /// shillings", "raised its benchmark rate by 50 basis points". Within seven words (a
    /// hyphenated compound one of them, its parts' endings not asked), over
    /// none that may be a verb of its own ("delayed the launch by", "was founded by") or
    /// that ends a clause.
    private func changeOverObject(before end: Int) -> QuantityMention.Change? {
        var (c, words) = (end, 0)
        while c >= 0, words < 7 {
            // A hyphenated compound's parts, whatever their endings, one word: "its most-prescribed insulin".
            if tokens[c].is("-"), !tokens[c].spaced, c > 0, tokens[c - 1].kind == .word, c + 1 <= end, !tokens[c + 1].spaced {
                c -= 2
                continue
            }
            guard tokens[c].kind == .word else { return nil }
            if tokens[c].classes.contains(.up) || QuantityWords.raisingVerbs.contains(tokens[c].lower) { return .up }
            if tokens[c].classes.contains(.down) { return .down }
            guard mayStandInAnObject(c) || isCompoundsLast(c) else { return nil }
            c -= 1
            words += 1
        }
        return nil
    }

    /// Whether the word at `c` closes a hyphenated compound ("most-prescribed").
    private func isCompoundsLast(_ c: Int) -> Bool {
        c >= 2 && tokens[c - 1].is("-") && !tokens[c - 1].spaced && !tokens[c].spaced && tokens[c - 2].kind == .word
    }

    /// Whether token `c` may stand between two figures of a list of changes whose verb is left
    /// out ("fell by 3 percent in May and by 2 percent"): a word or a year, and no verb.
    private func mayStandOnAList(_ c: Int) -> Bool {
        (tokens[c].kind == .word || ContextFinder.year(tokens[c]) != nil) && mayStandInAnObject(c)
            && !tokens[c].classes.contains(.up) && !tokens[c].classes.contains(.down)
    }

    /// Whether token `c` may be a word of a verb's object: not a verb by its ending, nor one
    /// of `objectEnds`.
    private func mayStandInAnObject(_ c: Int) -> Bool {
        let word = tokens[c].lower
        return !word.endsWith("ed") && !word.endsWith("ing") && !Self.objectEnds.contains(word)
    }

    /// Words that no object of a verb of change goes past: verbs and the words that open a clause.
    private static let objectEnds: WordSet = ["and", "or", "but", "that", "which", "who", "was", "were", "is", "are", "be",
                                              "been", "has", "have", "had", "will", "would", "to", "by", "as", "than"]

    // MARK: Words

    /// "three", "twenty-six", "a dozen": the value and the end.
    func spelledNumber(at i: Int) -> (value: Double, start: Int, end: Int)? {
        let word = tokens[i].lower
        if word == "dozen", i > 0, tokens[i - 1].isLower("a") || tokens[i - 1].isLower("one"), !(i > 1 && tokens[i - 2].lower.endsWith("'s")) {
            return (12, i - 1, i + 1)
        }
        if i > 0, tokens[i - 1].isLower("a"), Self.roundScales.contains(word) {
            return (NumberWords.scales[word]!, i - 1, i + 1)   // "a million dollar house"
        }
        if let tens = NumberWords.tens[word] {
            if let dash = next(i + 1), dash.is("-"), !dash.spaced, let unit = next(i + 2).flatMap({ NumberWords.units[$0.lower] }) {
                return (tens + unit, i, i + 3)
            }
            return (tens, i, i + 1)
        }
        guard let value = NumberWords.units[word] else { return nil }
        // "five-year", "two-thirds", "three-point": compounds, not counts (fractions are read as shares);
        // but "a six-member team", "a three-judge panel" count the members.
        if let dash = next(i + 1), dash.is("-"), !dash.spaced,
           !(next(i + 2).map { !$0.spaced && QuantityWords.members.contains($0.lower) } ?? false) { return nil }
        if tokens[i].isCapitalized, i > 0, tokens[i - 1].isCapitalized { return nil }   // "BBC One"
        if word == "one" {
            let before = i > 0 ? tokens[i - 1].lower : ""
            if Self.notCountingOne.contains(before) { return nil }
            // "one day he left" is a time, "one way" a manner; "only one day to test it" counts.
            if i + 1 < tokens.count, Self.oneNouns.contains(tokens[i + 1].lower),
               !(i > 0 && Self.oneHedges.contains(tokens[i - 1].lower)) { return nil }
            if isWord(i + 1, "or"), !(next(i + 2).map { QuantityWords.numberWords.contains($0.lower) } ?? false) { return nil }   // "one or another"
            if next(i + 1)?.kind == .digits { return nil }   // "one 52,000 barrel-a-day refinery"
            // "the current one.", "a very serious one": a pronoun after a determiner and its adjectives.
            if next(i + 1).map({ $0.kind != .word }) ?? true {
                var k = i - 1
                while k >= 0, k >= i - 3, tokens[k].kind == .word {
                    if Self.determiners.contains(tokens[k].lower) {
                        return nil
                    }
                    k -= 1
                }
            }
        }
        if word == "zero", next(i + 1)?.is("-") == true { return nil }
        return (value, i, i + 1)
    }

    /// "three thousand four hundred twelve", "one hundred and five", "two million three
    /// hundred thousand": a number in words of several parts, from its first part's value.
    func compound(_ first: Double, from start: Int) -> (Double, Int) {
        var total = 0.0
        var group = first
        var k = start
        func part(at k: Int) -> (Double, Int)? {
            guard let t = next(k), t.kind == .word, NumberWords.units[t.lower] != nil || NumberWords.tens[t.lower] != nil,
                  let s = spelledNumber(at: k), s.start == k else { return nil }
            return (s.value, s.end)
        }
        while let t = next(k), t.kind == .word {
            if t.isLower("hundred"), group < 10, group >= 1 {
                group *= 100
                k += 1
                if isWord(k, "and"), let (v, e) = part(at: k + 1) { group += v; k = e } else if let (v, e) = part(at: k) { group += v; k = e }
            } else if let scale = Self.compoundScales[t.lower], group < 1000,
                      total > 0 || part(at: k + 1) != nil || isWord(k + 1, "and") && part(at: k + 2) != nil {
                total += group * scale
                group = 0
                k += 1
                if isWord(k, "and"), part(at: k + 1) != nil { k += 1 }
                if let (v, e) = part(at: k) { group = v; k = e } else { break }
            } else {
                break
            }
        }
        return (total + group, k)
    }

    /// The scales a number in words is built up with ("two thousand three hundred"), made
    /// once: as a dictionary literal, it was built, hashed and freed at every word asked.
    private static let compoundScales: WordMap<Double> = ["thousand": 1e3, "million": 1e6, "billion": 1e9]

    /// "twofold", "threefold", "tenfold": the multiple a word says.
    func multiple(at i: Int) -> Double? {
        let word = tokens[i].lower
        guard word.endsWith("fold") else { return nil }
        let stem = String(word.dropLast(4))
        return NumberWords.units[stem] ?? NumberWords.tens[stem] ?? (stem == "hundred" ? 100 : stem == "thousand" ? 1000 : nil)
    }

    /// The second number of a range in words: "three or four", "ten to fifteen",
    /// "between three and five". Its value and where it ends.
    func spelledRangeEnd(after end: Int, low: Double, firstStart: Int) -> (high: Double, end: Int, scale: Double)? {
        guard let link = next(end) else { return nil }
        let between = firstStart > 0 && tokens[firstStart - 1].isLower("between")
        guard link.isLower("to") || link.isLower("or") || (link.isLower("and") && between) || link.is("–"),
              next(end + 1)?.kind == .word, let second = spelledNumber(at: end + 1), second.start == end + 1 else { return nil }
        let (high, secondEnd, _) = applyScale(second.value, from: second.end, currency: false)
        return high > low ? (high, secondEnd, high / second.value) : nil
    }

    /// "one in five", "one out of three", "1/16 of": a share N / M.
    func ratio(at i: Int) -> (Double, Int)? {
        func number(_ k: Int) -> Double? {
            guard let t = next(k) else { return nil }
            return t.kind == .digits ? t.number : NumberWords.units[t.lower] ?? NumberWords.tens[t.lower]
        }
        guard let n = number(i) else { return nil }
        if let slash = next(i + 1), slash.is("/") || slash.is("\u{2044}"), !slash.spaced,
           let m = next(i + 2), m.kind == .digits, !m.spaced, let d = m.number, d > 0, isWord(i + 3, "of") {
            return (n / d, i + 3)
        }
        var k = i + 1
        guard let link = next(k) else { return nil }
        if link.isLower("in") { k += 1 } else if link.isLower("out"), isWord(k + 1, "of") { k += 2 } else { return nil }
        guard let d = number(k), d > n, d > 0, n > 0, tokens[i].kind == next(k)!.kind || tokens[i].kind == .word else { return nil }
        // "500 in 2016": a count in a year, never 500 / 2016.
        if let y = next(k), y.kind == .digits, y.range.count == 4, (1500...2100).contains(d) { return nil }
        return (n / d, k + 1)
    }

    /// "a quarter of", "a third of", "two-thirds of", "half of", "the (vast) majority":
    /// the share (0–1, or percent for a majority), end, unit and hedge.
    func share(at i: Int) -> (value: (Double, Int, String?, Qualifier), start: Int)? {
        let word = tokens[i].lower
        if word == "majority", i > 0, ["the", "a", "vast", "large", "overwhelming"].contains(tokens[i - 1].lower),
           let t = next(i + 1), t.isLower("of") || t.isLower("for") || t.isLower("were") || t.isLower("are") || t.is(",") {
            var start = i - 1
            if ["vast", "large", "overwhelming"].contains(tokens[start].lower), start > 0, ["the", "a"].contains(tokens[start - 1].lower) {
                start -= 1
            }
            return ((50, i + 1, "percent", .moreThan), start)
        }
        guard let fraction = NumberWords.fractions[word] else { return nil }
        let before = i > 0 ? tokens[i - 1].lower : ""
        var multiple = 1.0
        if let n = NumberWords.units[before], n > 1, word.endsWith("s") { multiple = n }
        else if i > 1, tokens[i - 1].is("-"), let n = NumberWords.units[tokens[i - 2].lower], n > 1 { multiple = n }
        let ofFollows = isWord(i + 1, "of") || (word == "half" && isWord(i + 1, "the"))
        let single = before == "a" || before == "one"   // "a quarter", "one fifth"
        guard ofFollows || afterBy(i - (word == "half" && !single ? 0 : 1)), word == "half" || single || multiple > 1 else { return nil }
        // "the second half of the year", "the first half of August": a part of a time, not a share.
        if Self.ordinalParts.contains(before) { return nil }
        var start = i
        if single || multiple > 1 { start = i - 1 }
        if i > 1, tokens[i - 1].is("-"), multiple > 1 { start = i - 2 }
        return ((fraction * multiple, i + 1, "share", .exact), start)
    }

    /// Whether "by" comes before token `k`, or before the hedge before it: "fell by a fifth",
    /// "cut by almost half" (a share of change, with no "of" after it).
    private func afterBy(_ k: Int) -> Bool {
        var b = k - 1
        while b > 0, b >= k - 3, tokens[b].classes.contains(.hedgeEnd) || Self.comparing.contains(tokens[b].lower) { b -= 1 }
        return b >= 0 && tokens[b].isLower("by")
    }

    /// The words of "more than", "less than", "just over": the hedges' words that end none.
    static let comparing: WordSet = ["more", "less", "than", "just", "well"]

    func next(_ i: Int) -> TextToken? {
        i >= 0 && i < tokens.count ? tokens[i] : nil
    }

    /// Words that make "half" or "quarter" a part in order, of a time or a match.
    static let ordinalParts: WordSet = ["first", "second", "third", "fourth", "last", "final", "latter", "former", "opening", "closing"]

    /// Whether token `i` is the word `w` in lower case (without copying the token).
    func isWord(_ i: Int, _ w: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isLower(w)
    }
}
