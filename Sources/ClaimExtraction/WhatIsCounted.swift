import ClaimStore

/// What a number counts or measures, named from the sentence's syntax (tags from
/// `PartOfSpeech`): the noun phrase after it ("4 million visitors" → visitors, "60,000
/// security personnel" → security_personnel), what a percentage is a share of ("10 per
/// cent of Australian salt" → salt_share) or who it is of ("turnout was 60 percent" →
/// turnout), what a measurement measures ("a 15 meter high pig" → height, "two
/// decades of conflict" → conflict_duration), who was done what to ("killing 107" →
/// people_killed, "76 people were killed" → people_killed), or the noun a figure
/// completes ("a panel of twelve" → panel). Nil when the sentence gives none of these.
struct WhatIsCounted {
    let tokens: [TextToken]
    let tags: [Tag]
    /// The sentence's proper names, found once for all its figures.
    private var names: [Name] = []

    /// Tags only `window` of the tokens (the rest read as `.x`): what a figure counts
    /// lies within a few words of it, and tagging is most of extraction's time.
    init(_ tokens: [TextToken], window: Range<Int>? = nil) {
        self.tokens = tokens
        var tags = PartOfSpeech.untagged(tokens.count)
        PartOfSpeech.tag(tokens[window ?? tokens.indices], into: &tags)
        self.tags = tags
        names = properNames()
    }

    /// The first token for which `isPast` holds, which once true stays true (a binary
    /// search: each figure of a long sentence asks).
    private func firstToken(_ isPast: (TextToken) -> Bool) -> Int? {
        var (low, high) = (0, tokens.count)
        while low < high {
            let mid = (low + high) / 2
            if isPast(tokens[mid]) { high = mid } else { low = mid + 1 }
        }
        return low < tokens.count ? low : nil
    }

    /// The tokens within `margin` of the figures from `first` to `last`.
    static func window(from first: Range<Int>, to last: Range<Int>, in tokens: [TextToken], margin: Int = 10) -> Range<Int>? {
        guard let a = tokens.indices.first(where: { tokens[$0].range.upperBound > first.lowerBound }),
              let b = tokens.indices.last(where: { tokens[$0].range.lowerBound < last.upperBound }) else { return nil }
        return max(0, a - margin)..<min(tokens.count, b + 1 + margin)
    }

    /// Whether "of the total" or "of all" ends the phrase after the figure at `range`:
    /// a share of the whole the sentence counted before ("48.8% of the total").
    func isShareOfWhole(after range: Range<Int>) -> Bool {
        var i = pastFigure(range)
        guard i + 1 < tokens.count, tokens[i].isLower("of") else { return false }
        i += tokens[i + 1].isLower("the") ? 2 : 1
        guard i < tokens.count, tokens[i].isLower("total") || tokens[i].isLower("all") else { return false }
        return i + 1 == tokens.count || tokens[i + 1].kind == .symbol || tokens[i + 1].isLower("and") || tokens[i + 1].isLower("or")
    }

    /// The first token after the figure at `range` and the words that belong to it
    /// ("million", "percent", "or more").
    private func pastFigure(_ range: Range<Int>) -> Int {
        var after = firstToken({ $0.range.lowerBound >= range.upperBound }) ?? tokens.count
        while after < tokens.count, tokens[after].classes.contains(.figureWord) && !isPerSomething(after) || tokens[after].is("%") { after += 1 }
        return after
    }

    /// Whether token `k` is a "per" that is not "per cent": "$3.50 per gallon" is a price of
    /// something by the gallon, not a count of gallons.
    private func isPerSomething(_ k: Int) -> Bool {
        tokens[k].isLower("per") && !(k + 1 < tokens.count && tokens[k + 1].isLower("cent"))
    }

    /// The metric for the figure at `range` (offsets in the sentence), counted in `unit`;
    /// `isChange` says that a verb of change before it made it a change. And whether the
    /// figure is by the share ("$3.72 per share", "95 cents a share": whether it is money
    /// is the caller's to ask), read here where the words after the figure are found.
    func metric(for range: Range<Int>, unit: String?, isChange: Bool = false) -> (name: String?, byTheShare: Bool) {
        guard let first = firstToken({ $0.range.upperBound > range.lowerBound }) else { return (nil, false) }
        let after = pastFigure(range)
        return (metric(first: first, after: after, unit: unit, isChange: isChange), isByTheShare(after))
    }

    /// "per share" or "a share" at token `k`, or after a word of money there ("cents").
    @inline(__always)
    private func isByTheShare(_ k: Int) -> Bool {
        var k = k
        if k + 2 < tokens.count, tokens[k + 2].isLower("share"), Units.isMoney(tokens[k].lower) { k += 1 }
        return k + 1 < tokens.count && tokens[k + 1].isLower("share") && (tokens[k].isLower("per") || tokens[k].isLower("a"))
    }

    private func metric(first: Int, after: Int, unit: String?, isChange: Bool) -> String? {
        if first > 0, tokens[first - 1].classes.contains(.figureLead), let lead = leadingWordRule(first) { return lead }
        if isAgeAfterAName(first) { return "age" }
        // "a 6.0-magnitude earthquake", "a 6.0 magnitude quake"
        if after < tokens.count, tokens[after].isLower("magnitude") || tokens[after].is("-") && after + 1 < tokens.count && tokens[after + 1].isLower("magnitude") { return "magnitude" }
        if isText(unit, "percent") { return share(after: after, before: first) }
        if isText(unit, "degrees_celsius") || isText(unit, "degrees_fahrenheit") { return "temperature" }   // "above 50C"
        if let unit, Units.speeds.contains(unit) { return "speed" }   // "winds of 75 mph"
        if isText(unit, "times") { return nounPhraseBefore(first) }   // "sales rose threefold": a multiple of sales
        if isText(unit, "percentage_points") || isText(unit, "basis_points") { return nounPhraseBefore(first) }   // "yields rose 12 basis points"
        if let money = moneyIn(after: after, unit: unit) { return money }
        if let money = moneyVerbs(before: first, unit: unit) { return money }
        if let value = valuedAt(first) { return value }
        if let measured = measurement(at: after, figure: first) {
            // "every ten years": how often, not how long.
            return measured == "duration" && first > 0 && tokens[first - 1].isLower("every") ? "interval" : measured
        }
        if let members = compound(at: after) { return members }
        // (Money named after the figure, "212 pence", is a unit; what it is the amount of comes before.)
        // ("closed at 7,512 points": a unit after a level reached says nothing of what reached it;
        // "The Dow fell 120 points": nor after a change, of what changed.)
        if let phrase = nounPhrase(at: after), !Units.isMoney(phrase.head),
           !((afterLevelVerb(first, after: after) || isChange && (changesItself(before: first) || changedBy(first)))
             && Units.isUnit(Units.lexicon[phrase.head] ?? phrase.name)) {
            // "killed 229 people and affected 1 million others": people too.
            let name = isText(phrase.name, "others") ? "people" : phrase.name
            // "a survey of 1,200 adults": the people a survey asked.
            if first >= 2, tokens[first - 1].isLower("of"), Self.surveys.contains(tokens[first - 2].lower) { return name + "_surveyed" }
            // "rescued over 700 asylum seekers", "killing all seven astronauts": what was done to them.
            if let done = verbBefore(first) { return name + "_" + done }
            if let lacking = lacking(after: phrase.end, figure: first) { return name + "_without_" + lacking }
            // (Not a light verb, which says nothing done to them: "879 people made the crossing".)
            if let (done, passive) = participle(after: phrase.end), passive || Self.generic.contains(phrase.head) && !Self.lightVerbs.contains(done) {
                return name + "_" + done   // "76 people were killed", "1,426 pilgrims were trampled"
            }
            // "1.6 million people were unemployed", "40 people are missing": people in that state.
            if Self.generic.contains(phrase.head), let state = state(after: phrase.end) { return name + "_" + state }
            return name
        }
        // "left 200,000 without power": a bare figure left without something is people.
        if let lacking = lacking(after: after, figure: first) { return "people_without_" + lacking }
        // "5 were hurt", "107 killed" (a headline): a bare figure that things happen to is people.
        if let (done, passive) = participle(after: after), passive || done == "hurt" || tags[after] == .verb,
           Self.doneToPeople.contains(Self.stem(done)) {
            return "people_" + done
        }
        // "Enrolment rose from 750 to 1,400": what went from one figure to the other; "the air
        // quality index hit 484", "the share price closed at 212 pence": what reached the figure.
        if let bare = bare(before: first) { return bare }
        // "Petrol now costs 196.5 shillings", "the flat sold for $44 million": the price of what costs
        // it; "a flat rents for 1,400 euros": its rent.
        if let verb = priceVerb(before: first), let what = nounPhraseBefore(verb) {
            return what + (Self.rentingVerbs.contains(tokens[verb].lower) ? "_rent" : "_price")
        }
        let before = first > 0 ? pastRecord(first - 1) : -1   // ("to a record $26.3 billion")
        let reached = before >= 0 && (tokens[before].isLower("from") || tokens[before].isLower("to")) || afterLevelVerb(first, after: after) || isValued(first)
            || isChange && before >= 0 && tokens[before].isLower("by") && (changesAnObject(by: before) || changesByItself(by: before))
            || isChange && changesItself(before: first)
            // "Petrol averaged $2.11 a litre", "Home prices averaged $400,000": the hedge is the
            // figure's first word, and what averaged it stands before.
            || tokens[first].isLower("averaged") && Units.isMoneyUnit(unit)
        return reached ? nounPhraseBefore(first) : nil
    }

    /// A change a noun beside the figure at `range` names, and what changed: "a 3 percent rise in
    /// water rates" (water_rates, up), "a 2 percent cut in spending", "a property tax increase of
    /// 4.5 percent", "an increase of 4 percent in fares"; with nothing named ("a sharp 3 percent
    /// drop"), the change alone. Nil when no noun of change is there.
    func namedChange(for range: Range<Int>) -> (metric: String?, change: QuantityMention.Change)? {
        guard let first = firstToken({ $0.range.upperBound > range.lowerBound }) else { return nil }
        // (Past the figure from its first token: a second search cost more than the rest.)
        var after = first
        while after < tokens.count, tokens[after].range.lowerBound < range.upperBound { after += 1 }
        while after < tokens.count, tokens[after].classes.contains(.figureWord) || tokens[after].is("%") { after += 1 }
        if after < tokens.count, let change = changeNoun(after) {
            return (named(after: after + 1, orOf: true), change)
        }
        // "a 13% pay rise", "a 5 percent price increase": the noun between names what changed.
        // (Each read whatever its tag, noun or verb: "pay" and "rise" may be read as verbs.)
        if after + 1 < tokens.count, tokens[after].kind == .word, tags[after].isNominal || tags[after] == .verb, tokens[after + 1].kind == .word,
           tags[after + 1] == .noun || tags[after + 1] == .verb {
            if let change = change(saidBy: after + 1) { return (named(after: after + 2, orOf: true) ?? name(ofTokens: after, -1, -1), change) }
        }
        guard first >= 2, tokens[first - 1].isLower("of"), let change = changeNoun(first - 2) else { return nil }
        if let what = named(after: after, orOf: false) { return (what, change) }
        // The nouns before the noun of change, the last two of them.
        var start = first - 2
        while start > 0, tags[start - 1].isNominal, !isPossessive(start - 1) { start -= 1 }
        return (start < first - 2 ? name(ofTokens: start <= first - 4 ? first - 4 : -1, first - 3, -1) : nil, change)
    }

    /// What a phrase at `k` opened by "in" (or "of") names, unless it is a time or a
    /// report: "in water rates" (not "in the previous quarter", "in October", "in a Reuters
    /// poll", which name nothing that changed).
    private func named(after k: Int, orOf: Bool) -> String? {
        guard k + 1 < tokens.count, tokens[k].isLower("in") || orOf && tokens[k].isLower("of"),
              let phrase = nounPhrase(at: pastDeterminers(k + 1)), !Self.isTime(phrase.head),
              ContextFinder.monthNumbers[phrase.head] == nil, !Self.reports.contains(phrase.head) else { return nil }
        return phrase.name
    }

    /// Where a change is told, not what changed: "a 0.3% gain in a Reuters poll".
    static let reports: WordSet = ["poll", "polls", "survey", "surveys", "report", "reports", "forecast", "forecasts", "statement"]

    /// Whether a noun names a time: "quarter", "year", "months", "period".
    private static func isTime(_ noun: String) -> Bool {
        timeUnits.contains(noun) || times.contains(noun) || noun == "period"
    }

    /// Whether token `k` is a noun that names a change, and which: "rise", "increase", "cut".
    private func changeNoun(_ k: Int) -> QuantityMention.Change? {
        // ("a 2 percent cut": the tagger may read a noun of change after "percent" as a verb.)
        guard tags[k] == .noun || tags[k] == .verb && k > 0 && (tokens[k - 1].is("%") || tokens[k - 1].isLower("percent")) else { return nil }
        return change(saidBy: k)
    }

    /// The change the word at `k` says, by its class: "rise" up, "cut" down.
    private func change(saidBy k: Int) -> QuantityMention.Change? {
        tokens[k].classes.contains(.up) ? .up : tokens[k].classes.contains(.down) ? .down : nil
    }

    /// Past the determiners from token `k`: "the", "its".
    private func pastDeterminers(_ k: Int) -> Int {
        var k = k
        while k < tokens.count, tags[k] == .det || tags[k] == .pron && isPossessive(k) { k += 1 }
        return k
    }

    /// Whether the change a figure after "by" (at `by`) is (its mention's) is of an object
    /// before "by": "increased the pump price of diesel by 9.8 shillings" (the price is what
    /// changed), not "having increased by $43.6 billion" (no object, and what changed may be
    /// far before it).
    private func changesAnObject(by: Int) -> Bool {
        let k = by - 1
        return k >= 1 && tokens[k].kind == .word && !tokens[k].classes.contains(.up) && !tokens[k].classes.contains(.down)
            && !QuantityWords.raisingVerbs.contains(tokens[k].lower)
    }

    /// Whether a verb of change comes right before "by" (at `by`), with its subject before it:
    /// "The number of job vacancies fell by 9,000" (the vacancies changed), not "having
    /// increased by $43.6 billion" (no subject in reach).
    private func changesByItself(by: Int) -> Bool {
        let k = by - 1
        return k >= 1 && (tokens[k].classes.contains(.up) || tokens[k].classes.contains(.down)) && !tokens[k - 1].isLower("having")
    }

    /// Whether the word right before the figure at `first` is a verb of change its subject undergoes: "Revenue
    /// rose $1.2 billion", "the index fell 120" (revenue and the index changed); not one that
    /// takes the figure as its object ("lost $300 million" is a loss), nor after "having".
    private func changesItself(before first: Int) -> Bool {
        let k = first - 1   // (the figure's hedge is its own: "rose about $1 billion")
        guard k >= 0 else { return false }
        return (tokens[k].classes.contains(.up) || tokens[k].classes.contains(.down)) && !Self.objectChanges.contains(tokens[k].lower)
            && !(k > 0 && tokens[k - 1].isLower("having"))
    }

    /// Whether "by" and a verb of change with its subject come right before the figure at
    /// `first`: "The gap narrowed by 2 points".
    private func changedBy(_ first: Int) -> Bool {
        first > 0 && tokens[first - 1].isLower("by") && changesByItself(by: first - 1)
    }

    /// Verbs that say little by themselves: "made the crossing", "took part", "had symptoms".
    static let lightVerbs: WordSet = ["made", "make", "makes", "took", "take", "takes", "had", "have", "has", "got", "get",
                                      "gets", "did", "do", "does", "gave", "give", "gives"]

    /// Verbs of change whose object is the figure: what it counts is lost, cut or gained, not changed.
    static let objectChanges: WordSet = ["lost", "cut", "shed", "added", "gained", "gain", "gains", "boosted", "lowered",
                                         "reduced", "reduces", "reducing", "slashed", "trimmed", "halved", "halving"]

    /// "estimated damage at $10 billion", "put the death toll at 40", "valued the company at
    /// $5 billion": the figure is what the noun before "at" was reckoned to be; in the passive,
    /// "damage was estimated at 1.2 billion pesos", what the verb's subject was.
    private func isValued(_ first: Int) -> Bool {
        guard first > 1, tokens[first - 1].isLower("at") else { return false }
        if first > 2, Self.valuingVerbs.contains(tokens[first - 2].lower), tokens[first - 3].classes.contains(.copula) { return true }
        return (max(0, first - 6)..<(first - 2)).contains { Self.valuingVerbs.contains(tokens[$0].lower) }
    }

    static let valuingVerbs: WordSet = [
        "estimated", "estimate", "estimates", "put", "puts", "valued", "values", "pegged", "pegs", "priced", "prices", "set", "sets",
        "assessed", "calculated", "reckoned",
    ]

    /// What the word just before the figure at `first` (one of `figureLeads`) says it is: "a man
    /// aged 45" an age; "sentenced to 12 years", "jailed for six months", "sentenced on Friday
    /// to 12 years" a sentence; "road contracts worth 230 million pesos" the value of the nouns
    /// before "worth".
    private func leadingWordRule(_ first: Int) -> String? {
        let lead = tokens[first - 1]
        if lead.isLower("aged") { return "age" }
        if lead.isLower("magnitude") { return "magnitude" }   // "a magnitude 6.0 earthquake"
        if lead.isLower("worth") {
            guard first > 1, tags[first - 2].isNominal else { return nil }
            let two = first > 2 && tags[first - 3].isNominal ? first - 3 : -1
            return name(ofTokens: two, first - 2, -1) + "_value"
        }
        // ("to" or "for")
        return first >= 2 && (max(0, first - 4)..<(first - 1)).contains(where: { tokens[$0].classes.contains(.sentencing) }) ? "sentence" : nil
    }

    /// The words `leadingWordRule` reads before a figure.
    static let figureLeads: WordSet = ["aged", "worth", "to", "for", "magnitude"]

    /// "Mutharika, 85, served as president": a whole number set off by commas just after a
    /// name is the named person's age.
    private func isAgeAfterAName(_ first: Int) -> Bool {
        guard first >= 2, first + 1 < tokens.count, tokens[first - 1].is(","), tokens[first + 1].is(","), tokens[first].kind == .digits,
              tokens[first].range.count <= 3, let n = tokens[first].number, n == n.rounded(), n >= 1, n <= 120 else { return false }
        return tags[first - 2] == .propn && tokens[first - 2].isCapitalized
    }

    /// "$2 billion in aid", "4.5 million pesos in bribes": what an amount of money is, named
    /// after "in" (past the currency's name).
    private func moneyIn(after k: Int, unit: String?) -> String? {
        guard k + 1 < tokens.count else { return nil }
        var k = k
        if !tokens[k].isLower("in") {
            guard tokens[k + 1].isLower("in"), Units.isMoney(tokens[k].lower) else { return nil }
            k += 1
        }
        guard Units.isMoneyUnit(unit) else { return nil }   // (asked last: most figures have no "in" after them)
        // ("raised $2 million in June": when, not what; "179.1 shillings in Nairobi": where.)
        guard k + 1 < tokens.count, ContextFinder.monthNumbers[tokens[k + 1].lower] == nil,
              !(tokens[k + 1].isCapitalized && ContextFinder.placeNameLengths[tokens[k + 1].lower] != nil),
              let phrase = nounPhrase(at: k + 1), !Units.isMoney(phrase.head),
              !Self.moneyManners.contains(phrase.head) else { return nil }
        return phrase.name
    }

    /// "The company earned $27.7 billion", "the city spent $45 million": money a verb says what
    /// it is, right before the figure (past hedges).
    private func moneyVerbs(before first: Int) -> String? {
        guard first > 0 else { return nil }
        let k = pastHedges(before: first)
        guard tokens[k].classes.contains(.moneyVerb), let money = Self.moneyVerbs[tokens[k].lower] else { return nil }
        return money
    }

    private func moneyVerbs(before first: Int, unit: String?) -> String? {
        guard let money = moneyVerbs(before: first), Units.isMoneyUnit(unit) else { return nil }   // (the unit asked last)
        return money
    }

    static let moneyVerbs: WordMap<String> = [
        "earned": "earnings", "earns": "earnings", "earn": "earnings", "earning": "earnings",
        "spent": "spending", "spends": "spending", "spend": "spending", "spending": "spending",
        "invested": "investment", "invests": "investment", "invest": "investment", "investing": "investment",
        "borrowed": "borrowing", "borrows": "borrowing", "borrow": "borrowing", "borrowing": "borrowing",
        "owes": "debt", "owed": "debt", "owe": "debt", "owing": "debt",
        "donated": "donations", "donates": "donations", "donate": "donations",
    ]
    static let moneyVerbWords = WordSet(moneyVerbs.keys)

    /// "a median home, valued at $580,000": the value of what is valued just before.
    private func valuedAt(_ first: Int) -> String? {
        guard first >= 3, tokens[first - 1].isLower("at"), tokens[first - 2].isLower("valued") else { return nil }
        guard let what = nounPhraseBefore(tokens[first - 3].is(",") ? first - 3 : first - 2) else { return nil }
        return what + "_value"
    }

    /// Words after "in" that say how an amount is, not what it is: "$200 in value", "in total", "in cash".
    static let moneyManners: WordSet = ["value", "total", "cash", "terms", "all", "kind", "addition", "person"]

    static let sentencing: WordSet = ["sentenced", "jailed", "imprisoned", "sentencing", "jailing"]

    /// The verb that says the figure at `first` is a price, just before it (past hedges):
    /// "costs", "cost", "sold for", "sells at", "priced at", "retails for".
    private func priceVerb(before first: Int) -> Int? {
        guard first > 0 else { return nil }
        let k = pastHedges(before: first)
        if Self.costVerbs.contains(tokens[k].lower) { return k }
        guard k > 0, tokens[k].isLower("for") || tokens[k].isLower("at"), Self.sellingVerbs.contains(tokens[k - 1].lower) else { return nil }
        return k - 1
    }

    static let costVerbs: WordSet = ["cost", "costs", "costing"]
    static let sellingVerbs: WordSet = ["sold", "sells", "sell", "selling", "retails", "retailed", "retail", "priced",
                                        "rents", "rent", "rented", "renting", "leases", "leased"]
    static let rentingVerbs: WordSet = ["rents", "rent", "rented", "renting", "leases", "leased"]

    /// Whether a verb that says a level comes just before the figure at `first` (past
    /// hedges and "at"): "hit", "reached", "stood at", "closed at", "peaked at". Not when
    /// "of" follows the figure: "is one of the best screens" counts screens.
    private func afterLevelVerb(_ first: Int, after: Int) -> Bool {
        guard first > 0, after >= tokens.count || !tokens[after].isLower("of") else { return false }
        var k = pastHedges(before: first)   // ("at" and "around" are hedges)
        if k > 0, tokens[k].isLower("near") || isLevelsAdjective(k) { k -= 1 }   // ("was unchanged at 169.5")
        k = pastRecord(k)   // "hit a record 8,302 megawatts"
        return isLevelVerb(k)
    }

    /// Whether token `k` is a verb that says a level: "stood", "closed", "remained"; or
    /// "held" before "at", straight or past an adjective ("Inflation held steady at 3
    /// percent", "held at 2.9 percent"; not "held 300 prisoners").
    private func isLevelVerb(_ k: Int) -> Bool {
        if tokens[k].classes.contains(.levelVerb) { return true }
        guard tokens[k].classes.contains(.holding), k + 1 < tokens.count else { return false }
        return tokens[k + 1].isLower("at") || isLevelsAdjective(k + 1)
    }

    static let holdingVerbs: WordSet = ["held", "holds", "hold", "holding"]

    /// Whether token `k` is an adjective that says how a level stands, just before "at":
    /// "was flat at 400 points", "held its key rate steady at 4.25 percent", "was unchanged at
    /// 169.5 shillings" (which the tagger reads as a verb), "held firm at" (read as a noun).
    private func isLevelsAdjective(_ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k + 1].isLower("at") && (tags[k] == .adj || tokens[k].classes.contains(.levelAdjective))
    }

    /// Words that say how a level stands, whatever the tagger makes of them.
    static let levelAdjectives: WordSet = ["unchanged", "steady", "firm", "flat", "stable"]

    /// Token `k`, or the one before "a record" when "record" is token `k`: "climbed 14% to a
    /// record $26.3 billion", "hit a record 8,302 megawatts" (the record is the level).
    private func pastRecord(_ k: Int) -> Int {
        k > 1 && tokens[k].isLower("record") && tokens[k - 1].isLower("a") ? k - 2 : k
    }

    /// The token just before the figure at `first` (> 0), past the hedges before it.
    private func pastHedges(before first: Int) -> Int {
        var k = first - 1
        while k > 0, tokens[k].classes.contains(.hedge) { k -= 1 }
        return k
    }

    static let levelVerbs: WordSet = [
        "hit", "hits", "reached", "reaches", "topped", "tops", "totalled", "totaled", "totals", "stood", "stands",
        "remained", "remains", "closed", "ended", "peaked", "hovered", "settled", "was", "is", "were", "are",
    ]

    // MARK: Subjects

    /// The entity a figure is about: the proper name nearest before it in its clause
    /// ("Toyota sold about 12,000 cars", "The FTSE 100 fell 1.2 per cent"), else one just
    /// after it ("40 Chelsea supporters"). Names of places, sources and times (given in
    /// `excluded`, offsets in the sentence) are not subjects.
    func subject(for range: Range<Int>, excluding excluded: [Range<Int>]) -> String? {
        guard let first = firstToken({ $0.range.upperBound > range.lowerBound }) else { return nil }
        // Not a name `excluded` overlaps, nor a month or a weekday alone or a month and its day: a time even where no
        // date makes it a period ("On Monday 12 officials met", in an undated article). (Asked
        // of the names as they are searched: a filtered array of them cost more than the search.)
        func mayBeSubject(_ name: Name) -> Bool {
            // (A place after "of" is the name's own: "the Bank of England".)
            let of = name.tokens.first { tokens[$0].isLower("of") }
            let head = of.map { name.range.lowerBound..<tokens[$0].range.lowerBound } ?? name.range
            guard !excluded.contains(where: { $0.overlaps(head) }) else { return false }
            let word = tokens[name.tokens.lowerBound].lower
            // ("PARIS, March 27, 2025 —": a date, though its day closes it as a figure closes a name.)
            if ContextFinder.monthNumbers[word] != nil, name.tokens.count == 2, tokens[name.tokens.lowerBound + 1].kind == .digits { return false }
            guard name.tokens.count == 1 else { return true }
            return ContextFinder.monthNumbers[word] == nil && ContextFinder.weekdays[word] == nil && !isDemonymBeforeANoun(name.tokens.lowerBound)
        }
        if let before = names.last(where: { $0.tokens.upperBound <= first && mayBeSubject($0) && !clauseBreak(between: $0.tokens.upperBound, and: first) }) {
            return text(of: before)
        }
        let after = firstToken({ $0.range.lowerBound >= range.upperBound }) ?? tokens.count
        // After the figure, only a name that qualifies what it counts: "40 Chelsea supporters".
        return names.first { name in
            (name.tokens.lowerBound == after || name.tokens.lowerBound == after + 1 && tags[after] == .adj)
                && name.tokens.upperBound < tokens.count && tags[name.tokens.upperBound] == .noun && mayBeSubject(name)
        }.map(text(of:))
    }

    /// Whether token `k` is a word of a people or a region before a common noun, which it
    /// describes: "its European rival", "Japanese automakers" (not "Labour candidates").
    private func isDemonymBeforeANoun(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tags[k + 1] == .noun, !tokens[k + 1].isCapitalized else { return false }
        let word = tokens[k].lower
        return Self.demonymEndings.contains { word.endsWith($0) }
    }

    static let demonymEndings = ["an", "ish", "ese", "ic"]

    private struct Name {
        let tokens: Range<Int>
        let range: Range<Int>
    }

    /// A name as written, without a possessive ("Labour's candidate": Labour). (Made
    /// for the name a figure is about only: most names a sentence has are none's.)
    private func text(of name: Name) -> String {
        var text = ""   // (by index: a copy of each token would retain its strings)
        for j in name.tokens { text += (j > name.tokens.lowerBound && tokens[j].spaced ? " " : "") + tokens[j].text }
        return ContextFinder.withoutPossessive(text).0
    }

    /// Runs of proper nouns, with a figure that ends a name ("FTSE 100") and the letters
    /// and dots of abbreviations ("U.S.").
    private func properNames() -> [Name] {
        var names: [Name] = []
        var k = 0
        while k < tokens.count {
            // A capitalised word starts a name, but at the start of a sentence only if EWT
            // does not know it as a common word ("Police held …"), or a name goes on after it
            // ("Social Security cost", "General Motors sold").
            func isNameWord(_ k: Int) -> Bool {
                tokens[k].kind == .word && tokens[k].isCapitalized && (tags[k] == .propn || tags[k] == .noun || tags[k] == .adj)
            }
            // (Whether a quotation opens before it is asked only of a name's word.)
            guard isNameWord(k), !(k == 0 || tokens[k - 1].is("“") || tokens[k - 1].is("\""))
                    || tags[k] == .propn && !PartOfSpeech.Model.shared.isCommonWord(tokens[k].lower)
                    || k + 1 < tokens.count && isNameWord(k + 1) else {
                k += 1
                continue
            }
            var start = k
            // ("Board of Supervisors", "Bank of England": "of" between two of a name's words.)
            while k < tokens.count, isNameWord(k) || tokens[k].is(".") && !tokens[k].spaced && tokens[k - 1].range.count == 1
                    || tokens[k].kind == .word && tokens[k].range.count == 1 && tokens[k].isCapitalized && tokens[k].text != "I"   // "Model Y"
                    || tokens[k].isLower("of") && k > start && k + 1 < tokens.count && isNameWord(k + 1) {
                k += 1
            }
            // "FTSE 100 fell": a short figure closing a name, when no noun follows it.
            if k < tokens.count, tokens[k].kind == .digits, tokens[k].range.count <= 3,
               k + 1 == tokens.count || tokens[k + 1].kind != .word || tokens[k + 1].isCapitalized || !(tags[k + 1] == .noun || tags[k + 1] == .adj) {
                k += 1
            }
            // "South Africa's African National Congress": a place's name in the possessive says
            // whose the name after it is, and is no part of it.
            // (The place may begin with a capitalised word a sentence opens with, not taken for a name's.)
            let from = start > 0 && tokens[start - 1].kind == .word && tokens[start - 1].isCapitalized ? start - 1 : start
            if k - start >= 2, let owner = (start..<(k - 1)).first(where: { isPossessive($0) && (isPlace(start..<($0 + 1)) || isPlace(from..<($0 + 1))) }) {
                start = owner + 1
            }
            // Not "Muslim-majority" (a modifier) nor "Syrian", "Kenya" (places, which have their own field).
            let modifier = k < tokens.count && tokens[k].is("-") && !tokens[k].spaced
            if !modifier, !isPlace(start..<k) {
                let range = tokens[start].range.lowerBound..<tokens[k - 1].range.upperBound
                if names.isEmpty { names.reserveCapacity(4) }   // (room only in a sentence that has a name)
                names.append(Name(tokens: start..<k, range: range))
            }
        }
        return names
    }

    /// Whether token `k` is a word in the possessive: "Africa's", "Kenya’s".
    private func isPossessive(_ k: Int) -> Bool {
        tokens[k].kind == .word && ContextFinder.withoutPossessive(tokens[k].lower).1
    }

    /// Whether these words are a place's name or demonym (looked up only when the first
    /// word can begin one), the last of them perhaps in the possessive ("South Africa's").
    private func isPlace(_ words: Range<Int>) -> Bool {
        let firstWord = words.count == 1 ? ContextFinder.withoutPossessive(tokens[words.lowerBound].lower).0 : tokens[words.lowerBound].lower
        guard ContextFinder.placeNameLengths[firstWord] != nil else { return false }
        // (The words joined in one buffer on the stack: joined strings cost allocations.)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            var used = 0
            for k in words where tokens[k].kind == .word {
                let word = k == words.upperBound - 1 ? ContextFinder.withoutPossessive(tokens[k].lower).0 : tokens[k].lower
                guard ContextFinder.append(word, to: buffer, used: &used) else { return false }   // (no name is this long)
            }
            return ContextFinder.placesByName.find(UnsafeBufferPointer(rebasing: buffer[0..<used])) != nil
        }
    }

    /// Whether a clause ends between two tokens: a semicolon, or a comma before a new subject.
    private func clauseBreak(between a: Int, and b: Int) -> Bool {
        (a..<b).contains { tokens[$0].is(";") || tokens[$0].is(":") || tags[$0] == .sconj || tokens[$0].isLower("while") || tokens[$0].isLower("but") }
    }

    // MARK: Shares

    /// "10 per cent of Australian salt" → salt_share; "turnout was 60 percent" → turnout.
    private func share(after k: Int, before first: Int) -> String? {
        var i = k
        if i < tokens.count, tokens[i].is("—") || tokens[i].is("–") || tokens[i].is(","),
           let of = tokens[(i + 1)...].firstIndex(where: { $0.isLower("of") }), of <= i + 4 {
            i = of   // "1.4 percent — of all immigrants"
        }
        if i < tokens.count, tokens[i].isLower("of") {
            i += 1
            while i < tokens.count, tags[i] == .det || tokens[i].isLower("all") || tags[i] == .pron { i += 1 }
            if let phrase = nounPhrase(at: i) { return phrase.name + "_share" }
        }
        // "3 in 5 passengers", "one out of four voters": a ratio's plural noun is what it is a share of.
        if tokens[first..<k].contains(where: { $0.isLower("in") || $0.isLower("out") }), i < tokens.count, tags[i] == .noun,
           tokens[i].lower.endsWith("s") || Self.irregularPlurals.contains(tokens[i].lower), let phrase = nounPhrase(at: i) {
            return phrase.name + "_share"
        }
        if winsVotes(before: first) { return "vote_share" }
        // "forecast 3 percent growth", "a 30 percent stake": the noun the figure stands before, past
        // a comparative ("a 10% higher risk of dying"). (Not a noun of change, "a sharp 3 percent
        // drop": `namedChange` reads those.)
        let noun = k + 1 < tokens.count && Self.comparatives.contains(tokens[k].lower) ? k + 1 : k
        if noun < tokens.count, tags[noun] == .noun, !tokens[noun].isCapitalized, let phrase = nounPhrase(at: noun),
           !Self.isTime(phrase.head), !Self.timeNouns.contains(phrase.head),
           !tokens[phrase.end - 1].classes.contains(.up), !tokens[phrase.end - 1].classes.contains(.down) { return phrase.name }
        if let subject = nounPhraseBefore(first) { return subject }
        return "share"
    }

    /// Whether a share of nothing named is won at the polls: "won 59 percent", "took 33
    /// percent", "won the 2020 rerun with 59 percent", "came second with 21.6%" (a verb of
    /// winning or placing, with "with" and up to five words between).
    private func winsVotes(before first: Int) -> Bool {
        guard first > 0 else { return false }
        let k = pastHedges(before: first)
        if Self.winningVerbs.contains(tokens[k].lower) { return true }
        guard tokens[k].isLower("with") else { return false }
        return (max(0, k - 6)..<k).contains { Self.winningVerbs.contains(tokens[$0].lower) || Self.placingVerbs.contains(tokens[$0].lower) }
    }

    static let winningVerbs: WordSet = ["won", "wins", "win", "took", "takes", "received", "receives", "garnered", "secured",
                                        "polled", "captured", "got", "gets"]
    /// Verbs of a place in a race, which win a share only "with" it: "came second with 21.6%"
    /// (not "shares finished 34.4% higher").
    static let placingVerbs: WordSet = ["came", "finished", "placed"]
    /// Between a percentage and the noun it is of: "a 10% higher risk".
    static let comparatives: WordSet = ["higher", "lower", "greater", "bigger", "smaller", "larger", "more", "less", "fewer"]

    /// The nominal run nearest before `first` in its clause, reached over auxiliaries,
    /// adverbs, verbs of change and "to", "by", "at" ("unemployment rose to 5 percent").
    private func nounPhraseBefore(_ first: Int) -> String? {
        var k = first - 1
        var steps = 0
        while k >= 0, steps < 6 {
            if let j = pastWordsNotTheNoun(k) {
                (k, steps) = (j, steps + 1)
                continue
            }
            // "Mortgage rates held firm at 6.5 percent": how the level stands, not the noun (the
            // tagger may read "firm" or "flat" as one).
            if tokens[k].classes.contains(.levelAdjective), isLevelsAdjective(k) {
                (k, steps) = (k - 1, steps + 1)
                continue
            }
            // Not a multiple ("grew fourfold to 40,000"), nor a verb of change the tagger took
            // for a noun after one ("sales rose threefold").
            // (Asked only of a nominal after a nominal.)
            var changes: Bool { tokens[k].classes.contains(.up) || tokens[k].classes.contains(.down) }
            // (A short figure closing a name is the name's: "the FTSE 100 closed at".)
            let closesName = tags[k] == .num && k > 0 && tags[k - 1] == .propn && tokens[k].range.count <= 3
            // (Nor a verb of change the tagger took for a noun before "to" or "by", "flu rose to 4,000";
            // the word before it, which the tagger may then have taken for an adjective, is the noun.)
            let changesToALevel = k + 1 < first && tokens[k + 1].classes.contains(.levelPreposition) && changes
            let beforeAChange = tags[k] == .adj && k + 2 < first && tokens[k + 2].classes.contains(.levelPreposition)
                && (tokens[k + 1].classes.contains(.up) || tokens[k + 1].classes.contains(.down))
            // A possessive is never what is counted: "while Germany's stood at 3.4 percent" stands
            // for the noun said before, not for what it names.
            if tags[k].isNominal, isPossessive(k) { return nil }
            if (tags[k].isNominal || beforeAChange) && !tokens[k].classes.contains(.multiple) && !(k > 0 && tags[k - 1].isNominal && changes)
                && !changesToALevel || closesName {
                var start = k
                func phraseStart() {
                    while start > 0, tags[start - 1].isNominal || tags[start - 1] == .adj && !tokens[start - 1].classes.contains(.figureWord) { start -= 1 }
                }
                phraseStart()
                // "Inflation in the euro zone eased", "attendance at the fair fell", "demand for oil
                // rose": what changed is the noun the phrase after it modifies. (Not a noun a figure
                // counts: in "borrow for fifty years at an interest rate of 1.38pc", "at" is the verb's.)
                var j = start - 1
                if j >= 0, Self.articles.contains(tokens[j].lower) || Self.determiners.contains(tokens[j].lower) { j -= 1 }
                // (Not a change itself: "an improvement in its margins to 64 per cent" is of margins.)
                // ("The waiting list for hospital treatment in England fell": past each such phrase, two at most.)
                var phrases = 0
                while phrases < 2, j >= 1, Self.modifyingPrepositions.contains(tokens[j].lower), tags[j - 1].isNominal, !(j >= 2 && tags[j - 2] == .num),
                   !tokens[j - 1].classes.contains(.up), !tokens[j - 1].classes.contains(.down), !Self.changeNouns.contains(tokens[j - 1].lower) {
                    (k, start) = (j - 1, j - 1)
                    phraseStart()
                    phrases += 1
                    j = start - 1
                    if j >= 0, Self.articles.contains(tokens[j].lower) || Self.determiners.contains(tokens[j].lower) { j -= 1 }
                }
                // The last two words that are not stop nouns, found from the end (filtered into
                // an array and mapped into another, they cost two allocations a phrase).
                var (first, second) = (-1, -1)
                for j in stride(from: k, through: start, by: -1) where !Self.stopNouns.contains(tokens[j].lower) {
                    if second < 0 { second = j } else { first = j; break }
                }
                // "the price of bottled water rose": the price is what changed, of bottled water
                // ("the number of arrests rose": the arrests; "membership of the union": union_membership).
                let ofAt = start >= 2 && Self.articles.contains(tokens[start - 1].lower) ? start - 2 : start - 1
                let of = ofAt >= 1 && tokens[ofAt].isLower("of") && tags[ofAt - 1] == .noun
                    && !Self.stopNouns.contains(tokens[ofAt - 1].lower) ? ofAt - 1 : -1
                return second < 0 && of < 0 ? nil : name(ofTokens: first, second, of)
            }
            guard tags[k] == .aux || tags[k] == .adv || tags[k] == .part || tokens[k].classes.contains(.levelPreposition)
                    || tokens[k].classes.contains(.multiple)
                    || tokens[k].classes.contains(.up) || tokens[k].classes.contains(.down)
                    || tokens[k].classes.contains(.copula) || isLevelVerb(k) || tokens[k].classes.contains(.hedge)
                    || tokens[k].classes.contains(.expectation) || isLevelsAdjective(k)
                    || k == first - 1 && tokens[k].isLower("between")   // "to grow between 3% and 4%"
                    // (The passive's verb: "damage was estimated at".)
                    || k + 2 == first && tokens[k + 1].isLower("at") && Self.valuingVerbs.contains(tokens[k].lower)
                    || tags[k] == .verb && k + 1 < tokens.count && (tokens[k + 1].isLower("up") || tokens[k + 1].isLower("down")) else { return nil }   // "went up"
            k -= 1
            steps += 1
        }
        return nil
    }

    /// Where the walk back from a figure to its noun goes on, when token `k` ends words that are
    /// not the noun: "a record"; a time ("rose 8% last year to 112,000", "dropped 32% in 2024, to
    /// 573", "eased to 2.4% in November"); the comma before "to"; the change before a level
    /// reached ("Revenue rose 5% to $40 million": the same thing's).
    private func pastWordsNotTheNoun(_ k: Int) -> Int? {
        if pastRecord(k) != k { return pastRecord(k) }
        if k > 0, tokens[k].classes.contains(.timeUnit), Self.relativeTimes.contains(tokens[k - 1].lower) { return k - 2 }
        if k > 0, tokens[k].kind == .digits, ContextFinder.year(tokens[k]) != nil, Self.timePrepositions.contains(tokens[k - 1].lower) { return k - 2 }
        if tokens[k].is(","), k + 1 < tokens.count, tokens[k + 1].isLower("to") || tokens[k + 1].isLower("at") { return k - 1 }   // "the rate, at 11.3 percent"
        // "Shares of Apple, which lost a case, slipped 0.8 percent": past a clause of "which" or
        // "who" set off by commas.
        if tokens[k].is(","), let open = (max(0, k - 15)..<k).reversed().first(where: { tokens[$0].is(",") }), open + 1 < k,
           tokens[open + 1].isLower("which") || tokens[open + 1].isLower("who") { return open - 1 }
        if k >= 2, tokens[k].is("%") || tokens[k].isLower("percent"), tokens[k - 1].kind == .digits,
           tokens[k - 2].classes.contains(.up) || tokens[k - 2].classes.contains(.down) || tokens[k - 2].isLower("by") { return k - 2 }
        // "by 9.8 shillings to 181.9", "by 50 basis points to 19.25 percent": a change with its
        // unit's words, before the level.
        if k >= 2, tokens[k].kind == .word, k + 1 < tokens.count, tokens[k + 1].isLower("to") || tokens[k + 1].is(",") {
            let digits = tokens[k - 1].kind == .digits ? k - 1 : k - 2
            if digits >= 1, tokens[digits].kind == .digits, tokens[digits + 1].kind == .word, tokens[digits - 1].isLower("by") { return digits - 1 }
        }
        if ContextFinder.monthNumbers[tokens[k].lower] != nil || ContextFinder.weekdays[tokens[k].lower] != nil {
            return k >= 1 && Self.timePrepositions.contains(tokens[k - 1].lower) ? k - 2 : k - 1
        }
        return nil
    }

    // MARK: Measurements

    /// A length, area, mass or time: what it measures, from the word after its unit.
    private func measurement(at start: Int, figure: Int) -> String? {
        var k = start
        while k < tokens.count, tokens[k].is("-") { k += 1 }   // "a 70-metre wall"
        guard k < tokens.count else { return nil }
        var i = k + 1
        var kind: String
        if tokens[k].isLower("square") || tokens[k].isLower("sq"), i < tokens.count, Self.lengths.contains(tokens[i].lower) {
            (kind, i) = ("area", k + 2)   // "240,000 square meters"
        } else if let measured = Self.measured[tokens[k].lower] {
            kind = measured
        } else if tokens[k].classes.contains(.temperature)
                    || (tokens[k].isLower("degrees") || tokens[k].isLower("degree")) && k + 1 < tokens.count && Self.temperatureScales.contains(tokens[k + 1].lower) {
            return "temperature"   // "45 degrees Celsius", "-40 Fahrenheit" (not "a 30 degree angle")
        } else {
            return nil
        }
        // "at a depth of 8 kilometers", "a height of 30 metres": the dimension named before it.
        if kind == "distance", figure >= 2, tokens[figure - 1].isLower("of"), Self.dimensionNouns.contains(tokens[figure - 2].lower) {
            return tokens[figure - 2].lower
        }
        while i < tokens.count, tokens[i].is("-") { i += 1 }
        guard i < tokens.count else { return kind }
        let word = tokens[i].lower
        if let dimension = Self.dimensions[word] { return dimension }   // "15 meter high"
        if Self.dimensionNouns.contains(word) { return word }           // "2 km circumference"
        if kind == "duration", word == "of", let phrase = nounPhrase(at: i + 1) { return phrase.name + "_duration" }
        // "26 million tonnes of wheat", "12 million hectares of wheat": what is weighed, the area of what.
        if kind == "weight" || kind == "area", word == "of", let phrase = nounPhrase(at: pastDeterminers(i + 1)), !Self.isTime(phrase.head) {
            return kind == "area" ? phrase.name + "_area" : phrase.name
        }
        if kind == "duration", let timed = timeTo(at: i) { return timed }
        // "must respond within 48 hours": a time limit.
        if kind == "duration", figure > 0, tokens[figure - 1].isLower("within") { return "deadline" }
        // "a 70 meter memorial hall": a length naming the thing it measures is that thing's size.
        if kind == "distance", figure > 0, tags[figure - 1] == .det || Self.articles.contains(tokens[figure - 1].lower),
           let phrase = nounPhrase(at: i) { return phrase.name + "_size" }
        return kind
    }

    /// After a span of time: "ten days before the Hajj" → time_before_hajj, "two weeks
    /// left to assemble it" → time_to_assemble.
    private func timeTo(at k: Int) -> String? {
        var i = k
        if i < tokens.count, tokens[i].isLower("left") || tokens[i].isLower("remaining") { i += 1 }
        guard i + 1 < tokens.count else { return nil }
        let word = tokens[i].lower
        if word == "to", tags[i + 1] == .verb { return "time_to_" + tokens[i + 1].lower }
        // "four months in advance of the competition": a lead time.
        let advance = word == "in" && tokens[i + 1].isLower("advance") && i + 2 < tokens.count && tokens[i + 2].isLower("of")
        guard advance || Self.timeLinks.contains(word) else { return nil }
        var j = advance ? i + 3 : i + 1
        while j < tokens.count, tags[j] == .det { j += 1 }
        guard var phrase = nounPhrase(at: j) else { return nil }
        // "before the beginning of the Hajj": the event, not its beginning.
        var m = phrase.end
        if m < tokens.count, tokens[m].isLower("of") {
            m += 1
            while m < tokens.count, tags[m] == .det { m += 1 }
            if let event = nounPhrase(at: m) { phrase = event }
        }
        return (advance ? "lead_time_before" : "time_" + word) + "_" + phrase.head
    }

    // MARK: Noun phrases

    struct Phrase {
        /// The metric name: the last one or two nouns, snake_case.
        let name: String
        let head: String
        /// The token after the phrase.
        let end: Int
    }

    /// Adjectives and nouns from `k`, ending at the last noun: "Syrian teams",
    /// "security personnel", "IQ points", "six-member Afghan team".
    private func nounPhrase(at k: Int) -> Phrase? {
        var i = k
        var lastNoun: Int?
        while i < tokens.count {
            if tokens[i].classes.contains(.phraseEnd) { break }   // "675 jurisdictions nationwide", "… last year"
            if tokens[i].kind == .word && tokens[i].range.count == 1 || tokens[i].is(".") && !tokens[i].spaced && i > k && tokens[i - 1].range.count == 1 {
                // the letters and dots of "U.S."
            } else if tags[i].isNominal && tokens[i].kind == .word {
                if Self.stopNouns.contains(tokens[i].lower) && lastNoun == nil { return nil }
                lastNoun = i
            } else if tags[i] == .adj || tags[i] == .verb && tokens[i].lower.endsWith("ing") && lastNoun == nil || tokens[i].is("-") && !tokens[i].spaced
                        || isCompoundsFirst(i) || isCompoundsFirst(i - 2) {
                // "rotating pig", "six-member"
            } else {
                break
            }
            i += 1
        }
        guard let last = lastNoun else { return nil }
        var start = last
        while start > k, tags[start - 1].isNominal && tokens[start - 1].kind == .word && tokens[start - 1].range.count > 1 { start -= 1 }
        // The last two nouns; a compound before them whole ("long-distance trains", "loan-to-value
        // mortgages").
        // ("ultra-processed food": a compound's last word that is no noun, before the first noun.)
        let nouns = start < last ? last - 1 : last
        var first = nouns >= k + 3 && tokens[nouns - 1].kind == .word && isCompoundsFirst(nouns - 3) ? nouns - 1 : nouns
        while first >= k + 2, isCompoundsFirst(first - 2) { first -= 2 }
        // "5.8% of gross domestic product": what "5.8% of GDP" says, by its usual name.
        if last >= k + 2, tokens[last].isLower("product"), tokens[last - 1].isLower("domestic"), tokens[last - 2].isLower("gross") {
            return Phrase(name: "gdp", head: "gdp", end: last + 1)
        }
        guard first < nouns else {
            return Phrase(name: name(ofTokens: start < last ? last - 1 : -1, last, -1), head: tokens[last].lower, end: last + 1)
        }
        let words = (first...last).filter { tokens[$0].kind == .word }.map { ContextFinder.withoutPossessive(tokens[$0].lower).0 }
        return Phrase(name: words.joined(separator: "_"), head: tokens[last].lower, end: last + 1)
    }

    /// Whether the word at `i` opens a hyphenated compound, joined to the hyphen and the word
    /// after it: "long-distance", "low-income" (whatever the tagger made of its first word).
    private func isCompoundsFirst(_ i: Int) -> Bool {
        i >= 0 && i + 2 < tokens.count && tokens[i].kind == .word && tokens[i + 1].is("-") && !tokens[i + 1].spaced
            && !tokens[i + 2].spaced && tokens[i + 2].kind == .word
    }

    /// "were killed", "have been injured", "died": the verb that says what happened to
    /// what is counted, and whether an auxiliary made it passive.
    private func participle(after k: Int) -> (String, passive: Bool)? {
        var i = k
        while i < tokens.count, tags[i] == .aux || tags[i] == .adv || tokens[i].classes.contains(.copula) { i += 1 }
        guard i < tokens.count, tags[i] == .verb, tokens[i].kind == .word else { return nil }
        // (Not "were scheduled to compete", "are expected to rise": what is to come.)
        let passive = i > k && tokens[i].lower.endsWith("ed") && (k..<i).contains { tags[$0] == .aux || tokens[$0].classes.contains(.copula) }
            && !(i + 1 < tokens.count && tokens[i + 1].isLower("to"))
        return (tokens[i].lower, passive)
    }

    /// The adjective a copula at `k` says its subject is ("were unemployed", "are still
    /// missing"), or nil; not one that goes on to a comparison or an infinitive ("were
    /// more likely to", "are older than").
    private func state(after k: Int) -> String? {
        var i = k
        guard i < tokens.count, tokens[i].classes.contains(.copula) else { return nil }
        while i < tokens.count, tags[i] == .aux || tags[i] == .adv || tokens[i].classes.contains(.copula) { i += 1 }
        guard i < tokens.count, tags[i] == .adj, tokens[i].kind == .word,
              !(i + 1 < tokens.count && (tokens[i + 1].isLower("to") || tokens[i + 1].isLower("than"))) else { return nil }
        return tokens[i].lower
    }

    /// "a six-member team" → team_members, "a 15-judge panel" → panel_judges: the figure
    /// counts the members of what follows.
    private func compound(at k: Int) -> String? {
        guard k + 1 < tokens.count, tokens[k].is("-"), tokens[k + 1].kind == .word, tags[k + 1] == .noun,
              !Self.times.contains(tokens[k + 1].lower), !Self.lengths.contains(tokens[k + 1].lower),
              let whole = nounPhrase(at: k + 2) else { return nil }
        let member = tokens[k + 1].lower
        return whole.head + "_" + (member.endsWith("s") ? member : member + "s")
    }

    /// A figure with no noun after it: "a panel of twelve" → panel; "killing 107 and
    /// wounding 238" → people_killed, people_wounded.
    private func bare(before first: Int) -> String? {
        guard first > 0 else { return nil }
        let k = pastHedges(before: first)   // "killing more than 107"
        if tokens[k].isLower("of"), k > 0, tags[k - 1] == .noun, !Self.stopNouns.contains(tokens[k - 1].lower) {
            return tokens[k - 1].lower
        }
        if tags[k] == .verb, tokens[k].kind == .word, Self.doneToPeople.contains(Self.stem(tokens[k].lower)) {
            return "people_" + Self.pastParticiple(tokens[k].lower)
        }
        return nil
    }

    /// The verb done to what the figure at `first` counts, just before it (past hedges and
    /// "all"): "evacuated about 80 people" → evacuated.
    private func verbBefore(_ first: Int) -> String? {
        guard first > 0 else { return nil }
        let k = pastHedges(before: first)
        // (The tagger's reading, or the inflection: "fishermen rescued" is sometimes read as a noun.)
        let word = tokens[k].lower
        guard tokens[k].kind == .word, tags[k] == .verb || word.endsWith("ed") || word.endsWith("ing"),
              Self.doneToPeople.contains(Self.stem(word)) else { return nil }
        return Self.pastParticiple(word)
    }

    /// "left 200,000 homes without power", "3,000 families remain without water": what the
    /// things counted (ending before `end`) lack, when a verb of leaving or remaining says
    /// they lack it. ("Sold 40 cars without a loss" says how they were sold.)
    private func lacking(after end: Int, figure first: Int) -> String? {
        var k = end
        while k < tokens.count, tokens[k].classes.contains(.remaining) { k += 1 }
        guard k > end || first > 0 && tokens[pastHedges(before: first)].classes.contains(.leaving) else { return nil }
        return without(at: k)
    }

    static let remaining: WordSet = ["remain", "remains", "remained", "are", "were", "is", "was", "still", "left", "live", "lived", "been"]
    static let leaving: WordSet = ["left", "leaving", "leaves", "leave"]

    /// "without power", "without running water": the noun after "without" at `k` (past
    /// determiners and modifiers, within three words), or nil.
    private func without(at k: Int) -> String? {
        guard k + 1 < tokens.count, tokens[k].isLower("without") else { return nil }
        var i = k + 1
        while i < min(tokens.count, k + 4), tokens[i].kind == .word {
            if tags[i].isNominal { return Self.stopNouns.contains(tokens[i].lower) ? nil : tokens[i].lower }
            guard tags[i] == .det || tags[i] == .adj || tags[i] == .verb && tokens[i].lower.endsWith("ing") else { return nil }
            i += 1
        }
        return nil
    }

    /// "killing" → "kill", "injured" → "injur", "kills" → "kill": the letters the forms
    /// of a verb share.
    private static func stem(_ verb: String) -> String {
        if verb.endsWith("ing") { return String(verb.dropLast(3)) }
        if verb.endsWith("ed") { return String(verb.dropLast(2)) }
        if verb.endsWith("es") { return String(verb.dropLast(2)) }
        if verb.endsWith("s"), !verb.endsWith("ss") { return String(verb.dropLast()) }   // "employs"
        return verb
    }

    /// "killing" → "killed", "injuring" → "injured", "killed" → "killed".
    private static func pastParticiple(_ verb: String) -> String {
        verb.endsWith("ed") ? verb : stem(verb) + "ed"
    }

    /// The words of tokens `a`, `b` and `c` joined, in that order, each without a possessive
    /// ("the guitar's neck" → guitar_neck), leaving out any that is -1. (Appended one by
    /// one: an array of the words, then joined, cost a thousand instructions for the one
    /// or two words a name has.)
    private func name(ofTokens a: Int, _ b: Int, _ c: Int) -> String {
        var (name, first) = ("", true)
        func add(_ k: Int) {
            guard k >= 0 else { return }
            if !first { name += "_" }
            name += ContextFinder.withoutPossessive(tokens[k].lower).0
            first = false
        }
        add(a)
        add(b)
        add(c)
        return name
    }

    // MARK: Words

    /// Words that belong to the figure, not to what it counts.
    static let figureWords: WordSet = ["million", "billion", "thousand", "hundred", "trillion", "percent", "per", "cent",
                                           "or", "more", "fewer", "less", "dozen"]
    /// What asks people and reports how many: "a survey of 1,200 adults".
    static let surveys: WordSet = ["survey", "poll", "study", "sample", "census", "questionnaire"]
    /// Nouns of a time that the tagger may read after a figure: "fell 3 percent yesterday".
    static let timeNouns: WordSet = ["yesterday", "today", "tonight", "tomorrow", "overnight"]
    /// Words that begin a time after what is counted: "230 million iPhones last year".
    static let timeStarts: WordSet = ["last", "next", "this", "each", "every", "per", "a", "an", "the"]
    /// Adverbs the tagger may take for nouns; they end a noun phrase.
    static let adverbs: WordSet = ["nationwide", "worldwide", "overall", "apiece", "each", "abroad", "annually", "altogether"]
    /// Plurals that do not end in "s": "one in four children".
    static let irregularPlurals: WordSet = ["children", "people", "men", "women", "police", "cattle", "mice", "geese", "teeth", "feet"]
    /// Nouns that name no particular thing counted: a figure of these needs its verb.
    static let generic: WordSet = ["people", "persons", "others", "individuals", "men", "women", "those", "ones"]
    /// Nouns that never head what is counted.
    static let stopNouns: WordSet = WordSet(["%", "percent", "cent", "times", "number", "total", "lot", "majority", "figure"])
        .union(QuantityWords.multiples)
    static let copulas: WordSet = ["was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "stood", "reached"]
    /// Words between a verb and the bare figure it governs ("killing more than 107"). Not
    /// every hedge's words: "an estimated", "no more than" would carry the verb too far back.
    static let hedges: WordSet = ["more", "than", "at", "least", "about", "nearly", "almost", "over", "some", "around",
                                      "approximately", "roughly", "up", "to", "another", "only", "just", "all"]
    /// Verbs whose object, when it is a bare figure, is people: "killing 107".
    static let doneToPeople: WordSet = ["kill", "wound", "injur", "arrest", "evacuat", "rescu", "detain", "displac",
                                            "hospitaliz", "hospitalis", "infect", "deport", "execut", "abduct", "kidnapp", "hurt",
                                            "employ", "hir", "affect"]
    static let lengths: WordSet = ["mile", "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers", "metre",
                                       "metres", "meter", "meters", "m", "foot", "feet", "ft", "inch", "inches", "yard", "yards",
                                       "cm", "mm", "centimetres", "centimeters", "millimetres", "millimeters"]
    static let areas: WordSet = ["acre", "acres", "hectare", "hectares", "sqm"]
    static let masses: WordSet = ["kg", "kilogram", "kilograms", "kilo", "kilos", "tonne", "tonnes", "ton", "tons",
                                      "gram", "grams", "lb", "lbs"]
    static let times: WordSet = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                                     "month", "months", "year", "years", "decade", "decades", "century", "centuries"]
    /// Units of measure, and what a figure in them measures when nothing else says.
    static let measures: [(units: WordSet, kind: String)] = [
        (lengths, "distance"), (areas, "area"), (masses, "weight"), (times, "duration"),
    ]
    /// Each unit to what it measures, as `measures` lists them (the first set a unit is in):
    /// one look-up, not one per set with each set's storage retained.
    static let measured = WordMap(measures.flatMap { units, kind in units.map { ($0, kind) } })
    /// What a length, area or mass measures when nothing names it: a generic name.
    static let measureKinds: WordSet = ["distance", "area", "weight"]
    /// Nouns that say how a level is reckoned, not what it is of: "to an average of 15.74 euros".
    static let levelNames: WordSet = ["average", "total", "median", "mean"]
    static let temperatures: WordSet = ["celsius", "fahrenheit", "centigrade"]
    // Word lists the rules ask about, made once (an array literal is made, compared string
    // by string and destroyed at every call).
    static let timePrepositions: WordSet = ["in", "on", "since", "until"]
    /// "last year", "this month", "next week": a time said from the article's date.
    static let relativeTimes: WordSet = ["last", "this", "next", "past"]
    static let timeUnits: WordSet = ["year", "month", "week", "quarter", "decade", "weekend"]
    /// Prepositions of a phrase that modifies the noun before it: "inflation in the euro zone",
    /// "attendance at the fair", "support for the plan", "exports to China", "spending on defence".
    static let modifyingPrepositions: WordSet = ["in", "across", "among", "within", "at", "for", "to", "on"]
    /// Reached over before a figure's change: "revenue is expected to fall by 5 percent",
    /// "output is forecast to grow 3 percent".
    static let expectations: WordSet = ["expected", "forecast", "forecasted", "projected", "predicted", "likely", "set",
                                        "due", "poised", "seen", "estimated", "thought", "believed", "anticipated"]
    /// Reached over before a figure's noun: "rose to 5 percent", "by 3", "at 40", "of 12".
    static let levelPrepositions: WordSet = ["to", "by", "at", "of", "from"]
    static let articles: WordSet = ["a", "an", "the"]
    /// Nouns of change the verbs' lists do not hold: "an improvement in margins".
    static let changeNouns: WordSet = ["improvement", "improvements", "growth", "change", "changes", "deterioration", "reduction"]
    /// Words that say whose or which before a noun: "sales at its cloud business".
    static let determiners: WordSet = ["its", "their", "his", "her", "our", "this", "that", "these", "those"]
    static let timeLinks: WordSet = ["before", "after", "until"]
    /// After "degrees": a scale written out or by its letter.
    static let temperatureScales = temperatures.union(["c", "f"])
    static let dimensions: WordMap<String> = ["high": "height", "tall": "height", "long": "length", "wide": "width",
                                               "deep": "depth", "thick": "thickness", "old": "age"]
    static let dimensionNouns: WordSet = ["circumference", "radius", "diameter", "perimeter", "area", "height", "length",
                                              "distance", "depth", "width", "journey", "walk", "drive", "trip", "flight",
                                              "radius", "stretch", "lead", "sentence", "delay", "wait"]
}
