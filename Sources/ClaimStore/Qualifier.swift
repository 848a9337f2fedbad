/// How the article hedges a number: "more than 29,269" is `moreThan`.
public enum Qualifier: String, Sendable, CaseIterable, Codable {
    case exact
    case approx
    case moreThan = "more_than"
    case atLeast = "at_least"
    case lessThan = "less_than"
    case atMost = "at_most"
    case nearly

    /// The words a person would put before the number, or "" for `exact`.
    public var words: String {
        switch self {
        case .exact: return ""
        case .approx: return "about"
        case .moreThan: return "more than"
        case .atLeast: return "at least"
        case .lessThan: return "less than"
        case .atMost: return "at most"
        case .nearly: return "nearly"
        }
    }
}
