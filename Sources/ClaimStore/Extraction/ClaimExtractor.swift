/// Builds claims from an article's text alone: each quantity in the article's own
/// paragraphs (never its chrome) becomes a claim, with the unit and metric its
/// words give (a change, "fell 1.2 per cent", gets the metric NAME_change and a
/// sign), and the period, place and source nearest to it in its sentence,
/// or carried from an earlier sentence of the same paragraph. A document's findings
/// carry further (see `Attributions`). What the text does not say is left empty
/// (place "ZZ", ISO's code for unknown; source "author").
public enum ClaimExtractor {
    public struct Draft: Sendable {
        public let claim: Claim
        /// How sure extraction is, 0–1: a known unit and context raise it.
        public let confidence: Double
    }

    public static func extract(_ article: ArticleText, slug: String, firstID: Int = 1) -> [Draft] {
        var drafts: [Draft] = []
        var attributions = Attributions()
        for paragraph in article.paragraphs {
            guard paragraph.chrome == nil else {
                attributions.interrupt()
                continue
            }
            let sentences = paragraph.sentences.map { (number: $0.number, chars: Array(article.characters[$0.range])) }
            let finders = sentences.map { ContextFinder($0.chars) }
            // (Only a report being carried needs the first person looked for.)
            let firstPerson = attributions.reporting != nil && finders.contains { $0.isFirstPerson() }
            let report = firstPerson ? nil : attributions.reporting
            var carried = Context(place: report?.place, source: report?.source)
            var said: [Attributions.Said] = []
            for (sentence, finder) in zip(sentences, finders) {
                let sources = attributions.sources(finder)
                said += sources.map(\.value)
                if sources.isEmpty, carried.source != nil || attributions.reporting != nil, finder.hasAttribution() {
                    // "the mayor said 15 …": someone the text does not name, not the document before.
                    said.append(Attributions.Said(source: nil, isDocument: false))
                    carried.source = nil
                }
                let (periods, places) = (finder.periods(), finder.places())
                if !periods.isEmpty || !places.isEmpty || !sources.isEmpty {
                    carried = Context(period: periods.first?.value ?? carried.period, place: places.first?.value ?? carried.place,
                                      source: sources.first?.value.source ?? carried.source)
                }
                let context = SentenceContext(periods: periods, places: places, source: sources.first?.value.source, carried: carried,
                                              article: slug, paragraph: paragraph.number, sentence: sentence.number)
                drafts += claims(in: sentence.chars, finder, context, firstID: firstID + drafts.count)
            }
            attributions.endParagraph(said: said, place: carried.place, firstPerson: firstPerson)
        }
        return drafts
    }

    /// The claims one sentence makes, numbered from `firstID`.
    private static func claims(in chars: [Unicode.Scalar], _ finder: ContextFinder, _ context: SentenceContext,
                               firstID: Int) -> [Draft] {
        let mentions = QuantityExtractor.mentions(chars, tokens: finder.tokens)
        guard !mentions.isEmpty else { return [] }
        let verbMetric = Units.verbMetric(finder.tokens)
        let quote = String(scalars: chars[...])
        var previousUnit: String?
        var out: [Draft] = []
        for mention in Self.withAll(mentions, finder.tokens) {
            let (unit, noun) = Units.unit(for: mention, in: chars, previous: previousUnit)
            if unit != "percent" { previousUnit = unit }
            let period = nearest(context.periods, to: mention.range)?.value ?? context.carried.period
            let place = nearest(context.places, to: mention.range)?.value ?? context.carried.place
            let source = context.source ?? context.carried.source
            var value = mention.unit == "share" ? mention.value * 100 : mention.value
            var metric = Units.metric(noun: noun, unit: unit, verbMetric: verbMetric)
            // "sales fell 1.2 per cent": a change, not a level; its own metric, signed.
            if let change = mention.change {
                metric += "_change"
                if change == .down { value = -value }
            }
            let claim = Claim(
                id: firstID + out.count, article: context.article, metric: metric,
                value: value, qualifier: mention.qualifier, unit: unit ?? "items", place: place ?? .unknown,
                period: period, source: source ?? "author", surface: mention.surface, quote: quote,
                paragraph: context.paragraph, sentence: context.sentence)
            var confidence = 0.5
            if unit != nil { confidence += 0.2 }
            if period != nil { confidence += 0.1 }
            if place != nil { confidence += 0.1 }
            if source != nil { confidence += 0.1 }
            out.append(Draft(claim: claim, confidence: confidence))
        }
        return out
    }

    /// What a sentence says about where, when and whose, and what earlier sentences said.
    private struct SentenceContext {
        let periods: [ContextFinder.Found<Period>]
        let places: [ContextFinder.Found<Place>]
        let source: String?
        let carried: Context
        let article: String
        let paragraph: Int
        let sentence: Int
    }

    /// "in a sampling of 40 case files …, “all had at least one …”": "all" restates
    /// the count before it, so it is a claim of that count.
    static func withAll(_ mentions: [QuantityMention], _ tokens: [TextToken]) -> [QuantityMention] {
        var out = mentions
        for (i, t) in tokens.enumerated() where t.lower == "all" && i + 1 < tokens.count {
            guard ["had", "have", "were", "are", "was"].contains(tokens[i + 1].lower),
                  let before = mentions.last(where: { $0.range.upperBound <= t.range.lowerBound && $0.unit != "percent" && $0.unit != "share" })
            else { continue }
            out.append(QuantityMention(range: t.range, value: before.value, unit: before.unit, surface: t.text))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    struct Context {
        var period: Period?
        var place: Place?
        var source: String?
    }

    /// The context phrase for a number: one that follows it closely ("3,887 Syrian
    /// refugees in 2016"), else the nearest before it, else the nearest after.
    static func nearest<T>(_ found: [ContextFinder.Found<T>], to range: Range<Int>) -> ContextFinder.Found<T>? {
        if let close = found.first(where: { $0.range.lowerBound >= range.upperBound && $0.range.lowerBound - range.upperBound <= 20 }) {
            return close
        }
        if let before = found.last(where: { $0.range.upperBound <= range.lowerBound }) { return before }
        return found.first { $0.range.lowerBound >= range.upperBound }
    }
}

/// Units and metric names from the words around a number.
enum Units {
    /// The unit a mention counts, and the noun it was read from.
    static func unit(for m: QuantityMention, in chars: [Unicode.Scalar], previous: String?) -> (String?, String?) {
        if m.unit == "percent" || m.unit == "share" { return ("percent", nil) }
        if let currency = m.unit, ["$", "US$", "USD", "£", "€", "¥"].contains(currency) { return ("dollars", nil) }
        let after = words(after: m.range.upperBound, in: chars)
        if let (unit, noun) = countedNoun(in: after) { return (unit, noun) }
        return (previous, nil)
    }

    /// The head noun of the words after a number: "ICE immigration detainer requests" → requests,
    /// "case files of …" → case files, "of all immigrants" → immigrants.
    private static func countedNoun(in words: [String]) -> (String, String)? {
        var i = 0
        var last: String?
        // "33,701 of 2.4 million — 1.4 percent — of all immigrants": past the other
        // figures' scale and percent words, and the "of all" that leads to the noun.
        var leading = true
        while i < words.count, i < 12 {
            let w = words[i]
            if w.count == 1 { i += 1; continue }   // the letters of "U.S."
            if leading, ["of", "all", "the", "percent", "per", "cent", "million", "billion", "thousand"].contains(w) {
                i += 1
                continue
            }
            leading = false
            if w == "case", i + 1 < words.count, words[i + 1] == "files" { return ("case_files", "case files") }
            if let unit = lexicon[w] { return (unit, w) }
            if stop.contains(w) { break }
            last = w
            i += 1
        }
        if let last, last.hasSuffix("s"), last.count > 3 { return (last, last) }
        return nil
    }

    /// Lowercased words (runs of letters) after an offset, to the end of the clause
    /// or the twelfth word (as far as `countedNoun` looks).
    private static func words(after offset: Int, in chars: [Unicode.Scalar]) -> [String] {
        var out: [String] = []
        var wordStart: Int?
        var k = min(offset, chars.count)
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
                out.append(String(lowercasedScalars: chars[start..<(k - 1)]))
                wordStart = nil
            }
            if endsClause && !out.isEmpty || out.count == 12 { break }
        }
        if let start = wordStart { out.append(String(lowercasedScalars: chars[start...])) }
        return out
    }

    /// The metric a sentence's verb names, if the lexicon knows it ("refused" → refusals).
    static func verbMetric(_ tokens: [TextToken]) -> String? {
        tokens.lazy.compactMap { verbWords.contains($0.lower) ? verbs[$0.lower] : nil }.first
    }

    /// A metric name: the verb's, for things that are refused, else the counted noun.
    static func metric(noun: String?, unit: String?, verbMetric: String?) -> String {
        if let verbMetric, unit == "requests" || unit == "occasions" { return verbMetric }
        let name = noun ?? unit ?? "quantity"
        return name.contains(" ") ? name.split(separator: " ").joined(separator: "_") : name
    }

    static let lexicon: [String: String] = [
        "people": "people", "persons": "people", "individuals": "people", "immigrants": "people", "refugees": "people",
        "residents": "people", "workers": "people", "employees": "people", "children": "people", "adults": "people",
        "students": "people", "patients": "people", "voters": "people", "muslims": "people", "americans": "people",
        "members": "people", "users": "people", "customers": "people", "citizens": "people", "migrants": "people",
        "requests": "requests", "jurisdictions": "jurisdictions", "occasions": "occasions", "cases": "cases",
        "deaths": "deaths", "jobs": "jobs", "votes": "votes", "miles": "miles", "years": "years", "days": "days",
        "dollars": "dollars", "homes": "homes", "schools": "schools", "files": "files",
    ]
    static let verbs: [String: String] = [
        "refused": "refusals", "declined": "refusals", "denied": "refusals", "rejected": "refusals",
    ]
    private static let verbWords = WordSet(verbs.keys)
    static let stop: Set<String> = [
        "were", "was", "are", "is", "be", "been", "have", "has", "had", "who", "which", "that", "in", "from", "to",
        "for", "by", "with", "at", "on", "and", "or", "the", "a", "an", "of", "between", "during", "since",
    ]
}

/// Who an article credits its figures to, sentence by sentence. Besides the names a
/// sentence gives ("according to X", "X found that"), articles that report a
/// document's findings name the document once ("An audit conducted by the Department
/// of Homeland Security Office of Inspector General found that …") and then go on
/// reporting it, paragraph after paragraph, or refer back to it ("the DHS audit
/// found", "according to the report"). So:
/// - a definite reference to a document credits the document named before it
///   (the latest of the same kind, else the latest), and "the department said"
///   credits the latest body named with that word ("the state Department of Health");
/// - after a paragraph whose last attribution is a document, the next paragraphs
///   without an attribution of their own are its findings too, about the same
///   place, until an attribution to someone else, a paragraph in the first person
///   ("My own state …"), or site chrome between paragraphs ends it. Other sources
///   carry only within their paragraph.
struct Attributions {
    /// A source a sentence gives (nil when the text does not name it), and whether it is a document's.
    struct Said {
        let source: String?
        let isDocument: Bool
    }

    private var documents: [ContextFinder.Document] = []
    /// Every source named so far, in order.
    private var named: [String] = []
    /// The document whose findings the article is still reporting, and where.
    private(set) var reporting: (source: String, place: Place?)?

    /// The sources a sentence gives, in order, with documents resolved.
    mutating func sources(_ finder: ContextFinder) -> [ContextFinder.Found<Said>] {
        let introduced = finder.introducedDocuments()
        var found = finder.sources().map { s in
            ContextFinder.Found(value: Said(source: resolved(s.value), isDocument: introduced.contains { $0.range == s.range }), range: s.range)
        }
        named += found.compactMap(\.value.source)
        documents += introduced.map(\.value)
        for reference in documents.isEmpty ? [] : finder.documentReferences() {
            guard let document = documents.last(where: { $0.kind == reference.value }) ?? documents.last else { continue }
            // "the DHS audit found": the audit's author, not the name inside the reference.
            found.removeAll { $0.range.overlaps(reference.range) }
            found.append(ContextFinder.Found(value: Said(source: document.source, isDocument: true), range: reference.range))
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "department" → the latest "… Department …" named; other names as they are.
    private func resolved(_ name: String) -> String {
        guard ContextFinder.bodies.contains(name) else { return name }
        let head = name.prefix(1).uppercased() + name.dropFirst()
        return named.last { $0.split(separator: " ").contains { $0 == head } } ?? name
    }

    mutating func endParagraph(said: [Said], place: Place?, firstPerson: Bool) {
        if let last = said.last {
            reporting = last.isDocument ? last.source.map { ($0, place) } : nil
        } else if firstPerson {
            reporting = nil
        } else if let report = reporting {
            reporting = (report.source, place ?? report.place)
        }
    }

    /// Site chrome between paragraphs: what follows is not read as the same report.
    mutating func interrupt() {
        reporting = nil
    }
}
