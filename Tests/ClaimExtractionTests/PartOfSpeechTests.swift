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
