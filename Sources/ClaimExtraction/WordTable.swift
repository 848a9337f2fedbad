#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only map from words to small numbers, probed by the words' UTF-8 bytes with
/// FNV-1a: the tagger looks up every word near a figure, and String hashing was a
/// tenth of building a claim store.
///
/// A slot holds its entry's number and the top half of its key's hash, so a probe
/// reads a key's bytes only when the hashes agree; an entry holds where its key is
/// and its value together (a look-up touches three places in memory, not five).
struct WordTable {
    private struct Entry {
        let start: Int32
        let count: Int32
        let value: Int32
    }

    /// 0 for an empty slot; else (hash >> 32) << 32 | (entry + 1).
    private var slots: [UInt64]
    private var entries: [Entry] = []
    private var keyBytes: [UInt8] = []
    private var mask: Int

    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { entries.count }

    /// Adds `key`, unless it is present (it keeps its first value); whether it was added.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Int32) -> Bool {
        guard find(key) == nil else { return false }
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(start: Int32(keyBytes.count), count: Int32(key.count), value: value))
        keyBytes.append(contentsOf: key)
        place(entries.count - 1, hash: Self.hash(key))
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
        let hash = Self.hash(key)
        let tag = UInt64(UInt(bitPattern: hash)) >> 32
        return keyBytes.withUnsafeBufferPointer { stored in
            var slot = hash & mask
            while slots[slot] != 0 {
                let s = slots[slot]
                if s >> 32 == tag {
                    let entry = entries[Int(s & 0xFFFF_FFFF) - 1]
                    if Int(entry.count) == key.count,
                       key.isEmpty || memcmp(stored.baseAddress! + Int(entry.start), key.baseAddress!, key.count) == 0 {
                        return entry.value
                    }
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private mutating func place(_ entry: Int, hash: Int) {
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (UInt64(UInt(bitPattern: hash)) >> 32) << 32 | UInt64(entry + 1)
    }

    /// Twice the slots, every entry placed again.
    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (k, entry) in entries.enumerated() {
            let start = Int(entry.start)
            place(k, hash: keyBytes[start..<(start + Int(entry.count))].withUnsafeBufferPointer { Self.hash($0) })
        }
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
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
