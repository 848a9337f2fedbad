/// A piece of query text and where it came from, so diagnostics can say
/// `SOURCE:LINE:COLUMN`. Offsets are UTF-8 byte offsets into `text`; lines and
/// columns are computed only when a diagnostic needs them.
public struct SourceText: Sendable {
    /// "<stdin>", "<command>" or a file path.
    public let name: String
    public let text: String
    /// The line number, in its source, of this text's first line.
    public let firstLine: Int
    public let bytes: [UInt8]

    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        bytes = Array(text.utf8)
    }

    public func slice(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// 1-based line (in the whole source) and column (in characters) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var line = firstLine
        var lineStart = 0
        for i in 0..<offset where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }

    /// The text of the line holding `offset`, without its newline.
    public func line(containing offset: Int) -> String {
        let offset = min(max(offset, 0), bytes.count)
        var start = offset
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = offset
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
