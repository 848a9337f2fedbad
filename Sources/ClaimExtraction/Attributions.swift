import ClaimStore

/// Who an article credits its figures to, sentence by sentence. Besides the names a
/// sentence gives ("according to X", "X found that"), articles that report a
/// document's findings name the document once ("An audit conducted by the Department
/// of Homeland Security Office of Inspector General found that …") and then go on
/// reporting it, paragraph after paragraph, or refer back to it ("the DHS audit
/// found", "according to the report"). So:
/// - a definite reference to a document credits the document named before it
///   (the latest of the same kind, else the latest), and "the department said"
///   credits the latest body named with that word ("the state Department of Health");
/// - after a paragraph whose last attribution is a document, the next paragraphs
///   without an attribution of their own are its findings too, about the same
///   place, until an attribution to someone else, a paragraph in the first person
///   ("My own state …"), or site chrome between paragraphs ends it. Other sources
///   carry only within their paragraph.
struct Attributions {
    /// A source a sentence gives (nil when the text does not name it), and whether it is a document's.
    struct Said {
        let source: String?
        let isDocument: Bool
    }

    private var documents: [ContextFinder.Document] = []
    /// Every source named so far, in order.
    private var named: [String] = []
    /// The document whose findings the article is still reporting, and where.
    private(set) var reporting: (source: String, place: Place?)?

    /// The sources a sentence gives, in order, with documents resolved.
    mutating func sources(_ finder: ContextFinder) -> [ContextFinder.Found<Said>] {
        let introduced = finder.introducedDocuments()
        let sources = finder.sources()
        let inDocument = !sources.isEmpty && finder.citesDocument()   // "X said in a report"
        // In order: "Professor Eastman said he was alarmed by what they found" resolves
        // "they" after the name before it.
        var found: [ContextFinder.Found<Said>] = []
        for s in sources {
            let source = resolved(s.value)
            found.append(ContextFinder.Found(value: Said(source: source, isDocument: inDocument || introduced.contains { $0.range == s.range }),
                                             range: s.range, isOwnSentenceOnly: s.isOwnSentenceOnly))
            if let source { named.append(source) }
        }
        if !introduced.isEmpty { documents += introduced.map(\.value) }
        for reference in documents.isEmpty ? [] : finder.documentReferences() {
            guard let document = documents.last(where: { $0.kind == reference.value }) ?? documents.last else { continue }
            // "the DHS audit found": the audit's author, not the name inside the reference.
            found.removeAll { $0.range.overlaps(reference.range) }
            found.append(ContextFinder.Found(value: Said(source: document.source, isDocument: true), range: reference.range))
        }
        // (Most sentences credit one source or none: a sort still copied them.)
        return found.count > 1 ? found.sorted { $0.range.lowerBound < $1.range.lowerBound } : found
    }

    /// "department" → the latest "… Department …" named; "He", "She", "They" → the
    /// latest source named (nil when none was); other names as they are.
    private func resolved(_ name: String) -> String? {
        if Self.pronouns.contains(name) {
            // "he" and "she" are people, not the body named last.
            let person = name.lowercased() != "they"
            return person ? named.last { !SourceNames.isBody($0) } : named.last
        }
        guard ContextFinder.bodies.contains(name) else { return name }
        let head = name.prefix(1).uppercased() + name.dropFirst()
        return named.last { $0.split(separator: " ").contains { $0 == head } } ?? name
    }

    static let pronouns: WordSet = ["He", "She", "They", "he", "she", "they"]

    mutating func endParagraph(said: [Said], place: Place?, firstPerson: Bool) {
        if let last = said.last {
            reporting = last.isDocument ? last.source.map { ($0, place) } : nil
        } else if firstPerson {
            reporting = nil
        } else if let report = reporting {
            reporting = (report.source, place ?? report.place)
        }
    }

    /// Site chrome between paragraphs: what follows is not read as the same report.
    mutating func interrupt() {
        reporting = nil
    }
}
