import ClaimStore

/// Who a sentence credits its numbers to, and the documents it names or refers back to.
extension ContextFinder {
    /// "according to X", "X found that", "X revealed that", "a survey conducted by X",
    /// "X said", "…, X reported.", "said X": who the sentence attributes its numbers to.
    func sources() -> [Found<String>] {
        var found: [Found<String>] = []
        // (Indices: a copy of each token would retain its strings. Most words cue nothing.)
        for i in tokens.indices where tokens[i].classes.contains(.cue) {
            let name: (String, Range<Int>)?
            var according = false
            switch cue(at: i) {
            case .according(let k)?:
                name = nounPhrase(after: k) ?? commonNounPhrase(after: k)   // "according to some reports"
                according = true
            case .publisher(let k)?: name = nounPhrase(after: k)
            case .reporting(let saidAt)?: name = speaker(before: i) ?? saidAt.flatMap(nounPhrase(after:))   // "…,” said Dr. Maria Lopez"
            case nil: name = nil
            }
            if let (value, range) = name { found.append(Found(value: value, range: range, isOwnSentenceOnly: according)) }
        }
        return found
    }

    /// Whether the sentence attributes what it says to someone ("the mayor said"),
    /// named or not.
    func hasAttribution() -> Bool {
        tokens.indices.contains { i in
            guard tokens[i].classes.contains(.cue) else { return false }
            switch cue(at: i) {
            case .according?, .reporting?: return true
            case .publisher?, nil: return false
            }
        }
    }

    /// How token `i` credits what the sentence says, and where the name would be.
    private enum Cue {
        /// "according to X": the name from the token given.
        case according(Int)
        /// "a survey conducted by X".
        case publisher(Int)
        /// "X found that", "X said", "…, X reported."; after "said" the name may follow it instead.
        case reporting(saidAt: Int?)
    }

    private func cue(at i: Int) -> Cue? {
        guard tokens[i].classes.contains(.cue) else { return nil }   // (most words cue nothing)
        let word = tokens[i].lower
        switch word {
        case "according": return isWord(i + 1, "to") ? .according(i + 2) : nil
        case "by": return i > 0 && Self.publishingVerbs.contains(tokens[i - 1].lower) ? .publisher(i + 1) : nil
        case "told":
            // "X told reporters", "X told the BBC"
            guard let t = next(i + 1), Self.audiences.contains(t.lower) || t.isCapitalized || isWord(i + 1, "the") else { return nil }
            return .reporting(saidAt: nil)
        default: break
        }
        if Self.sayingVerbs.contains(word) { return .reporting(saidAt: i + 1) }
        // "…”, added KCNA.": a verb of speaking after a quotation, with the name after it.
        if Self.asideVerbs.contains(word) {
            let inverted = i > 0 && (tokens[i - 1].is(",") || Self.isQuote(tokens[i - 1])) && next(i + 1)?.isCapitalized == true
            return inverted || isReported(after: i) ? .reporting(saidAt: i + 1) : nil
        }
        // "The World Bank estimated damage at $10 billion", "officials put the toll at 40":
        // whoever reckons a figure, when they are named.
        if Self.reckoningVerbs.contains(word), valuesAFigure(after: i), speaker(before: i) != nil { return .reporting(saidAt: nil) }
        // "Reuters reported 40 deaths", "the ministry confirmed 300 new cases", "IDC expects shipments
        // to grow 2.8%": whoever reports or foresees a figure, when they are named ("are expected
        // to" names no one).
        if Self.tallyingVerbs.contains(word), tallies(after: i), speaker(before: i) != nil { return .reporting(saidAt: nil) }
        guard Self.reportingVerbs.contains(word), isReported(after: i) else { return nil }
        return .reporting(saidAt: nil)
    }

    /// Whether what the verb at `i` reckons, and "at" a figure, follow it within its
    /// clause: "estimated damage at $10 billion" (not "was estimated at", which names no one).
    private func valuesAFigure(after i: Int) -> Bool {
        var k = i + 2
        while k < min(tokens.count - 1, i + 7), tokens[k].kind == .word {
            if tokens[k].isLower("at") {
                let figure = tokens[k + 1]
                return figure.kind == .digits || figure.kind == .symbol && QuantityWords.isCurrencySymbol(figure.first)
            }
            k += 1
        }
        return false
    }

    /// Whether a figure is what the verb at `i` reports: a number within a few words after
    /// it in its clause ("reported 40 deaths", "confirmed more than 300 cases", "recorded a
    /// profit of $4 billion").
    private func tallies(after i: Int) -> Bool {
        var k = i + 1
        while k < min(tokens.count, i + 6) {
            let t = tokens[k]
            if t.kind == .digits || t.kind == .symbol && QuantityWords.isCurrencySymbol(t.first) { return true }
            guard t.kind == .word else { return false }
            k += 1
        }
        return false
    }

    /// Whether what the verb at `i` reports follows it ("found that …") or came before
    /// it ("…, officials reported Thursday.").
    private func isReported(after i: Int) -> Bool {
        isWord(i + 1, "that") || endsClause(afterDay(i + 1))
    }

    private static func isQuote(_ t: TextToken) -> Bool {
        t.is("\"") || t.is("\u{201D}") || t.is("'") || t.is("\u{2019}")
    }

    /// Who speaks, named before the verb: a name ("Rathbun asserted"), a pronoun for
    /// the latest one named ("he said"), past an auxiliary ("Secunia.com has said") and
    /// past a description set off by commas ("K.C. Maurer, chief financial officer …, said").
    private func speaker(before i: Int) -> (String, Range<Int>)? {
        var i = i
        // "Apple on Thursday reported", "the ministry yesterday said": when, not who.
        if i >= 2, tokens[i - 2].isLower("on"), Self.weekdays[tokens[i - 1].lower] != nil { i -= 2 }
        if i >= 1, tokens[i - 1].isLower("yesterday") || tokens[i - 1].isLower("today") { i -= 1 }
        if i >= 2, tokens[i - 1].isLower("there") || tokens[i - 1].isLower("here") { i -= 1 }   // "police there said"
        if i > 0, Self.auxiliaries.contains(tokens[i - 1].lower) { i -= 1 }
        if i > 0, tokens[i - 1].kind == .word, Attributions.pronouns.contains(tokens[i - 1].text) {
            return (tokens[i - 1].text, tokens[i - 1].range)
        }
        // "It reported a net loss": a thing named before, which a pronoun does not name.
        if i > 0, tokens[i - 1].isLower("it") || tokens[i - 1].isLower("this") { return nil }
        guard i > 1, tokens[i - 1].is(",") else { return nounPhrase(before: i) }
        // The comma before the description, with no quotation or full stop between.
        var k = i - 2
        while k > max(0, i - 25), !(tokens[k].is(",") || tokens[k].is(".") && tokens[k].spaced || Self.isQuote(tokens[k])) { k -= 1 }
        if k > 0, tokens[k].is(","), let name = nounPhrase(before: k) { return name }
        return nounPhrase(before: i - 1)   // "The Internet security firm Secunia.com, has said"
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
        guard hasDocumentWord else { return found }   // (both forms name the kind of document)
        for i in tokens.indices where tokens[i].isLower("by") && i >= 2 && Self.publishingVerbs.contains(tokens[i - 1].lower) {
            guard let kind = [i - 2, i - 3].first(where: { $0 >= 0 && Self.documents.contains(tokens[$0].lower) }).map({ tokens[$0].lower }),
                  let (name, range) = nounPhrase(after: i + 1) else { continue }
            found.append(Found(value: Document(kind: kind, source: name), range: range))
        }
        // "according to a Quinnipiac University poll": the name, then what it published.
        for i in tokens.indices where tokens[i].isLower("according") && isWord(i + 1, "to") {
            guard let (name, range) = nounPhrase(after: i + 2), let after = tokens.firstIndex(where: { $0.range.lowerBound >= range.upperBound }),
                  Self.documents.contains(tokens[after].lower) else { continue }
            found.append(Found(value: Document(kind: tokens[after].lower, source: name), range: range))
        }
        return found
    }

    /// Whether the sentence says its source spoke in a document: "X said in a report".
    func citesDocument() -> Bool {
        guard hasDocumentWord else { return false }   // (the words after "in" name one)
        return tokens.indices.contains { i in
            guard isWord(i, "in"), let article = next(i + 1), ["a", "an", "its", "their", "the", "his", "her"].contains(article.lower)
            else { return false }
            return (i + 2...i + 4).contains { k in next(k).map { Self.documents.contains($0.lower) } == true }
        }
    }

    /// Definite references to a document named before: "the DHS audit", "the report"
    /// (not "the report conducted by …", which introduces one). The kinds referred to.
    func documentReferences() -> [Found<String>] {
        var found: [Found<String>] = []
        guard hasDocumentWord else { return found }
        for i in tokens.indices where tokens[i].isLower("the") {
            var k = i + 1
            // (By index: a copy of a token retains its strings.)
            while k < i + 4, k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }   // "the DHS audit"
            guard k < tokens.count, Self.documents.contains(tokens[k].lower), tokens[k].lower != "data",
                  !(next(k + 1).map { Self.publishingVerbs.contains($0.lower) || $0.isLower("by") } ?? false) else { continue }
            found.append(Found(value: tokens[k].lower, range: tokens[i].range.lowerBound..<tokens[k].range.upperBound))
        }
        return found
    }

    /// Whether the sentence speaks in the first person outside quotation marks
    /// ("My own state of California denied …"): the author's own claim.
    func isFirstPerson() -> Bool {
        var quoted = false
        for i in tokens.indices {   // (by index: a copy of each token would retain its strings)
            if tokens[i].kind == .symbol, tokens[i].is("“") || tokens[i].is("”") || tokens[i].is("\"") {
                quoted = tokens[i].is("“") || (tokens[i].is("\"") && !quoted)
                continue
            }
            if !quoted, tokens[i].kind == .word,
               isText(tokens[i].text, "I") || (tokens[i].classes.contains(.firstPerson) && !isText(tokens[i].text, "US")) { return true }
        }
        return false
    }

    /// Past a day named after a verb: "reported Thursday", "said on Monday".
    func afterDay(_ i: Int) -> Int {
        var k = i
        if isWord(k, "on"), next(k + 1).map({ Self.weekdays[$0.lower] != nil }) == true { k += 1 }
        if let t = next(k), Self.weekdays[t.lower] != nil { k += 1 }
        return k
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
        // A joiner continues a name only into another capitalised word that is not a date:
        // "Department of Public Health" but not "… Health on Tuesday".
        // (Months can be names, "Theresa May"; weekdays are not.)
        while let t = next(k), t.kind == .word, Self.weekdays[t.lower] == nil,
              t.isCapitalized || (k > start && isNameParticle(k))
                || (k > start && (Self.nameJoiners.contains(t.lower) || t.isLower("to") && Self.envoys.contains(tokens[k - 1].lower))
                                  && next(isWord(k + 1, "the") && t.isLower("to") ? k + 2 : k + 1).map {
                  $0.isCapitalized && Self.weekdays[$0.lower] == nil && Self.monthNumbers[$0.lower] == nil
              } == true) {
            k += 1
            // "U.S. Census Bureau": the full stops of an abbreviation stay inside the name.
            if tokens[k - 1].range.count == 1, let dot = next(k), dot.is("."), !dot.spaced, next(k + 1)?.isCapitalized == true { k += 1 }
            // "Ambassador to the United States Hamdullah Mohib"
            if tokens[k - 1].isLower("to"), isWord(k, "the"), next(k + 1)?.isCapitalized == true { k += 1 }
            // "Dr. Maria": a title's full stop inside the name.
            if tokens[k - 1].isCapitalized, Self.titles.contains(tokens[k - 1].lower), next(k)?.is(".") == true, next(k + 1)?.isCapitalized == true {
                k += 1
            }
        }
        guard k > start else { return nil }
        // "Pakistan's climate minister Sherry Rehman": a name in the possessive says whose the
        // speaker is; the name after it is who speaks.
        if withoutPossessive(at: k - 1).1, let after = nounPhrase(after: k) {
            return after
        }
        // "Kenya’s President William Ruto", "Britain's Foreign Office": past a place's possessive
        // (not a name's own: "McDonald's Corporation").
        var first = start
        for j in start..<(k - 1) {
            let (word, possessive) = withoutPossessive(at: j)
            guard possessive else { continue }
            let place = (tokens[start..<j].map(\.lower) + [word]).joined(separator: " ")
            if Self.placesByName[place] != nil { first = j + 1 }
            break
        }
        let range = tokens[first].range.lowerBound..<tokens[k - 1].range.upperBound
        return (SourceNames.canonical(String(scalars: chars[range])), range)
    }

    /// "some reports", "local media", "police": who is credited when the text names no
    /// one, up to three lower-case words before the clause ends ("the" dropped).
    private func commonNounPhrase(after i: Int) -> (String, Range<Int>)? {
        var k = i
        if isWord(k, "the") || isWord(k, "a") || isWord(k, "an") { k += 1 }
        if year(at: k) != nil { k += 1 }   // "a 2023 government survey"
        let start = k
        while k < start + 3, let t = next(k), t.kind == .word, !t.isCapitalized, !Self.nameJoiners.contains(t.lower), t.lower != "to" { k += 1 }
        // "according to police data", "… to police department figures released Wednesday": the
        // speaker or body whose document it is.
        var owner = k
        while owner > start + 1, Self.documents.contains(tokens[owner - 1].lower) || Self.publications.contains(tokens[owner - 1].lower) { owner -= 1 }
        if owner < k, (start..<owner).contains(where: { Self.speakers.contains(tokens[$0].lower) || Self.bodies.contains(tokens[$0].lower) }) {
            let range = tokens[start].range.lowerBound..<tokens[owner - 1].range.upperBound
            return (String(scalars: chars[range]), range)
        }
        // ("according to the report" refers back to a document named before: see Attributions.)
        guard k > start, endsClause(k) || next(k).map({ $0.kind != .word }) ?? true,
              !Self.documents.contains(tokens[k - 1].lower) else { return nil }
        let range = tokens[start].range.lowerBound..<tokens[k - 1].range.upperBound
        return (String(scalars: chars[range]), range)
    }

    /// The capitalised name that ends just before a reporting verb.
    private func nounPhrase(before i: Int) -> (String, Range<Int>)? {
        var i = i
        // "the DHS audit found": the name before the document that found it.
        while i > 0, !tokens[i - 1].isCapitalized,   // "Bureau of Labor Statistics" is a name
              Self.documents.contains(tokens[i - 1].lower) || Self.publications.contains(tokens[i - 1].lower) { i -= 1 }
        var k = i - 1
        // "researchers say", "Saudi officials said", "the company's spokeswoman said": who speaks
        // may be named by what they are.
        while k >= 0, tokens[k].kind == .word || tokens[k].is("’") || tokens[k].is("'") || isAbbreviationDot(k) || isDomainDot(k),
              tokens[k].kind != .word || tokens[k].isCapitalized || Self.nameJoiners.contains(tokens[k].lower) || isDomainDot(k - 1)
                || Self.bodies.contains(tokens[k].lower) || Self.speakers.contains(tokens[k].lower)
                || tokens[k].lower.endsWith("’s") || tokens[k].lower.endsWith("'s")
                || isNameParticle(k) {
            k -= 1
        }
        // "the central bank said", "Kenya's education ministry said": a body named by what it
        // does, in lower case, after "the" or its owner.
        if i > 0, Self.bodies.contains(tokens[i - 1].lower), !tokens[i - 1].isCapitalized {
            var m = k
            while m >= 0, m > k - 2, tokens[m].kind == .word, !tokens[m].isCapitalized, !Self.nameJoiners.contains(tokens[m].lower) { m -= 1 }
            if m < k, m >= 0, tokens[m].isLower("the") {
                k = m
            } else if m < k, m >= 0, tokens[m].isCapitalized, tokens[m].lower.endsWith("’s") || tokens[m].lower.endsWith("'s") {
                k = m - 1   // the owner's name too, all of it: "South Africa's health ministry"
                while k >= 0, tokens[k].kind == .word, tokens[k].isCapitalized { k -= 1 }
            }
        }
        var start = k + 1
        while start < i, Self.nameJoiners.contains(tokens[start].lower) { start += 1 }
        while start < i, tokens[start].kind != .word { start += 1 }
        // "Sessions’ Senate Judiciary Committee": the owner's name is not the source's.
        if start + 2 < i, tokens[start + 1].is("’") || tokens[start + 1].is("'"), tokens[start].text.endsWith("s") {
            start += 2
        }
        // "…, a study of more than 500,000 Americans found": people counted do not say so.
        guard start < i, !(start > 0 && tokens[start - 1].kind == .digits) else { return nil }
        // "cut its forecast on Wednesday and said": a verb joined to one before, whose subject
        // is further back; no name ends in "and".
        guard !Self.nameJoiners.contains(tokens[i - 1].lower) else { return nil }
        let range = tokens[start].range.lowerBound..<tokens[i - 1].range.upperBound
        return (SourceNames.canonical(String(scalars: chars[range])), range)
    }

    /// Whether token `k` is a particle inside a name: capitalised words on both sides,
    /// past any other particles ("von der").
    private func isNameParticle(_ k: Int) -> Bool {
        guard Self.nameParticles.contains(tokens[k].lower) else { return false }
        var (before, after) = (k - 1, k + 1)
        while before >= 0, Self.nameParticles.contains(tokens[before].lower) { before -= 1 }
        while after < tokens.count, Self.nameParticles.contains(tokens[after].lower) { after += 1 }
        return before >= 0 && after < tokens.count && tokens[before].isCapitalized && tokens[after].isCapitalized
    }

    /// The full stop of "Secunia.com": unspaced on both sides, before a top-level domain.
    private func isDomainDot(_ k: Int) -> Bool {
        k > 0 && tokens[k].is(".") && !tokens[k].spaced && next(k + 1).map { !$0.spaced && Self.domains.contains($0.lower) } == true
    }

    /// The full stop of "U.S.": unspaced, after a single capital letter.
    private func isAbbreviationDot(_ k: Int) -> Bool {
        tokens[k].is(".") && !tokens[k].spaced && k > 0
            && (tokens[k - 1].range.count == 1 && tokens[k - 1].isCapitalized || Self.companySuffixes.contains(tokens[k - 1].text))
    }

    /// Abbreviations that end a company's name with a full stop: "Apple Inc.", "Acme Corp.".
    static let companySuffixes: WordSet = ["Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Cos"]

    /// Who speaks, named by what they are rather than by name.
    static let speakers: WordSet = ["officials", "official", "researchers", "police", "experts", "scientists", "authorities",
                                        "analysts", "doctors", "witnesses", "organizers", "organisers", "investigators",
                                        "prosecutors", "spokesman", "spokeswoman", "spokesperson", "representatives",
                                        "officers", "economists", "sources", "organisation", "organization", "government"]
    /// Titles a name may follow after "to the …": "Ambassador to the United States Hamdullah Mohib".
    static let envoys: WordSet = ["ambassador", "envoy", "adviser", "advisor", "representative", "delegate", "emissary"]
    /// Whom a source tells: "X told reporters".
    static let audiences: WordSet = ["reporters", "journalists", "lawmakers", "parliament", "congress", "listeners", "viewers"]
    static let titles: WordSet = ["dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "rev", "st"]
    static let publishingVerbs: WordSet = ["conducted", "published", "released", "commissioned", "compiled"]
    /// "us" only in lower case: "US" is the country.
    static let firstPersonWords: WordSet = ["my", "we", "our", "ours", "me", "mine", "us"]
    /// Verbs of finding and reporting: a source when "that" or the clause's end follows ("X found that", "…, X reported.").
    static let reportingVerbs: WordSet = ["found", "revealed", "showed", "shows", "show", "reported", "estimated", "estimates",
                                          "concluded", "announced"]
    /// Verbs that credit whoever is named before them with the figure after them: "Reuters
    /// reported 40 deaths" (elsewhere they credit no one: "the country recorded", unnamed).
    /// Those that foresee a figure credit its forecaster alike: "IDC expects shipments to grow 2.8%".
    static let tallyingVerbs: WordSet = ["reported", "reports", "announced", "announces", "confirmed", "confirms",
                                         "recorded", "registered",
                                         "expects", "expected", "forecasts", "forecast", "forecasted", "predicts",
                                         "predicted", "projects", "projected"]
    /// Verbs that always credit someone, named before or after them ("X said", "said X", "X stated it would").
    static let sayingVerbs: WordSet = ["said", "says", "say", "stated", "asserted", "asserts", "claimed", "insisted", "insists",
                                       "argued", "argues", "warned"]
    /// Verbs that credit someone only as an aside ("…, she added.", "…”, added KCNA.", "X noted that"):
    /// elsewhere they mean something else ("Apple added 500 jobs").
    static let asideVerbs: WordSet = ["added", "adds", "noted", "notes", "wrote", "writes", "explained", "explains"]
    /// Every word that may credit a sentence to someone.
    static let cueWords = WordSet(["according", "by", "told"] + reportingVerbs + sayingVerbs + asideVerbs + reckoningVerbs
                                  + tallyingVerbs)
    /// Verbs that credit whoever reckons a figure: "X estimated damage at $10 billion". The
    /// part of `WhatIsCounted.valuingVerbs` whose subject is a reckoner ("Prices set at 40"
    /// and "the firm valued at $5 billion" name no one who says so).
    static let reckoningVerbs: WordSet = ["estimated", "estimates", "estimate", "put", "puts", "pegged", "pegs"]
    /// Between who speaks and the verb: "Secunia.com has said".
    static let auxiliaries: WordSet = ["has", "have", "had"]
    static let domains: WordSet = ["com", "org", "net", "gov", "edu", "int"]
    static let nameJoiners: WordSet = ["of", "for", "on", "and", "the"]
    /// Lower-case particles inside a person's name, between its capitalised words:
    /// "Patricia de Lille", "Ursula von der Leyen", "Mohammed bin Salman".
    static let nameParticles: WordSet = ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le",
                                             "dos", "das", "bin", "ibn", "al", "ter", "ten"]
    /// Lower-case words that belong inside the name of a body ("Senate Judiciary Committee's subcommittee on …").
    static let bodies: WordSet = ["subcommittee", "committee", "department", "office", "agency", "bureau", "institute", "center", "council", "commission",
                                      "union", "ministry", "association", "federation", "authority", "board", "bank", "government",
                                      "court", "company", "service", "utility", "regulator", "operator"]
    /// More of what a body puts out, "the FBI's crime reporting program shows" (not
    /// documents: "the figures" refers back to no one in particular).
    static let publications: WordSet = ["program", "programme", "figures", "statistics", "numbers", "records"]
    /// What a body publishes; "the DHS audit found" is DHS's finding.
    static let documents: WordSet = ["audit", "report", "study", "survey", "analysis", "review", "data", "poll", "investigation"]
}
