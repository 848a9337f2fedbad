import ClaimStore

/// Units and metric names from the words around a number.
enum Units {
    /// The unit a mention counts, and the noun it was read from: the noun after the
    /// number, else the unit of the number before it in the sentence, else the
    /// sentence's subject when a change verb follows it ("Shootings dropped to 2,450").
    /// (`tokens`, the sentence's, give the words after it that are whole tokens, read already.)
    static func unit(for m: QuantityMention, in chars: [Unicode.Scalar], tokens: [TextToken], previous: String?, subject: String? = nil)
        -> (String?, String?) {
        if isText(m.unit, "percent") || isText(m.unit, "share") { return ("percent", nil) }
        if isText(m.unit, "percentage points") { return ("percentage_points", nil) }
        if isText(m.unit, "basis points") { return ("basis_points", nil) }
        if isText(m.unit, "times") { return ("times", nil) }   // "threefold", "3-fold": a multiple, of what the sentence says
        if let attached = m.unit, m.surface.endsWith(attached), QuantityWords.attachedUnits.contains(attached) {
            let name = attachedNames[attached] ?? attached.lowercased()   // "4.6mm", "1.1C"
            return (name, name)
        }
        // Money in any currency the extractor reads ("C$1.2 billion", "$A82,615", "CHF 12 million").
        if let currency = m.unit, QuantityWords.isCurrency(currency) {
            return (QuantityWords.currencyUnit(currency), nil)
        }
        // "30 cents to 50 cents per share": a range's unit said with both its figures, inside it.
        if m.high != nil, let word = m.unit, let unit = lexicon[word] { return (unit, nil) }
        var after = WordsAfter(chars, tokens: tokens, from: m.range.upperBound)
        // "a 6.2-magnitude earthquake", "a 3-point lead": the word the figure is joined to.
        if m.unit == nil, m.range.upperBound + 1 < chars.count, chars[m.range.upperBound] == "-", chars[m.range.upperBound + 1].isLetter,
           let word = after[0], word.characterCount > 2, !word.endsWith("s") {
            return (word, word)
        }
        if let (unit, noun) = countedNoun(in: &after) {
            // "killed 229 people and affected 1 million others": more of what the figure before counted.
            if isText(unit, "others"), let previous { return (previous, nil) }
            return (unit, noun)
        }
        if previous == nil, let subject { return (lexicon[subject] ?? subject, subject) }
        return (previous, nil)
    }

    /// "Shootings dropped …", "Prices rose …": a plural noun opening the sentence,
    /// followed by a verb of change.
    static func subject(_ tokens: [TextToken]) -> String? {
        guard tokens.count > 1, tokens[0].kind == .word, tokens[0].isCapitalized, tokens[0].range.count > 3,
              tokens[0].lower.endsWith("s"), !stop.contains(tokens[0].lower), tokens[1].kind == .word,
              tokens[1].classes.contains(.up) || tokens[1].classes.contains(.down) else { return nil }
        return tokens[0].lower
    }

    /// The head noun of the words after a number: "ICE immigration detainer requests" → requests,
    /// "case files of …" → case files, "of all immigrants" → immigrants.
    private static func countedNoun(in words: inout WordsAfter) -> (String, String)? {
        var i = 0
        var last: String?
        // "33,701 of 2.4 million — 1.4 percent — of all immigrants": past the other
        // figures' scale and percent words, and the "of all" that leads to the noun.
        var leading = true
        while i < 12, let w = words[i] {
            if w.characterCount == 1, w != "a" { i += 1; continue }   // the letters of "U.S." (but "litres a day" ends at "a")
            if leading, leadingWords.contains(w) {
                i += 1
                continue
            }
            leading = false
            if isText(w, "case"), words[i + 1] == "files" { return ("case_files", "case files") }
            if isText(w, "parts"), words[i + 1] == "per", let scale = words[i + 2], scale == "million" || scale == "billion" {
                return scale == "million" ? ("ppm", "ppm") : ("ppb", "ppb")   // "420 parts per million"
            }
            if let unit = lexicon[w] { return (unit, w) }
            if stop.contains(w) { break }
            last = w
            i += 1
        }
        if let last, Self.isPlural(last) { return (last, last) }
        // "7.6 million hectares burned": a verb after the noun; the noun is the last plural before it.
        if let plural = words.read.prefix(i).last(where: Self.isPlural), !leading { return (plural, plural) }
        return nil
    }

    /// Words before the noun a figure counts: "33,701 of 2.4 million — 1.4 percent — of all immigrants".
    private static let leadingWords: WordSet = ["of", "all", "the", "percent", "per", "cent", "million", "billion", "thousand"]

    /// A word that looks like a plural noun: "hectares", not "across" or "this".
    private static func isPlural(_ word: String) -> Bool {
        word.endsWith("s") && word.characterCount > 3 && !word.endsWith("ss") && !notPlurals.contains(word)
    }

    private static let notPlurals: WordSet = [
        "across", "always", "perhaps", "whereas", "unless", "thus", "towards", "afterwards", "besides", "does", "news",
        "status", "various", "previous", "serious", "famous", "numerous", "obvious", "its", "this", "his", "was", "has",
    ]

    /// Lowercased words (runs of letters) after an offset, to the end of the clause
    /// or the twelfth word (as far as `countedNoun` looks), read as they are asked for:
    /// most figures' unit is their first or second word.
    struct WordsAfter {
        private let chars: [Unicode.Scalar]
        private var k: Int
        private var done = false
        /// The words read so far.
        private(set) var read: [String] = []
        /// The text's tokens, if given, and the first that may start at or after `k`: a run
        /// of letters that is a whole word token is the token's lower case, made when the
        /// token was read (made again for each figure, the words' strings were a third of this).
        private let tokens: [TextToken]
        private var token: Int

        init(_ chars: [Unicode.Scalar], tokens: [TextToken], from offset: Int) {
            self.chars = chars
            self.tokens = tokens
            k = min(offset, chars.count)
            token = tokens.firstIndex(startingAt: k)
        }

        /// The scalars `start..<end`, a run of letters, in lower case.
        private mutating func word(_ start: Int, _ end: Int) -> String {
            while token < tokens.count, tokens[token].range.lowerBound < start { token += 1 }
            if token < tokens.count, tokens[token].range == start..<end, tokens[token].kind == .word { return tokens[token].lower }
            return String(lowercasedScalars: chars[start..<end])
        }

        /// Word `i`, or nil past the clause's last.
        subscript(_ i: Int) -> String? {
            mutating get {
                while read.count <= i, !done { readWord() }
                return i < read.count ? read[i] : nil
            }
        }

        /// Whether "of" and a space come next, past spaces.
        private func ofFollows() -> Bool {
            var i = k
            while i < chars.count, chars[i] == " " { i += 1 }
            return i + 2 < chars.count && chars[i] == "o" && chars[i + 1] == "f" && chars[i + 2] == " "
        }

        /// Reads on to the next word (or to where the words stop).
        private mutating func readWord() {
            if read.isEmpty { read.reserveCapacity(4) }   // (grown one word at a time, it was reallocated for the second and third)
            var wordStart: Int?
            while k < chars.count {
                let c = chars[k]
                k += 1
                if c.isLetter {
                    if wordStart == nil { wordStart = k - 1 }
                    continue
                }
                // A full stop ends the clause; the dots of "2.4" and "U.S." do not.
                let wordLength = wordStart.map { k - 1 - $0 } ?? 0
                let endsClause = c == "," || c == ";" || c == "(" || c == ")"
                    || (c == "." && wordLength != 1 && (k == chars.count || chars[k].isWhitespace))
                if let start = wordStart {
                    read.append(word(start, k - 1))
                    if endsClause || read.count == 12 { done = true }
                    return
                }
                // A comma or semicolon right after the figure ends its words too: "rose to 159, state
                // health officials said" counts no officials; but not one before "of" ("1.4 percent, of
                // all immigrants"). (A bracket there opens an aside.)
                if endsClause && (!read.isEmpty || c == ";" || c == "," && !ofFollows()) { done = true; return }
            }
            if let start = wordStart { read.append(word(start, chars.count)) }
            done = true
        }
    }

    /// The metric a sentence's verb names, if the lexicon knows it ("refused" → refusals).
    static func verbMetric(_ tokens: [TextToken]) -> String? {
        // (By index: a loop over the tokens themselves copies each one, two strings and all.)
        for i in tokens.indices where tokens[i].classes.contains(.metricVerb) {
            if let metric = verbs[tokens[i].lower] { return metric }
        }
        return nil
    }

    /// Units a verb can name the metric of: requests refused are refusals.
    static let refusable: WordSet = ["requests", "occasions"]

    /// Whether a name is a unit only, which a metric never is alone.
    static func isUnit(_ name: String) -> Bool {
        unitNames.contains(name)
    }

    /// Whether a noun names money ("dollars", "rupees", "pence").
    static func isMoney(_ noun: String) -> Bool {
        moneyNouns.contains(noun)
    }

    /// Whether a claim's unit is money, in whichever currency ("dollars", "euros", "pence").
    static func isMoneyUnit(_ unit: String?) -> Bool {
        guard let unit else { return false }
        return moneyUnits.contains(unit)
    }

    /// Money's units: the currencies' and those the lexicon names after a figure.
    private static let moneyUnits = WordSet(QuantityWords.currencyUnitNames + moneyWords.values)
    /// The lexicon's names of money ("pence", "rupees"), which are units too.
    private static let moneyNames = Array(moneyWords.keys)
    private static let moneyNouns = WordSet(moneyNames)
    private static let unitNames = WordSet(
        ["percent", "points", "items", "units", "quantity", "people", "years", "percentage_points", "basis_points", "share", "times"]
            + attachedNames.values + moneyNames + Array(moneyUnits))

    /// A metric name: the verb's, for things that are refused, else the counted noun.
    static func metric(noun: String?, unit: String?, verbMetric: String?) -> String {
        if let verbMetric, let unit, refusable.contains(unit) { return verbMetric }
        let name = noun ?? unit ?? "quantity"
        return name.containsByte(32) ? name.split(separator: " ").joined(separator: "_") : name   // (bytes: Characters cost far more)
    }

    /// The units of speed, as `attachedNames` and `countedWords` name them.
    static let speeds: WordSet = ["miles_per_hour", "kilometres_per_hour", "knots"]

    /// Units written onto figures, by name.
    static let attachedNames: WordMap<String> = [
        "C": "degrees_celsius", "F": "degrees_fahrenheit", "mm": "millimetres", "cm": "centimetres", "m": "metres",
        "km": "kilometres", "kg": "kilograms", "g": "grams", "mg": "milligrams", "lb": "pounds", "lbs": "pounds",
        "ft": "feet", "mi": "miles", "kW": "kilowatts", "kWh": "kilowatt_hours", "MW": "megawatts", "GW": "gigawatts",
        "mph": "miles_per_hour", "kph": "kilometres_per_hour", "p": "pence",
    ]
    /// Nouns after a figure to the unit they count in, money's among them.
    static let lexicon = WordMap(Array(zip(countedWords.keys, countedWords.values)) + Array(zip(moneyWords.keys, moneyWords.values)))
    private static let countedWords: WordMap<String> = [
        "people": "people", "persons": "people", "individuals": "people", "immigrants": "people", "refugees": "people",
        "residents": "people", "workers": "people", "employees": "people", "children": "people", "adults": "people",
        "students": "people", "patients": "people", "voters": "people", "muslims": "people", "americans": "people",
        "members": "people", "users": "people", "customers": "people", "citizens": "people", "migrants": "people",
        "requests": "requests", "jurisdictions": "jurisdictions", "occasions": "occasions", "cases": "cases",
        "deaths": "deaths", "jobs": "jobs", "votes": "votes", "miles": "miles", "years": "years", "days": "days",
        "homes": "homes", "schools": "schools", "files": "files",
        // Units of length and mass written out, by the names attachedNames gives their symbols.
        "meter": "metres", "meters": "metres", "metre": "metres", "metres": "metres", "kilometer": "kilometres",
        "kilometers": "kilometres", "kilometre": "kilometres", "kilometres": "kilometres", "mile": "miles",
        "foot": "feet", "feet": "feet", "kilogram": "kilograms", "kilograms": "kilograms", "km": "kilometres",
        "kg": "kilograms", "ft": "feet",
        // Speeds: "winds of 75 mph".
        "mph": "miles_per_hour", "kph": "kilometres_per_hour", "knots": "knots",
    ]
    /// Money named after the figure ("212 pence", "500 rupees"), each in its own unit.
    private static let moneyWords: WordMap<String> = [
        "dollars": "dollars", "cents": "cents", "pence": "pence", "euros": "euros", "rupees": "rupees", "yen": "yen",
        "yuan": "yuan", "rand": "rand", "naira": "naira", "shillings": "shillings", "pesos": "pesos", "francs": "francs",
        "roubles": "roubles", "rubles": "roubles", "ringgit": "ringgit", "rupiah": "rupiah", "baht": "baht",
        "dirhams": "dirhams", "riyals": "riyals", "kronor": "kronor", "kroner": "kroner", "zlotys": "zlotys",
        // In the singular before what the money is: "a 2.4 billion euro fine", "a 10 billion rupee road".
        "dollar": "dollars", "euro": "euros", "rupee": "rupees", "peso": "pesos", "franc": "francs", "shilling": "shillings",
        "rouble": "roubles", "ruble": "roubles", "dirham": "dirhams", "riyal": "riyals", "zloty": "zlotys",
    ]
    static let verbs: WordMap<String> = [
        "refused": "refusals", "declined": "refusals", "denied": "refusals", "rejected": "refusals",
    ]
    static let verbWords = WordSet(verbs.keys)
    static let stop: WordSet = [
        "were", "was", "are", "is", "be", "been", "have", "has", "had", "who", "which", "that", "in", "from", "to",
        "for", "by", "with", "at", "on", "and", "or", "the", "a", "an", "of", "between", "during", "since",
        // Where a noun phrase ends before a time: "40,000 vehicles next month", "12 miles per hour".
        "next", "last", "this", "these", "those", "each", "every", "ago", "over", "after", "before", "than", "per",
        "across", "around", "through", "throughout", "near", "within", "among", "against", "as", "when", "where", "while",
        "so", "because", "if", "into", "under", "above", "below",
    ]
}
