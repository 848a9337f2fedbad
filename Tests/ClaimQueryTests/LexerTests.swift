import Testing
@testable import ClaimQuery

@Suite struct LexerTests {
    private func kinds(_ text: String) -> [Token.Kind] {
        Lexer.tokenize(SourceText(name: "t", text: text)).map(\.kind).dropLast()
    }

    @Test(arguments: [("3348", 3348.0), ("3_348", 3348), ("2.4", 2.4), ("2.4e6", 2_400_000), (".5", 0.5), ("1E-2", 0.01)])
    func numbers(_ text: String, _ value: Double) {
        #expect(kinds(text) == [.number(value)])
    }

    @Test func malformedNumbersAreErrorTokens() {
        #expect(kinds("2.4e") == [.error(.badNumber("2.4e"))])
        #expect(kinds("3abc + 1") == [.error(.badNumber("3abc")), .plus, .number(1)])
        #expect(kinds("3_") == [.error(.badNumber("3_"))])
    }

    /// A literal a Double cannot hold is an error, not infinity; one that rounds to zero is zero.
    @Test func numbersOutOfRangeAreErrorTokens() {
        #expect(kinds("1e400 - 1") == [.error(.numberOutOfRange("1e400")), .minus, .number(1)])
        #expect(kinds(String(repeating: "9", count: 400)) == [.error(.numberOutOfRange(String(repeating: "9", count: 400)))])
        #expect(LexError.numberOutOfRange(String(repeating: "9", count: 400)).message == "number out of range '" + String(repeating: "9", count: 39) + "…'")
        #expect(kinds("1.7e308") == [.number(1.7e308)])
        #expect(kinds("1e-400") == [.number(0)])
    }

    @Test func monthsAndRanges() {
        #expect(kinds("2017-06") == [.month(year: 2017, month: 6)])
        #expect(kinds("2014-01..2017-05") == [.month(year: 2014, month: 1), .dotDot, .month(year: 2017, month: 5)])
        #expect(kinds("2014..2017") == [.number(2014), .dotDot, .number(2017)])
        #expect(kinds("2017-13") == [.error(.badNumber("2017-13"))])
        #expect(kinds("2017-061") == [.number(2017), .minus, .number(61)])
    }

    @Test func stringsAndEscapes() {
        #expect(kinds(#""CA""#) == [.string("CA")])
        #expect(kinds(#""say \"hi\" \\ now""#) == [.string(#"say "hi" \ now"#)])
        #expect(kinds("'it\\'s'") == [.string("it's")])
        #expect(kinds("\"café\"") == [.string("café")])
        #expect(kinds(#""bad \q escape""#) == [.error(.badEscape("q"))])
        #expect(kinds("\"open") == [.error(.unterminatedString)])
        #expect(kinds("\"open\nsum") == [.error(.unterminatedString), .word])
    }

    @Test func operatorsAndPunctuation() {
        #expect(kinds("= == != <> < <= > >= ( ) , ; + - * / ..") ==
                [.equal, .equal, .notEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
                 .leftParen, .rightParen, .comma, .semicolon, .plus, .minus, .star, .slash, .dotDot])
    }

    @Test func commentsRunToTheEndOfTheLine() {
        #expect(kinds("count -- claims\n# all of it\nclaims") == [.word, .word])
        #expect(kinds("5 - 3") == [.number(5), .minus, .number(3)])
    }

    @Test func strayCharactersBecomeErrorsAndLexingGoesOn() {
        #expect(kinds("count @ claims") == [.word, .error(.unexpectedCharacter("@")), .word])
        #expect(kinds("a ! b") == [.word, .error(.unexpectedCharacter("!")), .word])
        #expect(kinds("é") == [.error(.unexpectedCharacter("é"))])
        #expect(kinds("\u{0}") == [.error(.unexpectedCharacter("\u{0}"))])
    }

    @Test func tokensCarryTheirByteRanges() {
        let tokens = Lexer.tokenize(SourceText(name: "t", text: "sum  \"é\" 12"))
        #expect(tokens.map(\.range) == [0..<3, 5..<9, 10..<12, 12..<12])
    }

    @Test func aLongLineLexesInOnePass() {
        let line = String(repeating: "count claims; ", count: 70_000)
        #expect(kinds(line).count == 210_000)
    }
}
