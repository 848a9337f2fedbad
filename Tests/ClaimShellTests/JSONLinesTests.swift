import Foundation
import Testing
import ClaimqTestHelpers
@testable import ClaimShell
import ClaimStore

@Suite struct JSONLinesTests {
    @Test func writesKeysInOrderAndNullForMissing() {
        var lines = JSONLines()
        lines.beginObject()
        lines.add("paragraph", 3)
        lines.add("value", 2_400_000.0)
        lines.add("high", nil as Double?)
        lines.add("unit", nil as String?)
        lines.endObject()
        lines.beginObject()
        lines.add("value", 0.5)
        lines.endObject()
        #expect(String(decoding: lines.bytes, as: UTF8.self) == #"{"paragraph":3,"value":2400000,"high":null,"unit":null}"# + "\n" + #"{"value":0.5}"# + "\n")
        let console = TranscriptConsole()
        lines.flush(to: console)
        #expect(console.text.hasPrefix(#"{"paragraph":3"#) && lines.bytes.isEmpty, "flushing writes and empties the buffer")
    }

    @Test func wholeNumbersAreWrittenDigitByDigit() {
        var lines = JSONLines()
        lines.beginObject()
        lines.add("a", 0)
        lines.add("b", -130.0)
        lines.add("c", Int.max)
        lines.add("d", Int.min)
        lines.add("e", 9_007_199_254_740_993.0)   // past 2^53: written as the parser would
        lines.add("f", 1e300)
        lines.endObject()
        #expect(String(decoding: lines.bytes, as: UTF8.self)
                == #"{"a":0,"b":-130,"c":9223372036854775807,"d":-9223372036854775808,"e":9007199254740992.0,"f":1e+300}"# + "\n")
    }

    @Test func numbersReadBackAsTheyWere() {
        #expect(JSONLines.number(2.4) == "2.4")
        #expect(JSONLines.number(-0.5) == "-0.5")
        #expect(JSONLines.number(29269) == "29269")
        #expect(JSONLines.number(1e300) == "1e+300")
        #expect(JSONLines.number(.infinity) == "null")
        #expect(JSONLines.number(.nan) == "null")
    }

    @Test func escapesWhatJSONRequires() throws {
        var lines = JSONLines()
        lines.beginObject()
        lines.add("surface", "a \"quoted\" \\ back\tslash\n\u{1}—“curly” 5/6")
        lines.endObject()
        let text = String(decoding: lines.bytes, as: UTF8.self)
        #expect(text == #"{"surface":"a \"quoted\" \\ back\tslash\n\u0001—“curly” 5/6"}"# + "\n")
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
        #expect(parsed["surface"] == "a \"quoted\" \\ back\tslash\n\u{1}—“curly” 5/6")
    }
}
