import ClaimStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only map from words to small numbers, probed by the words' UTF-8 bytes:
/// the tagger looks up every word near a figure, and String hashing was a tenth of
/// building a claim store.
///
/// Most words asked about a lexicon are not in it: a bit per shape (first two
/// letters, length) that some key has answers "no" for most of them before any hashing.
///
/// A look-up is bound by memory, not by instructions: the tagger's table of twenty
/// thousand words is larger than a core's cache, and each place a look-up reads may
/// be a miss. So a slot holds its key's first eight bytes, its length and its value
/// together: a word of eight bytes or fewer (most words) is found, or ruled out, in
/// the slot itself; only a longer one reads the rest of its bytes elsewhere.
struct WordTable {
    private struct Slot {
        /// The key's first eight bytes, zero after its end.
        var head: UInt64
        var value: Int32
        /// Where the key's bytes start in `keyBytes`, shifted left by 8, with its
        /// length in the low byte; `empty` for no key.
        var spot: UInt32
        static let empty = Slot(head: 0, value: 0, spot: .max)
    }

    private var slots: [Slot]
    private var shapes = [UInt64](repeating: 0, count: (1 << 14) / 64)
    private var keyBytes: [UInt8] = []
    private var mask: Int
    private(set) var count = 0
    /// Whether small strings' bytes can be read from the strings themselves
    /// (`SmallASCII.layoutHolds`, asked once here rather than at every look-up).
    private let readsSmallStrings = SmallASCII.layoutHolds

    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Slot](repeating: .empty, count: size)
        mask = size - 1
    }

    /// Adds `key`, unless it is present (it keeps its first value); whether it was added.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Int32) -> Bool {
        precondition(key.count < 255 && keyBytes.count < 1 << 24, "table keys are words")
        guard find(key) == nil else { return false }
        if (count + 1) * 2 > slots.count { grow() }
        let spot = UInt32(keyBytes.count) << 8 | UInt32(key.count)
        keyBytes.append(contentsOf: key)
        let shape = Self.shape(key.count > 0 ? key[0] : 0, key.count > 1 ? key[1] : 0, key.count)
        shapes[shape >> 6] |= 1 << UInt64(shape & 63)
        place(Slot(head: Self.head(key), value: value, spot: spot), hash: Self.hash(key))
        count += 1
        return true
    }

    @discardableResult
    mutating func insert(_ key: String, _ value: Int32) -> Bool {
        var key = key
        return key.withUTF8 { insert($0, value) }
    }

    @inline(__always)
    subscript(_ word: String) -> Int32? {
        // Most words are small strings: their bytes are in the string's two words, and
        // copying them out to a buffer cost more than the probe.
        if readsSmallStrings, let (low, high, count) = SmallASCII.bytes(of: word) { return find(low, high, count: count) }
        // (Closures, not `find` itself: a method passed as a function copies the table.)
        if let found = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        return find(Array(word.utf8))
    }

    func find(_ key: [UInt8]) -> Int32? { key.withUnsafeBufferPointer { find($0) } }

    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard key.count < 255, mayHold(key.count > 0 ? key[0] : 0, key.count > 1 ? key[1] : 0, key.count) else { return nil }   // (no key is as long)
        return probe(hash: Self.hash(key), head: Self.head(key), count: key.count) { stored in
            memcmp(stored, key.baseAddress! + 8, key.count - 8) == 0
        }
    }

    /// `find` for a key of up to 15 bytes held in two words, zero past its end.
    @inline(__always)
    func find(_ low: UInt64, _ high: UInt64, count: Int) -> Int32? {
        guard mayHold(UInt8(truncatingIfNeeded: low), UInt8(truncatingIfNeeded: low >> 8), count) else { return nil }
        var h = (low ^ UInt64(count)) &* Self.multiplier
        if count > 8 { h = (h ^ high) &* Self.multiplier }
        return probe(hash: Self.finish(h), head: low, count: count) { stored in
            withUnsafeBytes(of: high) { memcmp(stored, $0.baseAddress!, count - 8) == 0 }
        }
    }

    /// The value of the key with these first eight bytes and this length, probing from
    /// `hash`; `restMatches` is given where a longer key's stored bytes go on past the
    /// eighth, to compare with the rest of the key asked for.
    @inline(__always)
    private func probe(hash: Int, head: UInt64, count: Int, restMatches: (UnsafePointer<UInt8>) -> Bool) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            var slot = hash & mask
            while slots[slot].spot != Slot.empty.spot {
                let s = slots[slot]
                if s.head == head, s.spot & 0xFF == UInt32(count),
                   count <= 8 || keyBytes.withUnsafeBufferPointer({ restMatches($0.baseAddress! + Int(s.spot >> 8) + 8) }) {
                    return s.value
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Whether some key has this first byte, second byte (zero for none) and length.
    @inline(__always)
    private func mayHold(_ first: UInt8, _ second: UInt8, _ count: Int) -> Bool {
        let shape = Self.shape(first, second, count)
        return shapes.withUnsafeBufferPointer { $0[shape >> 6] } & (1 << UInt64(shape & 63)) != 0
    }

    /// 5 bits of the first and of the second byte, 4 of the length.
    private static func shape(_ first: UInt8, _ second: UInt8, _ count: Int) -> Int {
        Int(first & 31) << 9 | Int(second & 31) << 4 | Swift.min(count, 15)
    }

    private mutating func place(_ entry: Slot, hash: Int) {
        var slot = hash & mask
        while slots[slot].spot != Slot.empty.spot { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    /// Twice the slots, every key placed again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: .empty, count: slots.count * 2)
        mask = slots.count - 1
        for entry in old where entry.spot != Slot.empty.spot {
            let start = Int(entry.spot >> 8)
            place(entry, hash: keyBytes[start..<(start + Int(entry.spot & 0xFF))].withUnsafeBufferPointer { Self.hash($0) })
        }
    }

    /// The first eight bytes, little-endian, zero past the key's end.
    private static func head(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if key.count >= 8 { return UnsafeRawBufferPointer(key).loadUnaligned(as: UInt64.self) }
        var head: UInt64 = 0
        for k in 0..<key.count { head |= UInt64(key[k]) << (8 * k) }
        return head
    }

    /// Eight bytes at a time, multiplied through (a byte at a time cost more than the probe).
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h = (head(key) ^ UInt64(key.count)) &* multiplier
        var i = 8
        while i < key.count {
            h = (h ^ head(UnsafeBufferPointer(rebasing: key[i...]))) &* multiplier
            i += 8
        }
        return finish(h)
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    private static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }
}

/// A read-only map from words to values, looked up as `WordTable` does (place names:
/// every capitalised word of an article is asked whether a name starts with it).
struct WordMap<Value> {
    private var table = WordTable()
    /// The keys and their values, in the order given.
    private(set) var keys: [String] = []
    private(set) var values: [Value] = []

    /// (A key given twice keeps its first value.)
    init<S: Sequence<(String, Value)>>(_ pairs: S) {
        table = WordTable(capacity: pairs.underestimatedCount)
        for (key, value) in pairs where table.insert(key, Int32(values.count)) {
            keys.append(key)
            values.append(value)
        }
    }

    @inline(__always)
    subscript(_ word: String) -> Value? {
        table[word].map { values[Int($0)] }
    }

    /// The value of the key with these bytes.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
        table.find(key).map { values[Int($0)] }
    }

    /// The value of a key of up to 15 bytes held in two words (`WordTable.find`).
    @inline(__always)
    func find(_ low: UInt64, _ high: UInt64, count: Int) -> Value? {
        table.find(low, high, count: count).map { values[Int($0)] }
    }
}

extension WordMap: Sendable where Value: Sendable {}

extension WordMap: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral pairs: (String, Value)...) {
        self.init(pairs)
    }
}
