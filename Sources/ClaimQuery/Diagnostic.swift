/// A problem found in a query, as data: what, where (a byte range in its
/// `SourceText`), and hints. Text is made from it only when it is rendered.
public struct Diagnostic: Error, Sendable, Equatable {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public let severity: Severity
    public let message: String
    public let range: Range<Int>
    public let hints: [String]

    /// Ctrl-C stopped the statement (see `Interruption`).
    public static let interrupted = Diagnostic("interrupted", at: 0..<0, hints: ["the statement was stopped by Ctrl-C; the claims are as they were"])

    public init(_ message: String, at range: Range<Int>, hints: [String] = [], severity: Severity = .error) {
        self.severity = severity
        self.message = message
        self.range = range
        self.hints = hints
    }
}

/// "did you mean …?" for a misspelt name, offered only when one candidate is close.
public enum Suggest {
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        guard word.utf8.count <= 64 else { return nil }   // no name is that long; a 10 MB word costs nothing
        let target = Array(word.lowercased())
        let limit = max(1, target.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where abs(candidate.count - target.count) <= limit {
            let d = distance(target, Array(candidate.lowercased()))
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.name
    }

    public static func hint(for word: String, among candidates: [String]) -> [String] {
        nearest(to: word, among: candidates).map { ["did you mean '\($0)'?"] } ?? []
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and
    /// swaps of neighbours each cost one.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
