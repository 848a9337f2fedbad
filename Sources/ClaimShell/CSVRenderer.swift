import ClaimQuery
import ClaimStore

/// RFC 4180 CSV: a header row, then one row per claim (or one for an aggregate);
/// a field holding a comma, quote or line break is quoted, quotes doubled.
struct CSVRenderer {
    static let claimHeader = ["id", "article", "metric", "value", "qualifier", "unit", "place", "state",
                              "country", "period_from", "period_to", "period_kind", "source", "surface",
                              "quote", "paragraph", "sentence"]
    static let aggregateHeader = ["function", "metric", "value", "low", "high", "bound", "unit", "matched", "claims"]

    func render(_ result: QueryResult) -> String {
        switch result {
        case .aggregate(let a):
            return line(Self.aggregateHeader) + line([a.function.rawValue, a.metric] + figures(a))
        case .groups(let g):
            let header = g.by + Array(Self.aggregateHeader.dropFirst(2))
            return line(header) + g.groups.map { line($0.key.map(keyText) + figures($0.result)) }.joined()
        case .value(let v):
            let e = v.estimate
            return line(["value", "low", "high", "bound", "unit", "claims"])
                + line([number(e.nominal), number(e.low), number(e.high), JSONRenderer.bound(e), v.unit ?? "", ids(v.claims)])
        case .claims(let claims), .why(let claims):
            return line(Self.claimHeader) + claims.map { line(row($0)) }.joined()
        case .claim(let claim):
            return line(Self.claimHeader) + line(row(claim))
        case .check(let findings):
            return line(["status", "relation", "claims", "message"])
                + findings.map { line([$0.status.rawValue, $0.relation.rawValue, ids($0.claims), $0.message]) }.joined()
        case .timeline(let claims):
            return line(["id", "place", "value", "period_from", "period_to", "period_kind"]) + claims.map { c in
                line([String(c.id), c.place.code, number(c.value), c.period?.from.description ?? "",
                      c.period?.to.description ?? "", c.period?.kind.rawValue ?? ""])
            }.joined()
        }
    }

    /// value, low, high, bound, unit, matched, claims.
    private func figures(_ a: AggregateResult) -> [String] {
        let e = a.estimate
        return [number(e?.nominal), number(e?.low), number(e?.high), e.map(JSONRenderer.bound) ?? "none",
                a.unit ?? "", String(a.matched), ids(a.claims)]
    }

    private func ids(_ ids: [Int]) -> String {
        ids.map(String.init).joined(separator: " ")
    }

    private func keyText(_ key: GroupedResult.Key) -> String {
        switch key {
        case .number(let n): return number(n)
        case .text(let t): return t
        case .null: return ""
        }
    }

    private func row(_ c: Claim) -> [String] {
        [String(c.id), c.article, c.metric, number(c.value), c.qualifier.rawValue, c.unit, c.place.code,
         c.state ?? "", c.country, c.period?.from.description ?? "", c.period?.to.description ?? "",
         c.period?.kind.rawValue ?? "", c.source, c.surface, c.quote, String(c.paragraph), String(c.sentence)]
    }

    /// Plain digits, no separators: 2400000, 1.4.
    private func number(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    private func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    private func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
