import ClaimStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The name a source goes by in a claims file, from the words the article uses:
/// - bodies with a usual acronym are written as it, part by part: "the Department
///   of Homeland Security Office of Inspector General" → "DHS OIG";
/// - "X Committee’s subcommittee on Y" → "X Subcommittee on Y";
/// - anything else as written.
enum SourceNames {
    static func canonical(_ name: String) -> String {
        if let acronym = acronyms(name) { return acronym }
        return subcommittee(name) ?? name
    }

    /// The name spelled out of known bodies only, as their acronyms; nil otherwise.
    /// (Read by bytes: a body's name is ASCII, so where a mark follows one, joining its
    /// last letter, the name goes on with a byte no body's name starts with, and is none.)
    private static func acronyms(_ name: String) -> String? {
        // (On the name's bytes, read once: substrings of it, one for each body tried,
        // cost some 6,000 instructions a name.)
        name.withUTF8Buffer { bytes -> String? in
            var (at, parts) = (0, [String]())
            while at < bytes.count {
                guard let k = bodyBytes.firstIndex(where: { body in
                    body.count <= bytes.count - at && memcmp(bytes.baseAddress! + at, body, body.count) == 0
                }) else { return nil }
                parts.append(bodies[k].1)
                at += bodyBytes[k].count
                while at < bytes.count, bytes[at] == 32 { at += 1 }
            }
            return parts.isEmpty ? nil : parts.joined(separator: " ")
        }
    }

    private static let bodyBytes = bodies.map { Array($0.0.utf8) }

    /// Whether a source is a body rather than a person: an acronym ("WMO", "DHS OIG")
    /// or a name with a body's word in it ("Department of Public Health", "Reuters"
    /// is neither and counts as a person). A body's figures go on in the sentences
    /// after the one that credits it; a person's only in their quotation.
    static func isBody(_ name: String) -> Bool {
        asciiIsBody(name) ?? isBodyByCharacters(name)
    }

    /// `isBody` by the name's Characters: any name.
    static func isBodyByCharacters(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        if words.allSatisfy({ $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0 == "." } }) { return true }
        return words.contains { bodyWords.contains($0.lowercased()) }
    }

    /// `isBody` for a name in ASCII, where a character is a byte: read from its bytes,
    /// not split into Characters (some 7,000 instructions a name). Nil for any other name.
    private static func asciiIsBody(_ name: String) -> Bool? {
        name.withUTF8Buffer { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var (acronyms, body) = (true, false)
            var start = 0
            while start < bytes.count {
                if bytes[start] == 32 { start += 1; continue }
                var end = start
                while end < bytes.count, bytes[end] != 32 { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if word.count < 2 || word.contains(where: { !($0 >= 65 && $0 <= 90 || $0 == 46) }) { acronyms = false }
                if !body {
                    body = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lowered in
                        for k in word.indices { lowered[k] = word[k] >= 65 && word[k] <= 90 ? word[k] + 32 : word[k] }
                        return bodyWords.contains(bytes: UnsafeBufferPointer(lowered))
                    }
                }
                start = end
            }
            return acronyms || body
        }
    }

    private static let bodyWords: WordSet = [
        "department", "ministry", "office", "agency", "bureau", "institute", "center", "centre", "council", "commission",
        "committee", "subcommittee", "administration", "authority", "service", "survey", "university", "organisation",
        "organization", "association", "foundation", "board", "police", "government", "court", "bank", "fund", "union",
        "corporation", "company", "group", "party", "news", "statistics", "census",
    ]

    private static func subcommittee(_ name: String) -> String? {
        guard name.containsBytes("subcommittee") else { return nil }
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard let k = words.indices.dropLast().first(where: {
            (words[$0] == "Committee’s" || words[$0] == "Committee's") && words[$0 + 1] == "subcommittee"
        }) else { return nil }
        return (words[..<k] + ["Subcommittee"] + words[(k + 2)...]).joined(separator: " ")
    }

    /// US federal bodies that articles and fact-checkers name by acronym. Longer
    /// spellings first, so "Office of the Inspector General" wins over a shorter match.
    static let bodies: [(String, String)] = [
        ("Department of Homeland Security", "DHS"), ("Office of the Inspector General", "OIG"),
        ("Office of Inspector General", "OIG"), ("Department of Justice", "DOJ"), ("Department of Labor", "DOL"),
        ("Department of State", "DOS"), ("Department of Defense", "DOD"), ("Government Accountability Office", "GAO"),
        ("Congressional Budget Office", "CBO"), ("Bureau of Labor Statistics", "BLS"),
        ("Federal Bureau of Investigation", "FBI"), ("Centers for Disease Control and Prevention", "CDC"),
        ("Immigration and Customs Enforcement", "ICE"), ("Customs and Border Protection", "CBP"),
        ("Enforcement and Removal Operations", "ERO"), ("Environmental Protection Agency", "EPA"),
    ].sorted { $0.0.count > $1.0.count }
}
