import ClaimStore

/// A wire-style dateline opening a story's first paragraph: "LONDON, March 3, 2025 —",
/// "NAIROBI, Kenya (Reuters) -", "WASHINGTON –", "Evansville, Indiana, United States -". It says where the story was filed
/// (the article's own place, for claims whose sentence names none) and often when.
struct Dateline {
    let place: Place?
    let day: Day?
    /// Where its dash is: the story starts after it.
    let end: Int

    /// The dateline the story opens with, in one of the article's first four paragraphs
    /// (after a headline and a date line), and that paragraph's number. `end` counts
    /// from the paragraph's start.
    static func find(_ article: ArticleText) -> (dateline: Dateline, paragraph: Int)? {
        for paragraph in article.paragraphs.prefix(4) {
            if let dateline = parse(Array(article.characters[paragraph.range.prefix(90)])) { return (dateline, paragraph.number) }
        }
        return nil
    }

    /// The dateline `chars` opens with: a city in capitals (or in title case, followed by a
    /// comma, naming a place and followed by a capital), then perhaps its region, a
    /// date and an agency in brackets, then a dash. Nil when the paragraph has none or
    /// when it names neither a place nor a date.
    static func parse(_ chars: [Unicode.Scalar]) -> Dateline? {
        guard let dash = dashEnd(chars.prefix(90)) else { return nil }
        let tokens = TextTokenizer.tokens(Array(chars[..<dash]))
        guard let first = tokens.first, first.text.unicodeScalars.count >= 3 else { return nil }
        // "Evansville, Indiana, United States -": a city in title case, as Wikinews writes it,
        // only when a comma follows it and the line names a place.
        let capitals = isCapitals(first)
        guard capitals || (first.isCapitalized && tokens.count > 1 && tokens[1].is(",")) else { return nil }
        // Past the city, only a region's words, a date, an agency in brackets and commas.
        for t in tokens.dropFirst() where !(t.kind == .digits || t.is(",") || t.is(".") || t.is("(") || t.is(")")
                                            || (t.kind == .word && (t.isCapitalized || isCapitals(t)))) {
            return nil
        }
        let places = ContextFinder(Array(chars[..<dash])).places()
        var place = places.first?.value
        // A dateline names a city: "WASHINGTON —" is the capital, not the state; with a
        // region after it ("WASHINGTON, Pa. —", "WASHINGTON, D.C. —"), it is the region's.
        if capitals, let city = PlaceNames.city(named: first.text) {
            place = places.count > 1 ? places[1].value : city
        } else if capitals, places.count > 1, places[0].value.country != places[1].value.country {
            // A city of two words, named elsewhere too: "SANTA CLARA, Calif." is not Santa Clara, Cuba.
            place = places[1].value
        }
        // A title-case line must name a place and hand over to a sentence of its own
        // ("Nairobi, Kenya — some 4,000 nurses …" is one sentence).
        if !capitals {
            let story = chars[(dash + 1)...].first { !($0.properties.isWhitespace || $0 == "-") }
            guard place != nil, story?.properties.isUppercase == true else { return nil }
        }
        let day = Self.day(tokens)
        guard place != nil || day != nil else { return nil }
        return Dateline(place: place, day: day, end: dash)
    }

    /// Where the dateline's dash is: "—" or "–", or "-" / "--" with spaces around.
    private static func dashEnd(_ chars: ArraySlice<Unicode.Scalar>) -> Int? {
        for i in chars.indices {
            switch chars[i] {
            case "\u{2014}", "\u{2013}": return i
            case "-" where i > chars.startIndex && chars[i - 1] == " "
                        && (chars.index(after: i) < chars.endIndex && (chars[i + 1] == " " || chars[i + 1] == "-")):
                return i
            case "!", "?", "\n": return nil   // a sentence ended first: no dateline
            default: continue
            }
        }
        return nil
    }

    /// A word in capitals: "LONDON", "NEW".
    private static func isCapitals(_ t: TextToken) -> Bool {
        t.kind == .word && t.text.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == "." || $0 == "-" }
            && t.text.unicodeScalars.contains { $0.properties.isUppercase }
    }

    /// "March 3, 2025" or "3 March 2025" among the dateline's words.
    private static func day(_ tokens: [TextToken]) -> Day? {
        let words = tokens.filter { !($0.is(",") || $0.is(".")) }
        for (k, t) in words.enumerated() {
            guard let month = ContextFinder.monthNumbers[t.lower] else { continue }
            if k + 2 < words.count, let d = words[k + 1].number, let y = words[k + 2].number {
                return Day(year: Int(y), month: month, day: Int(d))
            }
            if k >= 1, k + 1 < words.count, let d = words[k - 1].number, let y = words[k + 1].number {
                return Day(year: Int(y), month: month, day: Int(d))
            }
        }
        return nil
    }
}
