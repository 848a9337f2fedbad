import Testing
import ClaimqTestHelpers
@testable import ClaimStore

@Suite struct SegmentationTests {
    private func sentences(_ text: String) -> [String] {
        let article = ArticleText(name: "t", text: text)
        return article.paragraphs.flatMap { p in p.sentences.map { article.text($0.range) } }
    }

    @Test func abbreviationsAndAcronymsDoNotEndSentences() {
        #expect(sentences("Then-Sen. Jeff Sessions warned of weaknesses in U.S. interior security. On at least three occasions, it refused.")
                == ["Then-Sen. Jeff Sessions warned of weaknesses in U.S. interior security.",
                    "On at least three occasions, it refused."])
        #expect(sentences("Dr. Ann Lee met Sen. Cruz on Jan. 5. They spoke.")
                == ["Dr. Ann Lee met Sen. Cruz on Jan. 5.", "They spoke."])
        #expect(sentences("J. Smith agreed. So did we.") == ["J. Smith agreed.", "So did we."])
        #expect(sentences("There are 300,000 U.S. Muslims. Next.") == ["There are 300,000 U.S. Muslims.", "Next."])
    }

    /// A decimal point is no abbreviation's full stop: a figure with one ends its sentence.
    @Test func aFigureWithADecimalPointEndsASentence() {
        #expect(sentences("Unemployment fell to 3.9%. In Victoria it rose to 4.5%.")
                == ["Unemployment fell to 3.9%.", "In Victoria it rose to 4.5%."])
        #expect(sentences("Petrol costs $4.50. Diesel costs €1.9. Both rose.") == ["Petrol costs $4.50.", "Diesel costs €1.9.", "Both rose."])
        #expect(sentences("It grew 2.5. Then it fell.") == ["It grew 2.5.", "Then it fell."])
    }

    /// A full stop, "!", "?" or a list's line break ends a sentence wherever it falls among
    /// the eight scalars the splitter reads at a time, the paragraph starting anywhere.
    /// A word before a full stop is judged on its scalars when it is ASCII, as its string is
    /// judged otherwise: both readings agree on words built from the edges of the rules
    /// (hyphens at either end, initials, numbers, stops inside, case, length).
    @Test func anAbbreviationReadOnItsScalarsIsTheOneItsStringSays() {
        let pieces = ["Sen", "Then", "-", "U", ".", "S", "e", "g", "1", "12", "J", "j", "Dr", "DR", "dR", "Mr", "Jan",
                      "approx", "approxim", "word", "X", "3rd", "rs", "Rp", "a", "Z", "@", "[", "`", "{"]
        var generator = SplitMix(seed: 5)
        for _ in 0..<3_000 {
            let word = (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for atLineStart in [false, true] {
                let scalars = Array(word.unicodeScalars)
                let fast = scalars.withUnsafeBufferPointer { SentenceSplitter.asciiAbbreviation($0, atLineStart: atLineStart) }
                #expect(fast == SentenceSplitter.abbreviation(word, atLineStart: atLineStart), "\(word) \(atLineStart)")
            }
        }
        // A word past ASCII is left to the string's reading.
        #expect(Array("Café".unicodeScalars).withUnsafeBufferPointer { SentenceSplitter.asciiAbbreviation($0, atLineStart: false) } == nil)
    }

    @Test func aSentenceEndsAtEveryOffset() {
        for lead in 0..<3 {
            for length in 0..<20 {
                let words = String(repeating: "x", count: length)
                let intro = String(repeating: "Z\n\n", count: lead)
                for mark in [".", "!", "?"] {
                    #expect(sentences(intro + "Ab" + words + mark + " Then b.") == Array(repeating: "Z", count: lead) + ["Ab" + words + mark, "Then b."],
                            "\(lead) \(length) \(mark)")
                }
                #expect(sentences(intro + "Ab" + words + ":\n- one\n- two") == Array(repeating: "Z", count: lead) + ["Ab" + words + ":", "- one", "- two"],
                        "\(lead) \(length)")
            }
        }
    }

    /// A byte-order mark before the text is no part of its first sentence, and offsets
    /// still count it (they are offsets in the file).
    @Test func aByteOrderMarkIsNotText() {
        let article = ArticleText(name: "t", text: "\u{FEFF}There were 5 cats.\n\nThen 7 dogs.")
        #expect(sentences("\u{FEFF}There were 5 cats.\n\nThen 7 dogs.") == ["There were 5 cats.", "Then 7 dogs."])
        #expect(article.paragraphs.map(\.number) == [1, 2])
        #expect(article.paragraphs[0].sentences[0].range.lowerBound == 1 && article.characters.count == 33)
    }

    /// A span's text is copied from the file's bytes, found from where every 64th scalar
    /// starts: it is the span's scalars, in runs of ASCII (one byte a scalar, counted
    /// without reading them) and past it, wherever the runs meet the 64th scalars.
    @Test func aSpansTextIsItsScalars() {
        let pieces = ["a", "b c", "1", ".", "é", "—", "😀", "\r\n", "ASCII run of several words ", "naïve"]
        var seed: UInt64 = 11
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % bound
        }
        for _ in 0..<40 {
            var text = ""
            while text.unicodeScalars.count < 300 { text += pieces[next(pieces.count)] }
            let article = ArticleText(name: "t", text: text)
            let count = article.characters.count
            for _ in 0..<200 {
                let (a, b) = (next(count + 1), next(count + 1))
                let range = min(a, b)..<max(a, b)
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: article.characters[range])
                #expect(article.text(range) == String(expected), "\(range) of \(text.debugDescription)")
            }
        }
    }

    @Test func decimalsAndClosingQuotes() {
        #expect(sentences("It was 2.4 million. Then 1.4 percent.") == ["It was 2.4 million.", "Then 1.4 percent."])
        #expect(sentences("He said “all had it.” Then he left.") == ["He said “all had it.”", "Then he left."])
        #expect(sentences("“(N)early a quarter,” it said. Yes!") == ["“(N)early a quarter,” it said.", "Yes!"])
        #expect(sentences("Is it? “Yes,” she said.") == ["Is it?", "“Yes,” she said."])
    }

    @Test func lowercaseAfterPeriodContinues() {
        #expect(sentences("The rate was 3 p.m. and rising. Done.") == ["The rate was 3 p.m. and rising.", "Done."])
    }

    @Test func paragraphsAreBlocksBetweenBlankLinesAfterTheHeader() {
        let article = ArticleText(name: "t", text: "# source: somewhere\n# more\n\nTitle\n\nFirst line\nsame paragraph.\n  \n\nSecond.\r\n\r\nThird.")
        #expect(article.paragraphs.map { article.text($0.range) }
                == ["Title", "First line\nsame paragraph.", "Second.", "Third."])
        #expect(article.paragraphs.map(\.number) == [1, 2, 3, 4])
    }

    /// Read in pieces, a text has the same paragraphs and sentences, at the same
    /// offsets once each piece's start is added: pieces cut only before blank lines, so a
    /// piece never starts with a header line nor splits a paragraph.
    @Test(arguments: [1, 7, 30, 1_000])
    func piecesHaveTheWholeTextsParagraphs(_ bytes: Int) {
        let text = "# from the wire\n# 2024-05-01\n\nTitle here\n\nFirst one. Second one.\nStill first.\r\n\r\n"
            + "# not a header here\n\n\n  \nLast paragraph. Ends é.\n\nx"
        let whole = ArticleText(name: "t", text: text)
        var found: [(Int, Range<Int>, [Range<Int>])] = []
        var (offset, count) = (0, 0)
        let pieces = ArticleText.pieces(text, bytes: bytes)
        for piece in pieces {
            let part = ArticleText(name: "t", text: String(piece))
            for p in part.paragraphs {
                let shift = { (r: Range<Int>) in (r.lowerBound + offset)..<(r.upperBound + offset) }
                found.append((count + p.number, shift(p.range), p.sentences.map { shift($0.range) }))
            }
            (offset, count) = (offset + part.characters.count, count + part.paragraphs.count)
        }
        #expect(pieces.joined() == text)
        #expect(bytes > 100 || pieces.count > 2, "small pieces cut the text")
        #expect(found.map(\.0) == whole.paragraphs.map(\.number))
        #expect(found.map(\.1) == whole.paragraphs.map(\.range))
        #expect(found.map(\.2) == whole.paragraphs.map { $0.sentences.map(\.range) })
        #expect(whole.paragraphs.count == 5, "title, first, the '#' line, last, x")
    }

    @Test func listItemsAreSentences() {
        #expect(sentences("Sales by kind:\n- Clothing: down 3%\n- Fuel: up 2.1%\n1. First item. Still first\n2) Second")
                == ["Sales by kind:", "- Clothing: down 3%", "- Fuel: up 2.1%", "1. First item.", "Still first", "2) Second"])
        #expect(sentences("It fell 3\n- 2 it said") == ["It fell 3", "- 2 it said"], "a dash and a space start an item")
        #expect(sentences("It fell 3-2 in all") == ["It fell 3-2 in all"])
    }

    @Test func positionsNameParagraphAndSentence() throws {
        let text = "Title\n\nOne. Two here."
        let article = ArticleText(name: "t", text: text)
        let offset = Array(text.unicodeScalars).firstIndex(of: "w")!
        let position = try #require(article.position(of: offset))
        #expect(position.paragraph == 2)
        #expect(position.sentence == 2)
    }
}

@Suite struct TextMatcherTests {
    @Test func foldsWhitespaceQuotesAndDashes() throws {
        let text = Array("He said:  “all\nhad it” — twice.".unicodeScalars)
        let matcher = TextMatcher(text)
        let range = try #require(matcher.find("said: \"all had it\" - twice"))
        #expect(String(scalars: text[range]) == "said:  “all\nhad it” — twice")
        #expect(matcher.find("all had them") == nil)
        #expect(matcher.find("   ") == nil)
    }

    /// The first occurrence, also where a partial match overlaps the real one, agrees
    /// with a plain search; a long needle that is nearly everywhere is still linear.
    @Test func findsTheFirstOccurrenceLikeAPlainSearch() throws {
        let text = "aabaabaaab abab ababc abc"
        let matcher = TextMatcher(Array(text.unicodeScalars))
        for needle in ["aab", "aaab", "abab", "ababc", "abc", "b a", "c", "aabaabaaab abab ababc abc", "abcd", "ba"] {
            let (t, n) = (Array(text.unicodeScalars), Array(needle.unicodeScalars))
            let plain = (0...(t.count - n.count)).first { t[$0..<($0 + n.count)].elementsEqual(n) }
            #expect(matcher.find(needle)?.lowerBound == plain, "\(needle)")
        }
        #expect(matcher.find("aab", from: 1)?.lowerBound == 3, "the next one from an offset")
        #expect(matcher.find("abc", from: 23) == nil)
        let article = Array(String(repeating: "a", count: 1_000_000).unicodeScalars)
        let quote = String(repeating: "a", count: 100_000) + "b"
        #expect(TextMatcher(article).find(quote) == nil)   // 10^11 steps by a plain search
    }

    /// Against a slow reference (the text folded whole with each folded scalar's origin,
    /// then searched plainly): random texts of spaces, line breaks, curly quotes and dashes,
    /// random needles and starting points, including starts inside a run of spaces.
    @Test func agreesWithAFoldedPlainSearch() {
        let pieces: [Unicode.Scalar] = ["a", "b", " ", " ", "\n", "“", "\"", "—", "-", "é"]
        var state: UInt64 = 11
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<400 {
            let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }
            var (folded, origins): ([UInt32], [Int]) = ([], [])
            for (i, c) in text.enumerated() {
                let space = c.isWhitespace
                if space, i > 0, text[i - 1].isWhitespace { continue }
                folded.append(space ? 32 : TextMatcher.fold(c.value))
                origins.append(i)
            }
            let needle = String(String.UnicodeScalarView((0..<(1 + next(5))).map { _ in pieces[next(pieces.count)] }))
            let pattern = TextMatcher.folded(needle.unicodeScalars)
            let from = next(text.count + 1)
            var expected: Range<Int>?
            if !pattern.isEmpty, pattern.count <= folded.count {
                for k in 0...(folded.count - pattern.count) where origins[k] >= from && folded[k..<(k + pattern.count)].elementsEqual(pattern) {
                    let end = k + pattern.count
                    expected = origins[k]..<(end < origins.count ? origins[end] : text.count)
                    break
                }
            }
            #expect(TextMatcher(text).find(needle, from: from) == expected, "\(String(String.UnicodeScalarView(text)).debugDescription) \(needle.debugDescription) from \(from)")
        }
    }

    @Test func decodesEveryUTF8LengthToScalars() {
        let text = "a é “quoted” 😀 \r\n\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"
        #expect([Unicode.Scalar](scalarsOf: text) == Array(text.unicodeScalars))
        #expect([Unicode.Scalar](scalarsOf: "").isEmpty)
        // Runs of ASCII of every length up to 20 around multi-byte scalars (eight ASCII
        // bytes are decoded at once, and a run's last few one at a time).
        for n in 0...20 {
            let mixed = String(repeating: "x", count: n) + "é" + String(repeating: "y", count: 17 - n % 9) + "😀\u{7F}"
            #expect([Unicode.Scalar](scalarsOf: mixed) == Array(mixed.unicodeScalars), "\(n)")
        }
        // and back: the same text, in and out of lower case
        let scalars = [Unicode.Scalar](scalarsOf: text)[...]
        #expect(String(scalars: scalars) == text)
        #expect(String(lowercasedScalars: "Sen. ÉLAN".unicodeScalars) == "sen. élan")
    }

    /// Small ASCII strings written straight into a string's two words are the strings
    /// the standard library makes: equal, hashed alike, counted alike, and usable as
    /// keys. Longer or non-ASCII text is left to the usual path.
    @Test func smallASCIIStringsAreOrdinaryStrings() throws {
        #expect(SmallASCII.layoutHolds)
        let texts = ["", "a", "Labour", "FTSE", "eight-letter", "abcdefghijklmno", "ABCDEFGHIJKLMNO", "x7,5%$"]
        var seen: Set<String> = []
        for text in texts {
            for lowercased in [false, true] {
                let built = try #require(SmallASCII.string(text.unicodeScalars, lowercased: lowercased))
                let expected = lowercased ? text.lowercased() : text
                #expect(built == expected && built.hashValue == expected.hashValue, "\(text)")
                #expect(built.utf8.count == expected.utf8.count && built.count == expected.count)
                #expect(Array(built.utf8) == Array(expected.utf8))
                #expect((built + "!") == expected + "!")
                seen.insert(built)
            }
            #expect(seen.contains(text))
        }
        #expect(SmallASCII.string("abcdefghijklmnop".unicodeScalars, lowercased: false) == nil)   // 16: not small
        #expect(SmallASCII.string("café".unicodeScalars, lowercased: false) == nil)
        #expect(String(scalars: "0123456789abcdefXYZ".unicodeScalars) == "0123456789abcdefXYZ")
        #expect(String(lowercasedScalars: "Élan Vital".unicodeScalars) == "élan vital")
    }

    /// Paragraphs are blocks of lines between blank lines, for every line break Unicode
    /// has ("\r\n" one break), wherever it falls among the scalars the search passes eight
    /// at a time, and beside scalars just inside and outside the values it looks at.
    @Test func paragraphsBreakAtEveryKindOfLineBreak() {
        let breaks = ["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        let others = ["a", "Word", " ", "\t", "\u{0E}", "\u{84}", "\u{86}", "é", "😀", "\u{2027}"]
        var generator = SplitMix(seed: 3)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Int.random(in: 0..<5, using: &generator) == 0 ? breaks.randomElement(using: &generator)! : others.randomElement(using: &generator)!
            }.joined()
            let scalars = Array(text.unicodeScalars)
            // Lines as a scalar at a time finds them, then blocks of lines not all blank.
            var lines: [Range<Int>] = []
            var start = 0
            for (i, c) in scalars.enumerated() where [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(c.value) {
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { continue }
                lines.append(start..<(i > start && c == "\n" && scalars[i - 1] == "\r" ? i - 1 : i))
                start = i + 1
            }
            if start < scalars.count { lines.append(start..<scalars.count) }
            var blocks: [Range<Int>] = []
            var block: Range<Int>?
            for line in lines {
                if scalars[line].allSatisfy({ $0.properties.isWhitespace }) {
                    if let b = block { blocks.append(b) }
                    block = nil
                } else {
                    block = (block?.lowerBound ?? line.lowerBound)..<line.upperBound
                }
            }
            if let b = block { blocks.append(b) }
            #expect(ArticleText(name: "t", text: text).paragraphs.map(\.range) == blocks, "\(scalars.map(\.value))")
        }
    }

    /// A span of the text, quoted by copying its bytes from the text as given, is the
    /// text its scalars spell: across multi-byte scalars, line breaks and the 64-scalar
    /// steps the byte offsets are kept at, and with a byte-order mark that reads as a space.
    @Test func spansAreQuotedAsTheirScalarsSpellThem() {
        let unit = "Café “naïve” — 12 €, 😀 ok.\r\nA line\n\nB "
        for text in [String(repeating: unit, count: 9), "\u{FEFF}" + String(repeating: unit, count: 5), "", "x", String(repeating: "a", count: 128)] {
            let article = ArticleText(name: "t", text: text)
            let n = article.characters.count
            var seed: UInt64 = 11
            var ranges: [Range<Int>] = [0..<n, 0..<0, n..<n, 0..<min(n, 64), min(n, 63)..<min(n, 129)]
            for _ in 0..<300 where n > 0 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                let a = Int(seed >> 33) % (n + 1)
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                ranges.append(a..<(a + Int(seed >> 33) % (n - a + 1)))
            }
            for range in ranges {
                #expect(article.text(range) == String(scalars: article.characters[range]), "\(range) of \(n)")
            }
        }
    }

    /// A small ASCII string's bytes are read from its two words, zero past its end;
    /// any other string has none to read there.
    @Test func readsSmallASCIIStringsBytesInPlace() throws {
        for text in ["", "a", "of", "eightchr", "ninechars", "abcdefghijklmno", "Mixed Case 42%"] {
            let (low, high, count) = try #require(SmallASCII.bytes(of: text), "\(text)")
            var bytes: [UInt8] = []
            for k in 0..<16 { bytes.append(UInt8(truncatingIfNeeded: (k < 8 ? low >> (8 * k) : high >> (8 * (k - 8))))) }
            #expect(count == text.utf8.count && Array(bytes[..<count]) == Array(text.utf8), "\(text)")
            #expect(bytes[count...].allSatisfy { $0 == 0 }, "\(text)")
        }
        for text in ["abcdefghijklmnop", "café", "naïve", String(repeating: "long ", count: 10)] {
            #expect(SmallASCII.bytes(of: text) == nil, "\(text)")
        }
    }

    /// `endsWith` (by bytes) answers as `hasSuffix` does for the suffixes extraction asks about.
    @Test func endsWithIsHasSuffixByBytes() {
        // (Words of up to 15 ASCII letters are compared in the two words a small string is
        // kept in: lengths on either side of 8 and up to 15 try both of them.)
        let words = ["cats", "s", "", "ss", "running", "Labour's", "Labour’s", "it’", "café", "cafés", "ﬁles", "naïve's", "e\u{301}s",
                     "eightchr", "ninechars", "governments", "abcdefghijklmno", "abcdefghijklmnop", "xbcdefghijklmno"]
        for word in words {
            for suffix in ["s", "ss", "ing", "'s", "’s", "", "cats", "running!", "chr", "ments", "hijklmno", "bcdefghijklmno",
                           "abcdefghijklmno", "ghijklmnop"] {
                #expect(word.endsWith(suffix) == word.hasSuffix(suffix), "\(word) \(suffix)")
            }
        }
        // Not canonical equivalence, which `hasSuffix` also honours: no suffix asked about has an accent.
        #expect("e\u{301}s".hasSuffix("és") && !"e\u{301}s".endsWith("és"))
    }

    /// `containsByte` answers as searching the UTF-8 does, for small, long and bridged-free strings.
    @Test func containsByteIsTheUTF8Searched() {
        let texts = ["", "$", "US$", "case files", "abcdefghijklmno", "abcdefghijklmnop $", "café $", "no dollar here",
                     String(repeating: "long ", count: 10), String("x y".dropFirst())]
        for text in texts {
            for byte: UInt8 in [36, 32, 46, 0xA9] {
                #expect(text.containsByte(byte) == text.utf8.contains(byte), "\(text) \(byte)")
            }
        }
    }

    /// `containsBytes` and `startsWithBytes` find a word's UTF-8 where a search byte by
    /// byte does: anywhere, at the start only, at the end, not past it, and the empty word everywhere.
    @Test func bytesAreFoundWhereASearchFindsThem() {
        let texts = ["", "a", "Committee's subcommittee", "subcommittee", "Department of Labor", "Department of Labo",
                     "café subcommittee", String(repeating: "long ", count: 10) + "Department", String("xsub".dropFirst())]
        let words = ["", "a", "sub", "subcommittee", "Department of Labor", "Department", "é s", "long long", "ee"]
        for text in texts {
            let t = Array(text.utf8)
            for word in words {
                let w = Array(word.utf8)
                let anywhere = w.isEmpty || (0..<max(0, t.count - w.count + 1)).contains { Array(t[$0..<($0 + w.count)]) == w }
                #expect(text.containsBytes(word) == anywhere, "\(text) \(word)")
                #expect(text.startsWithBytes(word) == t.starts(with: w), "\(text) \(word)")
                #expect(Substring(text).startsWithBytes(word) == t.starts(with: w), "\(text) \(word)")
            }
        }
    }
}
