import Foundation
import Testing
@testable import ClaimShell

@Suite struct JSONLineTests {
    @Test func writesKeysInOrderAndNullForMissing() {
        var line = JSONLine()
        line.add("paragraph", 3)
        line.add("value", 2_400_000.0)
        line.add("high", nil as Double?)
        line.add("unit", nil as String?)
        #expect(line.line == #"{"paragraph":3,"value":2400000,"high":null,"unit":null}"# + "\n")
    }

    @Test func numbersReadBackAsTheyWere() {
        #expect(JSONLine.number(2.4) == "2.4")
        #expect(JSONLine.number(-0.5) == "-0.5")
        #expect(JSONLine.number(29269) == "29269")
        #expect(JSONLine.number(1e300) == "1e+300")
        #expect(JSONLine.number(.infinity) == "null")
        #expect(JSONLine.number(.nan) == "null")
    }

    @Test func escapesWhatJSONRequires() throws {
        var line = JSONLine()
        line.add("surface", "a \"quoted\" \\ back\tslash\n\u{1}—“curly” 5/6")
        let text = line.line
        #expect(text == #"{"surface":"a \"quoted\" \\ back\tslash\n\u0001—“curly” 5/6"}"# + "\n")
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
        #expect(parsed["surface"] == "a \"quoted\" \\ back\tslash\n\u{1}—“curly” 5/6")
    }
}
