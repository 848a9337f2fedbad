import ClaimShell

/// Both streams into one string, in the order written: for golden tests. Results
/// sent to a file with `.output` go to `files` instead.
public final class TranscriptConsole: Console {
    public private(set) var text = ""
    public private(set) var errors = ""
    public private(set) var files: [String: String] = [:]
    private var file: String?

    public init() {}

    public func redirect(to path: String?) -> String? {
        file = path
        if let path { files[path] = "" }
        return nil
    }

    public func out(_ text: String) {
        if let file { files[file, default: ""] += text } else { self.text += text }
    }
    public func err(_ text: String) { self.text += text; errors += text }
    public func flush() {}
    public func finish() -> Bool { true }
}
