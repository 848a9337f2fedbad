/// Finds a passage in a text the way a person would: runs of whitespace count as one
/// space, and curly quotes, apostrophes and dashes match their plain forms.
/// Offsets returned are in the original text's scalars.
///
/// Matching runs on folded Unicode scalar values rather than Characters: comparing
/// Characters goes through String comparison and was most of claimq's start-up.
struct TextMatcher {
    /// The text, shared with its article (not copied: an article of 80 MB is 320 MB of scalars).
    private let chars: [Unicode.Scalar]

    init(_ chars: [Unicode.Scalar]) {
        self.chars = chars
    }

    /// The text folded as the matcher compares it: each run of whitespace one space,
    /// curly quotes and dashes plain, spaces at either end left out.
    static func folded(_ text: some Sequence<Unicode.Scalar>) -> [UInt32] {
        var out: [UInt32] = []
        var lastWasSpace = false
        for c in text {
            if isSpace(c) {
                if !lastWasSpace { out.append(32) }
                lastWasSpace = true
            } else {
                out.append(fold(c.value))
                lastWasSpace = false
            }
        }
        while out.last == 32 { out.removeLast() }
        let leading = out.prefix { $0 == 32 }.count
        return Array(out.dropFirst(leading))
    }

    /// The original range where `needle` first occurs, or nil. Knuth–Morris–Pratt over
    /// the text folded as it is read: linear in the text and the needle, so a long quote
    /// that is not in a long article is refused as fast as a short one.
    /// `from` is where the search starts, as an offset in the original text.
    func find(_ needle: String, from: Int = 0) -> Range<Int>? {
        let pattern = Self.folded(needle.unicodeScalars)
        guard !pattern.isEmpty, from < chars.count else { return nil }
        // border[k]: the length of the longest proper prefix of pattern[...k] that is also its suffix.
        var border = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in 1..<pattern.count {
            while k > 0 && pattern[i] != pattern[k] { k = border[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            border[i] = k
        }
        // Where each of the last pattern.count folded scalars came from, in a ring.
        var origins = [Int](repeating: 0, count: pattern.count)
        var produced = 0
        var matched = 0
        var i = max(0, from)
        // Spaces that continue a run begun before `from` fold into that run's space.
        if i > 0, Self.isSpace(chars[i - 1]) { while i < chars.count, Self.isSpace(chars[i]) { i += 1 } }
        while i < chars.count {
            let origin = i
            let c: UInt32
            if Self.isSpace(chars[i]) {
                c = 32
                repeat { i += 1 } while i < chars.count && Self.isSpace(chars[i])
            } else {
                c = Self.fold(chars[i].value)
                i += 1
            }
            origins[produced % pattern.count] = origin
            produced += 1
            while matched > 0 && c != pattern[matched] { matched = border[matched - 1] }
            if c == pattern[matched] { matched += 1 }
            if matched == pattern.count {
                // The pattern ends in a non-space, one scalar long: the match ends after it.
                return origins[(produced - pattern.count) % pattern.count]..<(origin + 1)
            }
        }
        return nil
    }

    @inline(__always)
    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.isWhitespace
    }

    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt32 {
        guard scalar >= 0xAB else { return scalar }   // the usual case: nothing to fold
        switch scalar {
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return 0x22   // “ ” „ « » → "
        case 0x2018, 0x2019, 0x201A: return 0x27                   // ‘ ’ ‚ → '
        case 0x2013, 0x2014, 0x2212: return 0x2D                   // – — − → -
        default: return scalar
        }
    }
}
