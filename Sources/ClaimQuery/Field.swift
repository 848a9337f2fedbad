import ClaimStore

/// The fields of a claim that queries can name, with their types.
public enum Field: String, Sendable, CaseIterable {
    case id, article, metric, subject, value, qualifier, unit, place, state, country, period
    case source, surface, quote, paragraph, sentence

    public enum Kind: Sendable {
        case number, text, place, period
    }

    public var kind: Kind {
        switch self {
        case .id, .value, .paragraph, .sentence: return .number
        case .place, .state, .country: return .place
        case .period: return .period
        default: return .text
        }
    }

    public static var names: [String] { allCases.map(\.rawValue) }

    public func number(of claim: Claim) -> Double? {
        switch self {
        case .id: return Double(claim.id)
        case .value: return claim.value
        case .paragraph: return Double(claim.paragraph)
        case .sentence: return Double(claim.sentence)
        default: return nil
        }
    }

    public func text(of claim: Claim) -> String? {
        switch self {
        case .article: return claim.article
        case .metric: return claim.metric
        case .subject: return claim.subject
        case .qualifier: return claim.qualifier.rawValue
        case .unit: return claim.unit
        case .source: return claim.source
        case .surface: return claim.surface
        case .quote: return claim.quote
        case .place: return claim.place?.code
        case .state: return claim.state
        case .country: return claim.country
        case .period: return claim.period?.description
        default: return number(of: claim).map { String($0) }
        }
    }
}
