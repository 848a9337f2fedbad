/// Recognises the site chrome scraped articles carry, so claims are never taken
/// from it. The rules look at one paragraph's text and where it stands; none names
/// a particular site:
/// - stray punctuation: no letters or digits (", , , ,");
/// - prompts: correction, newsletter, sharing and reading prompts, arrows;
/// - disclaimers: "views expressed …", "editorial standards", copyright lines;
/// - author bios: "NAME is a/an … editor/writer/reporter …", "articles have appeared";
/// - poll questions: a paragraph that is one short question;
/// - interjected headlines: a line in title case with no closing punctuation,
///   after the article's own title.
public enum Boilerplate {
    public enum Kind: String, Sendable {
        case punctuation = "stray punctuation"
        case prompt, disclaimer
        case bio = "author bio"
        case poll = "poll question"
        case headline = "interjected headline"
    }

    /// What kind of chrome paragraph `number` (1 is the title) is, or nil for text.
    public static func classify(_ text: String, number: Int) -> Kind? {
        classify(Array(text.unicodeScalars)[...], number: number)
    }

    static func classify(_ scalars: ArraySlice<Unicode.Scalar>, number: Int) -> Kind? {
        if !scalars.contains(where: { $0.isLetter || $0.isNumber }) { return .punctuation }
        // Chrome is short; an article's own long paragraphs need no phrase search.
        guard scalars.count <= 600 else { return nil }
        // Lower-case bytes straight from the scalars: the phrases are ASCII.
        var lower: [UInt8] = []
        lower.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.value < 0x80 {
                lower.append(UInt8(scalar.value >= 65 && scalar.value <= 90 ? scalar.value + 32 : scalar.value))
            } else {
                UTF8.encode(scalar) { lower.append($0) }
            }
        }
        switch phrases.first(in: lower) {
        case .prompt?: return .prompt
        case .disclaimer?: return .disclaimer
        case .bio?: return .bio
        default: break
        }
        if scalars.contains("→") { return .prompt }
        if contains(lower, Array(" is a".utf8)), isBio(String(scalars: scalars), lower) { return .bio }
        // Polls end in "?", headlines in no punctuation: a full stop rules both out.
        if let last = scalars.last(where: { !$0.isWhitespace }), ".!;:,\"”’'".unicodeScalars.contains(last) { return nil }
        let text = String(scalars: scalars)
        let words = text.split(whereSeparator: { $0.isWhitespace })
        let sentences = text.filter { $0 == "." || $0 == "!" || $0 == "?" }.count
        if text.hasSuffix("?"), sentences == 1, words.count <= 25, !(text.first.map(Self.quotes.contains) ?? false) {
            return .poll
        }
        if number > 1, isHeadline(text, words) { return .headline }
        return nil
    }

    /// Whether `needle` occurs in `haystack` (bytes; the standard library's generic
    /// substring search was most of extraction's time).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// "NAME is a/an … editor/writer/…".
    private static func isBio(_ text: String, _ lower: [UInt8]) -> Bool {
        let words = text.split(separator: " ")
        guard words.count > 4, words[0].first?.isUppercase == true, words[1].first?.isUppercase == true,
              words[2] == "is", words[3] == "a" || words[3] == "an" else { return false }
        return roles.contains(where: { contains(lower, $0) })
    }

    /// Title case with no closing punctuation: most words capitalised, short function words aside.
    private static func isHeadline(_ text: String, _ words: [Substring]) -> Bool {
        guard (3...25).contains(words.count), let last = text.last(where: { !$0.isWhitespace }),
              !".!?:;,\"”’'".contains(last), !text.contains("\n") else { return false }
        let content = words.filter { !small.contains($0.lowercased()) && $0.first?.isLetter == true }
        guard !content.isEmpty else { return false }
        let capitalised = content.filter { $0.first?.isUppercase == true }.count
        return Double(capitalised) / Double(content.count) >= 0.75
    }

    private static let quotes: Set<Character> = ["\"", "“", "‘", "'"]
    /// Every telling phrase, searched for in one pass over the text.
    private static let phrases = PhraseSet(prompts.map { ($0, .prompt) } + disclaimers.map { ($0, .disclaimer) }
                                           + bioPhrases.map { ($0, .bio) })

    private static let prompts: [[UInt8]] = [
        "submit a correction", "sign up for", "subscribe to", "newsletter", "share this", "click here",
        "read more:", "related:", "advertisement", "follow us on", "comments", "print this",
    ].map { Array($0.utf8) }
    private static let disclaimers: [[UInt8]] = [
        "the views expressed", "not necessarily", "editorial standards", "committed to truth", "all rights reserved",
        "copyright ©", "© 20", "terms of use", "privacy policy", "submission guidelines",
    ].map { Array($0.utf8) }
    private static let bioPhrases: [[UInt8]] = ["articles have appeared", "work has appeared", "follow him on", "follow her on"].map { Array($0.utf8) }
    private static let roles: [[UInt8]] = [
        "editor", "writer", "reporter", "contributor", "columnist", "correspondent", "fellow", "journalist", "analyst",
    ].map { Array($0.utf8) }
    private static let small: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "is", "as", "from",
    ]
}

/// Phrases (lowercase UTF-8) found in one pass: at each byte only the phrases that
/// begin with it are compared.
struct PhraseSet {
    private var byFirstByte: [[(phrase: [UInt8], kind: Boilerplate.Kind)]] = Array(repeating: [], count: 256)

    init(_ phrases: [([UInt8], Boilerplate.Kind)]) {
        for (phrase, kind) in phrases where !phrase.isEmpty {
            byFirstByte[Int(phrase[0])].append((phrase, kind))
        }
    }

    /// The kind of the first phrase that occurs in `text`.
    func first(in text: [UInt8]) -> Boilerplate.Kind? {
        for i in text.indices {
            for candidate in byFirstByte[Int(text[i])] where i + candidate.phrase.count <= text.count {
                if text[i..<(i + candidate.phrase.count)].elementsEqual(candidate.phrase) { return candidate.kind }
            }
        }
        return nil
    }
}
