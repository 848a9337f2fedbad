#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `contains` as queries mean it: both sides lowercased, then the needle's UTF-8
/// bytes found among the text's (so "e" is found in "é" written as e and an accent,
/// as sqlite3 and DuckDB find it).
public enum TextSearch {
    /// Whether `text` contains `key`, which is already lowercased.
    public static func contains(_ text: String, lowercased key: String) -> Bool {
        containment(of: key)(text)
    }

    /// The test `contains(_:lowercased:)` makes, with the needle's bytes made once for
    /// the many texts a condition asks it of.
    public static func containment(of key: String) -> (String) -> Bool {
        let needle = Array(key.utf8)
        return { text in
            if needle.isEmpty { return true }
            var haystack = text.lowercased()
            return haystack.withUTF8 { !positions(of: needle, in: $0, folding: false, stopAtFirst: true).isEmpty }
        }
    }

    /// Whether `part` occurs in `text`, byte for byte (as scalars, case and all).
    public static func occurs(_ part: String, in text: String) -> Bool {
        let needle = Array(part.utf8)
        var text = text
        return needle.isEmpty || text.withUTF8 { !positions(of: needle, in: $0, folding: false, stopAtFirst: true).isEmpty }
    }

    /// The quote of each row contains `key` (lowercased): one pass over the store's
    /// text, not one lowercased copy per claim. The pass folds only ASCII letters, which
    /// is the whole of lowercasing for an ASCII needle unless the text holds one of the
    /// two non-ASCII letters that lowercase to ASCII (the Kelvin sign, dotted capital I);
    /// otherwise each quote is lowercased in turn.
    public static func quotes(of c: ClaimColumns, contain key: String) -> [Bool] {
        let needle = Array(key.utf8)
        let count = c.count
        guard !needle.isEmpty else { return [Bool](repeating: true, count: count) }
        let exact = needle.allSatisfy { $0 < 0x80 }
            && !(c.textLowercasesToASCII ?? c.text.withUnsafeBufferPointer(holdsASCIILowercasing))
        guard exact else {
            let test = containment(of: key)
            return (0..<count).map { test(c.quote($0)) }
        }
        let found = c.text.withUnsafeBufferPointer { positions(of: needle, in: $0, folding: true, stopAtFirst: false) }
        var answers = [Bool](repeating: false, count: count)
        guard !found.isEmpty else { return answers }
        for row in 0..<count {
            let start = c.quoteStart[row], end = start + Int(c.quoteCount[row])
            // The first match at or after the quote's start, by binary search.
            var (low, high) = (0, found.count)
            while low < high {
                let mid = (low + high) / 2
                if found[mid] < start { low = mid + 1 } else { high = mid }
            }
            answers[row] = low < found.count && found[low] + needle.count <= end
        }
        return answers
    }

    /// ASCII letters folded to lowercase: the table `positions` reads bytes through.
    private static let fold: [UInt8] = (0...255).map { b in (65...90).contains(b) ? UInt8(b + 32) : UInt8(b) }

    /// Where `needle` starts in `text`, in order (matches may overlap). With `folding`,
    /// ASCII capitals in the text match the needle's lowercase letters.
    static func positions(of needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, folding: Bool, stopAtFirst: Bool) -> [Int] {
        var found: [Int] = []
        let m = needle.count
        guard m > 0, text.count >= m, let base = text.baseAddress else { return found }
        let first = needle[0]
        let isLetter = folding && (0x61...0x7A).contains(first)
        fold.withUnsafeBufferPointer { fold in
            needle.withUnsafeBufferPointer { needle in
                func matches(at i: Int) -> Bool {
                    var k = 1
                    while k < m, (folding ? fold[Int(text[i + k])] : text[i + k]) == needle[k] { k += 1 }
                    return k == m
                }
                let last = text.count - m
                // Eight bytes at a time: a word whose bytes may hold the first byte (either case)
                // is looked at byte by byte (the test can say yes wrongly, never no wrongly).
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                let lower = UInt64(first) &* ones, upper = UInt64(isLetter ? first - 32 : first) &* ones
                func mayHold(_ w: UInt64) -> Bool {
                    let a = w ^ lower, b = w ^ upper
                    return ((a &- ones) & ~a & highs) | ((b &- ones) & ~b & highs) != 0
                }
                var i = 0
                while i <= last {
                    if i + 8 <= text.count, !mayHold(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                        i += 8
                        continue
                    }
                    let stop = min(i + 8, last + 1)
                    while i < stop {
                        let b = folding ? fold[Int(text[i])] : text[i]
                        if b == first, matches(at: i) {
                            found.append(i)
                            if stopAtFirst { return }
                        }
                        i += 1
                    }
                }
            }
        }
        return found
    }

    /// Whether the text holds U+212A KELVIN SIGN (E2 84 AA) or U+0130 (C4 B0).
    /// (Their last bytes, rare in text, are found by the C library's `memchr`, which reads
    /// many bytes at a step, and the bytes before them checked: a store's whole text is
    /// searched so once it is built, and byte by byte that cost about three instructions
    /// a byte of its text.)
    static func holdsASCIILowercasing(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        ends(text, with: [0xE2, 0x84, 0xAA]) || ends(text, with: [0xC4, 0xB0])
    }

    /// Whether some run of `text` is `bytes`, found by their last byte.
    private static func ends(_ text: UnsafeBufferPointer<UInt8>, with bytes: [UInt8]) -> Bool {
        guard let base = text.baseAddress, let last = bytes.last else { return false }
        var from = 0
        while from < text.count, let hit = memchr(base + from, Int32(last), text.count - from) {
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if end >= bytes.count - 1, text[(end + 1 - bytes.count)...end].elementsEqual(bytes) { return true }
            from = end + 1
        }
        return false
    }
}
