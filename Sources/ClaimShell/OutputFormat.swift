import ClaimQuery

/// How results are written: `.mode` at the prompt, `--format` on the command line.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Sentences and aligned columns for people (the default).
    case table
    /// The same grid as markdown, drawn with box characters.
    case box
    /// RFC 4180 CSV and its tab-separated twin, with plain numbers, for programs.
    case csv, tsv
    /// One JSON object per statement per line.
    case json
    /// A GitHub-flavoured markdown table, for notes and reports.
    case markdown
    /// One `field = value` a line, a blank line between records (sqlite3's line mode):
    /// every field of a claim, in full, however narrow the window.
    case line

    /// Whether results are for people, who see control characters in data made
    /// visible (`Visible`), rather than for programs, which get the data as it is.
    public var isForPeople: Bool {
        switch self {
        case .table, .box, .markdown, .line: return true
        case .csv, .tsv, .json: return false
        }
    }

    func render(_ result: QueryResult, _ options: RenderOptions) -> String {
        let result = isForPeople ? result.mappingText(Visible.text) : result
        switch self {
        case .table: return TextRenderer(colour: options.colour, headers: options.headers, maxWidth: options.maxWidth).render(result)
        case .line: return LineWriter().write(result)
        case .csv: return Delimited(separator: ",").write(RawGrid.make(result), headers: options.headers)
        case .tsv: return Delimited(separator: "\t").write(RawGrid.make(result), headers: options.headers)
        case .json: return JSONRenderer().render(result)
        case .box, .markdown:
            guard let grid = HumanGrid.make(result) else {
                let text = TextRenderer(colour: false, headers: options.headers).render(result)
                return self == .markdown ? "```\n" + text + "```\n" : text
            }
            return self == .box ? BoxWriter(maxWidth: options.maxWidth, fixed: Self.fixedColumns(result)).write(grid, headers: options.headers)
                                : MarkdownWriter().write(grid, headers: options.headers)
        }
    }
}

extension OutputFormat {
    /// The columns of a result's human grid that hold values, which are never shortened.
    static func fixedColumns(_ result: QueryResult) -> Set<Int> {
        switch result {
        case .claims: return [0, 2]
        case .aggregate: return [2]
        case .groups(let g): return [g.by.count]
        case .value: return [0]
        default: return []
        }
    }
}

public struct RenderOptions: Sendable {
    /// Colour and highlighting (only at a terminal).
    public var colour = false
    /// Header rows in tables, CSV and TSV (`.headers on|off`).
    public var headers = true
    /// The width tables must fit (the terminal's, or `.maxwidth`), or nil for whole tables.
    public var maxWidth: Int?

    public init(colour: Bool = false, headers: Bool = true, maxWidth: Int? = nil) {
        self.colour = colour
        self.headers = headers
        self.maxWidth = maxWidth
    }
}

/// Line mode: each record as `field = value` lines, names aligned on the right.
struct LineWriter {
    func write(_ result: QueryResult) -> String {
        let grid: Grid
        switch result {
        case .claims, .claim: grid = RawGrid.make(result)   // every field of a claim
        default:
            guard let human = HumanGrid.make(result) else { return TextRenderer(colour: false).render(result) }
            grid = human
        }
        guard !grid.rows.isEmpty else { return TextRenderer(colour: false).render(result) }
        let width = grid.header.map(\.count).max() ?? 0
        return grid.rows.map { row in
            zip(grid.header, row).map { String(repeating: " ", count: width - $0.count) + $0 + " = " + $1 + "\n" }.joined()
        }.joined(separator: "\n")
    }
}

/// A result as rows of cells, before a format lays it out.
struct Grid: Equatable {
    var header: [String]
    var rows: [[String]]
}
