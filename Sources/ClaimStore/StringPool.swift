/// Each distinct string once, numbered in order of first appearance: a column of
/// metrics or sources holds these numbers (codes), not a string per claim.
public struct StringPool: Sendable {
    /// The strings, by code.
    public private(set) var names: [String] = []
    private var codes: [String: Int] = [:]
    /// The string asked for last, and its code: claims in a row mostly share an article,
    /// a unit and a source, and comparing two short strings costs less than hashing one.
    private var last: (name: String, code: Int32)?

    public init() {}

    public var count: Int { names.count }

    /// The string's code, adding it when new.
    public mutating func code(_ name: String) -> Int32 {
        if let last, last.name == name { return last.code }
        let code = codes[name].map(Int32.init) ?? add(name)
        last = (name, code)
        return code
    }

    private mutating func add(_ name: String) -> Int32 {
        let code = names.count
        names.append(name)
        codes[name] = code
        return Int32(code)
    }

    /// The string's code, if the pool has it.
    public func code(of name: String) -> Int32? {
        codes[name].map(Int32.init)
    }

    public subscript(code: Int32) -> String {
        names[Int(code)]
    }
}
