import ClaimQuery
import ClaimStore

/// Results for people: hedged values in words, thousands separators, aligned columns.
struct TextRenderer {
    var colour: Bool
    var headers = true
    /// The width tables must fit (a terminal's), or nil.
    var maxWidth: Int?

    func render(_ result: QueryResult) -> String {
        switch result {
        case .aggregate(let a): return aggregate(a) + "\n"
        case .groups(let g): return groups(g)
        case .value(let v):   // plain arithmetic ("2 * 3") comes from no claims and names none
            return Words.estimate(v.estimate, unit: v.unit) + (v.claims.isEmpty ? "" : " — " + claimList(v.claims)) + "\n"
        case .claims(let claims): return table(claims)
        case .claim(let claim): return show(claim)
        case .check(let findings): return check(findings)
        case .why(let claims): return why(claims)
        case .timeline(let claims): return TimelineText(colour: colour).render(claims)
        }
    }

    private func aggregate(_ a: AggregateResult) -> String {
        let claims = "\(a.matched) claim\(a.matched == 1 ? "" : "s")"
        if a.function == .count {
            return a.matched == 0 ? "0 claims" : "\(claims) (\(Words.ids(a.claims)))"
        }
        guard let estimate = a.estimate else { return "no claims match" }
        let value = Words.estimate(estimate, unit: a.unit)
        if let picked = a.picked, a.matched > 1 {
            let which = a.function == .max ? "largest" : "smallest"
            return "\(value) — #\(picked), the \(which) of \(claims) (\(Words.ids(a.claims)))"
        }
        return "\(value) — \(claims) (\(Words.ids(a.claims)))"
    }

    /// "2 claims (#6, #8)".
    private func claimList(_ ids: [Int]) -> String {
        "\(ids.count) claim\(ids.count == 1 ? "" : "s") (\(Words.ids(ids)))"
    }

    private func groups(_ g: GroupedResult) -> String {
        guard !g.groups.isEmpty else { return g.function == .count ? "0 claims\n" : "no claims match\n" }
        let rows = g.groups.map { group in
            group.key.map(Self.keyText) + [group.result.estimate.map { Words.estimate($0, unit: group.result.unit) } ?? "",
                                      Words.ids(group.result.claims)]
        }
        let value = g.function == .count ? "claims" : g.function.rawValue
        return Table(header: g.by + [value, "from"], rows: rows, rightAligned: [], headers: headers, maxWidth: maxWidth,
                     fixed: [g.by.count]).text
    }

    static func keyText(_ key: GroupedResult.Key) -> String {
        switch key {
        case .number(let n): return Words.number(n)
        case .text(let t): return t
        case .null: return "(none)"
        }
    }

    private func check(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "no relations to check\n" }
        var out = ""
        for f in findings {
            let mark = f.status == .ok ? "ok          " : "INCONSISTENT"
            out += "\(mark)  \(f.relation.rawValue.padded(to: 8))  \(f.message)\n"
        }
        let bad = findings.filter { $0.status == .inconsistent }.count
        out += "(\(findings.count) relation\(findings.count == 1 ? "" : "s"): \(findings.count - bad) ok, \(bad) inconsistent)\n"
        return out
    }

    private func why(_ claims: [Claim]) -> String {
        claims.map { c in
            "#\(c.id) \(c.metric), \(c.article) paragraph \(c.paragraph), sentence \(c.sentence):\n  \(Self.highlight(c.surface, in: c.quote, colour: colour))\n"
        }.joined()
    }

    private func table(_ claims: [Claim]) -> String {
        guard !claims.isEmpty else { return "no claims match\n" }
        return Table(header: Self.listHeader, rows: claims.map(Self.listRow), rightAligned: [0], headers: headers,
                     maxWidth: maxWidth, fixed: [2]).text
            + "(\(claims.count) claim\(claims.count == 1 ? "" : "s"))\n"
    }

    static let listHeader = ["id", "metric", "value", "place", "period", "source"]

    static func listRow(_ c: Claim) -> [String] {
        [String(c.id), c.metric, Words.claimValue(c), c.place?.code ?? "", c.period?.description ?? "", c.source]
    }

    private func show(_ c: Claim) -> String {
        var out = "#\(c.id) \(c.metric)\n"
        for (name, value) in Self.showFields(c, colour: colour) {
            out += "  " + name + String(repeating: " ", count: 11 - name.count) + value + "\n"
        }
        return out
    }

    /// The record `show` prints, as (field, text) pairs; empty fields left out.
    static func showFields(_ c: Claim, colour: Bool) -> [(String, String)] {
        let placeName = c.place.flatMap(PlaceNames.name(of:)).map { " (\($0))" } ?? ""
        let fields: [(String, String)] = [
            ("subject", c.subject ?? ""),
            ("value", Words.claimValue(c)),
            ("qualifier", c.qualifier.rawValue),
            ("surface", "\"\(c.surface)\""),
            ("place", (c.place?.code ?? "unknown") + placeName),
            ("period", c.period?.description ?? "none"),
            ("source", c.source),
            ("relations", relations(c.relations)),
            ("where", "\(c.article), paragraph \(c.paragraph), sentence \(c.sentence)"),
            ("quote", highlight(c.surface, in: c.quote, colour: colour)),
        ]
        return fields.filter { !$0.1.isEmpty }
    }

    private static func relations(_ r: Relations) -> String {
        var parts: [String] = []
        if let whole = r.partOf { parts.append("part of #\(whole)") }
        if let (n, d) = r.ratioOf { parts.append("100 × #\(n) / #\(d)") }
        if let whole = r.shareOf { parts.append("a share of #\(whole)") }
        return parts.joined(separator: ", ")
    }

    /// The quote with its surface marked: bold and underlined at a terminal, «so» otherwise.
    static func highlight(_ surface: String, in quote: String, colour: Bool) -> String {
        let q = Array(quote), s = Array(surface)
        guard !s.isEmpty, s.count <= q.count,
              let start = (0...(q.count - s.count)).first(where: { q[$0..<($0 + s.count)].elementsEqual(s) })
        else { return quote }
        let (open, close) = colour ? ("\u{1B}[1;4m", "\u{1B}[0m") : ("«", "»")
        return String(q[..<start]) + open + surface + close + String(q[(start + s.count)...])
    }
}

/// Columns padded to their widest cell, separated by two spaces.
struct Table {
    let header: [String]
    let rows: [[String]]
    let rightAligned: Set<Int>
    var headers = true
    /// The width to fit (a terminal's), or nil for the whole table.
    var maxWidth: Int?
    /// Columns never shortened besides the right-aligned ones (a claim's value).
    var fixed: Set<Int> = []

    var text: String {
        var widths = header.map { headers ? $0.count : 0 }
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        var shown = Array(header.indices)
        var footer = ""
        if let maxWidth {
            (widths, shown, footer) = WindowFit(budget: maxWidth, gap: 2).layout(natural: widths, fixed: fixed.union(rightAligned), headers: header)
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (n, i) in shown.enumerated() {
                let cell = WindowFit.shorten(cells[i], to: widths[i])
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                let last = n == shown.count - 1
                parts.append(rightAligned.contains(i) ? pad + cell : (last ? cell : cell + pad))
            }
            return parts.joined(separator: "  ") + "\n"
        }
        let top = headers ? line(header) + line(widths.map { String(repeating: "-", count: $0) }) : ""
        return top + rows.map(line).joined() + footer
    }
}
