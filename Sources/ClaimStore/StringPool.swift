/// Each distinct string once, numbered in order of first appearance: a column of
/// metrics or sources holds these numbers (codes), not a string per claim.
public struct StringPool: Sendable {
    /// The strings, by code.
    public private(set) var names: [String] = []
    private var codes: [String: Int32] = [:]

    public init() {}

    public var count: Int { names.count }

    /// The string's code, adding it when new.
    public mutating func code(_ name: String) -> Int32 {
        if let code = codes[name] { return code }
        let code = Int32(names.count)
        names.append(name)
        codes[name] = code
        return code
    }

    /// The string's code, if the pool has it.
    public func code(of name: String) -> Int32? {
        codes[name]
    }

    public subscript(code: Int32) -> String {
        names[Int(code)]
    }
}
