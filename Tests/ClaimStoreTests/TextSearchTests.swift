import Testing
@testable import ClaimStore

/// `contains` over a store's quotes (one pass over its text, eight bytes at a time)
/// answers as lowercasing each quote and looking for the needle's bytes would.
@Suite struct TextSearchTests {
    /// The definition, spelt out slowly.
    private static func naive(_ text: String, _ key: String) -> Bool {
        let (h, n) = (Array(text.lowercased().utf8), Array(key.utf8))
        if n.isEmpty { return true }
        guard h.count >= n.count else { return false }
        return (0...(h.count - n.count)).contains { Array(h[$0..<($0 + n.count)]) == n }
    }

    private struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    private static let pieces = ["a", "A", "c", "C", "al", "AL", "Cal", "ifornia", "IFORNIA", " ", "—", "é", "É", "e\u{301}", "1", "\n", "ca", "K", "k"]

    private static func text(_ r: inout Random, length: Int) -> String {
        (0..<length).map { _ in pieces[r.next(pieces.count)] }.joined()
    }

    private static func claim(_ id: Int, _ quote: String) -> Claim {
        Claim(id: id, article: "a", metric: "m", value: 1, qualifier: .exact, unit: "u", place: nil, period: nil,
              source: "s", surface: "1", quote: quote, paragraph: 1, sentence: 1)
    }

    @Test func quotesContainAsEachLowercasedQuoteWould() {
        var r = Random(state: 7)
        for round in 0..<60 {
            var columns = ClaimColumns()
            var quotes: [String] = []
            for id in 1...40 {
                // Claims of one sentence share its text; others have their own, of any length.
                let quote = id > 1 && r.next(3) == 0 ? quotes.last! : Self.text(&r, length: r.next(30))
                quotes.append(quote)
                columns.append(Self.claim(id, quote))
            }
            for _ in 0..<10 {
                let key = Self.text(&r, length: 1 + r.next(3)).lowercased()
                let expected = quotes.map { Self.naive($0, key) }
                #expect(TextSearch.quotes(of: columns, contain: key) == expected, "round \(round), \(key.debugDescription)")
                #expect(quotes.map { TextSearch.contains($0, lowercased: key) } == expected)
            }
        }
    }

    /// Needles that start in the last bytes of a word, or at the very end of the text.
    @Test func matchesAtEveryAlignment() {
        for length in 1...20 {
            for at in 0..<length {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                bytes[at] = UInt8(ascii: "Q")
                let found = bytes.withUnsafeBufferPointer { TextSearch.positions(of: Array("q".utf8), in: $0, folding: true, stopAtFirst: false) }
                #expect(found == [at], "length \(length), at \(at)")
            }
        }
    }

    /// The Kelvin sign lowercases to an ASCII k: the one-pass search steps aside for it.
    @Test func aKelvinSignIsFoundAsK() {
        var columns = ClaimColumns()
        columns.append(Self.claim(1, "5 \u{212A}m away"))
        columns.append(Self.claim(2, "5 miles away"))
        #expect(TextSearch.quotes(of: columns, contain: "km") == [true, false])
        #expect(TextSearch.quotes(of: columns, contain: "Miles".lowercased()) == [false, true])
    }

    /// Whether a text holds the Kelvin sign or a dotted capital I (which lower-case to
    /// ASCII), wherever they are, and not for their bytes' parts or their neighbours (ℨ is
    /// E2 84 A8, Ĳ is C4 B2).
    @Test func textsThatLowercaseToASCIIAreKnown() {
        func holds(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(TextSearch.holdsASCIILowercasing) }
        for (text, expected) in [("", false), ("plain text", false), ("\u{212A}", true), ("İ", true), ("5 ℨ and Ĳ", false),
                                 ("\u{E2}\u{84}", false), (String(repeating: "a", count: 100) + "İstanbul", true),
                                 (String(repeating: "é", count: 70) + "\u{212A}", true), (String(repeating: "ℨ", count: 40), false)] {
            #expect(holds(text) == expected, "\(text)")
        }
    }
}
