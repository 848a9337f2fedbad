import ClaimStore

/// A set of words that answers "no" for most words without hashing them: a bit per
/// shape (first two letters, length) that some member has. Every word of
/// an article is asked whether it starts a number ("three", "half", "dozens"), and
/// hashing each one was a tenth of extraction's time.
struct WordSet: ExpressibleByArrayLiteral, Sequence {
    /// The members, by their bytes (not `Set<String>`: its hashing cost more than the rest of a look-up).
    private var words = WordTable()
    private var shapes = [UInt64](repeating: 0, count: (1 << 14) / 64)
    /// The members as given, for building other sets from this one.
    private var members: [String] = []

    init<S: Sequence<String>>(_ members: S) {
        for var word in members {
            self.members.append(word)
            let shape = word.withUTF8 { words.insert($0, 0); return Self.shape($0) }
            shapes[shape >> 6] |= 1 << UInt64(shape & 63)
        }
    }

    init(arrayLiteral members: String...) {
        self.init(members)
    }

    func makeIterator() -> IndexingIterator<[String]> { members.makeIterator() }

    /// This set with `others` added.
    func union<S: Sequence<String>>(_ others: S) -> WordSet { WordSet(members + others) }

    func contains(_ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains($0) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { contains($0) }
    }

    private func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let shape = Self.shape(bytes)
        guard shapes[shape >> 6] & (1 << UInt64(shape & 63)) != 0 else { return false }
        return words.find(bytes) != nil
    }

    /// 5 bits of the first and of the second byte, 4 of the length.
    private static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let first = bytes.count > 0 ? bytes[0] : 0
        let second = bytes.count > 1 ? bytes[1] : 0
        return Int(first & 31) << 9 | Int(second & 31) << 4 | Swift.min(bytes.count, 15)
    }
}
