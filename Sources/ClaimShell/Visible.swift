/// Text from data (an article, a claims file) made safe to show a person at a
/// terminal: a control character there could move the cursor, retitle the window or
/// ring the bell (ESC, OSC sequences, BEL), so each is written out visibly instead
/// ("\x1b"). Tab, line feed and carriage return are whitespace in prose and become a
/// space, which keeps a hard-wrapped quote on one table row. Machine formats (CSV,
/// TSV, JSON) keep the data as it is.
enum Visible {
    static func text(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\t", "\n", "\r": out += " "
            case _ where isControl(scalar):
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 controls, DEL and the C1 controls (U+0080–U+009F, which some terminals obey too).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
