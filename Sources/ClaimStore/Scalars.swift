#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Article text is handled as Unicode scalars, not Characters: comparing and
/// classifying Characters goes through grapheme breaking and String comparison,
/// which made segmenting and extraction slow. These give scalars the Character
/// properties the code asks for, with an ASCII fast path. Offsets into article
/// text count scalars (a character in most text; "\r\n" or an accented letter
/// written with a combining mark counts two).
extension Unicode.Scalar {
    /// General Punctuation (U+2010–U+205E: dashes, curly quotes, ellipsis) is common
    /// in articles and has no letters, digits or spaces: no table lookup for it.
    @usableFromInline var isPunctuationMark: Bool { value >= 0x2010 && value <= 0x2027 || value >= 0x2030 && value <= 0x205E }
    @inlinable package var isWhitespace: Bool { value < 0x80 ? value == 32 || (value >= 9 && value <= 13) : PastASCII.isWhitespace(self) }
    @inlinable package var isNewline: Bool { (value >= 10 && value <= 13) || value == 0x85 || value == 0x2028 || value == 0x2029 }
    @inlinable package var isLetter: Bool { value < 0x80 ? (value >= 65 && value <= 90) || (value >= 97 && value <= 122) : PastASCII.isLetter(self) }
    @inlinable package var isNumber: Bool { value < 0x80 ? value >= 48 && value <= 57 : PastASCII.isNumber(self) }
    @inlinable package var isUppercase: Bool { value < 0x80 ? value >= 65 && value <= 90 : PastASCII.isUppercase(self) }
    @inlinable package var changesWhenLowercased: Bool { value < 0x80 ? value >= 65 && value <= 90 : PastASCII.changesWhenLowercased(self) }
    @inlinable package var asciiValue: UInt8? { isASCII ? UInt8(value) : nil }
}

/// The same properties of a scalar past ASCII, by the Unicode tables. Not inlined: a
/// function that inlined them fetched `Unicode.Scalar.Properties`' type metadata, and
/// made stack room for it, at every call, though nearly every scalar it read was ASCII.
@usableFromInline enum PastASCII {
    @usableFromInline @inline(never) static func isWhitespace(_ c: Unicode.Scalar) -> Bool { !c.isPunctuationMark && c.properties.isWhitespace }
    @usableFromInline @inline(never) static func isLetter(_ c: Unicode.Scalar) -> Bool { !c.isPunctuationMark && c.properties.isAlphabetic }
    @usableFromInline @inline(never) static func isNumber(_ c: Unicode.Scalar) -> Bool { !c.isPunctuationMark && c.properties.numericType != nil }
    @usableFromInline @inline(never) static func isUppercase(_ c: Unicode.Scalar) -> Bool { !c.isPunctuationMark && c.properties.isUppercase }
    @usableFromInline @inline(never) static func changesWhenLowercased(_ c: Unicode.Scalar) -> Bool { c.properties.changesWhenLowercased }
}

// These are @inlinable so that ClaimExtraction gets them specialised for its
// collections: called generically across modules, they cost ten times as much.
extension String {
    /// The text a run of scalars spells, written straight into the string's storage
    /// (short runs, most words, need no allocation at all).
    @inlinable package init<C: Collection<Unicode.Scalar>>(scalars: C) {
        self.init(scalars: scalars, lowercased: false)
    }

    /// (A slice of an array read through its buffer: an element at a time, the slice
    /// checked bounds and took its array's storage again, some 300 instructions a word.)
    @inlinable package init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { String(scalars: $0, lowercased: false) }
    }

    @inlinable package init(lowercasedScalars scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { String(lowercasedScalars: $0) }
    }

    /// The same text in lower case; ASCII letters are lowered as they are written.
    @inlinable package init<C: Collection<Unicode.Scalar>>(lowercasedScalars scalars: C) {
        if scalars.allSatisfy(\.isASCII) {
            self.init(scalars: scalars, lowercased: true)
        } else {
            self = String(scalars: scalars).lowercased()
        }
    }

    @inlinable init<C: Collection<Unicode.Scalar>>(scalars: C, lowercased: Bool) {
        if let small = SmallASCII.string(scalars, lowercased: lowercased) {
            self = small
            return
        }
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var k = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    let upper = lowercased && scalar.value >= 65 && scalar.value <= 90
                    buffer[k] = UInt8(upper ? scalar.value + 32 : scalar.value)
                    k += 1
                } else {
                    UTF8.encode(scalar) { buffer[k] = $0; k += 1 }
                }
            }
            return k
        }
    }
}

/// Strings of up to 15 ASCII characters, written straight into the two words Swift
/// keeps a small string in. Most words of an article are such strings, and making
/// each through `String(unsafeUninitializedCapacity:)` (which checks the bytes are
/// UTF-8, and which they are known to be) was a tenth of extraction's time.
///
/// The layout is the standard library's (`_StringObject`: the bytes in order, then
/// a last byte of 0xE0 — immortal, small, ASCII — plus the count). `layoutHolds`
/// compares it, bit for bit, with strings the compiler made; if it ever differs,
/// nothing is built this way and strings are made the usual way.
@usableFromInline package enum SmallASCII {
    @usableFromInline package static let layoutHolds: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        let samples = ["", "a", "Zq", "abcdefgh", "abcdefghi", "0123456789ABCDE"]
        return samples.allSatisfy { literal in
            var bits = words(literal.unicodeScalars, lowercased: false)!
            return withUnsafeBytes(of: literal) { made in withUnsafeBytes(of: &bits) { built in made.elementsEqual(built) } }
        }
    }()

    /// The two words of the small string `scalars` spell, or nil when it is longer
    /// than 15 or not all ASCII.
    @inlinable package static func words<C: Collection<Unicode.Scalar>>(_ scalars: C, lowercased: Bool) -> (UInt64, UInt64)? {
        var (low, high): (UInt64, UInt64) = (0, 0)
        var k: UInt64 = 0
        for scalar in scalars {
            var byte = UInt64(scalar.value)
            guard byte < 0x80, k < 15 else { return nil }
            if lowercased && byte >= 65 && byte <= 90 { byte += 32 }
            if k < 8 { low |= byte << (8 * k) } else { high |= byte << (8 * (k - 8)) }
            k += 1
        }
        return (low, high | (0xE0 | k) << 56)
    }

    /// The string `scalars` spell, when it is small and ASCII and the layout holds.
    @inlinable package static func string<C: Collection<Unicode.Scalar>>(_ scalars: C, lowercased: Bool) -> String? {
        guard scalars.count <= 15, layoutHolds, let bits = words(scalars, lowercased: lowercased) else { return nil }
        return string(bits.0, bits.1)
    }

    /// The small string these two words hold: up to 15 ASCII bytes, little-endian, and
    /// in the high word's top byte 0xE0 with the length. Only where `layoutHolds`.
    @inlinable @inline(__always)
    package static func string(_ low: UInt64, _ high: UInt64) -> String {
        // (A small string is immortal: no reference is counted, so two words make one.
        // Written over an empty string's words: a cast string was retained where it was used.)
        var string = ""
        withUnsafeMutableBytes(of: &string) { $0.storeBytes(of: (low, high), as: (UInt64, UInt64).self) }
        return string
    }

    /// A small ASCII string's bytes as two little-endian words (zero past its end) and
    /// its length, read from the string itself; nil for any other string. Only to be
    /// asked where `layoutHolds`: the caller checks it once, not at every word.
    @inlinable package static func bytes(of string: String) -> (low: UInt64, high: UInt64, count: Int)? {
        let (low, high) = unsafeBitCast(string, to: (UInt64, UInt64).self)
        let discriminator = high >> 56
        guard discriminator & 0xF0 == 0xE0 else { return nil }
        return (low, high & 0x00FF_FFFF_FFFF_FFFF, Int(discriminator & 0x0F))
    }
}

extension String {
    /// `count` (characters), but an ASCII string's bytes are its characters: counting
    /// them needs no grapheme breaking, which cost hundreds of instructions a word.
    @inlinable package var characterCount: Int {
        utf8.allSatisfy { $0 < 0x80 } ? utf8.count : count
    }

    /// Whether the string's UTF-8 holds `byte`. (`utf8.contains` is generic and looked up
    /// type metadata at every call: some 250 instructions for a short word.)
    @inlinable package func containsByte(_ byte: UInt8) -> Bool {
        withUTF8Buffer { $0.contains(byte) }
    }

    /// Whether `word`'s UTF-8 occurs in the string's.
    @inlinable package func containsBytes(_ word: String) -> Bool {
        withUTF8Buffer { bytes in
            word.withUTF8Buffer { target in
                // (A loop, not nested `contains` closures: those cost some 7,000 instructions a name.)
                guard let first = target.first else { return true }
                guard bytes.count >= target.count else { return false }
                for start in 0...(bytes.count - target.count) where bytes[start] == first {
                    if memcmp(bytes.baseAddress! + start, target.baseAddress!, target.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// `hasSuffix` by bytes, for a fraction of its cost: the same answer for a suffix of
    /// ASCII letters or "’s" (all extraction asks about), not for one with an accented
    /// letter (`hasSuffix` finds "és" at the end of "e\u{301}s"; bytes do not).
    @inlinable package func endsWith(_ suffix: String) -> Bool {
        // (Not `withUTF8Buffer`: that passes its closure on two paths, and it was not
        // inlined here, where a megabyte of text asks some 72,000 times.)
        let inPlace = utf8.withContiguousStorageIfAvailable { a in
            suffix.utf8.withContiguousStorageIfAvailable { b in
                // (Byte by byte: the suffixes asked about are a few bytes, shorter than a call to memcmp.)
                guard a.count >= b.count else { return false }
                let start = a.count - b.count
                for k in 0..<b.count where a[start + k] != b[k] { return false }
                return true
            }
        }
        if let found = inPlace.flatMap({ $0 }) { return found }
        return Array(utf8).reversed().starts(with: Array(suffix.utf8).reversed())
    }
}

extension StringProtocol {
    /// The string's UTF-8 as a buffer: its own storage where that is contiguous (native
    /// strings and their substrings), else a copy. (Copying a string to a variable to call
    /// `withUTF8` retained and released it; `utf8`'s generic algorithms looked up type
    /// metadata at every call.)
    @inlinable package func withUTF8Buffer<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the string's UTF-8 starts with `prefix`'s.
    @inlinable package func startsWithBytes(_ prefix: String) -> Bool {
        withUTF8Buffer { a in
            prefix.withUTF8Buffer { b in b.isEmpty || a.count >= b.count && memcmp(a.baseAddress!, b.baseAddress!, b.count) == 0 }
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded from its UTF-8 in one pass (`Array(text.unicodeScalars)`
    /// walks the text twice, once to count).
    package init(scalarsOf text: String) {
        var starts: [Int] = []
        self.init(scalarsOf: text, startsEvery: .max, starts: &starts)
    }

    /// The same, noting in `starts` where scalars 0, `every`, 2 × `every`, … start in the
    /// text's UTF-8 (and where it ends, when that is the next of them).
    package init(scalarsOf text: String, startsEvery every: Int, starts: inout [Int]) {
        var text = text
        self = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
                var i = 0
                var k = 0
                var untilStart = 0
                while i < bytes.count {
                    if untilStart == 0 { starts.append(i); untilStart = every }
                    // Eight ASCII bytes (most of an article) at once, when no start to note falls among them.
                    if untilStart >= 8, i + 8 <= bytes.count {
                        let eight = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: SIMD8<UInt8>.self)
                        if eight & 0x80 == .zero {
                            // (Widened at once, each byte a scalar: one at a time, with its offset
                            // checked for overflow, was eight instructions a byte.)
                            UnsafeMutableRawPointer(buffer.baseAddress! + k).storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: eight), as: SIMD8<UInt32>.self)
                            (i, k, untilStart) = (i &+ 8, k &+ 8, untilStart &- 8)
                            continue
                        }
                    }
                    untilStart -= 1
                    let lead = bytes[i]
                    if lead < 0x80 {
                        buffer[k] = Unicode.Scalar(lead)
                        i += 1
                    } else {
                        // A String holds valid UTF-8: the lead byte says how many follow.
                        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                        var value = UInt32(lead) & (0xFF >> (length + 1))
                        for j in 1..<length { value = value << 6 | UInt32(bytes[i + j] & 0x3F) }
                        buffer[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        i += length
                    }
                    k += 1
                }
                if untilStart == 0 { starts.append(i) }
                count = k
            }
        }
    }
}

/// Asks the kernel to back a large buffer about to be written with 2 MB pages: a
/// 20 MB article's scalars otherwise cost some 20,000 page faults, a tenth of the
/// time it takes to extract its quantities. Only the whole 2 MB pages inside the
/// buffer are advised; elsewhere, and where the kernel declines, nothing changes.
private func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
    #if canImport(Glibc)
    let huge = 2 << 20
    guard buffer.count >= 2 * huge, let base = buffer.baseAddress else { return }
    let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
    let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
    guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
    _ = madvise(pointer, end - start, MADV_HUGEPAGE)
    #endif
}
