import ClaimStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Universal part-of-speech tags, as Universal Dependencies names them.
enum Tag: Int, CaseIterable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    var isNominal: Bool { self == .noun || self == .propn }

    /// The tags by their raw values (a look-up, where `init(rawValue:)` was a call).
    static let byIndex = allCases
}

/// A part-of-speech tagger: the bigram hidden Markov model that
/// scripts/data/make_tagger.py trains on UD English EWT (its `TaggerModel`), decoded
/// with Viterbi. About 92 % of words tagged right on EWT's web text; it serves to
/// find the noun a number counts and the verb that governs it.
enum PartOfSpeech {
    /// The tags of a sentence's tokens, one each. Viterbi over the tags each word can
    /// plausibly have (within `Model.beam` of its likeliest, in log probability): a word
    /// seen in training rules most tags out, and the full 17 × 17 step was most of the time.
    static func tags(_ tokens: [TextToken]) -> [Tag] {
        var tags = untagged(tokens.count)
        tag(tokens[...], into: &tags)
        return tags
    }

    /// Tags `tokens`, a run of a sentence's, writing each token's tag into `tags` at the
    /// token's index (`tags` has one for each of the sentence's tokens).
    static func tag(_ tokens: ArraySlice<TextToken>, into tags: inout [Tag]) {
        guard !tokens.isEmpty else { return }
        let model = Model.shared
        // (The rows, scores and back pointers live on the stack for a sentence's length:
        // allocating them was a tenth of tagging.)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: tokens.count) { rows in
            var k = 0
            for i in tokens.indices {
                rows[k] = model.emissionRow(tokens, i)
                k += 1
            }
            // (On the tables' buffers: this loop is most of tagging, and array subscripts
            // checked every index.)
            model.into.withUnsafeBufferPointer { into in
                model.candidates.withUnsafeBufferPointer { candidates in
                    tags.withUnsafeMutableBufferPointer { tags in
                        viterbi(UnsafeBufferPointer(rows), model, into, candidates,
                                writingTo: UnsafeMutableBufferPointer(rebasing: tags[tokens.indices]))
                    }
                }
            }
        }
    }

    /// `count` tags of X: [Tag](repeating:count:) looked up the array's type at run time,
    /// some 500 instructions a sentence; making room for them does not.
    static func untagged(_ count: Int) -> [Tag] {
        // (Written in place: appended one by one, they were 500 instructions a sentence too.)
        [Tag](unsafeUninitializedCapacity: count) { tags, made in
            tags.initialize(repeating: .x)
            made = count
        }
    }

    /// Viterbi over the candidates' lattice, the likeliest path's tags written to `out`.
    /// The previous token's candidates are kept side by side (tag, score), and a tag's
    /// transitions from every tag are one row (`into`): the inner step is two loads and
    /// an add. (On pointers, with wrapping arithmetic: every index is in its table by
    /// construction, and the checks of overflow and bounds were a third of the loop.)
    private static func viterbi(_ rows: UnsafeBufferPointer<Int>, _ model: Model, _ into: UnsafeBufferPointer<Float>,
                                _ candidates: UnsafeBufferPointer<Model.Candidate>, writingTo out: UnsafeMutableBufferPointer<Tag>) {
        let n = Tag.allCases.count
        let (into, candidates) = (into.baseAddress!, candidates.baseAddress!)
        model.candidateStarts.withUnsafeBufferPointer { starts in
            let starts = starts.baseAddress!
            // back[(k - 1) * n + t]: the likeliest tag before tag t at token k.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, (rows.count - 1) * n)) { back in
                // The previous token's candidates and this one's: their tags and path scores.
                withUnsafeTemporaryAllocation(of: (tag: UInt8, score: Float).self, capacity: 2 * n) { lattice in
                    var (last, next) = (lattice.baseAddress!, lattice.baseAddress! + n)
                    var lastCount = 0
                    for c in Int(starts[rows[0]])..<Int(starts[rows[0] &+ 1]) {
                        let t = Int(candidates[c].tag)
                        last[lastCount] = (UInt8(t), into[t &* (n &+ 1) &+ n] + candidates[c].score)   // from the sentence's start
                        lastCount &+= 1
                    }
                    var backRow = back.baseAddress!
                    for k in 1..<rows.count {
                        var nextCount = 0
                        for c in Int(starts[rows[k]])..<Int(starts[rows[k] &+ 1]) {
                            let t = Int(candidates[c].tag)
                            let row = into + t &* (n &+ 1)
                            // The first of equals wins, as the tags' order has it.
                            var (best, bestScore) = (last[0].tag, last[0].score + row[Int(last[0].tag)])
                            var j = 1
                            while j < lastCount {
                                let s = last[j].score + row[Int(last[j].tag)]
                                if s > bestScore { (best, bestScore) = (last[j].tag, s) }
                                j &+= 1
                            }
                            backRow[t] = best
                            next[nextCount] = (UInt8(t), bestScore + candidates[c].score)
                            nextCount &+= 1
                        }
                        swap(&last, &next)
                        lastCount = nextCount
                        backRow += n
                    }
                    var final = 0
                    for j in 1..<max(1, lastCount) where last[j].score > last[final].score { final = j }
                    var t = Int(last[final].tag)
                    out[rows.count &- 1] = Tag.byIndex[t]
                    var k = rows.count &- 2
                    while k >= 0 {
                        t = Int(back[k &* n &+ t])
                        out[k] = Tag.byIndex[t]
                        k &-= 1
                    }
                }
            }
        }
    }

    /// The model's tables as log probabilities, read once from `TaggerModel`.
    final class Model: Sendable {
        static let shared = Model()

        /// The transitions by the tag gone to: into[t * 18 + p] = log P(t | p), p = 17 the
        /// sentence's start.
        let into: [Float]
        /// A tag a word may have, with log P(word | tag).
        struct Candidate {
            let score: Float
            let tag: UInt8
        }
        /// For each row r of the model's emission table (17 log P(word | tag): known words,
        /// then suffixes, then shapes), the tags within `beam` of its likeliest, with their
        /// scores, in the order of the tags: candidates[candidateStarts[r]..<candidateStarts[r + 1]].
        /// (Only these are read, and the full table, larger than a core's cache, cost a
        /// miss at nearly every word.)
        let candidates: [Candidate]
        let candidateStarts: [Int32]
        static let beam: Float = 4
        /// The count a known word's unseen tags share, and the count an unknown word's
        /// ending table is smoothed with (`UNSEEN` and `UNKNOWN` in the script).
        static let unseen: Float = 0.1
        static let unknown: Float = 0.5
        private let known: WordTable
        private let bySuffix: WordTable
        private let byShape: WordTable

        private init() {
            let n = Tag.allCases.count
            let tagCounts = TaggerModel.tagCounts.split(separator: " ").map { Float(String($0))! }
            let total = tagCounts.reduce(0, +)
            // transition[p * 17 + t]: log P(t | p); row 17 is the sentence start.
            let transition = TaggerModel.transitions.split(separator: "\n").flatMap { row in
                let counts = row.split(separator: " ").map { Float(String($0))! }
                let sum = counts.reduce(0, +)
                return counts.map { log($0 / sum) }
            }
            into = (0..<n).flatMap { t in (0...n).map { p in transition[p * n + t] } }
            var rows: [Float] = []
            // A known word's unseen tags share a tenth of a count as words seen once share
            // their tags (the shapes' table counts those): a rare noun may be a verb,
            // hardly an interjection.
            var onceTags = [Float](repeating: 0, count: n)
            _ = Self.table(TaggerModel.shapes, into: &rows) { counts, _ in
                for t in 0..<n { onceTags[t] += counts[t] }
                return false
            }
            let once = onceTags.reduce(0, +)
            let onceShare = onceTags.map { $0 / once }
            let unseen = onceShare.map { Self.unseen * $0 }
            known = Self.table(TaggerModel.words, into: &rows) { counts, rows in
                for t in 0..<n { rows.append(log((counts[t] + unseen[t]) / (tagCounts[t] + Self.unseen))) }
                return true
            }
            // Unknown words: P(tag | suffix) / P(tag), Bayes' rule up to a constant, smoothed as
            // words seen once share their tags (an even share, divided by a rare tag's small
            // prior, made unknown words interjections: "Ridership fell").
            func unknown(_ counts: [Float], _ rows: inout [Float]) -> Bool {
                let sum = counts.reduce(0, +)
                for t in 0..<n { rows.append(log(((counts[t] + Self.unknown * onceShare[t]) / (sum + Self.unknown)) / (tagCounts[t] / total))) }
                return true
            }
            let knownRows = rows.count / n
            bySuffix = Self.table(TaggerModel.suffixes, into: &rows) { counts, rows in counts.reduce(0, +) >= 3 && unknown(counts, &rows) }
            byShape = Self.table(TaggerModel.shapes, into: &rows, unknown)
            var kept: [Candidate] = []
            var starts: [Int32] = [0]
            kept.reserveCapacity(rows.count / 4)
            starts.reserveCapacity(rows.count / n + 1)
            for row in stride(from: 0, to: rows.count, by: n) {
                let best = rows[row..<(row + n)].max()!
                let first = kept.count
                for t in 0..<n where rows[row + t] >= best - Self.beam { kept.append(Candidate(score: rows[row + t], tag: UInt8(t))) }
                // A word not seen in training is not "other" (X: foreign words, typos in EWT) unless
                // nothing else fits: runs of X took in ordinary words ("fishermen rescued 700").
                // (X is the last tag: if it is a candidate, it is the last.)
                if row / n >= knownRows, kept.count - first > 1, kept.last?.tag == UInt8(Tag.x.rawValue) { kept.removeLast() }
                starts.append(Int32(kept.count))
            }
            self.candidates = kept
            candidateStarts = starts
        }

        /// Where a row's candidates are in `candidates`.
        func candidateRange(_ row: Int) -> Range<Int> { Int(candidateStarts[row])..<Int(candidateStarts[row + 1]) }

        /// Whether EWT writes this word in lower case mostly as something other than a
        /// name ("police", "officials"): a capital at the start of a sentence makes no name of it.
        func isCommonWord(_ lower: String) -> Bool {
            guard let row = known[lower].map(Int.init) else { return false }
            // (The likeliest tag is a candidate, and candidates keep the tags' order: the
            // first of equals wins, as over all 17.)
            let best = candidateRange(row).max { candidates[$0].score < candidates[$1].score }!
            return candidates[best].tag != Tag.propn.rawValue
        }

        /// The emission row for a token: its word's, else its ending's (the key is its
        /// shape's letter, then its last three scalars' UTF-8: 13 bytes at most, kept in
        /// two words, as `WordTable.find` takes a short key), else its shape's.
        /// (Token `i` of `tokens`, read in place: a copy of a token retains its strings.)
        @inline(__always)
        func emissionRow(_ tokens: ArraySlice<TextToken>, _ i: Int) -> Int {
            if let row = Self.find(tokens[i], lowerCase: false, in: known)
                ?? (tokens[i].isCapitalized ? Self.find(tokens[i], lowerCase: true, in: known) : nil) { return Int(row) }
            let shape = UInt64(Self.shape(tokens[i].kind, first: tokens[i].first, isCapitalized: tokens[i].isCapitalized))
            // An ASCII word's last three scalars are its last three bytes, read from the words that hold it.
            if tokens[i].isShortASCII, let (word, rest, length) = tokens[i].packed(lowerCase: true) {
                let start = max(0, length - 3)
                var low = shape
                for k in start..<length {
                    let byte = k < 8 ? word >> UInt64(8 * k) & 0xFF : rest >> UInt64(8 * (k - 8)) & 0xFF
                    low |= byte << UInt64(8 * (1 + k - start))
                }
                if let row = bySuffix.find(low, 0, count: 1 + length - start) { return Int(row) }
                return Int(byShape.find(shape, 0, count: 1) ?? 0)
            }
            let (low, high, count) = tokens[i].lower.withUTF8Buffer { bytes -> (UInt64, UInt64, Int) in
                var start = bytes.count
                var scalars = 0
                while start > 0, scalars < 3 {
                    start -= 1
                    if bytes[start] & 0xC0 != 0x80 { scalars += 1 }   // not a continuation byte: a scalar starts here
                }
                var (low, high, k): (UInt64, UInt64, Int) = (shape, 0, 1)
                for byte in bytes[start...] {
                    if k < 8 { low |= UInt64(byte) << (8 * k) } else { high |= UInt64(byte) << (8 * (k - 8)) }
                    k += 1
                }
                return (low, high, k)
            }
            if let row = bySuffix.find(low, high, count: count) { return Int(row) }
            return Int(byShape.find(shape, 0, count: 1) ?? 0)
        }

        /// The row `table` has for the token's text, or its lower case: by the two words that
        /// hold a short text (a string made of them was released at every token).
        @inline(__always)
        private static func find(_ token: TextToken, lowerCase: Bool, in table: WordTable) -> Int32? {
            if let (low, high, count) = token.packed(lowerCase: lowerCase) { return table.find(low, high, count: count) }
            return table[lowerCase ? token.lower : token.text]
        }

        /// As the script decides: "d" with a digit, "h" with a hyphen, "c" capitalised, "l"
        /// else. (A word token is letters only; a symbol token is one scalar.)
        private static func shape(_ kind: TextToken.Kind, first: Unicode.Scalar, isCapitalized: Bool) -> UInt8 {
            switch kind {
            case .digits: return UInt8(ascii: "d")
            case .symbol where first == "-": return UInt8(ascii: "h")
            default: return isCapitalized ? UInt8(ascii: "c") : UInt8(ascii: "l")
            }
        }

        /// "key\tT:C T:C" lines: each key to the row where `make` wrote its 17 values,
        /// read byte by byte (the table is loaded at every start that extracts). `make`
        /// appends a key's row to `rows`, or says it has none. (It made an array for each
        /// row, twenty thousand of them, before they were appended.)
        private static func table(_ text: String, into rows: inout [Float], _ make: ([Float], inout [Float]) -> Bool) -> WordTable {
            var out = WordTable(capacity: text.utf8.count / 12)
            var text = text
            text.withUTF8 { bytes in
                var counts = [Float](repeating: 0, count: Tag.allCases.count)
                var i = 0
                while i < bytes.count {
                    let keyStart = i
                    while i < bytes.count, bytes[i] != 9, bytes[i] != 10 { i += 1 }
                    guard i < bytes.count, bytes[i] == 9 else { i += 1; continue }
                    let key = bytes[keyStart..<i]
                    i += 1
                    for t in counts.indices { counts[t] = 0 }
                    while i < bytes.count, bytes[i] != 10 {
                        var tag = 0, count = 0
                        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { tag = tag * 10 + Int(bytes[i] - 48); i += 1 }
                        i += 1   // ":"
                        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { count = count * 10 + Int(bytes[i] - 48); i += 1 }
                        if tag < counts.count { counts[tag] = Float(count) }
                        if i < bytes.count, bytes[i] == 32 { i += 1 }
                    }
                    i += 1
                    let row = rows.count / Tag.allCases.count
                    if make(counts, &rows) {
                        out.insert(UnsafeBufferPointer(rebasing: key), Int32(row))
                    }
                }
            }
            return out
        }
    }
}

private func log(_ x: Float) -> Float { logf(x) }
