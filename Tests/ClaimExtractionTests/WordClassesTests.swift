import Testing
@testable import ClaimExtraction

/// The classes a token is given when it is read are its word's memberships in the
/// lexicons they stand for, and nothing else.
@Suite struct WordClassesTests {
    @Test func classesAreTheLexiconsMemberships() {
        let lexicons: [(WordSet, WordClasses)] = [
            (ContextFinder.periodWords, .period), (ContextFinder.cueWords, .cue), (QuantityWords.numberWords, .number),
        ]
        var words = ["refugees", "Said", "", "apples", "ninety-nine", "yesterday's"]
        for (set, _) in lexicons { words += set }
        for word in words {
            for (set, member) in lexicons {
                #expect(WordClasses.of(word).contains(member) == set.contains(word), "\(word)")
            }
        }
    }

    @Test func tokensCarryTheirWordsClasses() {
        let tokens = TextTokenizer.tokens(Array("According to police, three were hurt in 2020, officials said.".unicodeScalars))
        let classes = Dictionary(tokens.map { ($0.text, $0.classes) }, uniquingKeysWith: { a, _ in a })
        #expect(classes["According"] == [.cue])   // its lower case is the word looked up
        #expect(classes["three"] == [.number])
        #expect(classes["in"] == [.period])
        #expect(classes["said"] == [.cue])
        #expect(classes["police"] == [] && classes["2020"] == [])
    }
}
