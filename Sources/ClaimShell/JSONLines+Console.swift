import ClaimStore

extension JSONLines {
    /// Writes what was written to `console` and empties the buffer.
    mutating func flush(to console: Console) {
        console.out(utf8: bytes)
        removeAll()
    }
}
