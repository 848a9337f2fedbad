import ClaimStore

/// How a field is read from a store's columns, so that a condition or a group-by is
/// worked out once per distinct value (per code) rather than once per claim.
enum FieldColumn {
    /// A number for every row.
    case number((Int) -> Double)
    /// A code per row into `names`; a code below 0, or a nil name, is a missing value.
    case coded(codes: [Int32], names: [String?])
    /// Text made per row (surface, quote): no two claims are expected to share it.
    case text((Int) -> String)
    case period

    init(_ field: Field, _ c: ClaimColumns) {
        switch field {
        case .id: let ids = c.ids; self = .number { Double(ids[$0]) }
        case .value: let v = c.value; self = .number { v[$0] }
        case .paragraph: let p = c.paragraph; self = .number { Double(p[$0]) }
        case .sentence: let s = c.sentence; self = .number { Double(s[$0]) }
        case .article: self = .coded(codes: c.article, names: c.articles.names)
        case .metric: self = .coded(codes: c.metric, names: c.metrics.names)
        case .unit: self = .coded(codes: c.unit, names: c.units.names)
        case .source: self = .coded(codes: c.source, names: c.sources.names)
        case .subject: self = .coded(codes: c.subject, names: c.subjects.names)
        case .qualifier:
            self = .coded(codes: c.qualifier, names: Qualifier.allCases.map(\.rawValue))
        case .place: self = .coded(codes: c.place, names: c.places.map(\.code))
        case .state: self = .coded(codes: c.place, names: c.places.map(\.state))
        case .country: self = .coded(codes: c.place, names: c.places.map(\.country))
        case .surface: self = .text(c.surface)
        case .quote: self = .text(c.quote)
        case .period: self = .period
        }
    }
}

extension Field {
    /// The field's distinct values in the store as text, in order of first appearance,
    /// at most `limit` (numbers as `text(of:)` writes them). Coded fields answer from
    /// their pools without reading a row.
    public func distinctTexts(in store: ClaimStore, limit: Int = .max) -> [String] {
        let c = store.columns
        var seen = Set<String>()
        var out: [String] = []
        func add(_ text: String?) -> Bool {
            if let text, seen.insert(text).inserted { out.append(text) }
            return out.count < limit
        }
        switch FieldColumn(self, c) {
        case .coded(_, let names):
            for name in names where !add(name) { break }
        case .number(let value):
            for row in 0..<c.count where !add(String(value(row))) { break }
        case .text(let value):
            for row in 0..<c.count where !add(value(row)) { break }
        case .period:
            for row in 0..<c.count where !add(c.period(row)?.description) { break }
        }
        return out
    }

    /// The field's distinct numbers, in order of first appearance, at most `limit`; none
    /// for a field that is not a number.
    public func distinctNumbers(in store: ClaimStore, limit: Int = .max) -> [Double] {
        guard case .number(let value) = FieldColumn(self, store.columns) else { return [] }
        var seen = Set<Double>()
        var out: [Double] = []
        for row in 0..<store.columns.count where seen.insert(value(row)).inserted {
            out.append(value(row))
            if out.count == limit { break }
        }
        return out
    }
}
