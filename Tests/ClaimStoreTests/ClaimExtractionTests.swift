import Foundation
import Testing
@testable import ClaimStore

@Suite struct ContextFinderTests {
    private func periods(_ text: String) -> [String] {
        ContextFinder(Array(text.unicodeScalars)).periods().map(\.value.description)
    }

    @Test(arguments: [
        ("From January 2014 to May 2017, it rose", ["2014-01..2017-05"]),
        ("between January and February 2017", ["2017-01..2017-02"]),
        ("between 2015 and 2017", ["2015-01..2017-12"]),
        ("between September 2001 and December 2014", ["2001-09..2014-12"]),
        ("as of June 2017", ["as of 2017-06"]),
        ("in 2016", ["2016-01..2016-12"]),
        ("in May it rained", []),
        ("it may rise", []),
    ])
    func periodForms(_ text: String, _ expected: [String]) {
        #expect(periods(text) == expected)
    }

    @Test(arguments: [
        ("My own state of California denied 11", "US-CA"),
        ("refused nationwide", "US"),
        ("convicted in the United States", "US"),
        ("300,000 U.S. Muslims", "US"),
        ("exports to Germany rose", "DE"),
        ("ICE screened them", "US"),
        ("New York City spent", "US-NY"),
    ])
    func placeCues(_ text: String, _ code: String) {
        #expect(ContextFinder(Array(text.unicodeScalars)).places().first?.value.code == code)
    }

    @Test(arguments: [
        ("A survey conducted by the Center for Security Policy showed", "Center for Security Policy"),
        ("according to the City Auditor", "City Auditor"),
        ("the DHS audit found that in a sampling", "DHS"),
        ("The Census Bureau reported that 5 people", "Census Bureau"),
        ("Sessions’ Senate Judiciary Committee’s subcommittee on Immigration revealed that", "Senate Judiciary Committee’s subcommittee on Immigration"),
    ])
    func sourceCues(_ text: String, _ source: String) {
        #expect(ContextFinder(Array(text.unicodeScalars)).sources().first?.value == source)
    }
}

/// Extraction of the sample, compared with its curated claims (bench/sample_extraction.py
/// prints the same comparison as figures).
@Suite struct SampleExtractionTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    @Test func everyCuratedValueIsFoundAndNothingComesFromChrome() throws {
        let path = Self.samples.appendingPathComponent("sanctuary-ice-detainers.txt").path
        let article = ArticleText(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
        let drafts = ClaimExtractor.extract(article, slug: "sample").map(\.claim)
        let curated = try ArticleLoader.load(path: path).claims
        let chrome = Set(article.paragraphs.filter { $0.chrome != nil }.map(\.number))
        #expect(drafts.allSatisfy { !chrome.contains($0.paragraph) })
        for c in curated {
            let match = drafts.first { $0.value == c.value && $0.paragraph == c.paragraph }
            #expect(match != nil, "#\(c.id) \(c.surface)")
            guard let d = match else { continue }
            #expect(d.qualifier == c.qualifier, "#\(c.id) qualifier")
            #expect(d.unit == c.unit, "#\(c.id) unit")
            #expect(d.period == c.period, "#\(c.id) period")
        }
        #expect(drafts.count <= curated.count + 1, "at most one extra: 'at least one instance'")
    }
}
