/// The in-memory store of claims that queries run over: the claims as columns
/// (`ClaimColumns`), with what every query asks of them (metric names, sources,
/// claims by id) worked out once, here.
public struct ClaimStore: Sendable {
    public let columns: ClaimColumns
    /// Articles whose claims were extracted from their text rather than curated.
    public let extracted: Set<String>
    /// Each article's file, by the name claims give it (`claimq extract --jsonl` writes these).
    public let paths: [String: String]
    private let metricByLowercasedName: [String: String]
    /// Rows by id, when ids are not in increasing order (else a binary search finds them).
    private let rowByID: [Int: Int]?

    /// The claims, in the order they were loaded; each is made from its row when read.
    public var claims: ClaimList { ClaimList(columns: columns) }

    /// Metric names and sources in order of first appearance.
    public var metrics: [String] { columns.metrics.names }
    public var sources: [String] { columns.sources.names }

    public init(claims: [Claim], extracted: Set<String> = [], paths: [String: String] = [:]) {
        var builder = Builder()
        for claim in claims { builder.append(claim) }
        self = builder.build(extracted: extracted, paths: paths)
    }

    init(columns: ClaimColumns, extracted: Set<String>, paths: [String: String]) {
        self.columns = columns
        self.extracted = extracted
        self.paths = paths
        var byName: [String: String] = [:]
        for metric in columns.metrics.names where byName[metric.lowercased()] == nil { byName[metric.lowercased()] = metric }
        metricByLowercasedName = byName
        let ids = columns.ids
        if zip(ids, ids.dropFirst()).allSatisfy({ $0 < $1 }) {
            rowByID = nil
        } else {
            var byID: [Int: Int] = [:]
            for (row, id) in ids.enumerated() { byID[id] = row }
            rowByID = byID
        }
    }

    /// Claims added one at a time, as they are read, without keeping them as objects.
    public struct Builder {
        public private(set) var columns = ClaimColumns()

        public init() {}

        public mutating func append(_ claim: Claim) {
            columns.append(claim)
        }

        /// Adds the rows of other columns (a dataset's block, read on another thread, or
        /// an article of a corpus), their ids moved up by `offset`.
        public mutating func append(contentsOf other: ClaimColumns, renumberedBy offset: Int = 0) {
            columns.append(contentsOf: other, renumberedBy: offset)
        }

        /// Room for about this many claims and bytes of quotes (see ClaimColumns.reserve).
        public mutating func reserve(rows: Int, textBytes: Int) {
            columns.reserve(rows: rows, textBytes: textBytes)
        }

        public func build(extracted: Set<String> = [], paths: [String: String] = [:]) -> ClaimStore {
            var columns = columns
            columns.finish()
            return ClaimStore(columns: columns, extracted: extracted, paths: paths)
        }
    }

    /// The sample built into the binary. Its claims were checked against the article
    /// when they were embedded (and a test checks them again).
    public static func sample() -> ClaimStore {
        ClaimStore(claims: EmbeddedSample.claims())
    }

    /// The row of the claim with this id, if any.
    public func row(id: Int) -> Int? {
        if let rowByID { return rowByID[id] }
        let ids = columns.ids
        var (low, high) = (0, ids.count)
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id ? low : nil
    }

    /// The claim with this id, if any.
    public func claim(id: Int) -> Claim? {
        row(id: id).map(columns.claim)
    }

    /// The metric spelt as the store spells it, for a name typed in any case.
    public func metric(named name: String) -> String? {
        metricByLowercasedName[name.lowercased()]
    }
}
