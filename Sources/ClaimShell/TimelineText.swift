import ClaimQuery
import ClaimStore

/// Claims' periods on one time axis, a row per claim, so overlaps show at a glance:
///
///     #5  US     more than 29,269 requests  ████████████████████████████████████
///     #8  US-CA  3,348 requests                      ███████████████████████████████
///                                           2014     2015     2016     2017
///
/// An "as of" claim is a single ◆; claims with no period are listed below the axis.
struct TimelineText {
    var colour: Bool
    /// Columns for the widest span; shorter spans get one column per month.
    var width = 48

    func render(_ claims: [Claim]) -> String {
        guard !claims.isEmpty else { return "no claims match\n" }
        let dated = claims.filter { $0.period != nil }
        let undated = claims.filter { $0.period == nil }
        var out = ""
        if let first = dated.map({ $0.period!.from }).min(), let last = dated.map({ $0.period!.to }).max() {
            let start = YearMonth(year: first.year, month: 1).ordinal
            let end = YearMonth(year: last.year, month: 12).ordinal
            let months = end - start + 1
            let columns = min(width, months)
            let labels = dated.map(label)
            let labelWidth = labels.map(\.count).max() ?? 0
            for (claim, text) in zip(dated, labels) {
                out += text.padded(to: labelWidth) + "  " + bar(claim.period!, start: start, months: months, columns: columns) + "\n"
            }
            out += String(repeating: " ", count: labelWidth + 2) + axis(start: start, months: months, columns: columns) + "\n"
        }
        for claim in undated { out += label(claim) + "  (no period)\n" }
        return out
    }

    private func label(_ c: Claim) -> String {
        "#\(c.id)".padded(to: 4) + " " + (c.place?.code ?? "").padded(to: 5) + "  " + Words.claimValue(c)
    }

    private func column(_ ordinal: Int, start: Int, months: Int, columns: Int) -> Int {
        (ordinal - start) * columns / months
    }

    private func bar(_ p: Period, start: Int, months: Int, columns: Int) -> String {
        let from = column(p.from.ordinal, start: start, months: months, columns: columns)
        let to = column(p.to.ordinal, start: start, months: months, columns: columns)
        let mark = p.kind == .asOf ? "◆" : String(repeating: "█", count: to - from + 1)
        return String(repeating: " ", count: from) + mark
    }

    /// Year labels where each year starts, as room allows.
    private func axis(start: Int, months: Int, columns: Int) -> String {
        var line = [Character](repeating: " ", count: columns + 4)
        var year = start / 12
        var nextFree = 0
        while year * 12 <= start + months - 1 {
            let col = column(year * 12, start: start, months: months, columns: columns)
            let text = Array(String(year))
            if col >= nextFree, col + text.count <= line.count {
                line.replaceSubrange(col..<(col + text.count), with: text)
                nextFree = col + text.count + 1
            }
            year += 1
        }
        return String(line).trailingSpacesRemoved()
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func trailingSpacesRemoved() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
