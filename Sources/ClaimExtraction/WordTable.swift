#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only map from words to small numbers, probed by the words' UTF-8 bytes with
/// FNV-1a: the tagger looks up every word near a figure, and String hashing was a
/// tenth of building a claim store.
struct WordTable {
    private var slots: [Int32]
    private var keyStarts: [Int32] = [0]
    private var keyBytes: [UInt8] = []
    private var values: [Int32] = []
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { values.count }

    /// Adds `key` (a key already present keeps its first value).
    mutating func insert<C: Collection<UInt8>>(_ key: C, _ value: Int32) {
        var slot = Self.hash(key) & mask
        while slots[slot] >= 0 {
            if matches(Int(slots[slot]), key) { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(values.count)
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        values.append(value)
    }

    subscript(_ word: String) -> Int32? {
        // (Closures, not `find` itself: a method passed as a function copies the table.)
        if let found = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        return find(Array(word.utf8))
    }

    func find(_ key: [UInt8]) -> Int32? { key.withUnsafeBufferPointer { find($0) } }

    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        keyBytes.withUnsafeBufferPointer { stored in
            var slot = Self.hash(key) & mask
            while slots[slot] >= 0 {
                let entry = Int(slots[slot])
                let start = Int(keyStarts[entry]), end = Int(keyStarts[entry + 1])
                if end - start == key.count, key.isEmpty || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0 {
                    return values[entry]
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private func matches<C: Collection<UInt8>>(_ entry: Int, _ key: C) -> Bool {
        let start = Int(keyStarts[entry]), end = Int(keyStarts[entry + 1])
        return end - start == key.count && keyBytes[start..<end].elementsEqual(key)
    }

    private static func hash<C: Collection<UInt8>>(_ key: C) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
