import ClaimStore

/// Which of the places a sentence names its numbers are in: names that cities share
/// resolved, stray parts of other countries dropped, "nationwide" made a country.
extension ClaimExtractor {
    /// `places` with each name that large cities share ("Valencia": Venezuela's and Spain's)
    /// taken as the one in a country the sentence names ("Valencia, Venezuela"), else in
    /// `country`, the country the text is about (the place carried, else the article's
    /// own); as the largest when it is about none; dropped when it is about another
    /// country ("Newcastle" in a British story is neither Australia's nor South Africa's).
    static func sharedNamesResolved(_ places: [ContextFinder.Found<Place>], in chars: [Unicode.Scalar],
                                    country: () -> String?) -> [ContextFinder.Found<Place>] {
        func candidates(_ found: ContextFinder.Found<Place>) -> [Place]? {
            // (Most names are no such name: their first word tells, before folding the whole.)
            let firstWord = chars[found.range].prefix { $0.isLetter }
            guard !found.isDemonym, sharedFirstWords.contains(String(lowercasedScalars: firstWord)),
                  let codes = PlaceNames.sharedNames[PlaceNames.fold(String(scalars: chars[found.range]))] else { return nil }
            return codes.compactMap(Place.init(code:))
        }
        // (Asked first without an array of every place's answer: most sentences name no such place.)
        guard places.contains(where: { candidates($0) != nil }) else { return places }
        let shared = places.map(candidates)
        let named = zip(places, shared).compactMap { $1 == nil ? $0.value.country : nil }
        return zip(places, shared).compactMap { found, candidates in
            guard let candidates else { return found }
            let place = candidates.first { named.contains($0.country) }
                ?? country().map { country in candidates.first { $0.country == country } } ?? candidates.first
            guard let place else { return nil }
            var resolved = ContextFinder.Found(value: place, range: found.range)
            (resolved.isOrigin, resolved.isBody, resolved.isOwnSentenceOnly) = (found.isOrigin, found.isBody, found.isOwnSentenceOnly)
            return resolved
        }
    }

    /// `places` without a part of a country (a subdivision, a city) that neither the article's
    /// own place, the place carried nor another place of the sentence is in, when a capitalised
    /// word follows it and no "in", "near", "from" or the like is before it: "Meta Platforms
    /// plans to cut 5%" (Meta is a department of Colombia) names a company. In an article with
    /// no place of its own, every place stays.
    static func withoutStrayParts(_ places: [ContextFinder.Found<Place>], _ tokens: [TextToken], carried: Place?,
                                  home: HomePlace) -> [ContextFinder.Found<Place>] {
        // (By index, asked first of the words around it, then of the countries: a copy of a
        // place retains its code, and a part's country is a string made each time. Most
        // sentences' places are all kept, and no array is made.)
        func isStray(_ k: Int) -> Bool {
            guard !places[k].value.isCountry, !places[k].isDemonym, case let after = tokens.firstIndex(startingAt: places[k].range.upperBound),
                  after < tokens.count, tokens[after].kind == .word, tokens[after].isCapitalized,
                  case let at = tokens.firstIndex(startingAt: places[k].range.lowerBound), !(at > 0 && locatives.contains(tokens[at - 1].lower)),
                  let homeCountry = home.place?.country else { return false }
            let country = places[k].value.country
            return country != homeCountry && country != carried?.country
                && !places.indices.contains { places[$0].value.isCountry && places[$0].value.code == country }
        }
        guard let first = places.indices.first(where: isStray) else { return places }
        var kept = Array(places[..<first])
        for k in (first + 1)..<places.count where !isStray(k) { kept.append(places[k]) }
        return kept
    }

    private static let locatives: WordSet = ["in", "near", "from", "across", "at", "to", "outside", "around", "inside",
                                             "throughout", "into", "of"]

    private static let sharedFirstWords = WordSet(PlaceNames.sharedNames.keys.map { String($0.prefix { $0.isLetter }) })

    /// `places` with the sentence's mentions of a whole country ("around the country",
    /// "nationwide") added as that country: the one of the place named before them in
    /// the sentence, else of the place carried, else of the article's own.
    static func national(_ finder: ContextFinder, _ places: [ContextFinder.Found<Place>], carried: Place?,
                                 home: HomePlace) -> [ContextFinder.Found<Place>] {
        let mentions = finder.nationalMentions()
        guard !mentions.isEmpty else { return places }
        var out = places
        for (range, byItsFigure) in mentions {
            let before = places.last { $0.range.upperBound <= range.lowerBound }?.value
            guard let place = before ?? carried ?? home.place, let country = Place(code: place.country) else { continue }
            // ("above the national rate of 27.6": compared with, as after "than", for a figure before it.)
            out.append(ContextFinder.Found(value: country, range: range, isComparedWith: byItsFigure))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
