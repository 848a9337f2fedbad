internal import FoundationEssentials
import ClaimQuery
import ClaimStore

/// One JSON object per statement, on one line, keys sorted so output is stable.
/// Missing values are `null`, never left out.
struct JSONRenderer {
    func render(_ result: QueryResult) -> String {
        switch result {
        case .aggregate(let a): return encode(AggregateJSON(a))
        case .claims(let claims): return encode(ClaimsJSON(claims: claims.map(ClaimJSON.init)))
        case .claim(let claim): return encode(OneClaimJSON(claim: ClaimJSON(claim)))
        }
    }

    private func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{\"type\":\"error\"}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// A number as JSON writes it: whole numbers without a fraction.
private struct JSONNumber: Encodable {
    let value: Double
    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if value == value.rounded(), abs(value) < 1e15 { try c.encode(Int(value)) } else { try c.encode(value) }
    }
}

private struct AggregateJSON: Encodable {
    let a: AggregateResult
    init(_ a: AggregateResult) { self.a = a }

    enum Keys: String, CodingKey { case type, function, metric, value, low, high, bound, unit, matched, claims }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let e = a.estimate
        try c.encode("aggregate", forKey: .type)
        try c.encode(a.function.rawValue, forKey: .function)
        try c.encode(a.metric, forKey: .metric)
        try c.encode(e.map { JSONNumber(value: $0.nominal) }, forKey: .value)
        try c.encode(e?.low.map { JSONNumber(value: $0) }, forKey: .low)
        try c.encode(e?.high.map { JSONNumber(value: $0) }, forKey: .high)
        try c.encode(e?.bound.rawValue ?? "none", forKey: .bound)
        try c.encode(a.unit, forKey: .unit)
        try c.encode(a.matched, forKey: .matched)
        try c.encode(a.claims, forKey: .claims)
    }
}

private struct ClaimsJSON: Encodable {
    let type = "claims"
    let claims: [ClaimJSON]
}

private struct OneClaimJSON: Encodable {
    let type = "claim"
    let claim: ClaimJSON
}

struct ClaimJSON: Encodable {
    let c: Claim
    init(_ c: Claim) { self.c = c }

    enum Keys: String, CodingKey {
        case id, article, metric, value, qualifier, unit, place, state, country, period
        case source, surface, quote, paragraph, sentence
    }

    struct PeriodJSON: Encodable {
        let from: String, to: String, kind: String
    }

    func encode(to encoder: any Encoder) throws {
        var k = encoder.container(keyedBy: Keys.self)
        try k.encode(c.id, forKey: .id)
        try k.encode(c.article, forKey: .article)
        try k.encode(c.metric, forKey: .metric)
        try k.encode(JSONNumber(value: c.value), forKey: .value)
        try k.encode(c.qualifier.rawValue, forKey: .qualifier)
        try k.encode(c.unit, forKey: .unit)
        try k.encode(c.place.code, forKey: .place)
        try k.encode(c.state, forKey: .state)
        try k.encode(c.country, forKey: .country)
        try k.encode(c.period.map { PeriodJSON(from: $0.from.description, to: $0.to.description, kind: $0.kind.rawValue) },
                     forKey: .period)
        try k.encode(c.source, forKey: .source)
        try k.encode(c.surface, forKey: .surface)
        try k.encode(c.quote, forKey: .quote)
        try k.encode(c.paragraph, forKey: .paragraph)
        try k.encode(c.sentence, forKey: .sentence)
    }
}
