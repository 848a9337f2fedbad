#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An article's text as UTF-8 with the byte offset of every 64th Unicode scalar, so
/// that a range of scalar offsets (a claim's span) is found without decoding the text
/// into scalars, which takes four times the memory.
struct ArticleBytes {
    /// The text's bytes: a mapped file, or bytes of its own.
    private let file: MappedFile?
    private let owned: [UInt8]
    /// marks[k]: the byte offset of scalar 64 k.
    private let marks: [Int]
    let scalarCount: Int

    init(_ text: String) {
        self.init(file: nil, owned: Array(text.utf8))
    }

    /// A mapped article, read where it lies. A byte-order mark at its start is one
    /// scalar, as ArticleText counts it (where it reads as a space).
    init(file: MappedFile) {
        self.init(file: file, owned: [])
    }

    private init(file: MappedFile?, owned: [UInt8]) {
        self.file = file
        self.owned = owned
        var marks: [Int] = []
        var n = 0
        Self.withBytes(file, owned) { bytes in
            for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 {   // a scalar starts here
                if n & 63 == 0 { marks.append(i) }
                n += 1
            }
        }
        self.marks = marks
        scalarCount = n
    }

    private static func withBytes<R>(_ file: MappedFile?, _ owned: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let file { return withExtendedLifetime(file) { body(file.bytes) } }
        return owned.withUnsafeBufferPointer(body)
    }

    /// The byte offset where scalar `n` starts (the end of the text for `scalarCount`).
    private static func byteOffset(ofScalar n: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ marks: [Int], _ scalarCount: Int) -> Int {
        guard n < scalarCount else { return bytes.count }
        var i = marks[n >> 6]
        var left = n & 63
        while left > 0 {
            i += 1
            if bytes[i] & 0xC0 != 0x80 { left -= 1 }
        }
        return i
    }

    /// Whether the scalars in `span` are `text`, byte for byte; a byte-order mark at the
    /// start stands for the space ArticleText reads there.
    func holds(_ text: String, at span: Range<Int>) -> Bool {
        var text = text
        return text.withUTF8 { holds($0, at: span) }
    }

    /// Whether the scalars in `span` are these UTF-8 bytes.
    func holds(_ text: UnsafeBufferPointer<UInt8>, at span: Range<Int>) -> Bool {
        guard span.upperBound <= scalarCount else { return false }
        return Self.withBytes(file, owned) { bytes in
            var start = Self.byteOffset(ofScalar: span.lowerBound, bytes, marks, scalarCount)
            let end = Self.byteOffset(ofScalar: span.upperBound, bytes, marks, scalarCount)
            var t = text
            if span.lowerBound == 0, span.upperBound > 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                guard t.first == 0x20 else { return false }
                t = UnsafeBufferPointer(rebasing: t[1...])
                start = 3
            }
            let same = t.count == end - start && (t.isEmpty || memcmp(t.baseAddress!, bytes.baseAddress! + start, t.count) == 0)
            file?.release(before: start - (1 << 20))   // a megabyte behind, for quotes a little out of order
            return same
        }
    }
}
