/// The in-memory store of claims that queries run over.
public struct ClaimStore: Sendable {
    public let claims: [Claim]
    public let articles: [ArticleText]

    public init(claims: [Claim], articles: [ArticleText]) {
        self.claims = claims
        self.articles = articles
    }

    /// The claim with this id, if any.
    public func claim(id: Int) -> Claim? {
        claims.first { $0.id == id }
    }

    /// Metric names in order of first appearance.
    public var metrics: [String] { distinct(\.metric) }
    public var units: [String] { distinct(\.unit) }
    public var sources: [String] { distinct(\.source) }

    private func distinct(_ key: (Claim) -> String) -> [String] {
        var seen = Set<String>()
        return claims.map(key).filter { seen.insert($0).inserted }
    }
}
