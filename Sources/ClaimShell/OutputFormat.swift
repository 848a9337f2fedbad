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

    func render(_ result: QueryResult, _ options: RenderOptions) -> String {
        switch self {
        case .table: return TextRenderer(colour: options.colour, headers: options.headers).render(result)
        case .csv: return Delimited(separator: ",").write(RawGrid.make(result), headers: options.headers)
        case .tsv: return Delimited(separator: "\t").write(RawGrid.make(result), headers: options.headers)
        case .json: return JSONRenderer().render(result)
        case .box, .markdown:
            guard let grid = HumanGrid.make(result) else {
                let text = TextRenderer(colour: false, headers: options.headers).render(result)
                return self == .markdown ? "```\n" + text + "```\n" : text
            }
            return self == .box ? BoxWriter().write(grid, headers: options.headers)
                                : MarkdownWriter().write(grid, headers: options.headers)
        }
    }
}

public struct RenderOptions: Sendable {
    /// Colour and highlighting (only at a terminal).
    public var colour = false
    /// Header rows in tables, CSV and TSV (`.headers on|off`).
    public var headers = true

    public init(colour: Bool = false, headers: Bool = true) {
        self.colour = colour
        self.headers = headers
    }
}

/// A result as rows of cells, before a format lays it out.
struct Grid: Equatable {
    var header: [String]
    var rows: [[String]]
}
