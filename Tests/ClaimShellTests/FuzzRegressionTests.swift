import Foundation
import Testing
import ClaimFuzzing
import ClaimqTestHelpers

/// What the fuzzers check (FuzzChecks), on the inputs they start from and on every
/// input they ever found (Fuzz/findings/TARGET/, kept after the fix).
@Suite struct FuzzRegressionTests {
    private static func files(_ folder: String) -> [URL] {
        let url = Repository.root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzChecks.targets)
    func everyFindingStaysFixed(_ target: String) throws {
        for file in Self.files("Fuzz/findings/\(target)") {
            let problem = FuzzChecks.check(target, Array(try Data(contentsOf: file)))
            #expect(problem == nil, "\(target) \(file.lastPathComponent): \(problem ?? "")")
        }
    }

    @Test func theSeedsHoldEveryInvariant() throws {
        for file in Self.files("samples") {
            let bytes = Array(try Data(contentsOf: file))
            let target = file.pathExtension == "cq" ? "query" : file.pathExtension == "txt" ? "extract"
                : file.lastPathComponent.hasSuffix(".claims.json") || file.lastPathComponent.hasSuffix(".extracted.json") ? "claims" : nil
            guard let target else { continue }
            #expect(FuzzChecks.check(target, bytes) == nil, "\(file.lastPathComponent)")
        }
    }

    /// Every prefix of every statement in the example scripts is answered or refused
    /// with a diagnostic: a half-typed statement never crashes or says nothing.
    @Test func everyPrefixOfEverySampleStatement() throws {
        for file in Self.files("samples") where file.pathExtension == "cq" {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
            for line in lines where !line.hasPrefix(".") && !line.hasPrefix("--") {
                let scalars = Array(line.unicodeScalars)
                for end in 1...scalars.count {
                    let prefix = String(String.UnicodeScalarView(scalars[..<end]))
                    #expect(FuzzChecks.query(Array(prefix.utf8)) == nil, "\(prefix)")
                    let said = FuzzChecks.transcript(prefix)
                    let isComment = prefix.trimmingCharacters(in: .whitespaces).isEmpty
                        || prefix.range(of: #"^\s*(--|#)"#, options: .regularExpression) != nil
                    #expect(isComment || !said.isEmpty, "no answer and no diagnostic for \(prefix.debugDescription)")
                }
            }
        }
    }
}
