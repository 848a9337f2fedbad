import Testing
@testable import ClaimExtraction

/// `WordTable` finds every key it was given, with its first value, and nothing else:
/// keys of eight bytes or fewer are matched in their slot, longer ones by their rest.
@Suite struct WordTableTests {
    @Test func findsEveryKeyAndNothingElse() {
        var keys = ["", "a", "of", "the", "counted", "eightchr", "ninechars", "abcdefghX", "abcdefghY", "abcdefgh",
                    "electricity", "a long key of more than sixteen bytes", "a long key of more than sixteen bytez",
                    "café", "naïve’s", "Labour", "labour"]
        for n in 0..<3000 { keys.append("w\(n * 7919 % 100_003)") }   // enough to grow the table several times
        for n in 100..<1000 { keys.append("abcdefgh\(n)") }   // one head and one length: only their rest tells them apart
        var table = WordTable()
        for (k, key) in keys.enumerated() {
            let added = table.insert(key, Int32(k))
            #expect(added, "\(key)")
        }
        let again = table.insert("the", 99)
        #expect(!again)   // a key given twice keeps its first value
        #expect(table.count == keys.count)
        for (k, key) in keys.enumerated() {
            // A small ASCII word is read from the string's own words, any other from its
            // bytes: both must hash and match alike.
            #expect(table[key] == Int32(k) && table.find(Array(key.utf8)) == Int32(k), "\(key)")
        }
        for absent in ["abcdefghZ", "abcdefg", "eightch", "Of", "ninechar", "a long key of more than sixteen byte",
                       "a long key of more than sixteen bytes!", "w100003", "cafe", String(repeating: "x", count: 300)] {
            #expect(table[absent] == nil && table.find(Array(absent.utf8)) == nil, "\(absent)")
        }
    }
}
