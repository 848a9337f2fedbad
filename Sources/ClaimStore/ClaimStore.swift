/// The in-memory store of claims that queries run over. What every query asks of
/// it (the metric names, units, sources, claims by id) is worked out once, here.
public struct ClaimStore: Sendable {
    public let claims: [Claim]
    public let articles: [ArticleText]
    /// Metric names and sources in order of first appearance.
    public let metrics: [String]
    public let sources: [String]
    /// Articles whose claims were extracted from their text rather than curated.
    public let extracted: Set<String>
    /// Each article's file, by the name claims give it (`claimq extract --jsonl` writes these).
    public let paths: [String: String]
    private let metricByLowercasedName: [String: String]
    private let indexByID: [Int: Int]

    public init(claims: [Claim], articles: [ArticleText], extracted: Set<String> = [], paths: [String: String] = [:]) {
        self.claims = claims
        self.articles = articles
        self.extracted = extracted
        self.paths = paths
        metrics = Self.distinct(claims.map(\.metric))
        sources = Self.distinct(claims.map(\.source))
        var byName: [String: String] = [:]
        for metric in metrics where byName[metric.lowercased()] == nil { byName[metric.lowercased()] = metric }
        metricByLowercasedName = byName
        var byID: [Int: Int] = [:]
        for (index, claim) in claims.enumerated() { byID[claim.id] = index }
        indexByID = byID
    }

    /// The sample built into the binary. Its claims were checked against the article
    /// when they were embedded (and a test checks them again), so they are not here;
    /// nor is its text segmented, which no query needs.
    public static func sample() -> ClaimStore {
        ClaimStore(claims: EmbeddedSample.claims(), articles: [])
    }

    /// The claim with this id, if any.
    public func claim(id: Int) -> Claim? {
        indexByID[id].map { claims[$0] }
    }

    /// The metric spelt as the store spells it, for a name typed in any case.
    public func metric(named name: String) -> String? {
        metricByLowercasedName[name.lowercased()]
    }

    private static func distinct(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
