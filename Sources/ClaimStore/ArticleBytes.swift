#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An article's text as UTF-8 with the byte offset of every 64th Unicode scalar, so
/// that a range of scalar offsets (a claim's span) is found without decoding the text
/// into scalars, which takes four times the memory.
struct ArticleBytes {
    let bytes: [UInt8]
    /// marks[k]: the byte offset of scalar 64 k.
    private let marks: [Int]
    let scalarCount: Int

    init(_ text: String) {
        bytes = Array(text.utf8)
        var marks: [Int] = []
        var n = 0
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 {   // a scalar starts here
            if n & 63 == 0 { marks.append(i) }
            n += 1
        }
        self.marks = marks
        scalarCount = n
    }

    /// The byte offset where scalar `n` starts (the end of the text for `scalarCount`).
    func byteOffset(ofScalar n: Int) -> Int {
        guard n < scalarCount else { return bytes.count }
        var i = marks[n >> 6]
        var left = n & 63
        while left > 0 {
            i += 1
            if bytes[i] & 0xC0 != 0x80 { left -= 1 }
        }
        return i
    }

    /// Whether the scalars in `span` are `text`, byte for byte.
    func holds(_ text: String, at span: Range<Int>) -> Bool {
        guard span.upperBound <= scalarCount else { return false }
        let (start, end) = (byteOffset(ofScalar: span.lowerBound), byteOffset(ofScalar: span.upperBound))
        var text = text
        return text.withUTF8 { t in
            t.count == end - start && bytes.withUnsafeBufferPointer { b in
                t.isEmpty || memcmp(t.baseAddress!, b.baseAddress! + start, t.count) == 0
            }
        }
    }
}
