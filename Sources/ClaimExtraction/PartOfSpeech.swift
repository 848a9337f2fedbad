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
}

/// A part-of-speech tagger: the bigram hidden Markov model that
/// scripts/data/make_tagger.py trains on UD English EWT (its `TaggerModel`), decoded
/// with Viterbi. About 92 % of words tagged right on EWT's web text; it serves to
/// find the noun a number counts and the verb that governs it.
enum PartOfSpeech {
    /// The tags of a sentence's tokens, one each.
    static func tags(_ tokens: [TextToken]) -> [Tag] {
        guard !tokens.isEmpty else { return [] }
        let model = Model.shared
        let n = Tag.allCases.count
        var scores = (0..<n).map { model.transition[n][$0] + model.emission(tokens[0], $0) }
        var back: [[Int]] = []
        back.reserveCapacity(tokens.count)
        var next = [Float](repeating: 0, count: n)
        var step = [Int](repeating: 0, count: n)
        for token in tokens.dropFirst() {
            let e = model.emissions(token)
            for t in 0..<n {
                var best = 0
                var bestScore = -Float.infinity
                for p in 0..<n {
                    let s = scores[p] + model.transition[p][t]
                    if s > bestScore { bestScore = s; best = p }
                }
                step[t] = best
                next[t] = bestScore + e[t]
            }
            back.append(step)
            swap(&scores, &next)
        }
        var t = scores.indices.max { scores[$0] < scores[$1] }!
        var out = [Tag](repeating: .x, count: tokens.count)
        out[tokens.count - 1] = Tag(rawValue: t)!
        for k in stride(from: back.count - 1, through: 0, by: -1) {
            t = back[k][t]
            out[k] = Tag(rawValue: t)!
        }
        return out
    }

    /// The model's tables as log probabilities, read once from `TaggerModel`.
    final class Model: Sendable {
        static let shared = Model()

        /// transition[p][t]: log P(t | p); row `Tag.allCases.count` is the sentence start.
        let transition: [[Float]]
        private let known: [String: [Float]]
        private let bySuffix: [String: [Float]]
        private let byShape: [String: [Float]]

        private init() {
            let n = Tag.allCases.count
            let tagCounts = TaggerModel.tagCounts.split(separator: " ").map { Float(String($0))! }
            let total = tagCounts.reduce(0, +)
            transition = TaggerModel.transitions.split(separator: "\n").map { row in
                let counts = row.split(separator: " ").map { Float(String($0))! }
                let sum = counts.reduce(0, +)
                return counts.map { log($0 / sum) }
            }
            known = Self.table(TaggerModel.words) { counts in
                (0..<n).map { log((counts[$0] + 0.01) / (tagCounts[$0] + 1)) }
            }
            // Unknown words: P(tag | suffix) / P(tag), Bayes' rule up to a constant.
            func unknown(_ counts: [Float]) -> [Float] {
                let sum = counts.reduce(0, +)
                return (0..<n).map { log(((counts[$0] + 0.1) / (sum + 0.1 * Float(n))) / (tagCounts[$0] / total)) }
            }
            bySuffix = Self.table(TaggerModel.suffixes) { $0.reduce(0, +) < 3 ? nil : unknown($0) }
            byShape = Self.table(TaggerModel.shapes, unknown)
        }

        func emission(_ token: TextToken, _ t: Int) -> Float { emissions(token)[t] }

        /// Whether EWT writes this word in lower case mostly as something other than a
        /// name ("police", "officials"): a capital at the start of a sentence makes no name of it.
        func isCommonWord(_ lower: String) -> Bool {
            guard let e = known[lower] else { return false }
            let best = e.indices.max { e[$0] < e[$1] }!
            return best != Tag.propn.rawValue
        }

        func emissions(_ token: TextToken) -> [Float] {
            if let e = known[token.text] ?? (token.isCapitalized ? known[token.lower] : nil) { return e }
            let shape = Self.shape(token.text)
            return bySuffix[shape + String(token.lower.unicodeScalars.suffix(3).map(Character.init))] ?? byShape[shape]!
        }

        /// As the script decides: "d" with a digit, "h" with a hyphen, "c" capitalised, "l" else.
        private static func shape(_ word: String) -> String {
            if word.unicodeScalars.contains(where: { $0.value >= 48 && $0.value <= 57 }) { return "d" }
            if word.unicodeScalars.contains("-") { return "h" }
            return word.unicodeScalars.first?.isUppercase == true ? "c" : "l"
        }

        /// "key\tT:C T:C" lines to key → whatever `make` gives for the 17 counts.
        private static func table(_ text: String, _ make: ([Float]) -> [Float]?) -> [String: [Float]] {
            var out: [String: [Float]] = [:]
            for line in text.split(separator: "\n") {
                guard let tab = line.firstIndex(of: "\t") else { continue }
                var counts = [Float](repeating: 0, count: Tag.allCases.count)
                for pair in line[line.index(after: tab)...].split(separator: " ") {
                    let parts = pair.split(separator: ":")
                    if parts.count == 2, let t = Int(parts[0]), let c = Float(String(parts[1])) { counts[t] = c }
                }
                if let row = make(counts) { out[String(line[..<tab])] = row }
            }
            return out
        }
    }
}

private func log(_ x: Float) -> Float { logf(x) }
