import Testing
@testable import ClaimExtraction

/// The tagger on sentences written for it: the tags that finding a counted noun relies on.
@Suite struct PartOfSpeechTests {
    private func tagged(_ text: String) -> [String] {
        let tokens = TextTokenizer.tokens(Array(text.unicodeScalars))
        return zip(tokens, PartOfSpeech.tags(tokens)).map { "\($0.text)/\($1)" }
    }

    @Test func nounsVerbsAndFigures() {
        let t = tagged("Last year over 4 million visitors attended the noisy festival in Taipei.")
        #expect(t.contains("visitors/noun") && t.contains("attended/verb") && t.contains("festival/noun"))
        #expect(t.contains("4/num") && t.contains("noisy/adj") && t.contains("Taipei/propn"))
    }

    @Test func unknownWordsByTheirEndings() {
        let t = tagged("The council recategorized 12 glimmerworts quickly.")
        #expect(t.contains("recategorized/verb") && t.contains("glimmerworts/noun") && t.contains("quickly/adv"))
    }

    /// Unknown words in a row were read as X (other); a word not seen in training never is.
    @Test func unknownOrdinaryWordsAreNeverOther() {
        let t = tagged("On Friday, fishermen rescued 700 asylum seekers.")
        #expect(!t.contains { $0.hasSuffix("/x") }, "\(t)")
        #expect(t.contains("fishermen/noun") && t.contains("asylum/noun"))
    }

    /// A noun the training text has seen once, or never, that opens a sentence is no
    /// interjection ("Hi", "Thanks"): a rare tag's small prior once outweighed the word.
    @Test func rareNounsOpeningASentence() {
        #expect(tagged("Attendance stood at 12,000 on Saturday.").first == "Attendance/noun")
        #expect(tagged("Ridership fell to 40,000 last year.").first?.hasSuffix("/intj") == false)
        #expect(tagged("Yes, we counted 40.").first == "Yes/intj", "an interjection the training text has")
    }

    @Test func theSameWordByItsNeighbours() {
        #expect(tagged("They will cut 40 jobs.").contains("cut/verb"))
        #expect(tagged("It was a cut of 40 percent.").contains("cut/noun"))
        #expect(tagged("It was a close vote.").contains("close/adj"))
        #expect(tagged("Police said 40 people were killed.").contains("killed/verb"))
    }
}

extension PartOfSpeechTests {
    /// The model numbers tags as the script's list does; Swift's enum must agree.
    @Test func theModelsTagsAreTheEnumsInOrder() {
        #expect(TaggerModel.tags == Tag.allCases.map { String(describing: $0).uppercased() })
    }
}

extension PartOfSpeechTests {
    /// Viterbi finds the likeliest path through each sentence's lattice of candidate
    /// tags: on short sentences, as likely as the best of every path tried one by one.
    @Test func decodesTheLikeliestPathOfItsLattice() {
        let model = PartOfSpeech.Model.shared
        let n = Tag.allCases.count
        let words = ["The", "council", "cut", "40", "jobs", ",", "said", "Smith", "on", "Friday", "close", "vote",
                     "glimmerworts", "quickly", "a", "record", ".", "that", "US", "well", "over", "rose"]
        var seed: UInt64 = 7
        var checked = 0
        for trial in 0..<400 {
            var sentence: [String] = []
            for _ in 0..<(1 + trial % 6) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                sentence.append(words[Int(seed >> 33) % words.count])
            }
            let tokens = TextTokenizer.tokens(Array(sentence.joined(separator: " ").unicodeScalars))
            let options = tokens.indices.map { Array(model.candidateRange(model.emissionRow(tokens[...], $0))) }
            guard options.reduce(1, { $0 * $1.count }) <= 20_000 else { continue }
            func score(_ path: [Int]) -> Float {   // candidates' indices, one a token
                var total: Float = 0
                for (k, c) in path.enumerated() {
                    let t = Int(model.candidates[c].tag)
                    let from = k == 0 ? n : Int(model.candidates[path[k - 1]].tag)
                    total += model.into[t * (n + 1) + from] + model.candidates[c].score
                }
                return total
            }
            var best = -Float.infinity
            var path = options.map { $0[0] }
            var position = options.map { _ in 0 }
            while true {   // every path, as an odometer turns
                best = max(best, score(path))
                var k = 0
                while k < options.count, position[k] + 1 == options[k].count { position[k] = 0; path[k] = options[k][0]; k += 1 }
                guard k < options.count else { break }
                position[k] += 1
                path[k] = options[k][position[k]]
            }
            let tags = PartOfSpeech.tags(tokens)
            let chosen = zip(options, tags).compactMap { choices, tag in choices.first { model.candidates[$0].tag == tag.rawValue } }
            #expect(chosen.count == tokens.count && abs(score(chosen) - best) < 1e-3, "\(sentence)")
            checked += 1
        }
        #expect(checked > 200)
    }
}

extension PartOfSpeechTests {
    /// A run of a sentence's tokens is tagged as that run alone would be, its tags written
    /// at the run's own indices; the others stay X (what counts is found near its figure).
    @Test func aRunOfASentenceIsTaggedInPlace() {
        let tokens = TextTokenizer.tokens(Array("Last year over 4 million visitors attended the noisy festival in Taipei, officials said.".unicodeScalars))
        for start in 0..<tokens.count {
            for end in (start + 1)...tokens.count {
                var tags = PartOfSpeech.untagged(tokens.count)
                PartOfSpeech.tag(tokens[start..<end], into: &tags)
                #expect(Array(tags[start..<end]) == PartOfSpeech.tags(Array(tokens[start..<end])), "\(start)..<\(end)")
                #expect(tags[..<start].allSatisfy { $0 == .x } && tags[end...].allSatisfy { $0 == .x }, "\(start)..<\(end)")
            }
        }
    }
}
