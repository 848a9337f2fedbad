/// Finds a passage in a text the way a person would: runs of whitespace count as one
/// space, and curly quotes, apostrophes and dashes match their plain forms.
/// Offsets returned are in the original text's Characters.
struct TextMatcher {
    private let folded: [Character]
    /// For each folded character, the offset of the original character it came from.
    private let origin: [Int]
    private let count: Int

    init(_ chars: [Character]) {
        var folded: [Character] = []
        var origin: [Int] = []
        folded.reserveCapacity(chars.count)
        origin.reserveCapacity(chars.count)
        var lastWasSpace = false
        for (i, c) in chars.enumerated() {
            if c.isWhitespace {
                if !lastWasSpace { folded.append(" "); origin.append(i) }
                lastWasSpace = true
            } else {
                folded.append(Self.fold(c))
                origin.append(i)
                lastWasSpace = false
            }
        }
        self.folded = folded
        self.origin = origin
        count = chars.count
    }

    /// The original range where `needle` first occurs, or nil.
    func find(_ needle: String) -> Range<Int>? {
        let pattern = TextMatcher(Array(needle)).trimmed
        guard let first = pattern.first else { return nil }
        var i = 0
        let last = folded.count - pattern.count
        while i <= last {
            if folded[i] == first && folded[i..<(i + pattern.count)].elementsEqual(pattern) {
                let end = i + pattern.count
                return origin[i]..<(end < origin.count ? origin[end] : count)
            }
            i += 1
        }
        return nil
    }

    private var trimmed: ArraySlice<Character> {
        var s = folded[...]
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }

    static func fold(_ c: Character) -> Character {
        switch c {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2018}", "\u{2019}", "\u{201A}": return "'"
        case "\u{2013}", "\u{2014}", "\u{2212}": return "-"
        default: return c
        }
    }
}
