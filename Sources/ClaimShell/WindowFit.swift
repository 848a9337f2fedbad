/// Makes a table fit a width, as DuckDB's shell does: long text cells are shortened
/// with "…", numbers never; when even the narrowest text does not fit, columns are
/// left out from the right and a footer names them.
struct WindowFit {
    /// The width to fit, in characters.
    let budget: Int
    /// Characters between two columns, and around the whole row (box lines).
    let gap: Int
    var frame = 0

    /// Each column's width (its cells cut to it), and the columns left out.
    /// - Parameters:
    ///   - natural: the widest cell of each column, header included.
    ///   - fixed: columns never shortened (ids, values, counts).
    ///   - headers: the column names, which shortened columns keep room for when short.
    func widths(natural: [Int], fixed: Set<Int>, headers: [String]) -> (widths: [Int], dropped: [Int]) {
        func total(_ widths: [Int], _ kept: [Int]) -> Int {
            kept.reduce(0) { $0 + widths[$1] } + gap * max(0, kept.count - 1) + frame
        }
        var kept = Array(natural.indices)
        guard total(natural, kept) > budget else { return (natural, []) }
        let minimum = natural.indices.map { i in fixed.contains(i) ? natural[i] : min(natural[i], max(6, headers[i].count)) }
        func capped(_ cap: Int) -> [Int] {
            natural.indices.map { i in fixed.contains(i) ? natural[i] : max(minimum[i], min(natural[i], cap)) }
        }
        // The widest cap on text columns that fits, if any does.
        var (low, high) = (0, natural.max() ?? 0)
        while low < high {
            let mid = (low + high + 1) / 2
            if total(capped(mid), kept) <= budget { low = mid } else { high = mid - 1 }
        }
        var widths = capped(low)
        if total(widths, kept) <= budget { return (widths, []) }
        // Even the narrowest text is too wide: leave columns out from the right, keeping the first.
        var dropped: [Int] = []
        while kept.count > 1, total(widths, kept) > budget {
            dropped.insert(kept.removeLast(), at: 0)
        }
        // Give what is left over back to the text columns still shown.
        for i in kept where !fixed.contains(i) {
            let spare = budget - total(widths, kept)
            guard spare > 0 else { break }
            widths[i] = min(natural[i], widths[i] + spare)
        }
        return (widths, dropped)
    }

    /// A table's layout in the window: each column's width, the columns shown, and the
    /// footer naming those left out ("" when all fit).
    func layout(natural: [Int], fixed: Set<Int>, headers: [String]) -> (widths: [Int], shown: [Int], footer: String) {
        let (widths, dropped) = self.widths(natural: natural, fixed: fixed, headers: headers)
        return (widths, natural.indices.filter { !dropped.contains($0) }, Self.footer(dropped.map { headers[$0] }, width: budget))
    }

    /// A cell cut to `width` characters, ending in "…" when cut.
    static func shorten(_ cell: String, to width: Int) -> String {
        guard cell.count > width else { return cell }
        guard width > 1 else { return String(cell.prefix(width)) }
        return String(cell.prefix(width - 1)) + "…"
    }

    /// "(3 columns not shown: quote, surface, sentence — .mode line shows every field)",
    /// wrapped at spaces to `width`.
    static func footer(_ names: [String], width: Int) -> String {
        guard !names.isEmpty else { return "" }
        let count = names.count == 1 ? "1 column" : "\(names.count) columns"
        let text = "(\(count) not shown: \(names.joined(separator: ", ")) — .mode line shows every field)"
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
