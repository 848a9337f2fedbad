import Testing
import ClaimqTestHelpers
@testable import ClaimExtraction

/// The classes a token is given when it is read are its word's memberships in the
/// lexicons they stand for, and nothing else.
@Suite struct WordClassesTests {
    @Test func classesAreTheLexiconsMemberships() {
        let lexicons: [(WordSet, WordClasses)] = [
            (ContextFinder.periodWords, .period), (ContextFinder.cueWords, .cue), (QuantityWords.numberWords, .number),
            (ContextFinder.documents, .document), (Units.verbWords, .metricVerb), (ContextFinder.nationalWords, .national),
            (WhatIsCounted.hedges, .hedge), (WhatIsCounted.adverbs.union(WhatIsCounted.timeStarts), .phraseEnd),
            (WhatIsCounted.figureWords, .figureWord), (QuantityWords.percentWords, .percentWord), (ContextFinder.firstPersonWords, .firstPerson),
            (QuantityWords.upWords, .up), (QuantityWords.downWords, .down), (QuantityWords.labels, .label),
            (WhatIsCounted.copulas, .copula), (WhatIsCounted.levelVerbs, .levelVerb), (WhatIsCounted.levelPrepositions, .levelPreposition),
            (QuantityWords.multiples, .multiple), (WhatIsCounted.temperatures, .temperature), (WhatIsCounted.remaining, .remaining),
            (WhatIsCounted.leaving, .leaving), (QuantityWords.connectives, .connective),
            (WordSet(QuantityWords.hedges.map { $0.words.last! }), .hedgeEnd),
            (WhatIsCounted.timeUnits, .timeUnit), (WhatIsCounted.expectations, .expectation),
            (WhatIsCounted.sentencing, .sentencing), (WhatIsCounted.figureLeads, .figureLead),
            (WhatIsCounted.moneyVerbWords, .moneyVerb),
        ]
        var words = ["refugees", "Said", "", "apples", "ninety-nine", "yesterday's"]
        for (set, _) in lexicons { words += set }
        for word in words {
            for (set, member) in lexicons {
                #expect(WordClasses.of(word).contains(member) == set.contains(word), "\(word)")
            }
        }
    }

    /// `isText` is `==` for the words it is asked about (ASCII without K, ; or `), whatever
    /// the text: shorter, longer, the same length, accented, nil.
    @Test func isTextIsEqualityForASCIIWords() {
        let texts: [String?] = [nil, "", "percent", "Percent", "percenT", "percents", "percen", "perc\u{E9}nt", "p\u{E9}rcent",
                                "share", "PS", "P\u{15E}", "I", "\u{130}", "US", "to", "and", "a\u{301}nd", "caf\u{E9}", "cafe\u{301}"]
        for word in ["percent", "share", "PS", "I", "US", "to", "and", "cafe"] {
            for text in texts {
                #expect(isText(text, word) == (text == word), "\(String(describing: text)) \(word)")
            }
        }
    }

    /// The binary search for the first token at or after an offset finds what a scan from
    /// the start finds, at every offset of a text (spaces, marks, a figure, its end and past it).
    @Test func theFirstTokenAtAnOffsetIsTheScansAnswer() {
        let chars = Array("  Sales rose 5%, to $40 million — “a record”.  ".unicodeScalars)
        let tokens = TextTokenizer.tokens(chars)
        for offset in 0...(chars.count + 1) {
            let scanned = tokens.firstIndex { $0.range.lowerBound >= offset } ?? tokens.count
            #expect(tokens.firstIndex(startingAt: offset) == scanned, "\(offset)")
        }
        #expect([TextToken]().firstIndex(startingAt: 0) == 0)
    }

    @Test func tokensCarryTheirWordsClasses() {
        let tokens = TextTokenizer.tokens(Array("According to police, three were hurt in 2020, officials said.".unicodeScalars))
        let classes = Dictionary(tokens.map { ($0.text, $0.classes) }, uniquingKeysWith: { a, _ in a })
        #expect(classes["According"] == [.cue])   // its lower case is the word looked up
        #expect(classes["three"] == [.number])
        #expect(classes["in"] == [.period, .connective])
        #expect(classes["said"] == [.cue])
        #expect(classes["police"] == [] && classes["2020"] == [])
    }

    /// Words of up to 15 ASCII letters, figures of up to 15 scalars and marks of ASCII
    /// punctuation are packed into their strings as they are read (`TextToken.init(word:…)`,
    /// `init(digits:…)`, `init(mark:…)`); every field is the one the general reading gives,
    /// at the edges of that path: 15 and 16 letters or scalars of a figure, inner and
    /// trailing apostrophes (straight and curly), accented letters inside a word, "@" and
    /// "[" beside "A" and "Z", "`" and "{" beside "a" and "z", commas and other marks.
    @Test func packedWordsAreTheTokensTheGeneralReadingGives() {
        let pieces = ["said", "Said", "SAID", "iPhone", "McDonald's", "don't", "rock'", "o'", "ABCDEFGHIJKLMNO", "abcdefghijklmnop",
                      "Abcdefghijklmno", "abcdefghIJKLMNOP", "café", "Ärzte", "l’été", "it’s", "@A", "Z[", "`a", "z{", "according",
                      "In", "2,020", "3.5", ".5", "123456789012345", "1,234,567,890.125", "0.1234567890123", " ", " ", "\n", ",", "-", "’", "'", "—", "x", "Q", "İstanbul", "\u{212A}elvin"]
        var generator = SplitMix(seed: 11)
        for _ in 0..<2_000 {
            let text = Array((0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined().unicodeScalars)
            let packed = TextTokenizer.tokens(text), general = TextTokenizer.tokens(text, packing: false)
            #expect(packed == general, "\(String(String.UnicodeScalarView(text)))")
            // (Equal strings may differ in their bits; the packed ones must be what a literal makes.)
            for (a, b) in zip(packed, general) where a.text.utf8.count <= 15 && a.text.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(unsafeBitCast(a.lower, to: (UInt64, UInt64).self) == unsafeBitCast(b.lower, to: (UInt64, UInt64).self))
            }
        }
    }
}
