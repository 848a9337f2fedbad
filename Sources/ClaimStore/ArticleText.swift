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

    public init(name: String, text: String) {
        self.name = name
        var characters = [Unicode.Scalar](scalarsOf: text)
        // A byte-order mark is not text: a space in its place keeps every offset where it was.
        if characters.first == "\u{FEFF}" { characters[0] = " " }
        self.characters = characters
        paragraphs = Self.splitParagraphs(characters)
    }

    public func text(_ range: Range<Int>) -> String {
        String(scalars: characters[range])
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

    // MARK: Paragraphs

    private static func splitParagraphs(_ chars: [Unicode.Scalar]) -> [Paragraph] {
        var lines: [Range<Int>] = []
        var start = 0
        for (i, c) in chars.enumerated() where c.isNewline {
            if c == "\r", i + 1 < chars.count, chars[i + 1] == "\n" { continue }   // "\r\n" is one break
            lines.append(start..<(i > start && c == "\n" && chars[i - 1] == "\r" ? i - 1 : i))
            start = i + 1
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

    private static func isHeaderLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.starts(with: ["#", " "]) || line.elementsEqual(["#"])
    }
}
