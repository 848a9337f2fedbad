import Foundation
import Testing
import ClaimqTestHelpers
@testable import ClaimQuery

/// Holds grammar/claimq.ebnf and Parser.swift together: the syntax rules in the
/// grammar are exactly the rules heading the parse functions, and every example in
/// the grammar and every sample script (but the error ones) parses.
@Suite struct GrammarTests {
    static let root = Repository.root

    private func read(_ path: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    }

    private func grammarSection(_ name: String) throws -> String {
        let text = try read("grammar/claimq.ebnf")
        let start = try #require(text.range(of: "(* ---- \(name) ---- *)"))
        let rest = text[start.upperBound...]
        let end = rest.range(of: "(* ----")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func syntaxRulesAreTheParserFunctionHeaders() throws {
        let grammar = try grammarSection("syntax").split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let parser = try read("Sources/ClaimQuery/Parser.swift").split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("// ") && $0.hasSuffix(" ;") && $0.contains(" = ") }
            .map { String($0.dropFirst(3)) }
        #expect(grammar.count >= 20)
        #expect(Set(grammar).subtracting(parser).isEmpty, "in the grammar, not heading a parse function: \(Set(grammar).subtracting(parser))")
        #expect(Set(parser).subtracting(grammar).isEmpty, "heading a parse function, not in the grammar: \(Set(parser).subtracting(grammar))")
    }

    @Test func everyGrammarExampleParses() throws {
        let examples = try grammarSection("examples").split(separator: "\n")
            .filter { $0.hasPrefix("e.g. ") }.map { String($0.dropFirst(5)) }
        #expect(examples.count >= 10)
        for example in examples { expectParses(example, name: "grammar") }
    }

    @Test func everySampleScriptParses() throws {
        let folder = Self.root.appendingPathComponent("samples")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".cq") && !$0.contains("error") }
        #expect(!scripts.isEmpty)
        for script in scripts {
            let lines = try read("samples/" + script).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() where !line.hasPrefix(".") {
                expectParses(String(line), name: "\(script):\(number + 1)")
            }
        }
    }

    private func expectParses(_ text: String, name: String) {
        for result in Parser.parse(SourceText(name: name, text: text)) {
            if case .failure(let d) = result { Issue.record("\(name): \(text): \(d.message)") }
        }
    }
}
