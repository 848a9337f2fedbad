import ClaimExtraction
import ClaimQuery
import ClaimShell
import ClaimStore

/// What each fuzz target checks of one input: nil when every invariant holds, else
/// what broke. The libFuzzer entry points (`Fuzz/`, built by `scripts/fuzz.sh`) trap
/// on a problem, and a crash is a finding too; `FuzzRegressionTests` run the same
/// checks over the seeds and every input the fuzzers ever found (`Fuzz/findings/`).
public enum FuzzChecks {
    public static let targets = ["query", "claims", "extract"]

    public static func check(_ target: String, _ bytes: [UInt8]) -> String? {
        switch target {
        case "query": return query(bytes)
        case "claims": return claimsFile(bytes)
        case "extract": return extraction(bytes)
        default: return "no fuzz target \(target)"
        }
    }

    private static let sample = ClaimStore.sample()
    private static let sampleArticle = ArticleText(name: "sample.txt", text: EmbeddedSample.article)

    /// Statements (lexer, continuation, parser, binder, evaluator, every output format)
    /// over the sample store. Dot-commands are skipped: they write files.
    public static func query(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        return answers(text, over: sample)
    }

    /// A claims file for the sample article: it loads or is refused with a reason,
    /// and what loads answers queries.
    public static func claimsFile(_ bytes: [UInt8]) -> String? {
        let article = sampleArticle
        let claims: [Claim]
        do {
            claims = try ClaimLoader.load(article: "sample", text: article, claimsJSON: String(decoding: bytes, as: UTF8.self),
                                          claimsFile: "fuzz.claims.json")
        } catch {
            return error.description.isEmpty ? "a refusal without a reason" : nil
        }
        if let bad = claims.first(where: { !$0.value.isFinite || !(1...Claim.maximumID).contains($0.id) }) {
            return "claim #\(bad.id) loaded with value \(bad.value)"
        }
        let store = ClaimStore(claims: claims)
        return answers("count claims; list claims; sum value by unit; list claims order by period; check; timeline; why", over: store)
    }

    /// An article: extraction reads it, and the draft it writes loads back whole.
    public static func extraction(_ bytes: [UInt8]) -> String? {
        let article = ArticleText(name: "fuzz.txt", text: String(decoding: bytes, as: UTF8.self))
        let drafts = ClaimExtractor.extract(article, slug: "fuzz")
        for d in drafts {
            if let p = d.claim.period, p.from > p.to || p.from.year < 1 { return "claim #\(d.claim.id) has period \(p)" }
            if !d.claim.value.isFinite { return "claim #\(d.claim.id) has value \(d.claim.value)" }
        }
        do {
            let loaded = try ClaimLoader.load(article: "fuzz", text: article, claimsJSON: try ClaimExtractor.draftFile(drafts),
                                              claimsFile: "fuzz.claims.json")
            return loaded.count == drafts.count ? nil : "\(drafts.count) drafts, \(loaded.count) loaded back"
        } catch {
            return "the draft does not load back: \(error)"
        }
    }

    /// What a script prints, results and diagnostics, as a table over the sample store.
    public static func transcript(_ text: String) -> String {
        let console = RecordingConsole()
        ScriptRunner.run(Session(store: sample, console: console), sourceName: "fuzz", text: text)
        return console.out + console.err
    }

    /// Runs `text` as a script in every output format; what people see holds no raw
    /// control character, and no answer is infinite or NaN.
    static func answers(_ text: String, over store: ClaimStore) -> String? {
        let isDotCommand = text.split(separator: "\n").contains { $0.drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).hasPrefix(".") }
        guard !isDotCommand else { return nil }
        for format in OutputFormat.allCases {
            let console = RecordingConsole()
            let session = Session(store: store, console: console, format: format)
            ScriptRunner.run(session, sourceName: "fuzz", text: text)
            // Formats for people show data's control characters escaped, and so do
            // diagnostics but JSON ones; machine formats keep the data (JSON, errors
            // included, escapes only what it must: below U+0020).
            let shown = (format.isForPeople ? console.out : "") + (format == .json ? "" : console.err)
            if let c = shown.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }) {
                return "\(format): a raw control character U+\(String(c.value, radix: 16)) reached the output"
            }
            if format == .json, (console.out + console.err).unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" }) {
                return "json: a control character left unescaped"
            }
            if console.out.contains("NaN") || console.out.contains("∞") { return "\(format): an answer is infinite or NaN" }
        }
        return nil
    }
}

/// Keeps what a session writes, for the checks to read.
final class RecordingConsole: Console {
    var out = ""
    var err = ""
    func out(_ text: String) { out += text }
    func err(_ text: String) { err += text }
    func flush() {}
    func finish() -> Bool { true }
    func redirect(to path: String?) -> String? { "files are not written while fuzzing" }
}
