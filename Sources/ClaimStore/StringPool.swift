#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Each distinct string once, numbered in order of first appearance: a column of
/// metrics or sources holds these numbers (codes), not a string per claim. A string
/// is looked up as a String or as its UTF-8 bytes (a dataset line read in place), and
/// a String is made only for a string not seen before.
public struct StringPool: Sendable {
    /// The strings, by code.
    public private(set) var names: [String] = []
    private var codes: [String: Int] = [:]
    /// The names' UTF-8, one after another: name k is `utf8[utf8Start[k]..<utf8Start[k + 1]]`.
    private var utf8: [UInt8] = []
    private var utf8Start: [Int] = [0]
    /// A code by the hash of its bytes (the first name with that hash).
    private var byHash: [Int: Int32] = [:]
    /// The code asked for last: claims in a row mostly share an article, a unit and a
    /// source, and comparing two short strings costs less than hashing one.
    private var last: Int32 = -1

    public init() {}

    public var count: Int { names.count }

    /// The string's code, adding it when new.
    public mutating func code(_ name: String) -> Int32 {
        if last >= 0, names[Int(last)] == name { return last }
        let code = codes[name].map(Int32.init) ?? add(name)
        last = code
        return code
    }

    /// The code of the string these UTF-8 bytes spell, adding it when new.
    public mutating func code(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if last >= 0, spells(last, bytes) { return last }
        let hash = Self.hash(bytes)
        let code: Int32
        if let known = byHash[hash], spells(known, bytes) {
            code = known
        } else {
            let name = String(decoding: bytes, as: UTF8.self)
            code = codes[name].map(Int32.init) ?? add(name)
        }
        last = code
        return code
    }

    private mutating func add(_ name: String) -> Int32 {
        let code = Int32(names.count)
        names.append(name)
        codes[name] = Int(code)
        var name = name
        name.withUTF8 { bytes in
            utf8.append(contentsOf: bytes)
            if byHash[Self.hash(bytes)] == nil { byHash[Self.hash(bytes)] = code }
        }
        utf8Start.append(utf8.count)
        return code
    }

    private func spells(_ code: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (from, to) = (utf8Start[Int(code)], utf8Start[Int(code) + 1])
        guard to - from == bytes.count else { return false }
        return bytes.isEmpty || utf8.withUnsafeBufferPointer { memcmp($0.baseAddress! + from, bytes.baseAddress!, bytes.count) == 0 }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }

    /// The string's code, if the pool has it.
    public func code(of name: String) -> Int32? {
        codes[name].map(Int32.init)
    }

    public subscript(code: Int32) -> String {
        names[Int(code)]
    }
}
