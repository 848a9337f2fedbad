import ClaimQuery

/// The one place diagnostics become text:
///
///     <stdin>:1:20: error: unknown field 'stat'
///     sum refusals where stat = "CA"
///                        ^~~~
///     hint: did you mean 'state'?
///
/// At a prompt the location prefix is left out (the user just typed the line).
struct DiagnosticRenderer {
    var showLocation = true
    /// Red "error:", yellow "warning:" and caret, at a terminal.
    var colour = false
    /// Longest stretch of a source line shown; longer lines are cut around the caret.
    var window = 100

    func render(_ d: Diagnostic, in source: SourceText) -> String {
        let (line, column) = source.location(of: d.range.lowerBound)
        let prefix = showLocation ? "\(source.name):\(line):\(column): " : ""
        let code = d.severity == .error ? "1;31" : "1;33"
        let label = colour ? "\u{1B}[\(code)m\(d.severity.rawValue):\u{1B}[0m" : "\(d.severity.rawValue):"
        var out = "\(prefix)\(label) \(Visible.text(d.message))\n"
        out += excerpt(d, in: source, column: column)
        for hint in d.hints { out += "hint: \(Visible.text(hint))\n" }
        return out
    }

    /// The source line (control characters made visible, long lines cut) and a caret
    /// under the range: ^ at its start, ~ along the rest of it on that line.
    private func excerpt(_ d: Diagnostic, in source: SourceText, column: Int) -> String {
        let text = Array(source.line(containing: d.range.lowerBound)).map(visible)
        let start = min(column - 1, text.count)
        let length = max(1, source.slice(d.range).prefix { $0 != "\n" }.count)
        var from = 0
        if text.count > window { from = max(0, min(start - window / 2, text.count - window)) }
        let to = min(text.count, from + window)
        let shown = (from > 0 ? "…" : "") + String(text[from..<to]) + (to < text.count ? "…" : "")
        let pad = (from > 0 ? " " : "") + String(text[from..<start].map { $0 == "\t" ? "\t" : " " })
        var caret = "^" + String(repeating: "~", count: max(0, min(length, to - start) - 1))
        if colour { caret = "\u{1B}[1;32m" + caret + "\u{1B}[0m" }
        return shown + "\n" + pad + caret + "\n"
    }

    private func visible(_ c: Character) -> Character {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
        if scalar == "\t" { return c }
        return Visible.isControl(scalar) ? "?" : c   // one column, so the caret stays under its place
    }
}
