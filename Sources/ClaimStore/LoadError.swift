/// Why an article or its claims could not be loaded. The message names the file
/// and, where there is one, the claim, so a person can fix the file.
public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let claim: Int?
    public let message: String

    public init(file: String, claim: Int? = nil, message: String) {
        self.file = file
        self.claim = claim
        self.message = message
    }

    public var description: String {
        if let claim { return "\(file): claim #\(claim): \(message)" }
        return "\(file): \(message)"
    }
}
