/// Relations between claims, stated in the curated claims file.
public struct Relations: Sendable, Equatable {
    /// A subset of that claim's count: not larger, inside its period and place.
    public var partOf: Int?
    /// A percentage equal to 100 × numerator / denominator.
    public var ratioOf: (numerator: Int, denominator: Int)?
    /// A percentage describing a share of that claim's count.
    public var shareOf: Int?

    public init(partOf: Int? = nil, ratioOf: (numerator: Int, denominator: Int)? = nil, shareOf: Int? = nil) {
        self.partOf = partOf
        self.ratioOf = ratioOf
        self.shareOf = shareOf
    }

    public var isEmpty: Bool { partOf == nil && ratioOf == nil && shareOf == nil }

    /// The same relations to claims whose ids moved up by `offset`.
    func renumbered(by offset: Int) -> Relations {
        Relations(partOf: partOf.map { $0 + offset }, ratioOf: ratioOf.map { ($0.numerator + offset, $0.denominator + offset) },
                  shareOf: shareOf.map { $0 + offset })
    }

    /// Every claim this one refers to.
    public var referenced: [Int] {
        [partOf, ratioOf?.numerator, ratioOf?.denominator, shareOf].compactMap { $0 }
    }

    public static func == (a: Relations, b: Relations) -> Bool {
        a.partOf == b.partOf && a.shareOf == b.shareOf
            && a.ratioOf?.numerator == b.ratioOf?.numerator && a.ratioOf?.denominator == b.ratioOf?.denominator
    }
}

/// One number an article asserts, with what it counts, where, when, who says so,
/// how it is hedged and the sentence that says it. Field names are the ones users type.
///
/// A class, not a struct: queries pass claims around constantly, and copying a
/// reference is one retain where copying ten strings is ten.
public final class Claim: Sendable, Equatable {
    /// Ids run from 1 to 2^53, the whole numbers JSON readers (doubles) hold exactly.
    public static let maximumID = 1 << 53

    public let id: Int
    public let article: String
    public let metric: String
    /// The entity the number is about when its sentence names one ("FTSE 100", "Toyota").
    public let subject: String?
    public let value: Double
    public let qualifier: Qualifier
    public let unit: String
    /// Where the number holds; nil when neither its sentence nor its article says.
    public let place: Place?
    public let period: Period?
    public let source: String
    public let surface: String
    public let quote: String
    /// 1-based paragraph of the article (every blank-line separated block, title included).
    public let paragraph: Int
    /// 1-based sentence within that paragraph.
    public let sentence: Int
    /// How this claim relates to others, as the claims file says; `check` tests these.
    public let relations: Relations
    /// Where the quote lies in its article, in Unicode scalars from the start of the
    /// file; nil when the claim came without its article (the built-in sample).
    /// Where a claim was read, not what it says: `==` leaves it out.
    public let span: Range<Int>?

    public var state: String? { place?.state }
    public var country: String? { place?.country }

    public init(id: Int, article: String, metric: String, value: Double, qualifier: Qualifier,
                unit: String, place: Place?, period: Period?, source: String, surface: String,
                quote: String, paragraph: Int, sentence: Int, relations: Relations = Relations(), subject: String? = nil,
                span: Range<Int>? = nil) {
        self.id = id
        self.span = span
        self.subject = subject
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
        self.relations = relations
    }

    /// The same claim with its id, and the ids its relations name, moved on by
    /// `offset` (several articles in one store number their claims on).
    public func renumbered(by offset: Int) -> Claim {
        guard offset != 0 else { return self }
        return Claim(id: id + offset, article: article, metric: metric, value: value, qualifier: qualifier, unit: unit,
                     place: place, period: period, source: source, surface: surface, quote: quote,
                     paragraph: paragraph, sentence: sentence, relations: relations.renumbered(by: offset), subject: subject, span: span)
    }

    /// The same claim with every text field passed through `f` (the shell makes control
    /// characters visible this way before showing claims to a person); itself when
    /// `f` changes none of them.
    public func mappingText(_ f: (String) -> String) -> Claim {
        let texts = [article, metric, unit, source, surface, quote, subject ?? ""]
        let mapped = texts.map(f)
        guard mapped != texts else { return self }
        return Claim(id: id, article: mapped[0], metric: mapped[1], value: value, qualifier: qualifier, unit: mapped[2],
                     place: place, period: period, source: mapped[3], surface: mapped[4], quote: mapped[5],
                     paragraph: paragraph, sentence: sentence, relations: relations, subject: subject.map { _ in mapped[6] },
                     span: span)
    }

    public static func == (a: Claim, b: Claim) -> Bool {
        a.id == b.id && a.article == b.article && a.metric == b.metric && a.subject == b.subject && a.value == b.value
            && a.qualifier == b.qualifier && a.unit == b.unit && a.place == b.place && a.period == b.period
            && a.source == b.source && a.surface == b.surface && a.quote == b.quote
            && a.paragraph == b.paragraph && a.sentence == b.sentence && a.relations == b.relations
    }
}
