/// Splits a paragraph into sentences. A sentence ends at `.`, `!` or `?` (with any
/// closing quotes or brackets after it) when whitespace and then a capital letter,
/// a digit or an opening quote follow, unless the period closes an abbreviation
/// ("Then-Sen.", "Dr.", "Jan."), an initial ("J."), a dotted acronym ("U.S.") or
/// the number of a list item ("1. "). Each item of a list (a line starting "- ",
/// "* ", "• " or "1. ") is a sentence of its own.
enum SentenceSplitter {
    static func split(_ chars: [Unicode.Scalar], _ paragraph: Range<Int>) -> [ArticleText.Sentence] {
        chars.withUnsafeBufferPointer { split($0, paragraph) }
    }

    private static func split(_ chars: UnsafeBufferPointer<Unicode.Scalar>, _ paragraph: Range<Int>) -> [ArticleText.Sentence] {
        var sentences: [ArticleText.Sentence] = []
        var start = skipSpace(chars, paragraph.lowerBound, paragraph.upperBound)
        var i = start
        while i < paragraph.upperBound {
            // Straight to the next full stop, mark or line break: nothing else can end a sentence.
            i = nextMayEnd(chars, from: i, to: paragraph.upperBound)
            guard i < paragraph.upperBound else { break }
            let c = chars[i]
            if c == "\n", i > start, startsListItem(chars, i + 1, paragraph.upperBound) {
                // Each item of a list ("- Fuel: up 2.1%") is a sentence of its own.
                var end = i
                while end > start, chars[end - 1].isWhitespace { end -= 1 }
                sentences.append(.init(number: sentences.count + 1, range: start..<end))
                start = skipSpace(chars, i, paragraph.upperBound)
                i = start
            } else if c == "." || c == "!" || c == "?", let end = sentenceEnd(chars, at: i, limit: paragraph.upperBound) {
                sentences.append(.init(number: sentences.count + 1, range: start..<end))
                start = skipSpace(chars, end, paragraph.upperBound)
                i = start
            } else {
                i += 1
            }
        }
        if start < paragraph.upperBound {
            sentences.append(.init(number: sentences.count + 1, range: start..<paragraph.upperBound))
        }
        return sentences
    }

    /// If a sentence ends with the terminator at `i`, the offset just past it (closers included).
    private static func sentenceEnd(_ chars: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, limit: Int) -> Int? {
        let c = chars[i]
        guard c == "." || c == "!" || c == "?" else { return nil }
        var end = i + 1
        while end < limit, isCloser(chars[end]) { end += 1 }
        guard end < limit, chars[end].isWhitespace else { return nil }
        let next = skipSpace(chars, end, limit)
        guard next < limit, startsSentence(chars[next]) else { return nil }
        if c == "." && endsAbbreviation(chars, before: i) { return nil }
        return end
    }

    /// The first scalar from `start` that `mayEnd`, or `limit`: eight at a time, as a
    /// vector compared with the four (a scalar at a time was seven instructions a scalar).
    private static func nextMayEnd(_ chars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to limit: Int) -> Int {
        var i = start
        if let base = chars.baseAddress {
            let raw = UnsafeRawPointer(base)
            // (Each a vector: compared with a number, each lane was compared on its own.)
            let (lineBreak, bang, stop, question) = (SIMD8<UInt32>(repeating: 10), SIMD8<UInt32>(repeating: 33),
                                                    SIMD8<UInt32>(repeating: 46), SIMD8<UInt32>(repeating: 63))
            while i &+ 8 <= limit {
                let eight = raw.loadUnaligned(fromByteOffset: 4 &* i, as: SIMD8<UInt32>.self)
                if any(eight .== lineBreak .| eight .== bang .| eight .== stop .| eight .== question) { break }
                i &+= 8
            }
        }
        while i < limit, !mayEnd(chars[i]) { i += 1 }
        return i
    }

    private static func mayEnd(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 64 && (0x8000_4002_0000_0400 as UInt64) >> UInt64(v) & 1 == 1   // "\n", "!", ".", "?"
    }

    /// "- ", "* ", "• " or "1. " at the start of a line.
    private static func startsListItem(_ chars: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ limit: Int) -> Bool {
        let j = skipSpace(chars, i, limit)
        guard j + 1 < limit else { return false }
        if chars[j] == "-" || chars[j] == "*" || chars[j] == "•" { return chars[j + 1] == " " }
        var k = j
        while k < limit, chars[k].isASCII, chars[k].isNumber { k += 1 }
        return k > j && k + 1 < limit && (chars[k] == "." || chars[k] == ")") && chars[k + 1] == " "
    }

    private static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        c.isUppercase || c.isNumber || isOpener(c)
    }

    /// The word ending just before the period at `dot`, judged as an abbreviation.
    static func endsAbbreviation(_ chars: UnsafeBufferPointer<Unicode.Scalar>, before dot: Int) -> Bool {
        var s = dot
        while s > 0, !chars[s - 1].isWhitespace, !isOpener(chars[s - 1]) { s -= 1 }
        let atLineStart = s == 0 || chars[s - 1].isNewline
        return asciiAbbreviation(UnsafeBufferPointer(rebasing: chars[s..<dot]), atLineStart: atLineStart)
            ?? abbreviation(String(scalars: chars[s..<dot]), atLineStart: atLineStart)
    }

    /// The word judged as `abbreviation` judges it, read on its scalars when they are all
    /// ASCII (nil when one is not): every full stop before a capital asks, and the word's
    /// string, split at hyphens and lowered, cost some 5,700 instructions each time.
    static func asciiAbbreviation(_ word: UnsafeBufferPointer<Unicode.Scalar>, atLineStart: Bool) -> Bool? {
        var (hasStop, allDigits) = (false, !word.isEmpty)
        for (k, c) in word.enumerated() {
            guard c.value < 0x80 else { return nil }
            // (Not a decimal point: "fell to 3.9%. In Victoria" ends a sentence.)
            if c == ".", !(k > 0 && k + 1 < word.count && word[k - 1].value &- 48 < 10 && word[k + 1].value &- 48 < 10) { hasStop = true }
            if c.value &- 48 >= 10 { allDigits = false }
        }
        if hasStop { return true }   // U.S, e.g
        if atLineStart, allDigits { return true }   // "1. " numbering a list
        // The last part between hyphens that is not empty, as splitting gives it ("Then-Sen").
        // (A word of hyphens alone has none, and is no abbreviation either way.)
        var end = word.count
        while end > 0, word[end - 1] == "-" { end -= 1 }
        var start = end
        while start > 0, word[start - 1] != "-" { start -= 1 }
        if end - start == 1, word[start].value &- 65 < 26 { return true }   // initials
        // (Longer than eight, longer than any abbreviation.)
        guard end - start <= 8, let (key, _) = SmallASCII.words(word[start..<end], lowercased: true) else { return false }
        return abbreviationKeys.contains(key)
    }

    /// The same, for any word.
    static func abbreviation(_ word: String, atLineStart: Bool) -> Bool {
        // (A full stop between two digits is a decimal point.)
        let scalars = Array(word.unicodeScalars)
        func isDigit(_ k: Int) -> Bool { scalars.indices.contains(k) && scalars[k].properties.numericType == .decimal }
        if scalars.indices.contains(where: { scalars[$0] == "." && !(isDigit($0 - 1) && isDigit($0 + 1)) }) { return true }   // U.S, e.g
        if atLineStart, !word.isEmpty, word.allSatisfy(\.isNumber) { return true }   // "1. " numbering a list
        let last = word.split(separator: "-").last.map(String.init) ?? word   // Then-Sen
        if last.count == 1, last.first?.isUppercase == true { return true }  // initials
        return abbreviations.contains(last.lowercased())
    }

    private static func skipSpace(_ chars: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ limit: Int) -> Int {
        var j = i
        while j < limit, chars[j].isWhitespace { j += 1 }
        return j
    }

    /// Marks that close a quotation or brackets. (Compared, not hashed: a set's look-up was
    /// a hash of each scalar of every word before a full stop.)
    private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]"
    }

    private static func isOpener(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201C}" || c == "\u{2018}" || c == "(" || c == "["
    }
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "lt", "gen", "col",
        "capt", "sgt", "st", "jr", "sr", "rev", "hon", "pres", "vs", "etc", "inc", "corp", "co",
        "ltd", "no", "nos", "vol", "fig", "approx", "est", "dept", "univ",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "rs", "rp",   // "Rs. 750", "Rp. 5,000": rupees and rupiah
    ]
    /// The abbreviations' bytes, little-endian in a word (each is ASCII and eight bytes or
    /// fewer, so its small string's low word holds it all).
    private static let abbreviationKeys = Set(abbreviations.compactMap { SmallASCII.words($0.unicodeScalars, lowercased: false)?.0 })
}
