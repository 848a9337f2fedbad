internal import FoundationEssentials
import ClaimQuery
import ClaimStore

/// One JSON object per statement, on one line, keys sorted so output is stable.
/// Missing values are `null`, never left out.
struct JSONRenderer {
    func render(_ result: QueryResult) -> String {
        switch result {
        case .aggregate(let a): return encode(AggregateJSON(a))
        case .groups(let g): return encode(GroupsJSON(g))
        case .value(let v): return encode(ValueJSON(v))
        case .claims(let claims): return encode(ClaimsJSON(type: "claims", claims: claims.map(ClaimJSON.init)))
        case .why(let claims): return encode(ClaimsJSON(type: "why", claims: claims.map(ClaimJSON.init)))
        case .claim(let claim): return encode(OneClaimJSON(claim: ClaimJSON(claim)))
        case .check(let findings): return encode(CheckJSON(findings: findings.map(FindingJSON.init)))
        case .timeline(let claims): return encode(TimelineJSON(rows: claims.map(TimelineJSON.Row.init)))
        }
    }

    /// A diagnostic as one JSON line for stderr:
    /// `{"type":"error","source":…,"line":…,"column":…,"message":…,"hint":…}`.
    func render(error d: Diagnostic, in source: SourceText) -> String {
        let (line, column) = source.location(of: d.range.lowerBound)
        return encode(ErrorJSON(type: d.severity.rawValue, source: source.name, line: line, column: column,
                                message: d.message, hint: d.hints.isEmpty ? nil : d.hints.joined(separator: "; ")))
    }

    /// A problem with no place in a query (a file that cannot be read).
    func render(errorMessage message: String) -> String {
        encode(ErrorJSON(type: "error", source: nil, line: nil, column: nil, message: message, hint: nil))
    }

    /// The shape of an interval as JSON names it; "nearly" (≈v, ≤v) is an approximation.
    static func bound(_ e: Estimate) -> String {
        e.bound == .nearly ? "approx" : e.bound.rawValue
    }

    private func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else {   // not expected: every number written is finite
            return "{\"type\":\"error\",\"message\":\"the result could not be written as JSON\"}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// A number as JSON writes it: whole numbers without a fraction.
private struct JSONNumber: Encodable {
    let value: Double
    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        guard value.isFinite else { return try c.encodeNil() }   // JSON has no infinity; queries refuse to make one
        if value == value.rounded(), abs(value) < 1e15 { try c.encode(Int(value)) } else { try c.encode(value) }
    }
}

private enum FigureKeys: String, CodingKey {
    case type, function, metric, by, groups, key, value, low, high, bound, unit, matched, claims, warnings
}

/// value, low, high, bound, unit, claims and warnings: what every computed answer carries.
private func encodeFigures(_ e: Estimate?, unit: String?, claims: [Int], warnings: [String],
                           into c: inout KeyedEncodingContainer<FigureKeys>) throws {
    try c.encode(e.map { JSONNumber(value: $0.nominal) }, forKey: .value)
    try c.encode(e?.low.map { JSONNumber(value: $0) }, forKey: .low)
    try c.encode(e?.high.map { JSONNumber(value: $0) }, forKey: .high)
    try c.encode(e.map(JSONRenderer.bound) ?? "none", forKey: .bound)
    try c.encode(unit, forKey: .unit)
    try c.encode(claims, forKey: .claims)
    try c.encode(warnings, forKey: .warnings)
}

private struct AggregateJSON: Encodable {
    let a: AggregateResult
    init(_ a: AggregateResult) { self.a = a }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: FigureKeys.self)
        try c.encode("aggregate", forKey: .type)
        try c.encode(a.function.rawValue, forKey: .function)
        try c.encode(a.metric, forKey: .metric)
        try c.encode(a.matched, forKey: .matched)
        try encodeFigures(a.estimate, unit: a.unit, claims: a.claims, warnings: a.warnings, into: &c)
    }
}

private struct GroupsJSON: Encodable {
    let g: GroupedResult
    init(_ g: GroupedResult) { self.g = g }

    struct GroupJSON: Encodable {
        let group: GroupedResult.Group
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: FigureKeys.self)
            try c.encode(KeyJSON(fields: group.fields, key: group.key), forKey: .key)
            try c.encode(group.result.matched, forKey: .matched)
            let r = group.result
            try encodeFigures(r.estimate, unit: r.unit, claims: r.claims, warnings: r.warnings, into: &c)
        }
    }

    struct KeyJSON: Encodable {
        let fields: [String], key: [GroupedResult.Key]
        struct Name: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Name.self)
            for (field, value) in zip(fields, key) {
                switch value {
                case .number(let n): try c.encode(JSONNumber(value: n), forKey: Name(stringValue: field))
                case .text(let t): try c.encode(t, forKey: Name(stringValue: field))
                case .null: try c.encodeNil(forKey: Name(stringValue: field))
                }
            }
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: FigureKeys.self)
        try c.encode("groups", forKey: .type)
        try c.encode(g.function.rawValue, forKey: .function)
        try c.encode(g.metric, forKey: .metric)
        try c.encode(g.by, forKey: .by)
        try c.encode(g.groups.map(GroupJSON.init), forKey: .groups)
    }
}

private struct ValueJSON: Encodable {
    let v: ValueResult
    init(_ v: ValueResult) { self.v = v }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: FigureKeys.self)
        try c.encode("value", forKey: .type)
        try encodeFigures(v.estimate, unit: v.unit, claims: v.claims, warnings: v.warnings, into: &c)
    }
}

private struct ErrorJSON: Encodable {
    let type: String, source: String?, line: Int?, column: Int?, message: String, hint: String?
    enum CodingKeys: CodingKey { case type, source, line, column, message, hint }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(source, forKey: .source)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(message, forKey: .message)
        try c.encode(hint, forKey: .hint)
    }
}

private struct CheckJSON: Encodable {
    let type = "check"
    let findings: [FindingJSON]
}

private struct FindingJSON: Encodable {
    let status: String, relation: String, claims: [Int], message: String
    init(_ f: Finding) {
        status = f.status.rawValue
        relation = f.relation.rawValue
        claims = f.claims
        message = f.message
    }
}

private struct TimelineJSON: Encodable {
    let type = "timeline"
    let rows: [Row]

    struct Row: Encodable {
        let claim: Int, place: String?, value: JSONNumber, period: ClaimJSON.PeriodJSON?
        init(_ c: Claim) {
            claim = c.id
            place = c.place?.code
            value = JSONNumber(value: c.value)
            period = c.period.map(ClaimJSON.PeriodJSON.init)
        }
        enum CodingKeys: CodingKey { case claim, place, value, period }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(claim, forKey: .claim)
            try c.encode(place, forKey: .place)
            try c.encode(value, forKey: .value)
            try c.encode(period, forKey: .period)
        }
    }
}

private struct ClaimsJSON: Encodable {
    let type: String
    let claims: [ClaimJSON]
}

private struct OneClaimJSON: Encodable {
    let type = "claim"
    let claim: ClaimJSON
}

/// A claim in the JSON contract: one key for each field the language names
/// (`Field`), null where the claim has no value, the period as an object. Built from
/// the field list, so a new field reaches JSON, `.fields` and queries together.
struct ClaimJSON: Encodable {
    let c: Claim
    init(_ c: Claim) { self.c = c }

    private struct Key: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    struct PeriodJSON: Encodable {
        let from: String, to: String, kind: String
        init(_ p: Period) {
            from = p.from.description
            to = p.to.description
            kind = p.kind.rawValue
        }
    }

    func encode(to encoder: any Encoder) throws {
        var k = encoder.container(keyedBy: Key.self)
        for field in Field.allCases {
            let key = Key(stringValue: field.rawValue)
            switch field.kind {
            case .number: try k.encode(field.number(of: c).map { JSONNumber(value: $0) }, forKey: key)
            case .period: try k.encode(c.period.map(PeriodJSON.init), forKey: key)
            case .text, .place: try k.encode(field.text(of: c), forKey: key)
            }
        }
    }
}
