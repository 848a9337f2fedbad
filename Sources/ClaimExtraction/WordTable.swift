#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only map from words to small numbers, probed by the words' UTF-8 bytes:
/// the tagger looks up every word near a figure, and String hashing was a tenth of
/// building a claim store.
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
    private var keyBytes: [UInt8] = []
    private var mask: Int
    private(set) var count = 0

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
        place(Slot(head: Self.head(key), value: value, spot: spot), hash: Self.hash(key))
        count += 1
        return true
    }

    @discardableResult
    mutating func insert(_ key: String, _ value: Int32) -> Bool {
        var key = key
        return key.withUTF8 { insert($0, value) }
    }

    subscript(_ word: String) -> Int32? {
        // (Closures, not `find` itself: a method passed as a function copies the table.)
        if let found = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        return find(Array(word.utf8))
    }

    func find(_ key: [UInt8]) -> Int32? { key.withUnsafeBufferPointer { find($0) } }

    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard key.count < 255 else { return nil }   // no key is as long
        let (head, length) = (Self.head(key), UInt32(key.count))
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.hash(key) & mask
            while slots[slot].spot != Slot.empty.spot {
                let s = slots[slot]
                if s.head == head, s.spot & 0xFF == length,
                   length <= 8 || keyBytes.withUnsafeBufferPointer({ stored in
                       memcmp(stored.baseAddress! + Int(s.spot >> 8) + 8, key.baseAddress! + 8, key.count - 8) == 0 }) {
                    return s.value
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
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
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = (head(key) ^ UInt64(key.count)) &* k
        var i = 8
        while i < key.count {
            h = (h ^ head(UnsafeBufferPointer(rebasing: key[i...]))) &* k
            i += 8
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
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

    subscript(_ word: String) -> Value? {
        table[word].map { values[Int($0)] }
    }
}

extension WordMap: Sendable where Value: Sendable {}

extension WordMap: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral pairs: (String, Value)...) {
        self.init(pairs)
    }
}
