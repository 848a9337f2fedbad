import Foundation
import Testing
import ClaimqTestHelpers
import ClaimExtraction
import ClaimStore
@testable import ClaimShell

/// Runs each samples/NAME.cq through a session and compares everything it writes
/// (results and diagnostics, in order) with samples/NAME.expected. The expected
/// files were checked line by line against the article and its claims table.
/// CLAIMQ_RECORD_GOLDEN=1 swift test rewrites them (and fails): check the diff by hand.
@Suite struct GoldenScriptTests {
    static let samples = Repository.url("samples")

    static let scripts: [String] = (try? FileManager.default.contentsOfDirectory(atPath: samples.path))?
        .filter { $0.hasSuffix(".cq") }.map { String($0.dropLast(3)) }.sorted() ?? []

    @Test func thereAreGoldenScripts() {
        #expect(Self.scripts.count >= 4)
    }

    @Test(arguments: scripts)
    func script(_ name: String) throws {
        let script = try String(contentsOf: Self.samples.appendingPathComponent(name + ".cq"), encoding: .utf8)
        let expected = try String(contentsOf: Self.samples.appendingPathComponent(name + ".expected"), encoding: .utf8)
        let console = TranscriptConsole()
        let session = Session(store: try ArticleLoader.loadSample(), console: console)
        ScriptRunner.run(session, sourceName: "samples/\(name).cq", text: script)
        if ProcessInfo.processInfo.environment["CLAIMQ_RECORD_GOLDEN"] == "1" {
            try console.text.write(to: Self.samples.appendingPathComponent(name + ".expected"), atomically: true, encoding: .utf8)
            Issue.record("recorded samples/\(name).expected: check it by hand (git diff)")
            return
        }
        let got = console.text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, (a, b)) in zip(got, want).enumerated() where a != b {
            Issue.record("samples/\(name).expected:\(i + 1):\n  expected: \(b)\n  got:      \(a)")
            break
        }
        #expect(got.count == want.count, "line count")
        #expect(session.failed == name.contains("error"), "only error scripts fail")
    }
}
