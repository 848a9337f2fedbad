import ClaimQuery
import ClaimStore

/// Results as grids of machine values (plain numbers, codes, ids) for CSV and TSV.
enum RawGrid {
    static let claimHeader = ["id", "article", "metric", "subject", "value", "qualifier", "unit", "place", "state",
                              "country", "period_from", "period_to", "period_kind", "source", "surface",
                              "quote", "paragraph", "sentence"]
    static let figuresHeader = ["value", "low", "high", "bound", "unit", "matched", "claims"]

    static func make(_ result: QueryResult) -> Grid {
        switch result {
        case .aggregate(let a):
            return Grid(header: ["function", "metric"] + figuresHeader, rows: [[a.function.rawValue, a.metric] + figures(a)])
        case .groups(let g):
            return Grid(header: g.by + figuresHeader, rows: g.groups.map { $0.key.map(key) + figures($0.result) })
        case .value(let v):
            let e = v.estimate
            return Grid(header: ["value", "low", "high", "bound", "unit", "claims"],
                        rows: [[number(e.nominal), number(e.low), number(e.high), JSONRenderer.bound(e), v.unit ?? "", ids(v.claims)]])
        case .claims(let claims), .why(let claims):
            return Grid(header: claimHeader, rows: claims.map(row))
        case .claim(let claim):
            return Grid(header: claimHeader, rows: [row(claim)])
        case .check(let findings):
            return Grid(header: ["status", "relation", "claims", "message"],
                        rows: findings.map { [$0.status.rawValue, $0.relation.rawValue, ids($0.claims), $0.message] })
        case .timeline(let claims):
            return Grid(header: ["id", "place", "value", "period_from", "period_to", "period_kind"], rows: claims.map { c in
                [String(c.id), c.place?.code ?? "", number(c.value), c.period?.from.description ?? "",
                 c.period?.to.description ?? "", c.period?.kind.rawValue ?? ""]
            })
        }
    }

    /// value, low, high, bound, unit, matched, claims.
    private static func figures(_ a: AggregateResult) -> [String] {
        let e = a.estimate
        return [number(e?.nominal), number(e?.low), number(e?.high), e.map(JSONRenderer.bound) ?? "none",
                a.unit ?? "", String(a.matched), ids(a.claims)]
    }

    private static func row(_ c: Claim) -> [String] {
        [String(c.id), c.article, c.metric, c.subject ?? "", number(c.value), c.qualifier.rawValue, c.unit, c.place?.code ?? "",
         c.state ?? "", c.country ?? "", c.period?.from.description ?? "", c.period?.to.description ?? "",
         c.period?.kind.rawValue ?? "", c.source, c.surface, c.quote, String(c.paragraph), String(c.sentence)]
    }

    static func ids(_ ids: [Int]) -> String {
        ids.map(String.init).joined(separator: " ")
    }

    static func key(_ key: GroupedResult.Key) -> String {
        switch key {
        case .number(let n): return number(n)
        case .text(let t): return t
        case .null: return ""
        }
    }

    /// Plain digits, no separators: 2400000, 1.4.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

/// Results as grids of what people read (hedges in words, #ids), for box and
/// markdown tables; nil for a timeline, which is a picture.
enum HumanGrid {
    static func make(_ result: QueryResult) -> Grid? {
        switch result {
        case .aggregate(let a):
            return Grid(header: ["function", "metric", "value", "claims"],
                        rows: [[a.function.rawValue, a.metric, value(a), Words.ids(a.claims)]])
        case .groups(let g):
            return Grid(header: g.by + [g.function == .count ? "claims" : g.function.rawValue, "from"],
                        rows: g.groups.map { $0.key.map(TextRenderer.keyText) + [value($0.result), Words.ids($0.result.claims)] })
        case .value(let v):
            return Grid(header: ["value", "claims"], rows: [[Words.estimate(v.estimate, unit: v.unit), Words.ids(v.claims)]])
        case .claims(let claims):
            return Grid(header: TextRenderer.listHeader, rows: claims.map(TextRenderer.listRow))
        case .why(let claims):
            return Grid(header: ["id", "where", "quote"],
                        rows: claims.map { ["#\($0.id)", "paragraph \($0.paragraph), sentence \($0.sentence)", $0.quote] })
        case .claim(let c):
            return Grid(header: ["field", "value"], rows: TextRenderer.showFields(c, colour: false).map { [$0.0, $0.1] })
        case .check(let findings):
            return Grid(header: ["status", "relation", "message"],
                        rows: findings.map { [$0.status.rawValue, $0.relation.rawValue, $0.message] })
        case .timeline:
            return nil
        }
    }

    private static func value(_ a: AggregateResult) -> String {
        if a.function == .count { return String(a.matched) }
        return a.estimate.map { Words.estimate($0, unit: a.unit) } ?? "no claims match"
    }
}

/// CSV (RFC 4180) or TSV: a field holding the separator, a quote or a line break is
/// quoted and its quotes doubled. CSV lines end in CRLF as RFC 4180 says; TSV lines
/// in LF, as tab-separated tools expect.
///
/// Spreadsheets run a cell that starts with =, +, -, @, tab or CR as a formula, and
/// these files are opened in spreadsheets: such a text cell gets a leading ' (which
/// spreadsheets show as text, not run). Numbers ("-5", "2.4e6") are never changed;
/// JSON keeps every text exactly as it is.
struct Delimited {
    let separator: Character
    var lineEnd: String { separator == "," ? "\r\n" : "\n" }

    func write(_ grid: Grid, headers: Bool) -> String {
        (headers ? line(grid.header) : "") + grid.rows.map(line).joined()
    }

    func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: String(separator)) + lineEnd
    }

    private func quoted(_ field: String) -> String {
        let field = Self.inert(field)
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// The field, with a ' before it when a spreadsheet would read it as a formula.
    static func inert(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(field) == nil else { return field }
        return "'" + field
    }
}

/// A GitHub-flavoured markdown table; pipes are escaped and line breaks become <br>.
struct MarkdownWriter {
    func write(_ grid: Grid, headers: Bool) -> String {
        let header = headers ? grid.header : grid.header.map { _ in " " }
        return line(header) + line(grid.header.map { _ in "---" }) + grid.rows.map(line).joined()
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.map(escape).joined(separator: " | ") + " |\n"
    }

    private func escape(_ cell: String) -> String {
        var out = ""
        for c in cell {
            switch c {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += "<br>"
            default: out.append(c)
            }
        }
        return out
    }
}

/// A table drawn with box characters, columns as wide as their widest cell.
struct BoxWriter {
    /// The width to fit (a terminal's), or nil for the whole table.
    var maxWidth: Int?
    /// Columns never shortened.
    var fixed: Set<Int> = []

    func write(_ grid: Grid, headers: Bool) -> String {
        let rows = grid.rows.map { $0.map(flatten) }
        var widths = grid.header.map { headers ? $0.count : 0 }
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var shown = Array(grid.header.indices)
        var footer = ""
        if let maxWidth {
            // "│ a │ b │": three characters between columns, four around them.
            (widths, shown, footer) = WindowFit(budget: maxWidth, gap: 3, frame: 4).layout(natural: widths, fixed: fixed, headers: grid.header)
        }
        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + shown.map { String(repeating: "─", count: widths[$0] + 2) }.joined(separator: middle) + right + "\n"
        }
        func line(_ cells: [String]) -> String {
            "│" + shown.map { " " + WindowFit.shorten(cells[$0], to: widths[$0]).padded(to: widths[$0]) + " " }.joined(separator: "│") + "│\n"
        }
        var out = rule("┌", "┬", "┐")
        if headers { out += line(grid.header) + rule("├", "┼", "┤") }
        out += rows.map(line).joined()
        return out + rule("└", "┴", "┘") + footer
    }

    private func flatten(_ cell: String) -> String {
        String(cell.map { $0.isNewline ? " " : $0 })
    }
}
