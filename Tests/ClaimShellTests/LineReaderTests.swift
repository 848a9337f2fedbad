import Foundation
import Testing
@testable import ClaimShell

@Suite struct LineReaderTests {
    /// Lines read back from a file holding `bytes`.
    private func lines(_ bytes: [UInt8]) throws -> [String] {
        let path = NSTemporaryDirectory() + "claimq-lines-\(UUID().uuidString)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let reader = LineReader(fd: fd)
        var out: [String] = []
        while let line = reader.next() { out.append(line) }
        return out
    }

    @Test func lineEndingsAndALastLineWithoutOne() throws {
        #expect(try lines(Array("a\nb\r\n\nc".utf8)) == ["a", "b", "", "c"])
        #expect(try lines(Array("a\n".utf8)) == ["a"])
        #expect(try lines([]) == [])
    }

    /// A byte-order mark before the first line is not part of it (nor of later lines).
    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try lines([0xEF, 0xBB, 0xBF] + Array("count\r\n\u{FEFF}x\n".utf8)) == ["count", "\u{FEFF}x"])
        #expect(try lines([0xEF, 0xBB, 0xBF]) == [])
        #expect(try lines([0xEF, 0xBB]) == ["\u{FFFD}"])
    }

    /// Whole scripts (`-f`, `.read`, `-c`) split the same way as piped ones.
    @Test func scriptTextSplitsLikePipedInput() {
        #expect(ScriptRunner.lines("a\r\nb\r\n\r\nc") == ["a", "b", "", "c"])
        #expect(ScriptRunner.lines("\u{FEFF}count claims\nx\n") == ["count claims", "x"])
        #expect(ScriptRunner.lines("a\n") == ["a"])
        #expect(ScriptRunner.lines("") == [])
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        #expect(try lines([0x61, 0xFF, 0x0A, 0x62]) == ["a\u{FFFD}", "b"])
    }

    @Test func linesLongerThanOneBlock() throws {
        let long = String(repeating: "x", count: 200_000)
        #expect(try lines(Array((long + "\nshort\n" + long).utf8)) == [long, "short", long])
    }
}

/// Unfinished input cannot grow without end: past the cap it is run as it stands.
@Suite struct StatementBufferTests {
    @Test func anUnfinishedStatementPastTheCapIsRunAsItIs() {
        var buffer = StatementBuffer(sourceName: "t", maxBytes: 10)
        #expect(buffer.add("(", number: 1) == nil)
        #expect(buffer.add("1 +", number: 2) == nil, "5 bytes so far")
        let run = buffer.add("(2 +", number: 3)
        #expect(run?.text == "(\n1 +\n(2 +", "10 bytes: over the cap, handed over unfinished")
        #expect(buffer.isEmpty)
        #expect(buffer.add("count", number: 4)?.text == "count", "and the next line starts afresh")
    }
}
