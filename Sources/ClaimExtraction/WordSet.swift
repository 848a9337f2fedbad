import ClaimStore

/// A set of words, looked up by their bytes (not `Set<String>`: its hashing cost more
/// than the rest of a look-up). Every word of an article is asked whether it starts a
/// number ("three", "half", "dozens"); `WordTable` answers "no" for most without hashing.
struct WordSet: ExpressibleByArrayLiteral, Sequence {
    private var words = WordTable()
    /// The members as given, for building other sets from this one.
    private var members: [String] = []

    init<S: Sequence<String>>(_ members: S) {
        for word in members {
            self.members.append(word)
            words.insert(word, 0)
        }
    }

    init(arrayLiteral members: String...) {
        self.init(members)
    }

    func makeIterator() -> IndexingIterator<[String]> { members.makeIterator() }

    /// This set with `others` added.
    func union<S: Sequence<String>>(_ others: S) -> WordSet { WordSet(members + others) }

    @inline(__always)
    func contains(_ word: String) -> Bool {
        words[word] != nil
    }

    /// Whether the word with these UTF-8 bytes is a member.
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.find(bytes) != nil
    }
}

/// Whether `text` is `word`, their lengths compared first. (Comparing two strings that
/// differ is a call into the standard library; the words a figure's rules compare its
/// unit and the words after it with mostly differ in length, which is read in place.)
/// `word` is ASCII without "K", ";" or "`": no other text is canonically equivalent to
/// such a word (the Kelvin sign is to "K"), so one equal to it has its bytes.
@inline(__always)
func isText(_ text: String?, _ word: String) -> Bool {
    guard let text, text.utf8.count == word.utf8.count else { return false }
    return text == word
}
