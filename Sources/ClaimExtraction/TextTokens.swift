import ClaimStore
import Synchronization

/// A sentence cut into words, digit runs and single symbols, each with its offsets
/// in Unicode scalars and whether a space came before it. Quantity extraction reads
/// these instead of the raw text.
///
/// A token is plain data: its text is held as a small string's two words, or by number
/// (`LongWords`), never as a reference. Copying the tokens of a sentence and destroying
/// them cost nothing beyond their bytes (with strings in them, their destruction was
/// 2 % of building a claim store).
struct TextToken: Equatable {
    enum Kind: Equatable {
        case word        // letters (with inner apostrophes)
        case digits      // "29,269", "2.4", "13000": digits, grouping commas, one decimal point
        case symbol      // any other single character that is not a space
    }

    // (The fields are in the order that packs them: the byte-sized ones together, 72
    // bytes a token rather than 88. Every token is copied into its sentence's array.)
    /// The text, and the text in lower case (made once: the extractor asks for it
    /// constantly), each as `Words` says.
    private let textWords: Words
    private let lowerWords: Words
    var text: String {
        @inline(__always) get { textWords.string }
    }
    var lower: String {
        @inline(__always) get { lowerWords.string }
    }
    let range: Range<Int>
    /// The number a digits token writes (commas dropped), or nil.
    let number: Double?
    let kind: Kind
    /// Whether whitespace separates this token from the one before.
    let spaced: Bool
    let isCapitalized: Bool
    /// The token's first scalar: all of a symbol.
    let first: Unicode.Scalar
    /// No lower-case letter: "US", "COVID", "F" (what `text.uppercased() == text` asks).
    let hasNoLowercase: Bool
    /// Some capital letter: "iPhone", "COVID".
    let hasUppercase: Bool
    /// Whether the token's text has a comma ("29,269"), which several rules ask of a
    /// figure: seen as it is read (a search of a string's UTF-8 cost hundreds of instructions).
    let hasComma: Bool
    /// The lexicons every token is checked against that this word is in, looked up once.
    let classes: WordClasses

    /// A string as the two words of a small string (`SmallASCII`'s layout: up to 15 bytes
    /// of UTF-8), which need no reference counted; or, for any other, its number in
    /// `LongWords` in the low word, with the high word zero (a small string's never is).
    struct Words: Equatable {
        let low: UInt64
        let high: UInt64

        init(low: UInt64, high: UInt64) { (self.low, self.high) = (low, high) }

        init(_ string: String) {
            let (low, high) = unsafeBitCast(string, to: (UInt64, UInt64).self)
            // A small string's top nibble is 0xE when it is ASCII and 0xA when not: either
            // holds its UTF-8 in its two words ("—", "’", "café": no look-up in `LongWords`).
            if SmallASCII.layoutHolds, high >> 60 == 0xE || high >> 60 == 0xA {
                (self.low, self.high) = (low, high)
            } else {
                (self.low, self.high) = (UInt64(LongWords.shared.number(of: string)), 0)
            }
        }

        var string: String {
            @inline(__always) get { high == 0 ? LongWords.shared.string(numbered: Int(low)) : SmallASCII.string(low, high) }
        }
    }

    /// What the tokenizer saw of a token's letters while reading it (ASCII only).
    struct Letters {
        var ascii = true
        var upper = false
        var lower = false

        mutating func see(_ c: Unicode.Scalar) {
            if c.value >= 0x80 { ascii = false } else if c.value >= 65 && c.value <= 90 { upper = true } else if c.value >= 97 && c.value <= 122 { lower = true }
        }
    }

    @inline(__always)   // (its one caller is the tokenizer's loop; a call there cost more than its body)
    init(kind: Kind, scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>, letters: Letters, range: Range<Int>, spaced: Bool) {
        self.kind = kind
        let text: String
        if SmallASCII.layoutHolds, scalars.count <= 15, let (low, high) = SmallASCII.words(scalars, lowercased: false) {
            textWords = Words(low: low, high: high)
            text = SmallASCII.string(low, high)
        } else {
            text = String(scalars: scalars)
            textWords = Words(text)
        }
        self.range = range
        self.spaced = spaced
        isCapitalized = scalars.first?.isUppercase ?? false
        let lower: String
        if letters.ascii {
            // Most words are lower case already: one string serves for both.
            lower = kind == .word && letters.upper ? String(lowercasedScalars: scalars) : text
            hasNoLowercase = !letters.lower
            hasUppercase = letters.upper
        } else {
            lower = kind == .word && scalars.contains(where: \.changesWhenLowercased) ? String(lowercasedScalars: scalars) : text
            hasNoLowercase = !scalars.contains { $0.value < 0x80 ? ($0.value >= 97 && $0.value <= 122) : $0.properties.isLowercase }
            hasUppercase = scalars.contains(where: \.isUppercase)
        }
        lowerWords = lower == text ? textWords : Words(lower)
        (number, hasComma) = kind == .digits ? Self.number(scalars) : (nil, scalars.first == ",")
        classes = kind == .word ? WordClasses.of(lower) : []
        first = scalars.first ?? " "
    }

    /// Whether the token in lower case is `word`, an ASCII word: the extractor asks it of
    /// nearly every token it reads. Two small ASCII strings are equal when their words are
    /// (their bytes past the end are zero), so most answers compare two pairs of words.
    @inline(__always)
    func isLower(_ word: String) -> Bool {
        let (low, high) = unsafeBitCast(word, to: (UInt64, UInt64).self)
        if lowerWords.high != 0, high >> 60 == 0xE { return low == lowerWords.low && high == lowerWords.high }
        return range.count == word.utf8.count && lower == word
    }

    /// The token's text, or its lower case, as UTF-8 in two little-endian words (zero past
    /// its end) with its length in bytes, as `WordTable.find` takes a short key; nil for a
    /// text longer than 15 bytes.
    @inline(__always)
    func packed(lowerCase: Bool) -> (low: UInt64, high: UInt64, count: Int)? {
        let words = lowerCase ? lowerWords : textWords
        guard words.high != 0 else { return nil }
        return (words.low, words.high & 0x00FF_FFFF_FFFF_FFFF, Int(words.high >> 56 & 0x0F))
    }

    /// Whether the token's text is ASCII of 15 bytes or fewer (its small string's top nibble says).
    var isShortASCII: Bool { textWords.high >> 60 == 0xE }

    /// Whether this is the symbol `c`. (Comparing scalars: comparing a String with a
    /// literal like "–" or "£" goes through Unicode normalization.)
    func `is`(_ c: Unicode.Scalar) -> Bool {
        kind == .symbol && first == c
    }

    /// A word of up to 15 ASCII letters, as the tokenizer packed it: its bytes in two
    /// little-endian words (`SmallASCII`'s layout, zero past its end), and what it saw
    /// of its letters. Both strings are made from those words, the lower case eight
    /// letters at a time: most words of an article are read this way. Only to be made
    /// where `SmallASCII.layoutHolds`.
    init(word low: UInt64, _ high: UInt64, count: Int, letters: Letters, range: Range<Int>, spaced: Bool,
         classes table: WordMap<UInt32>) {
        kind = .word
        let discriminator = (0xE0 | UInt64(count)) << 56
        let (lowerLow, lowerHigh) = letters.upper ? (Self.lowered(low), Self.lowered(high)) : (low, high)
        textWords = Words(low: low, high: high | discriminator)
        lowerWords = Words(low: lowerLow, high: lowerHigh | discriminator)
        self.range = range
        self.spaced = spaced
        let firstByte = UInt8(truncatingIfNeeded: low)
        isCapitalized = firstByte >= 65 && firstByte <= 90
        hasNoLowercase = !letters.lower
        hasUppercase = letters.upper
        (number, hasComma) = (nil, false)
        classes = WordClasses(rawValue: table.find(lowerLow, lowerHigh, count: count) ?? 0)
        first = Unicode.Scalar(firstByte)
    }

    /// A figure of up to 15 scalars, all ASCII (digits, grouping commas, a decimal point),
    /// packed in `SmallASCII`'s layout as a word's letters are: the general init made two
    /// strings of it and compared them. Only where `SmallASCII.layoutHolds`.
    init(digits scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>, spaced: Bool) {
        kind = .digits
        let (low, high) = SmallASCII.words(scalars, lowercased: false)!
        textWords = Words(low: low, high: high)
        lowerWords = textWords
        range = scalars.startIndex..<scalars.endIndex
        self.spaced = spaced
        (isCapitalized, hasNoLowercase, hasUppercase) = (false, true, false)
        (number, hasComma) = Self.number(scalars)
        classes = []
        first = scalars.first ?? " "
    }

    /// A mark of ASCII punctuation at offset `i`, a symbol: its one-byte string written
    /// in `SmallASCII`'s layout, as a packed word's are (the general init looked the string
    /// up in a static table and asked what a symbol cannot be). Only where `SmallASCII.layoutHolds`.
    init(mark a: UInt8, at i: Int, spaced: Bool) {
        kind = .symbol
        textWords = Words(low: UInt64(a), high: (0xE0 | 1) << 56)
        lowerWords = textWords
        range = i..<(i + 1)
        self.spaced = spaced
        (isCapitalized, hasNoLowercase, hasUppercase) = (false, true, false)
        (number, hasComma) = (nil, a == UInt8(ascii: ","))
        classes = []
        first = Unicode.Scalar(a)
    }

    /// ASCII bytes with every capital letter lowered, eight at a time: a byte's top bit
    /// is set after adding 0x3F when it is "A" or above, and after adding 0x25 when it is
    /// past "Z" (ASCII bytes cannot carry into the next).
    @inline(__always)
    static func lowered(_ bytes: UInt64) -> UInt64 {
        let atLeastA = bytes &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = bytes &+ 0x2525_2525_2525_2525
        let capitals = atLeastA & ~pastZ & 0x8080_8080_8080_8080
        return bytes | capitals >> 2
    }

    /// The number a digits token writes (commas dropped), or nil; and whether it has a comma.
    private static func number(_ digits: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> (Double?, Bool) {
        // Up to 15 significant digits the value is exact as an integer and one division
        // by an exact power of ten rounds it correctly; longer figures go to the parser.
        var mantissa: Int64 = 0
        var significant = 0
        var decimals = -1
        var comma = false
        for scalar in digits {
            if scalar == "," { comma = true; continue }
            if scalar == "." { decimals = 0; continue }
            significant += 1
            if significant <= 15 { mantissa = mantissa * 10 + Int64(scalar.value - 48) }
            if decimals >= 0 { decimals += 1 }
        }
        if significant <= 15 { return (Double(mantissa) / powersOfTen[max(decimals, 0)], comma) }
        var plain = digits.first == "." ? "0" : ""
        for scalar in digits where scalar != "," { plain.unicodeScalars.append(scalar) }
        return (Double(plain), comma)
    }

    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
}

/// The texts of tokens that do not fit in a token's own two words (longer than 15 bytes
/// of UTF-8: a few in a hundred words of news), each kept once for the process and
/// numbered, so that a token holds a number, not a reference.
final class LongWords: Sendable {
    static let shared = LongWords()
    private let state = Mutex<(strings: [String], numbers: [String: Int])>(([], [:]))

    func number(of string: String) -> Int {
        state.withLock { state in
            if let n = state.numbers[string] { return n }
            state.strings.append(string)
            state.numbers[string] = state.strings.count - 1
            return state.strings.count - 1
        }
    }

    func string(numbered n: Int) -> String {
        state.withLock { $0.strings[n] }
    }
}

/// The lexicons that are asked about every token of a text (whether it starts a
/// period, credits a source, starts a number in words): one look-up when the token is
/// read, not one per question, and each one a copy of its word.
struct WordClasses: OptionSet {
    let rawValue: UInt32
    static let period = WordClasses(rawValue: 1)     // `ContextFinder.periodWords`
    static let cue = WordClasses(rawValue: 2)        // `ContextFinder.cueWords`
    static let number = WordClasses(rawValue: 4)     // `QuantityWords.numberWords`
    static let document = WordClasses(rawValue: 8)   // `ContextFinder.documents`
    static let metricVerb = WordClasses(rawValue: 16)   // `Units.verbs`' words
    static let national = WordClasses(rawValue: 32)   // `ContextFinder.nationalWords`
    // Lexicons asked of the words around nearly every figure (each was a look-up there):
    static let hedge = WordClasses(rawValue: 1 << 6)        // `WhatIsCounted.hedges`
    static let phraseEnd = WordClasses(rawValue: 1 << 7)   // `WhatIsCounted.adverbs` and `timeStarts`
    static let figureWord = WordClasses(rawValue: 1 << 8)  // `WhatIsCounted.figureWords`
    static let percentWord = WordClasses(rawValue: 1 << 9) // `QuantityWords.percentWords`
    static let firstPerson = WordClasses(rawValue: 1 << 10)   // `ContextFinder.firstPersonWords`
    /// `ContextFinder.usCues` in lower case: a word in it is a cue only as the set writes it ("ICE", not "ice").
    static let usCue = WordClasses(rawValue: 1 << 11)
    static let up = WordClasses(rawValue: 1 << 12)       // `QuantityWords.upWords`
    static let down = WordClasses(rawValue: 1 << 13)     // `QuantityWords.downWords`
    static let label = WordClasses(rawValue: 1 << 14)   // `QuantityWords.labels`
    /// `QuantityWords.currencyWords` in lower case: as `usCue`, a word is one only as the set writes it.
    static let currencyWord = WordClasses(rawValue: 1 << 15)
    static let copula = WordClasses(rawValue: 1 << 16)            // `WhatIsCounted.copulas`
    static let levelVerb = WordClasses(rawValue: 1 << 17)         // `WhatIsCounted.levelVerbs`
    static let levelPreposition = WordClasses(rawValue: 1 << 18)  // `WhatIsCounted.levelPrepositions`
    static let multiple = WordClasses(rawValue: 1 << 19)          // `QuantityWords.multiples`
    static let temperature = WordClasses(rawValue: 1 << 20)       // `WhatIsCounted.temperatures`
    static let remaining = WordClasses(rawValue: 1 << 21)         // `WhatIsCounted.remaining`
    static let leaving = WordClasses(rawValue: 1 << 22)           // `WhatIsCounted.leaving`
    static let connective = WordClasses(rawValue: 1 << 23)        // `QuantityWords.connectives`
    static let hedgeEnd = WordClasses(rawValue: 1 << 24)          // the last words of `QuantityWords.hedges`
    static let timeUnit = WordClasses(rawValue: 1 << 25)          // `WhatIsCounted.timeUnits`
    static let expectation = WordClasses(rawValue: 1 << 26)       // `WhatIsCounted.expectations`
    static let sentencing = WordClasses(rawValue: 1 << 27)        // `WhatIsCounted.sentencing`
    static let figureLead = WordClasses(rawValue: 1 << 28)        // `WhatIsCounted.figureLeads`
    static let moneyVerb = WordClasses(rawValue: 1 << 29)         // `WhatIsCounted.moneyVerbs`' words
    static let holding = WordClasses(rawValue: 1 << 30)           // `WhatIsCounted.holdingVerbs`
    static let levelAdjective = WordClasses(rawValue: 1 << 31)    // `WhatIsCounted.levelAdjectives`

    static func of(_ lower: String) -> WordClasses {
        WordClasses(rawValue: table[lower] ?? 0)
    }

    static let table: WordMap<UInt32> = {
        var classes: [String: UInt32] = [:]
        for (set, member) in [(ContextFinder.periodWords, period), (ContextFinder.cueWords, cue), (QuantityWords.numberWords, number),
                              (ContextFinder.documents, document), (Units.verbWords, metricVerb),
                              (ContextFinder.nationalWords, national), (WhatIsCounted.hedges, hedge),
                              (WhatIsCounted.adverbs.union(WhatIsCounted.timeStarts), phraseEnd), (WhatIsCounted.figureWords, figureWord),
                              (QuantityWords.percentWords, percentWord), (ContextFinder.firstPersonWords, firstPerson),
                              (WordSet(ContextFinder.usCues.map { $0.lowercased() }), usCue), (QuantityWords.upWords, up),
                              (QuantityWords.downWords, down), (QuantityWords.labels, label),
                              (WordSet(QuantityWords.currencyWords.map { $0.lowercased() }), currencyWord),
                              (WhatIsCounted.copulas, copula), (WhatIsCounted.levelVerbs, levelVerb),
                              (WhatIsCounted.levelPrepositions, levelPreposition), (QuantityWords.multiples, multiple),
                              (WhatIsCounted.temperatures, temperature), (WhatIsCounted.remaining, remaining),
                              (WhatIsCounted.leaving, leaving), (QuantityWords.connectives, connective),
                              (WordSet(QuantityWords.hedgesByLastWord.keys), hedgeEnd), (WhatIsCounted.timeUnits, timeUnit),
                              (WhatIsCounted.expectations, expectation), (WhatIsCounted.sentencing, sentencing),
                              (WhatIsCounted.figureLeads, figureLead), (WhatIsCounted.moneyVerbWords, moneyVerb),
                              (WhatIsCounted.holdingVerbs, holding), (WhatIsCounted.levelAdjectives, levelAdjective)] {
            for word in set { classes[word, default: 0] |= member.rawValue }
        }
        return WordMap(classes.map { ($0.key, $0.value) })
    }()
}

extension Array where Element == TextToken {
    /// The index of the first token that starts at `offset` or after, or `count` when none
    /// does (a binary search: a text's tokens are in order).
    func firstIndex(startingAt offset: Int) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let mid = (low + high) / 2
            if self[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

enum TextTokenizer {
    /// `packing: false` reads every word and mark the general way (for tests: the packed
    /// ones are the same tokens).
    static func tokens(_ chars: [Unicode.Scalar], packing: Bool = true) -> [TextToken] {
        chars.withUnsafeBufferPointer { tokens($0, packing: packing) }
    }

    /// (On the buffer: slices of an array would retain and release it for every token.)
    private static func tokens(_ chars: UnsafeBufferPointer<Unicode.Scalar>, packing: Bool) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(chars.count / 3 + 2)   // (a token for every four scalars grew a tenth of sentences' arrays)
        var i = 0
        var spaced = true
        // (Read once: a static is asked for through a call at each use.)
        let (packsWords, classes) = (packing && Self.packsWords, WordClasses.table)
        while i < chars.count {
            let c = chars[i]
            let ascii = c.asciiValue
            let isSpace: Bool
            if let a = ascii { isSpace = a == 32 || (9...13).contains(a) } else { isSpace = c.isWhitespace }
            if isSpace {
                spaced = true
                i += 1
                continue
            }
            let start = i
            let kind: TextToken.Kind
            var letters = TextToken.Letters()
            if let a = ascii, a >= 48 && a <= 57 || a == 46 && spaced && i + 1 < chars.count && chars[i + 1].value &- 48 < 10 {
                // A figure, "29,269" or ".001": ASCII, so packed as a word is when it is short.
                kind = .digits
                i = digitsEnd(chars, from: a == 46 ? i + 1 : i)
                if packsWords, i - start <= 15 {
                    tokens.append(TextToken(digits: chars[start..<i], spaced: spaced))
                    spaced = false
                    continue
                }
            } else if packsWords, let a = ascii, a | 0x20 >= 97 && a | 0x20 <= 122,
                      let end = packedWord(chars, from: i, spaced: spaced, classes: classes, into: &tokens) {
                // Most words: ASCII letters packed as they are read (see `TextToken.init(word:…)`).
                i = end
                spaced = false
                continue
            } else if c.isLetter {
                kind = .word
                letters.see(c)
                i += 1
                while i < chars.count, continuesWord(chars, at: i) {
                    letters.see(chars[i])
                    i += 1
                }
            } else if packsWords, let a = ascii {
                // ASCII punctuation, most other tokens: packed likewise (see `TextToken.init(mark:…)`).
                tokens.append(TextToken(mark: a, at: i, spaced: spaced))
                i += 1
                spaced = false
                continue
            } else {
                kind = .symbol
                letters.see(c)
                i += 1
            }
            tokens.append(TextToken(kind: kind, scalars: chars[start..<i], letters: letters, range: start..<i, spaced: spaced))
            spaced = false
        }
        return tokens
    }

    /// Whether words can be packed into strings' own words (`SmallASCII.layoutHolds`).
    private static let packsWords = SmallASCII.layoutHolds

    /// The word of up to 15 ASCII letters (an inner "'" among them) that starts at
    /// `start`, packed as it is read and appended to `tokens`, and where it ends; nil
    /// (and nothing appended) for any other word, which is read the general way.
    /// (Appended here: returned, the token was copied once more on its way.)
    @inline(__always)
    private static func packedWord(_ chars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, spaced: Bool,
                                   classes: WordMap<UInt32>, into tokens: inout [TextToken]) -> Int? {
        // (After a run of letters, the loop stops at once.)
        var (low, high, i) = letterRun(chars, from: start) ?? (0, 0, start)
        while i < chars.count {
            let v = chars[i].value
            // (The caller saw a letter at `start`: an apostrophe here is inside the word.)
            if v | 0x20 >= 97 && v | 0x20 <= 122 || (v == 39 && continuesWord(chars, at: i)) {
                let k = i - start
                guard k < 15 else { return nil }
                if k < 8 { low |= UInt64(v) << (8 * k) } else { high |= UInt64(v) << (8 * (k - 8)) }
                i += 1
            } else if v >= 0x80 && continuesWord(chars, at: i) {
                return nil   // a letter or apostrophe past ASCII: not a small ASCII string
            } else {
                break
            }
        }
        guard i > start else { return nil }
        var letters = TextToken.Letters()
        letters.upper = TextToken.lowered(low) != low || TextToken.lowered(high) != high
        letters.lower = hasLowercase(low) || hasLowercase(high)
        tokens.append(TextToken(word: low, high, count: i - start, letters: letters, range: start..<i, spaced: spaced, classes: classes))
        return i
    }

    /// The ASCII letters from `start`, packed, and where they end, read eight scalars at
    /// a time as vectors: the letters are the lanes before the first that is not one
    /// (an apostrophe or a letter past ASCII there is the caller's to read). Nil when
    /// sixteen scalars are all letters, or near the end of the text. (A scalar at a time,
    /// the letters were a loop of 17 instructions a letter.)
    @inline(__always)
    private static func letterRun(_ chars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> (UInt64, UInt64, Int)? {
        guard start &+ 16 <= chars.count, let base = chars.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base + start)
        let first = raw.loadUnaligned(as: SIMD8<UInt32>.self)
        var (count, letters) = (0, isLetter(first))
        var second: SIMD8<UInt32>?
        if letters == ~0 {
            second = raw.loadUnaligned(fromByteOffset: 32, as: SIMD8<UInt32>.self)
            letters = isLetter(second!)
            count = 8
        }
        count &+= (~letters).trailingZeroBitCount / 8
        guard count < 16 else { return nil }
        let low = bytes(first)
        let all = ~UInt64(0)
        guard let second else { return (low & ~(all << (8 &* count)), 0, start &+ count) }
        return (low, bytes(second) & ~(all << (8 &* (count &- 8))), start &+ count)
    }

    /// 0xFF in byte k for each lane k that is an ASCII letter, 0 for any other. (Signed
    /// lanes: scalars are below 2^31, and the vector unit compares signed lanes at once.
    /// Bounds as vectors: compared with a number, each lane was compared on its own.)
    @inline(__always)
    private static func isLetter(_ scalars: SIMD8<UInt32>) -> UInt64 {
        let (caseBit, a, z, none) = (SIMD8<Int32>(repeating: 0x20), SIMD8<Int32>(repeating: 97),
                                     SIMD8<Int32>(repeating: 26), SIMD8<Int32>(repeating: 0))
        let fromA = (SIMD8<Int32>(truncatingIfNeeded: scalars) | caseBit) &- a
        return bytes(none.replacing(with: -1, where: (fromA .>= none) .& (fromA .< z)))
    }

    /// The low bytes of eight lanes, as one word.
    @inline(__always)
    private static func bytes(_ lanes: SIMD8<UInt32>) -> UInt64 {
        unsafeBitCast(SIMD8<UInt8>(truncatingIfNeeded: lanes), to: UInt64.self)
    }

    @inline(__always)
    private static func bytes(_ lanes: SIMD8<Int32>) -> UInt64 {
        unsafeBitCast(SIMD8<UInt8>(truncatingIfNeeded: lanes), to: UInt64.self)
    }

    /// Whether the scalar at `i` goes on a word: a letter, or an apostrophe before one.
    /// (Not inlined: the packed words ask it only of an apostrophe or a scalar past
    /// ASCII, and inlined, its Unicode properties made every packed word fetch their
    /// type's metadata and room for them: 7 M instructions a megabyte.)
    @inline(never)
    private static func continuesWord(_ chars: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
        chars[i].isLetter || (isApostrophe(chars[i]) && i + 1 < chars.count && chars[i + 1].isLetter)
    }

    /// Whether packed ASCII bytes hold a lower-case letter, as `TextToken.lowered` finds capitals.
    @inline(__always)
    private static func hasLowercase(_ bytes: UInt64) -> Bool {
        (bytes &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(bytes &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080 != 0
    }

    /// 1,234,567.89: commas only between groups of three digits, one decimal point
    /// followed by a digit.
    private static func digitsEnd(_ chars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        var i = start
        func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isNumber }
        while isDigit(i) { i += 1 }
        while i < chars.count, chars[i] == ",", isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) {
            i += 4
        }
        if i < chars.count, chars[i] == ".", isDigit(i + 1) {
            i += 1
            while isDigit(i) { i += 1 }
        }
        return i
    }

    private static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}"
    }
}
