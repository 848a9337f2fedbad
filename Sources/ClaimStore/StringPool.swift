#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Each distinct string once, numbered in order of first appearance: a column of
/// metrics or sources holds these numbers (codes), not a string per claim. A string
/// is looked up by its UTF-8 bytes, given as a String or read in place (a dataset
/// line), and a String is made only for a string not seen before.
public struct StringPool: Sendable {
    /// The strings, by code.
    public private(set) var names: [String] = []
    /// The names' UTF-8, one after another: name k is `utf8[utf8Start[k]..<utf8Start[k + 1]]`.
    private var utf8: [UInt8] = []
    private var utf8Start: [Int] = [0]
    /// Codes by the hash of their bytes, open addressing: a slot holds a code, or -1.
    /// (Its own table: hashing each line's metric through Hasher and then a Dictionary's
    /// hash of that hash was a twentieth of reading a dataset.)
    private var slots: [Int32] = []
    /// The code asked for last: claims in a row mostly share an article, a unit and a
    /// source, and comparing two short strings costs less than hashing one.
    private var last: Int32 = -1
    /// Seeds the hash, so that no file can be written whose names all share a slot;
    /// taken from `processSeed` when the table is first made.
    private var seed: UInt64 = 0
    private static let processSeed = UInt64.random(in: .min ... .max)

    public init() {}

    public var count: Int { names.count }

    /// The string's code, adding it when new.
    public mutating func code(_ name: String) -> Int32 {
        name.withUTF8Buffer { code(utf8: $0) }   // (a copy of the name to call withUTF8 retained it)
    }

    /// The code of the string these UTF-8 bytes spell, adding it when new.
    public mutating func code(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if last >= 0, spells(last, bytes) { return last }
        last = find(bytes) ?? add(bytes)
        return last
    }

    /// The string's code, if the pool has it.
    public func code(of name: String) -> Int32? {
        name.withUTF8Buffer { find($0) }
    }

    public subscript(code: Int32) -> String {
        names[Int(code)]
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = hash(bytes) & mask
        while slots[i] >= 0 {
            if spells(slots[i], bytes) { return slots[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let code = Int32(names.count)
        names.append(String(decoding: bytes, as: UTF8.self))
        utf8.append(contentsOf: bytes)
        utf8Start.append(utf8.count)
        if 2 * names.count > slots.count {
            var size = 16   // a power of two, for the mask
            while size < 4 * names.count { size *= 2 }
            if slots.isEmpty { seed = Self.processSeed }
            slots = [Int32](repeating: -1, count: size)
            for k in 0..<names.count { place(Int32(k)) }
        } else {
            place(code)
        }
        return code
    }

    /// Puts a code in the first free slot from its hash.
    private mutating func place(_ code: Int32) {
        let mask = slots.count - 1
        var i = utf8.withUnsafeBufferPointer {
            hash(UnsafeBufferPointer(rebasing: $0[utf8Start[Int(code)]..<utf8Start[Int(code) + 1]]))
        } & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = code
    }

    private func spells(_ code: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (from, to) = (utf8Start[Int(code)], utf8Start[Int(code) + 1])
        guard to - from == bytes.count else { return false }
        return bytes.isEmpty || utf8.withUnsafeBufferPointer { memcmp($0.baseAddress! + from, bytes.baseAddress!, bytes.count) == 0 }
    }

    /// FNV-1a, seeded and folded: names are short.
    private func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
