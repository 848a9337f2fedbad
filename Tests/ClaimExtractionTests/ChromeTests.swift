import Foundation
import Testing
import ClaimqTestHelpers
@testable import ClaimExtraction
@testable import ClaimStore

@Suite struct ChromeTests {
    /// Every chrome paragraph of the sample, counted by hand in the file (the title is 1).
    @Test func theSampleChromeAndNothingElse() throws {
        let url = Repository.url("samples/sanctuary-ice-detainers.txt")
        let article = ArticleText(name: "sample", text: try String(contentsOf: url, encoding: .utf8))
        var chrome: [Int: Chrome.Kind] = [:]
        for p in article.paragraphs { if let kind = article.chrome(p) { chrome[p.number] = kind } }
        #expect(chrome == [7: .headline, 12: .poll, 18: .headline, 24: .bio, 25: .disclaimer, 26: .headline,
                           27: .prompt, 28: .disclaimer, 29: .punctuation])
        #expect(article.paragraphs.count == 29)
    }

    @Test(arguments: [
        (", , , , ,", Chrome.Kind.punctuation), ("* * *", .punctuation),
        ("Sign up for our daily newsletter", .prompt), ("Submit a Correction →", .prompt),
        ("Copyright © 2024 Example Media. All rights reserved.", .disclaimer),
        ("Jane Doe is a senior reporter covering energy. Her work has appeared in many papers.", .bio),
        ("Should the city raise the tax?", .poll),
        ("Ten Things You Missed This Week in Politics", .headline),
        ("Watch: Senator Responds to Budget Critics", .headline),
    ])
    func eachKind(_ text: String, _ kind: Chrome.Kind) {
        #expect(Chrome.classify(text, number: 5) == kind)
    }

    /// An author bio by its opening alone ("NAME is a/an …" and a role), with no
    /// telling phrase: words split at spaces, however many; not with a lower-case second
    /// word, another verb or article, nothing after "a", or a space before the name.
    @Test(arguments: [
        ("Jane Doe is a senior reporter covering energy.", Chrome.Kind?.some(.bio)),
        ("Jane Doe  is   an analyst at the institute.", .bio),
        ("Jane Doe is a columnist", .bio),
        ("Jane doe is a senior reporter covering energy.", nil),
        ("Jane Doe was a senior reporter covering energy.", nil),
        ("Jane Doe is the senior reporter covering energy.", nil),
        ("Jane Doe is a gardener who grows 40 kinds of beans.", nil),
        (" Jane Doe is a senior reporter covering energy.", nil),
        ("Editor Doe is a ", .headline),   // a role, but nothing after "a"
    ])
    func aBioByItsOpening(_ text: String, _ kind: Chrome.Kind?) {
        #expect(Chrome.classify(text, number: 5) == kind)
    }

    @Test(arguments: [
        "The city spent 4.5 million dollars in 2019, officials said.",
        "“Why now?” she asked, and then she left the room without another word.",
        "From January 2014 to May 2017, approximately 675 jurisdictions refused.",
        "In the end, the council voted against it",
    ])
    func articleTextIsNotChrome(_ text: String) {
        #expect(Chrome.classify(text, number: 5) == nil)
    }

    @Test func theTitleIsNotAnInterjectedHeadline() {
        #expect(Chrome.classify("Local Policies Mean ICE Is Facing Serious Challenges", number: 1) == nil)
        #expect(Chrome.classify("Local Policies Mean ICE Is Facing Serious Challenges", number: 9) == .headline)
    }

    /// "© 20…" is a disclaimer, looked for apart from the other phrases: the earliest of
    /// them says the kind, and it is none when something else follows "©".
    @Test(arguments: [
        ("© 2024 Example News. Click here to subscribe.", Chrome.Kind?.some(.disclaimer)),
        ("Click here to subscribe. © 2024 Example News.", .prompt),
        ("Photos © 2023 by the agency, who said 40 died.", .disclaimer),
        ("Writers © 19th century anthology, 40 poems.", nil),
        ("©2024 has no space, 40 of them.", nil),
        ("Trade fell 40 percent. © 2025", .disclaimer),
    ])
    func aCopyrightYear(_ text: String, _ kind: Chrome.Kind?) {
        #expect(Chrome.classify(text, number: 5) == kind)
    }

    /// `PhraseSet` finds what a plain search finds: the earliest place any phrase
    /// starts, in either case of ASCII letters, at the text's start and end, next to
    /// letters its filter folds together ("q" and "1" share five bits) and non-ASCII ones.
    @Test func phraseSetFindsWhatAPlainSearchFinds() {
        let phrases: [(String, Chrome.Kind)] = [("sign up for", .prompt), ("the views expressed", .disclaimer), ("© 20", .disclaimer),
                                                ("thx", .bio), ("newsletter", .prompt), ("ab\u{E9}c", .bio)]
        let set = PhraseSet(phrases)
        func plain(_ text: [Unicode.Scalar]) -> Chrome.Kind? {
            func lower(_ c: Unicode.Scalar) -> Unicode.Scalar { c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32)! : c }
            for i in text.indices {
                for (phrase, kind) in phrases {
                    let p = Array(phrase.unicodeScalars)
                    if i + p.count <= text.count, (0..<p.count).allSatisfy({ lower(text[i + $0]) == p[$0] }) { return kind }
                }
            }
            return nil
        }
        let pieces = ["Sign up for", "SIGN UP FOR", "sign up fo", "the views expressed", "The Views", "thx", "THX", "th", "q", "1", "QP",
                      "© 2024", "©20", "newsletter", "Newsletters", "ab\u{E9}c", "ab\u{C9}c", "abec", " ", ".", "é", "the"]
        var generator = SplitMix(seed: 7)
        for _ in 0..<3_000 {
            let text = Array((0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined().unicodeScalars)
            #expect(set.first(in: text[...]) == plain(text), "\(String(String.UnicodeScalarView(text)))")
        }
    }
}
