/// Finds a passage in a text the way a person would: runs of whitespace count as one
/// space, and curly quotes, apostrophes and dashes match their plain forms.
/// Offsets returned are in the original text's scalars.
///
/// Matching runs on folded Unicode scalar values rather than Characters: comparing
/// Characters goes through String comparison and was most of claimq's start-up.
struct TextMatcher {
    private let folded: [UInt32]
    /// For each folded scalar, the offset of the Character it came from.
    private let origin: [Int]
    private let count: Int

    init(_ chars: [Unicode.Scalar]) {
        var folded: [UInt32] = []
        var origin: [Int] = []
        folded.reserveCapacity(chars.count)
        origin.reserveCapacity(chars.count)
        var lastWasSpace = false
        for (i, c) in chars.enumerated() {
            if Self.isSpace(c) {
                if !lastWasSpace { folded.append(32); origin.append(i) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            folded.append(Self.fold(c.value))
            origin.append(i)
        }
        self.folded = folded
        self.origin = origin
        count = chars.count
    }

    /// The original range where `needle` first occurs, or nil. Knuth–Morris–Pratt:
    /// linear in the text and the needle, so a long quote that is not in a long
    /// article is refused as fast as a short one.
    /// `from` is where the search starts, as an offset in the original text.
    func find(_ needle: String, from: Int = 0) -> Range<Int>? {
        let pattern = Array(TextMatcher(Array(needle.unicodeScalars)).trimmed)
        guard !pattern.isEmpty, pattern.count <= folded.count else { return nil }
        // border[k]: the length of the longest proper prefix of pattern[...k] that is also its suffix.
        var border = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in 1..<pattern.count {
            while k > 0 && pattern[i] != pattern[k] { k = border[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            border[i] = k
        }
        var matched = 0
        // The first folded scalar from `from` on (origins rise: a binary search).
        var (first, high) = (0, origin.count)
        while first < high {
            let mid = (first + high) / 2
            if origin[mid] < from { first = mid + 1 } else { high = mid }
        }
        for i in first..<folded.count {
            let c = folded[i]
            while matched > 0 && c != pattern[matched] { matched = border[matched - 1] }
            if c == pattern[matched] { matched += 1 }
            if matched == pattern.count {
                let (start, end) = (i + 1 - pattern.count, i + 1)
                return origin[start]..<(end < origin.count ? origin[end] : count)
            }
        }
        return nil
    }

    private var trimmed: ArraySlice<UInt32> {
        var s = folded[...]
        while s.first == 32 { s = s.dropFirst() }
        while s.last == 32 { s = s.dropLast() }
        return s
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if let ascii = c.asciiValue { return ascii == 32 || (9...13).contains(ascii) }
        return c.isWhitespace
    }

    static func fold(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return 0x22   // “ ” „ « » → "
        case 0x2018, 0x2019, 0x201A: return 0x27                   // ‘ ’ ‚ → '
        case 0x2013, 0x2014, 0x2212: return 0x2D                   // – — − → -
        default: return scalar
        }
    }
}
