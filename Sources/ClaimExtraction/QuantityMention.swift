import ClaimStore

/// One number a text states: where, its value (or range), how it is hedged, and
/// whether it is a change ("rose 5%") rather than a level.
public struct QuantityMention: Sendable, Equatable {
    public enum Change: String, Sendable {
        case up, down
    }

    /// Offsets, in Unicode scalars, into the text the mention was found in.
    public var range: Range<Int>
    public var value: Double
    /// The upper end, when the text gives a range ("between 44 and 50").
    public var high: Double?
    public var qualifier: Qualifier
    public var change: Change?
    /// The change a verb before a hedged figure says ("fell by nearly 10%"): a hedged change
    /// is reported by its hedge, as NewsQuant does, so `change` is nil; the claim says both.
    public var hedgedChange: Change?
    /// What the number counts or measures, as written ("requests", "percent", "$").
    public var unit: String?
    /// The words that state the value, as in the text.
    public var surface: String
    /// For a range, where its two figures are ("750" and "1,400" of "750 to 1,400").
    public var parts: Parts?
    /// An order of magnitude ("hundreds of", "tens of thousands of"), kept as a range.
    public var isMagnitude: Bool

    public struct Parts: Sendable, Equatable {
        public let low: Range<Int>
        public let high: Range<Int>
    }

    public init(range: Range<Int>, value: Double, high: Double? = nil, qualifier: Qualifier = .exact,
                change: Change? = nil, unit: String? = nil, surface: String, parts: Parts? = nil, isMagnitude: Bool = false) {
        self.parts = parts
        self.isMagnitude = isMagnitude
        self.range = range
        self.value = value
        self.high = high
        self.qualifier = qualifier
        self.change = change
        self.unit = unit
        self.surface = surface
    }
}
