import ClaimStore

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
public enum Chrome {
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
        switch firstPhrase(in: scalars) {
        case .prompt?: return .prompt
        case .disclaimer?: return .disclaimer
        case .bio?: return .bio
        default: break
        }
        if holds("→", scalars) { return .prompt }
        if isBio(scalars) { return .bio }
        // Polls end in "?", headlines in no punctuation: a full stop rules both out.
        if let last = scalars.last(where: { !$0.isWhitespace }), ".!;:,\"”’'".unicodeScalars.contains(last) { return nil }
        let words = scalars.split(whereSeparator: \.isWhitespace)
        if scalars.last == "?", words.count <= 25, !(scalars.first.map(quotes.contains) ?? false),
           scalars.count(where: { $0 == "." || $0 == "!" || $0 == "?" }) == 1 {
            return .poll
        }
        if number > 1, isHeadline(scalars, words) { return .headline }
        return nil
    }

    /// The kind of the earliest telling phrase in `scalars`: the phrase set's, or "© 20",
    /// looked for on its own (only where a "©" is): with its four scalars among them, the
    /// set's window was four long and its search read half the scalars of a paragraph.
    private static func firstPhrase(in scalars: ArraySlice<Unicode.Scalar>) -> Kind? {
        let found = phrases.firstMatch(in: scalars)
        guard holds("©", scalars) else { return found?.kind }
        let start = scalars.startIndex
        let limit = found.map { start + $0.start } ?? scalars.endIndex
        for i in start..<limit where scalars[i] == "©" && scalars[i...].starts(with: copyrightYear) { return .disclaimer }
        return found?.kind
    }

    /// Whether `c` is among `scalars`. (Every scalar is compared, in a loop the compiler
    /// runs several at a time: `contains` went one by one, and it read every scalar of
    /// nearly every paragraph.)
    private static func holds(_ c: Unicode.Scalar, _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.withUnsafeBufferPointer { buffer in
            var hits: UInt32 = 0
            for scalar in buffer { hits |= scalar == c ? 1 : 0 }
            return hits != 0
        }
    }

    /// "NAME is a/an … editor/writer/…".
    private static func isBio(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        // The first four words as splitting at spaces gives them, one at a time, in place:
        // most paragraphs fail on the first two (generic slices of the words cost more than the rest).
        let fourthEnd: Int? = scalars.withUnsafeBufferPointer { s in
            var i = 0
            func nextWord() -> Range<Int>? {
                while i < s.count, s[i] == " " { i += 1 }
                guard i < s.count else { return nil }
                let start = i
                while i < s.count, s[i] != " " { i += 1 }
                return start..<i
            }
            guard s.first?.isUppercase == true, nextWord() != nil, let second = nextWord(), s[second.lowerBound].isUppercase,
                  let third = nextWord(), third.count == 2, s[third.lowerBound] == "i", s[third.lowerBound + 1] == "s",
                  let fourth = nextWord(), s[fourth.lowerBound] == "a", fourth.count == 1 || fourth.count == 2 && s[fourth.lowerBound + 1] == "n"
            else { return nil }
            return fourth.upperBound
        }
        guard let fourthEnd, fourthEnd + 1 < scalars.count else { return false }   // and more after "a"
        return roles.first(in: scalars) != nil
    }

    /// Title case with no closing punctuation: most words capitalised, short function words aside.
    private static func isHeadline(_ scalars: ArraySlice<Unicode.Scalar>, _ words: [ArraySlice<Unicode.Scalar>]) -> Bool {
        guard (3...25).contains(words.count), let last = scalars.last(where: { !$0.isWhitespace }),
              !".!?:;,\"”’'".unicodeScalars.contains(last), !scalars.contains(where: \.isNewline) else { return false }
        let content = words.filter { $0.first?.isLetter == true && !small.contains(String(lowercasedScalars: $0)) }
        guard !content.isEmpty else { return false }
        let capitalised = content.count { $0.first?.isUppercase == true }
        return Double(capitalised) / Double(content.count) >= 0.75
    }

    private static let quotes: Set<Unicode.Scalar> = ["\"", "“", "‘", "'"]
    /// Every telling phrase, searched for in one pass over the text.
    private static let phrases = PhraseSet(prompts.map { ($0, .prompt) } + disclaimers.map { ($0, .disclaimer) }
                                           + bioPhrases.map { ($0, .bio) })

    private static let prompts = [
        "submit a correction", "sign up for", "subscribe to", "newsletter", "share this", "click here",
        "read more:", "related:", "advertisement", "follow us on", "comments", "print this",
    ]
    private static let disclaimers = [
        "the views expressed", "not necessarily", "editorial standards", "committed to truth", "all rights reserved",
        "copyright ©", "terms of use", "privacy policy", "submission guidelines",
    ]
    /// A disclaimer too (see `firstPhrase`).
    private static let copyrightYear = Array("© 20".unicodeScalars)
    private static let bioPhrases = ["articles have appeared", "work has appeared", "follow him on", "follow her on"]
    private static let roles = PhraseSet([
        "editor", "writer", "reporter", "contributor", "columnist", "correspondent", "fellow", "journalist", "analyst",
    ].map { ($0, .bio) })
    private static let small: WordSet = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "is", "as", "from",
    ]
}

/// Lower-case phrases found in one pass over a text, ignoring the case of ASCII
/// letters. The pass looks at a window as long as the shortest phrase and, from the
/// window's last two scalars, moves on as far as no phrase can start in between
/// (Wu and Manber's multi-pattern search): most windows end in a pair no phrase has
/// near its start, and the pass reads about a third of the scalars. Where a phrase
/// may start, a bit for each run of three scalars some phrase opens with rules out
/// most places; a table indexed by the first two scalars then says which phrases can
/// begin there.
struct PhraseSet {
    /// Phrases sharing their first two scalars (as `pair` folds them).
    private var groups: [[(phrase: [Unicode.Scalar], kind: Chrome.Kind)]] = [[]]
    /// For each pair, its group in `groups`; 0 (an empty group) for most.
    private var groupOfPair = [UInt8](repeating: 0, count: 1024)
    /// A bit for each first three scalars of a phrase, folded as `pair` folds them (4 KB:
    /// "the" and "re" begin phrases, and comparing each of their many places cost more
    /// than the scan).
    private var openings = [UInt64](repeating: 0, count: (1 << 15) / 64)
    /// The shortest phrase's length: the window's.
    private let shortest: Int
    /// For each pair (as `pair` folds it), how far a window that ends in it can move on:
    /// the fewest scalars after the pair in the first `shortest` of a phrase that has
    /// it there, `shortest - 1` for a pair no phrase has (0: a phrase may start in the window).
    private var shifts: [UInt8]

    init(_ phrases: [(String, Chrome.Kind)]) {
        shortest = phrases.map { $0.0.unicodeScalars.count }.min() ?? 3
        shifts = [UInt8](repeating: UInt8(clamping: shortest - 1), count: 1024)
        for (phrase, kind) in phrases {
            let scalars = Array(phrase.unicodeScalars)
            precondition(scalars.count >= 3 && phrase == phrase.lowercased(), "phrases are lower case, three or more characters")
            let pair = Self.pair(scalars[0], scalars[1])
            let opening = pair << 5 | Int(scalars[2].value & 31)
            openings[opening >> 6] |= 1 << UInt64(opening & 63)
            if groupOfPair[pair] == 0 {
                groupOfPair[pair] = UInt8(groups.count)
                groups.append([])
            }
            groups[Int(groupOfPair[pair])].append((scalars, kind))
            for q in 1..<shortest {
                let pair = Self.pair(scalars[q - 1], scalars[q])
                shifts[pair] = min(shifts[pair], UInt8(clamping: shortest - 1 - q))
            }
        }
    }

    /// The kind of the first phrase that occurs in `text`.
    func first(in text: ArraySlice<Unicode.Scalar>) -> Chrome.Kind? {
        firstMatch(in: text)?.kind
    }

    /// The kind of the first phrase that occurs in `text`, and where it starts (counted from `text`'s start).
    func firstMatch(in text: ArraySlice<Unicode.Scalar>) -> (kind: Chrome.Kind, start: Int)? {
        text.withUnsafeBufferPointer { scalars in
            guard scalars.count >= shortest else { return nil }
            // (On the tables' buffers: this loop reads a third of the scalars of most paragraphs.)
            return shifts.withUnsafeBufferPointer { shifts in
                openings.withUnsafeBufferPointer { openings in
                    var end = shortest - 1   // the window's last scalar
                    while end < scalars.count {
                        let shift = shifts[Self.pair(scalars[end - 1], scalars[end])]
                        if shift != 0 {
                            end += Int(shift)
                            continue
                        }
                        // A phrase may start at the window's start: do its first three scalars open one?
                        let start = end + 1 - shortest
                        let three = Self.pair(scalars[start], scalars[start + 1]) << 5 | Int(scalars[start + 2].value & 31)
                        if openings[three >> 6] & (1 << UInt64(three & 63)) != 0, case let group = groupOfPair[three >> 5], group != 0,
                           let kind = match(group: group, at: start, in: scalars) {
                            return (kind, start)
                        }
                        end += 1
                    }
                    return nil
                }
            }
        }
    }

    /// The kind of the phrase of `group` that starts at `i`, if one does.
    private func match(group: UInt8, at i: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Chrome.Kind? {
        for candidate in groups[Int(group)] where i + candidate.phrase.count <= scalars.count {
            if candidate.phrase.indices.allSatisfy({ Self.lower(scalars[i + $0]) == candidate.phrase[$0] }) {
                return candidate.kind
            }
        }
        return nil
    }

    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 65 && c.value <= 90 ? Unicode.Scalar(UInt8(c.value + 32)) : c
    }

    /// 5 bits of each scalar (a small table stays in cache); a collision only costs a comparison.
    private static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int(a.value & 31) << 5 | Int(b.value & 31)
    }
}

extension ArticleText {
    /// Whether a paragraph is site chrome (a headline of another story, a poll, a
    /// bio…), from which no claims come. Worked out when asked: listing quantities
    /// does not need it, and it was a tenth of that.
    public func chrome(_ paragraph: Paragraph) -> Chrome.Kind? {
        Chrome.classify(characters[paragraph.range], number: paragraph.number)
    }
}
