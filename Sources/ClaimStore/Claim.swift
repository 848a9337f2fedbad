/// One number an article asserts, with what it counts, where, when, who says so,
/// how it is hedged and the sentence that says it. Field names are the ones users type.
public struct Claim: Sendable, Equatable {
    public var id: Int
    public var article: String
    public var metric: String
    public var value: Double
    public var qualifier: Qualifier
    public var unit: String
    public var place: Place
    public var period: Period?
    public var source: String
    public var surface: String
    public var quote: String
    /// 1-based paragraph of the article (every blank-line separated block, title included).
    public var paragraph: Int
    /// 1-based sentence within that paragraph.
    public var sentence: Int

    public var state: String? { place.state }
    public var country: String { place.country }

    public init(id: Int, article: String, metric: String, value: Double, qualifier: Qualifier,
                unit: String, place: Place, period: Period?, source: String, surface: String,
                quote: String, paragraph: Int, sentence: Int) {
        self.id = id
        self.article = article
        self.metric = metric
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
        self.place = place
        self.period = period
        self.source = source
        self.surface = surface
        self.quote = quote
        self.paragraph = paragraph
        self.sentence = sentence
    }
}
