/// An article's text split into paragraphs and sentences, with offsets counted in
/// Unicode scalars from the start of the file (see Scalars.swift).
///
/// A paragraph is every block of lines between blank lines, the title included, so
/// paragraph numbers can be checked by counting blocks in the file. Leading lines that
/// start with "# " form a header (where the text comes from) and are not paragraphs.
public struct ArticleText: Sendable {
    public struct Sentence: Sendable, Equatable {
        public let number: Int
        public let range: Range<Int>
    }

    public struct Paragraph: Sendable {
        public let number: Int
        public let range: Range<Int>
        public let sentences: [Sentence]
    }

    public let name: String
    /// The text as Unicode scalars; offsets and ranges count these.
    public let characters: [Unicode.Scalar]
    public let paragraphs: [Paragraph]
    /// The text as it was given, and where every 64th scalar starts in its UTF-8: a
    /// span is quoted by copying its bytes, not by encoding its scalars again (and
    /// checking them, as making a String from bytes does).
    private let source: String
    private let checkpoints: [Int]
    private static let checkpointEvery = 64

    public init(name: String, text: String) {
        self.name = name
        var checkpoints: [Int] = []
        var characters = [Unicode.Scalar](scalarsOf: text, startsEvery: Self.checkpointEvery, starts: &checkpoints)
        // A byte-order mark is not text: a space in its place keeps every offset where it was.
        if characters.first == "\u{FEFF}" { characters[0] = " " }
        self.characters = characters
        paragraphs = Self.splitParagraphs(characters)
        source = text
        self.checkpoints = checkpoints
    }

    /// The text of the scalars in `range`.
    public func text(_ range: Range<Int>) -> String {
        // (The byte-order mark is in the source but not in `characters`.)
        guard range.lowerBound > 0 || characters.first == source.unicodeScalars.first, range.upperBound <= characters.count
        else { return String(scalars: characters[range]) }
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: byteOffset(range.lowerBound))
        let end = utf8.index(utf8.startIndex, offsetBy: byteOffset(range.upperBound))
        // (By the UTF-8 view: String's own subscript rounds to whole characters, and a
        // sentence may end inside one, "\r\n".)
        return String(Substring(utf8[start..<end]))
    }

    /// Where scalar `k` (or the end, for `characters.count`) starts in the source's UTF-8.
    private func byteOffset(_ k: Int) -> Int {
        let checkpoint = k / Self.checkpointEvery
        var (offset, scalars) = (checkpoints[checkpoint], k - checkpoint * Self.checkpointEvery)
        guard scalars > 0 else { return offset }
        // Scalars as many as their bytes to the next checkpoint: all ASCII, one byte each.
        if checkpoint + 1 < checkpoints.count, checkpoints[checkpoint + 1] - offset == Self.checkpointEvery { return offset + scalars }
        return source.withUTF8Buffer { bytes in
            // Past `scalars` scalars: each starts with a byte that does not continue one.
            offset += 1
            while offset < bytes.count {
                if bytes[offset] & 0xC0 != 0x80 {
                    scalars -= 1
                    if scalars == 0 { break }
                }
                offset += 1
            }
            return offset
        }
    }

    /// The paragraph and sentence holding the character at `offset`.
    public func position(of offset: Int) -> (paragraph: Int, sentence: Int)? {
        // Paragraphs are in order: the last one starting at or before `offset` (a binary search).
        var (low, high) = (0, paragraphs.count)
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].range.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0, paragraphs[low - 1].range.contains(offset) else { return nil }
        let paragraph = paragraphs[low - 1]
        let sentence = paragraph.sentences.last(where: { $0.range.lowerBound <= offset })
        return (paragraph.number, sentence?.number ?? 1)
    }

    /// The text in pieces of about `bytes` bytes or more, each cut just before a blank
    /// line, so that a piece's paragraphs are the whole text's (numbered from 1 in each
    /// piece, offsets from the piece's start): a long text can be read a piece at a
    /// time, in memory a piece's size, which `--quantities` does for speed (a whole 20
    /// MB text as scalars is 80 MB the kernel must first clear).
    public static func pieces(_ text: String, bytes: Int) -> [Substring] {
        var pieces: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = utf8.index(start, offsetBy: bytes, limitedBy: utf8.endIndex) ?? utf8.endIndex
        while i < utf8.endIndex {
            // A line break followed by an empty line ("\n\n" or "\n\r\n"): cut after the first break.
            if utf8[i] == 10 {
                let next = utf8.index(after: i)
                if next < utf8.endIndex, utf8[next] == 10
                    || (utf8[next] == 13 && utf8.index(after: next) < utf8.endIndex && utf8[utf8.index(after: next)] == 10) {
                    pieces.append(text[start..<next])
                    start = next
                    i = utf8.index(start, offsetBy: bytes, limitedBy: utf8.endIndex) ?? utf8.endIndex
                    continue
                }
            }
            i = utf8.index(after: i)
        }
        if start < utf8.endIndex || pieces.isEmpty { pieces.append(text[start...]) }
        return pieces
    }

    // MARK: Paragraphs

    private static func splitParagraphs(_ chars: [Unicode.Scalar]) -> [Paragraph] {
        var lines: [Range<Int>] = []
        var start = 0
        chars.withUnsafeBufferPointer { chars in   // (every scalar of the text: no index checks)
            var i = 0
            while true {
                i = mayBreakLine(chars, from: i)
                guard i < chars.count else { break }
                let c = chars[i]
                i += 1
                guard c.isNewline else { continue }
                if c == "\r", i < chars.count, chars[i] == "\n" { continue }   // "\r\n" is one break
                lines.append(start..<(i - 1 > start && c == "\n" && chars[i - 2] == "\r" ? i - 2 : i - 1))
                start = i
            }
        }
        if start < chars.count { lines.append(start..<chars.count) }

        var index = 0
        while index < lines.count, isHeaderLine(chars[lines[index]]) { index += 1 }

        var paragraphs: [Paragraph] = []
        var blockStart: Int?
        var blockEnd = 0
        func close() {
            guard let s = blockStart else { return }
            let range = s..<blockEnd
            let number = paragraphs.count + 1
            paragraphs.append(Paragraph(number: number, range: range, sentences: SentenceSplitter.split(chars, range)))
            blockStart = nil
        }
        for line in lines[index...] {
            if chars[line].allSatisfy(\.isWhitespace) {
                close()
            } else {
                if blockStart == nil { blockStart = line.lowerBound }
                blockEnd = line.upperBound
            }
        }
        close()
        return paragraphs
    }

    /// The first scalar from `start` that may break a line (below U+000E, or U+0085 and
    /// up: rare in text), or the end. Eight at a time, as a vector: a scalar less 14 is
    /// 0x85 - 14 or more, unsigned, when it is either. (The vector's bounds are vectors
    /// too: compared with a number, each lane was compared on its own. Two scalars to a
    /// 64-bit word took twice the instructions.)
    private static func mayBreakLine(_ chars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        var i = start
        if let base = chars.baseAddress {
            let (raw, fourteen, bound) = (UnsafeRawPointer(base), SIMD8<UInt32>(repeating: 14), SIMD8<UInt32>(repeating: 0x85 - 14))
            while i &+ 8 <= chars.count {
                let eight = raw.loadUnaligned(fromByteOffset: 4 &* i, as: SIMD8<UInt32>.self)
                if any(eight &- fourteen .>= bound) { break }
                i &+= 8
            }
        }
        while i < chars.count, chars[i].value &- 14 < 0x85 - 14 { i += 1 }
        return i
    }

    private static func isHeaderLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.starts(with: ["#", " "]) || line.elementsEqual(["#"])
    }
}
