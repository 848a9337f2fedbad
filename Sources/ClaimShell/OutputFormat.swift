import ClaimQuery

/// How results are written: `.mode` at the prompt, `--format` on the command line.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json

    func render(_ result: QueryResult, colour: Bool) -> String {
        switch self {
        case .table: return TextRenderer(colour: colour).render(result)
        case .csv: return CSVRenderer().render(result)
        case .json: return JSONRenderer().render(result)
        }
    }
}
