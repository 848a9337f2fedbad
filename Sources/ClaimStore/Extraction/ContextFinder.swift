/// Where, when and according to whom a sentence says its numbers: the periods,
/// places and sources its words give, each with its offsets so the nearest can
/// be chosen for each number.
struct ContextFinder {
    struct Found<T> {
        let value: T
        let range: Range<Int>
    }

    let chars: [Unicode.Scalar]
    let tokens: [TextToken]

    init(_ chars: [Unicode.Scalar]) {
        self.chars = chars
        tokens = TextTokenizer.tokens(chars)
    }

    // MARK: Periods

    /// "from January 2014 to May 2017", "between January and February 2017",
    /// "between 2015 and 2017", "as of June 2017", "in 2016", "June 2017".
    func periods() -> [Found<Period>] {
        var found: [Found<Period>] = []
        var i = 0
        while i < tokens.count {
            if let (period, end) = period(at: i) {
                found.append(Found(value: period, range: tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    private func period(at i: Int) -> (Period, Int)? {
        let word = tokens[i].lower
        guard Self.periodWords.contains(word) else { return nil }   // most words start no period
        if word == "as", isWord(i + 1, "of"), let (m, end) = moment(at: i + 2) {
            return (Period(from: m.from, to: m.to, kind: .asOf), end)
        }
        if word == "from" || word == "between", let (a, mid) = moment(at: i + 1),
           let link = next(mid), link.lower == (word == "from" ? "to" : "and") || (word == "from" && link.lower == "until"),
           let (b, end) = moment(at: mid + 1) {
            // "between January and February 2017": the first month takes the second's year.
            var from = a.from
            if a.yearless, let year = b.year { from = YearMonth(year: year, month: a.from.month) }
            return (Period(from: from, to: b.to), end)
        }
        if word == "in" || word == "during" || word == "throughout" {
            if let (m, end) = moment(at: i + 1), !m.yearless { return (Period(from: m.from, to: m.to), end) }
            if let (m, end) = partOf(at: i + 1) { return (Period(from: m.from, to: m.to), end) }
        }
        return nil
    }

    /// "the first quarter of 2023", "the second half of 2019", "the last week of
    /// August 2021": a quarter or half of a year to its months; a week or month of
    /// a month to that month (periods count in months).
    private func partOf(at i: Int) -> (Moment, Int)? {
        guard isWord(i, "the"), let ordinal = next(i + 1).flatMap({ Self.ordinals[$0.lower] }), let part = next(i + 2)?.lower,
              isWord(i + 3, "of"), let (m, end) = moment(at: i + 4), !m.yearless else { return nil }
        let months: Int
        switch part {
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

    /// Ordinals of parts; -1 for the last.
    private static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1]

    private struct Moment {
        var from: YearMonth
        var to: YearMonth
        var yearless: Bool
        var year: Int? { yearless ? nil : from.year }
    }

    /// "2016", "June 2017", "June" (year to come from elsewhere).
    private func moment(at i: Int) -> (Moment, Int)? {
        guard let t = next(i) else { return nil }
        if let month = Self.monthNumbers[t.lower.trimmingCharacters(".")] {
            var k = i + 1
            if next(k)?.is(".") == true { k += 1 }
            if let y = next(k), let year = Self.year(y) {
                let m = YearMonth(year: year, month: month)
                return (Moment(from: m, to: m, yearless: false), k + 1)
            }
            let m = YearMonth(year: 0, month: month)
            return (Moment(from: m, to: m, yearless: true), k)
        }
        if let year = Self.year(t) {
            return (Moment(from: YearMonth(year: year, month: 1), to: YearMonth(year: year, month: 12), yearless: false), i + 1)
        }
        return nil
    }

    private static func year(_ t: TextToken) -> Int? {
        guard t.kind == .digits, t.range.count == 4, let y = Int(t.text), (1800...2100).contains(y) else { return nil }
        return y
    }

    // MARK: Places

    /// US states by name, countries by name, and the words that mean the whole US.
    func places() -> [Found<Place>] {
        let found = namedPlaces()
        let named = found.filter { !Self.usCues.contains(String(scalars: chars[$0.range])) }
        return named.isEmpty ? found : named   // a federal agency says "US" only when nothing more precise does
    }

    private func namedPlaces() -> [Found<Place>] {
        var found: [Found<Place>] = []
        for i in tokens.indices where tokens[i].kind == .word && (tokens[i].isCapitalized || tokens[i].lower == "nationwide") {
            let t = tokens[i]
            if Self.usCues.contains(t.text) {
                found.append(Found(value: .unitedStates, range: t.range))
                continue
            }
            // A state's code or AP abbreviation only after a city: "Springfield, IL", "Fresno, Calif."
            // (alone, "IN", "OR", "LA", "Miss." and "Wash." are other words).
            if i >= 2, tokens[i - 1].is(","), tokens[i - 2].isCapitalized,
               let code = t.range.count == 2 && t.hasNoLowercase && PlaceNames.stateNames[t.text] != nil ? t.text
                   : next(i + 1)?.is(".") == true ? Self.apStates[t.text] : nil {
                found.append(Found(value: Place(code: "US-" + code)!, range: t.range))
                continue
            }
            guard Self.placeFirstWords.contains(t.lower) else { continue }   // most capitalised words start no place name
            for length in (1...4).reversed() where i + length <= tokens.count {
                let words = tokens[i..<(i + length)]
                guard words.allSatisfy({ $0.kind == .word || $0.is(".") }) else { continue }
                let phrase = words.filter { $0.text != "." }.map(\.lower).joined(separator: " ")
                if let place = Self.placePhrases[phrase] {
                    found.append(Found(value: place, range: t.range.lowerBound..<words.last!.range.upperBound))
                    break
                }
            }
        }
        return found
    }

    /// Place names in lower case, dots dropped ("u s"), to the place they mean. Names of
    /// three letters or fewer are left out: "IN" and "OR" are words in running text.
    static let placePhrases: [String: Place] = {
        var table: [String: Place] = [:]
        for (code, name) in PlaceNames.stateNames where name.count > 3 { table[name.lowercased()] = Place(code: "US-" + code) }
        for (code, name) in PlaceNames.countryNames where name.count > 3 && code != "US" { table[name.lowercased()] = Place(code: code) }
        for (alias, code) in PlaceNames.aliases where alias.count > 3 && code != "US" {
            table[alias.split(separator: ".").joined(separator: " ").trimmingSpaces()] = Place(code: code)
        }
        for word in ["nationwide", "united states", "u s", "us", "usa", "america", "american"] { table[word] = Place(code: "US") }
        table["uk"] = Place(code: "GB")   // short, but never a word (a capital is required, as for every name here)
        return table
    }()
    static let placeFirstWords = WordSet(placePhrases.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// The Associated Press's abbreviations of state names (written with a full stop).
    static let apStates: [String: String] = [
        "Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Colo": "CO", "Conn": "CT", "Del": "DE", "Fla": "FL",
        "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS", "Ky": "KY", "La": "LA", "Md": "MD", "Mass": "MA",
        "Mich": "MI", "Minn": "MN", "Miss": "MS", "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nev": "NV", "Okla": "OK",
        "Ore": "OR", "Pa": "PA", "Tenn": "TN", "Vt": "VT", "Va": "VA", "Wash": "WA", "Wis": "WI", "Wyo": "WY",
    ]

    /// Federal bodies whose figures are national unless the text says otherwise.
    static let usCues: WordSet = ["ICE", "DHS", "FBI", "CIA", "EPA", "ERO", "CDC", "Congress", "Pentagon"]

    // MARK: Sources

    /// "according to X", "X found that", "X revealed that", "a survey conducted by X",
    /// "X said", "…, X reported.", "said X": who the sentence attributes its numbers to.
    func sources() -> [Found<String>] {
        var found: [Found<String>] = []
        for i in tokens.indices {   // (indices: a copy of each token would retain its strings)
            let w = tokens[i].lower
            if w == "according", isWord(i + 1, "to"), let (name, range) = nounPhrase(after: i + 2) {
                found.append(Found(value: name, range: range))
            } else if w == "by", i > 0, Self.publishingVerbs.contains(tokens[i - 1].lower),
                      let (name, range) = nounPhrase(after: i + 1) {
                found.append(Found(value: name, range: range))
            } else if Self.reportingVerbs.contains(w), isWord(i + 1, "that") || w == "said" || w == "says" || endsClause(i + 1),
                      let (name, range) = nounPhrase(before: i) {
                found.append(Found(value: name, range: range))
            } else if w == "said" || w == "says", let (name, range) = nounPhrase(after: i + 1) {
                found.append(Found(value: name, range: range))   // "…,” said Dr. Maria Lopez"
            }
        }
        return found
    }

    /// Whether the sentence attributes what it says to someone ("the mayor said"),
    /// named or not.
    func hasAttribution() -> Bool {
        tokens.indices.contains { i in
            let w = tokens[i].lower
            return (w == "according" && isWord(i + 1, "to")) || w == "said" || w == "says"
                || (Self.reportingVerbs.contains(w) && isWord(i + 1, "that"))
        }
    }

    // MARK: Documents

    /// A document a sentence introduces with its author ("an audit conducted by X",
    /// "a recent survey conducted by X"): its kind and whose it is.
    struct Document {
        let kind: String
        let source: String
    }

    func introducedDocuments() -> [Found<Document>] {
        var found: [Found<Document>] = []
        for i in tokens.indices where tokens[i].lower == "by" && i >= 2 && Self.publishingVerbs.contains(tokens[i - 1].lower) {
            guard let kind = [i - 2, i - 3].first(where: { $0 >= 0 && Self.documents.contains(tokens[$0].lower) }).map({ tokens[$0].lower }),
                  let (name, range) = nounPhrase(after: i + 1) else { continue }
            found.append(Found(value: Document(kind: kind, source: name), range: range))
        }
        return found
    }

    /// Definite references to a document named before: "the DHS audit", "the report"
    /// (not "the report conducted by …", which introduces one). The kinds referred to.
    func documentReferences() -> [Found<String>] {
        var found: [Found<String>] = []
        for i in tokens.indices where tokens[i].lower == "the" {
            var k = i + 1
            while k < i + 4, let w = next(k), w.kind == .word, w.isCapitalized { k += 1 }   // "the DHS audit"
            guard let document = next(k), Self.documents.contains(document.lower), document.lower != "data",
                  !(next(k + 1).map { Self.publishingVerbs.contains($0.lower) || $0.lower == "by" } ?? false) else { continue }
            found.append(Found(value: document.lower, range: tokens[i].range.lowerBound..<document.range.upperBound))
        }
        return found
    }

    /// Whether the sentence speaks in the first person outside quotation marks
    /// ("My own state of California denied …"): the author's own claim.
    func isFirstPerson() -> Bool {
        var quoted = false
        for t in tokens {
            if t.kind == .symbol, t.is("“") || t.is("”") || t.is("\"") {
                quoted = t.is("“") || (t.is("\"") && !quoted)
                continue
            }
            if !quoted, t.kind == .word, t.text == "I" || (Self.firstPersonWords.contains(t.lower) && t.text != "US") { return true }
        }
        return false
    }

    /// Whether a clause ends at token `i` (a comma, a full stop, the end).
    private func endsClause(_ i: Int) -> Bool {
        i >= tokens.count || tokens[i].is(",") || tokens[i].is(".") || tokens[i].is(";")
    }

    /// A capitalised name after `i` ("the Center for Security Policy", "the state
    /// Department of Health", "Dr. Maria Lopez"), "the" and lower-case words before
    /// the name dropped.
    private func nounPhrase(after i: Int) -> (String, Range<Int>)? {
        var k = i
        if isWord(k, "the") || isWord(k, "a") { k += 1 }
        // "the state Department of …": up to two describing words before the name.
        var skip = k
        while skip < k + 2, let t = next(skip), t.kind == .word, !t.isCapitalized, !Self.nameJoiners.contains(t.lower) { skip += 1 }
        if skip > k, next(skip)?.isCapitalized == true { k = skip }
        let start = k
        while let t = next(k), t.kind == .word, t.isCapitalized || (k > start && Self.nameJoiners.contains(t.lower) && next(k + 1)?.isCapitalized == true) {
            k += 1
            // "Dr. Maria": a title's full stop inside the name.
            if tokens[k - 1].isCapitalized, Self.titles.contains(tokens[k - 1].lower), next(k)?.is(".") == true, next(k + 1)?.isCapitalized == true {
                k += 1
            }
        }
        guard k > start else { return nil }
        let range = tokens[start].range.lowerBound..<tokens[k - 1].range.upperBound
        return (SourceNames.canonical(String(scalars: chars[range])), range)
    }

    /// The capitalised name that ends just before a reporting verb.
    private func nounPhrase(before i: Int) -> (String, Range<Int>)? {
        var i = i
        // "the DHS audit found": the name before the document that found it.
        while i > 0, Self.documents.contains(tokens[i - 1].lower) { i -= 1 }
        var k = i - 1
        while k >= 0, tokens[k].kind == .word || tokens[k].is("’") || tokens[k].is("'"),
              tokens[k].kind != .word || tokens[k].isCapitalized || Self.nameJoiners.contains(tokens[k].lower)
                || Self.bodies.contains(tokens[k].lower) || tokens[k].lower.hasSuffix("’s") || tokens[k].lower.hasSuffix("'s") {
            k -= 1
        }
        var start = k + 1
        while start < i, Self.nameJoiners.contains(tokens[start].lower) { start += 1 }
        while start < i, tokens[start].kind != .word { start += 1 }
        // "Sessions’ Senate Judiciary Committee": the owner's name is not the source's.
        if start + 2 < i, tokens[start + 1].is("’") || tokens[start + 1].is("'"), tokens[start].text.hasSuffix("s") {
            start += 2
        }
        guard start < i else { return nil }
        let range = tokens[start].range.lowerBound..<tokens[i - 1].range.upperBound
        return (SourceNames.canonical(String(scalars: chars[range])), range)
    }

    private func next(_ i: Int) -> TextToken? {
        i >= 0 && i < tokens.count ? tokens[i] : nil
    }

    /// Whether token `i` is the word `w` in lower case (without copying the token).
    private func isWord(_ i: Int, _ w: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].lower == w
    }

    static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "rev", "st"]
    static let periodWords: WordSet = ["as", "from", "between", "in", "during", "throughout"]
    static let publishingVerbs: Set<String> = ["conducted", "published", "released", "commissioned", "compiled"]
    /// "us" only in lower case: "US" is the country.
    static let firstPersonWords: Set<String> = ["my", "we", "our", "ours", "me", "mine", "us"]
    static let reportingVerbs: WordSet = ["found", "revealed", "showed", "shows", "reported", "estimated", "estimates", "said", "says", "concluded", "announced"]
    static let nameJoiners: Set<String> = ["of", "for", "on", "and", "the"]
    /// Lower-case words that belong inside the name of a body ("Senate Judiciary Committee's subcommittee on …").
    static let bodies: Set<String> = ["subcommittee", "committee", "department", "office", "agency", "bureau", "institute", "center", "council", "commission"]
    /// What a body publishes; "the DHS audit found" is DHS's finding.
    static let documents: Set<String> = ["audit", "report", "study", "survey", "analysis", "review", "data", "poll", "investigation"]
    static let monthNumbers: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
}

private extension String {
    func trimmingCharacters(_ c: Character) -> String { String(filter { $0 != c }) }
    func trimmingSpaces() -> String {
        split(separator: " ").joined(separator: " ")
    }
}
