import ClaimStore

/// Recursive descent over the grammar in `grammar/claimq.ebnf`: one function per
/// rule, each headed by its rule exactly as the grammar file writes it (a test
/// holds the two together). Keywords are words compared without case.
public struct Parser {
    private let source: SourceText
    private let tokens: [Token]
    private var index = 0
    /// How many `(`, `-` and `not` enclose the current token; see `nest`.
    private var depth = 0
    /// The deepest nesting a statement may have. Parsing, binding and evaluating all
    /// recurse once per level, so this bounds their stacks; chains of `+`, `and` and
    /// `or` are flat and do not count.
    public static let maximumDepth = 200

    public init(_ source: SourceText, stringsSpanLines: Bool = false) {
        self.source = source
        tokens = Lexer.tokenize(source, stringsSpanLines: stringsSpanLines)
    }

    /// Parses every statement; a statement that fails is reported and parsing picks
    /// up again after the next `;`.
    public static func parse(_ source: SourceText, stringsSpanLines: Bool = false) -> [Result<Statement, Diagnostic>] {
        var parser = Parser(source, stringsSpanLines: stringsSpanLines)
        return parser.script()
    }

    // script = [ statement ] { ";" [ statement ] } ;
    mutating func script() -> [Result<Statement, Diagnostic>] {
        var results: [Result<Statement, Diagnostic>] = []
        while current.kind != .end {
            if current.kind == .semicolon { advance(); continue }
            do throws(Diagnostic) {
                let statement = try statement()
                if current.kind != .semicolon && current.kind != .end {
                    let keywords = ["where", "order", "limit", "and", "or", "not", "asc", "desc"]
                    throw unexpected("';' or the end of the statement",
                                     hints: isWord() ? Suggest.hint(for: wordText, among: keywords) : [])
                }
                results.append(.success(statement))
            } catch {
                results.append(.failure(error))
                while current.kind != .semicolon && current.kind != .end { advance() }
            }
        }
        return results
    }

    // statement = expression | list | show | check | why | timeline ;
    mutating func statement() throws(Diagnostic) -> Statement {
        let start = current.range.lowerBound
        let kind: Statement.Kind
        if isKeyword("list") {
            kind = .list(try list())
        } else if isKeyword("show") {
            kind = .show(try show())
        } else if isKeyword("check") {
            kind = .check(try check())
        } else if isKeyword("why") {
            advance()
            kind = .why
        } else if isKeyword("timeline") {
            kind = .timeline(try timeline())
        } else if startsExpression() {
            kind = .expression(try expression())
        } else {
            throw unexpected("a statement", hints: statementHints())
        }
        return Statement(kind: kind, range: start..<previousEnd)
    }

    // expression = term { ( "+" | "-" ) term } ;
    mutating func expression() throws(Diagnostic) -> Expression {
        let first = try term()
        var rest: [Expression.Operation] = []
        while current.kind == .plus || current.kind == .minus {
            let op: ArithmeticOperator = current.kind == .plus ? .add : .subtract
            let range = current.range
            advance()
            rest.append(.init(op: op, operand: try term(), operatorRange: range))
        }
        return rest.isEmpty ? first : .chain(first, rest)
    }

    // term = factor { ( "*" | "/" ) factor } ;
    mutating func term() throws(Diagnostic) -> Expression {
        let first = try factor()
        var rest: [Expression.Operation] = []
        while current.kind == .star || current.kind == .slash {
            let op: ArithmeticOperator = current.kind == .star ? .multiply : .divide
            let range = current.range
            advance()
            rest.append(.init(op: op, operand: try factor(), operatorRange: range))
        }
        return rest.isEmpty ? first : .chain(first, rest)
    }

    // factor = "-" factor | number | "(" expression ")" | aggregate ;
    mutating func factor() throws(Diagnostic) -> Expression {
        let start = current.range.lowerBound
        switch current.kind {
        case .minus:
            try nest()
            defer { depth -= 1 }
            advance()
            let inner = try factor()
            return .negate(inner, start..<inner.range.upperBound)
        case .number(let value):
            advance()
            return .number(value, start..<previousEnd)
        case .leftParen:
            let open = current.range
            try nest()
            defer { depth -= 1 }
            advance()
            let inner = try expression()
            try closeParenthesis(openedAt: open)
            return inner
        default:
            guard isWord(), let function = AggregateFunction(rawValue: wordText.lowercased()) else {
                throw unexpected("a number or an aggregate (sum, count, avg, min, max)")
            }
            return .aggregate(try aggregate(function))
        }
    }

    // aggregate = function [ target ] [ where ] [ group ] ;
    mutating func aggregate(_ function: AggregateFunction) throws(Diagnostic) -> AggregateStatement {
        let functionRange = current.range
        advance()
        let target = try target()
        if target == nil && function != .count {
            throw unexpected("a metric, 'value' or 'claims' after '\(function.rawValue)'")
        }
        let condition = try whereClause()
        let group = try group()
        return AggregateStatement(function: function, functionRange: functionRange, target: target,
                                  condition: condition, group: group, range: functionRange.lowerBound..<previousEnd)
    }

    // group = "by" field { "," field } ;
    mutating func group() throws(Diagnostic) -> [Name] {
        guard isKeyword("by") else { return [] }
        advance()
        var fields = [try name(what: "a field to group by")]
        while current.kind == .comma {
            advance()
            fields.append(try name(what: "a field to group by"))
        }
        return fields
    }

    // target = "claims" | "value" | metric ;
    mutating func target() throws(Diagnostic) -> Target? {
        guard isWord(), !isClauseKeyword() else { return nil }
        let name = takeName()
        switch name.lowercased {
        case "claims": return .claims(name.range)
        case "value": return .value(name.range)
        default: return .metric(name)
        }
    }

    // list = "list" [ target ] [ where ] [ order ] [ limit ] ;
    mutating func list() throws(Diagnostic) -> ListStatement {
        advance()
        let target = try target()
        let condition = try whereClause()
        let order = try order()
        let limit = try limit()
        return ListStatement(target: target, condition: condition, order: order, limit: limit)
    }

    // show = "show" integer ;
    mutating func show() throws(Diagnostic) -> ShowStatement {
        advance()
        let (id, range) = try integer(what: "a claim id after 'show'")
        return ShowStatement(id: id, idRange: range)
    }

    // check = "check" [ integer ] ;
    mutating func check() throws(Diagnostic) -> ShowStatement? {
        advance()
        guard case .number = current.kind else { return nil }
        let (id, range) = try integer(what: "a claim id after 'check'")
        return ShowStatement(id: id, idRange: range)
    }

    // timeline = "timeline" [ target ] [ where ] ;
    mutating func timeline() throws(Diagnostic) -> TimelineStatement {
        advance()
        return TimelineStatement(target: try target(), condition: try whereClause())
    }

    // where = "where" condition ;
    mutating func whereClause() throws(Diagnostic) -> Condition? {
        guard isKeyword("where") else { return nil }
        advance()
        return try condition()
    }

    // order = "order" "by" field [ "asc" | "desc" ] ;
    mutating func order() throws(Diagnostic) -> ListStatement.Order? {
        guard isKeyword("order") else { return nil }
        advance()
        try expectKeyword("by")
        let field = try name(what: "a field to order by")
        var descending = false
        if isKeyword("desc") { descending = true; advance() } else if isKeyword("asc") { advance() }
        return .init(field: field, descending: descending)
    }

    // limit = "limit" integer ;
    mutating func limit() throws(Diagnostic) -> Int? {
        guard isKeyword("limit") else { return nil }
        advance()
        return try integer(what: "a number of rows after 'limit'").value
    }

    // condition = conjunction { "or" conjunction } ;
    mutating func condition() throws(Diagnostic) -> Condition {
        var terms = [try conjunction()]
        while isKeyword("or") {
            advance()
            terms.append(try conjunction())
        }
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    // conjunction = negation { "and" negation } ;
    mutating func conjunction() throws(Diagnostic) -> Condition {
        var terms = [try negation()]
        while isKeyword("and") {
            advance()
            terms.append(try negation())
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    // negation = "not" negation | primary ;
    mutating func negation() throws(Diagnostic) -> Condition {
        if isKeyword("not") {
            try nest()
            defer { depth -= 1 }
            advance()
            return .not(try negation())
        }
        return try primary()
    }

    // primary = "(" condition ")" | period_test | predicate ;
    mutating func primary() throws(Diagnostic) -> Condition {
        if current.kind == .leftParen {
            let open = current.range
            try nest()
            defer { depth -= 1 }
            advance()
            let inner = try condition()
            try closeParenthesis(openedAt: open)
            return inner
        }
        let field = try name(what: "a field name")
        if field.lowercased == "period", isKeyword("overlaps") || isKeyword("within") {
            return try periodTest(field)
        }
        return try predicate(field)
    }

    // period_test = "period" ( "overlaps" | "within" ) period ;
    mutating func periodTest(_ field: Name) throws(Diagnostic) -> Condition {
        let relation: PeriodRelation = isKeyword("overlaps") ? .overlaps : .within
        advance()
        return .period(field, relation, try period())
    }

    // predicate = field ( comparison | membership | containment | range | null_test ) ;
    mutating func predicate(_ field: Name) throws(Diagnostic) -> Condition {
        if compareOperator() != nil { return try comparison(field) }
        if isKeyword("is") { return try nullTest(field) }
        var negated = false
        if isKeyword("not") { negated = true; advance() }
        if isKeyword("in") { return try membership(field, negated: negated) }
        if isKeyword("contains") { return try containment(field, negated: negated) }
        if isKeyword("between") { return try range(field, negated: negated) }
        throw unexpected("a comparison after '\(field.text)' (= != < <= > >=, in, contains, between, is null)")
    }

    // comparison = compare_op literal ;
    mutating func comparison(_ field: Name) throws(Diagnostic) -> Condition {
        let op = compareOperator()!
        advance()
        return .compare(field, op, try literal())
    }

    // membership = [ "not" ] "in" "(" literal { "," literal } ")" ;
    mutating func membership(_ field: Name, negated: Bool) throws(Diagnostic) -> Condition {
        advance()
        guard current.kind == .leftParen else { throw unexpected("'(' to start the list after 'in'") }
        advance()
        var values = [try literal()]
        while current.kind == .comma {
            advance()
            values.append(try literal())
        }
        guard current.kind == .rightParen else { throw unexpected("',' or ')' in the list after 'in'") }
        advance()
        return .membership(field, values, negated: negated)
    }

    // containment = [ "not" ] "contains" string ;
    mutating func containment(_ field: Name, negated: Bool) throws(Diagnostic) -> Condition {
        advance()
        let text = try literal()
        guard case .string = text.value else {
            throw Diagnostic("'contains' needs quoted text", at: text.range, hints: ["quote \"contains\" text: quote contains \"detainer\""])
        }
        return .contains(field, text, negated: negated)
    }

    // range = [ "not" ] "between" literal "and" literal ;
    mutating func range(_ field: Name, negated: Bool) throws(Diagnostic) -> Condition {
        advance()
        let low = try literal()
        try expectKeyword("and")
        return .between(field, low, try literal(), negated: negated)
    }

    // null_test = "is" [ "not" ] "null" ;
    mutating func nullTest(_ field: Name) throws(Diagnostic) -> Condition {
        advance()
        var negated = false
        if isKeyword("not") { negated = true; advance() }
        try expectKeyword("null")
        return .isNull(field, negated: negated)
    }

    // literal = [ "-" ] number | string ;
    mutating func literal() throws(Diagnostic) -> Literal {
        let start = current.range.lowerBound
        var sign = 1.0
        if current.kind == .minus { sign = -1; advance() }
        switch current.kind {
        case .number(let value):
            advance()
            return Literal(value: .number(sign * value), range: start..<previousEnd)
        case .string(let text) where sign > 0:
            advance()
            return Literal(value: .string(text), range: start..<previousEnd)
        case .word where sign > 0:
            let word = wordText
            throw unexpected("a value", hints: ["text values are quoted: \"\(word)\""])
        default:
            throw unexpected(sign < 0 ? "a number after '-'" : "a value (a number or quoted text)")
        }
    }

    // period = moment [ ".." moment ] ;
    mutating func period() throws(Diagnostic) -> PeriodLiteral {
        let start = current.range.lowerBound
        let first = try moment()
        var last = first
        if current.kind == .dotDot {
            advance()
            last = try moment()
        }
        let range = start..<previousEnd
        guard first.from <= last.to else {
            throw Diagnostic("period starts after it ends", at: range, hints: ["write the earlier month first: 2014-01..2017-05"])
        }
        return PeriodLiteral(period: Period(from: first.from, to: last.to), range: range)
    }

    // moment = year | month ;
    mutating func moment() throws(Diagnostic) -> Period {
        switch current.kind {
        case .month(let year, let month):
            advance()
            let m = YearMonth(year: year, month: month)
            return Period(from: m, to: m)
        case .number(let value) where value == value.rounded() && (1000...9999).contains(value):
            advance()
            let year = Int(value)
            return Period(from: YearMonth(year: year, month: 1), to: YearMonth(year: year, month: 12))
        default:
            throw unexpected("a year or month (2016, 2017-06, 2014-01..2017-05)")
        }
    }

    // MARK: Tokens

    private var current: Token { tokens[index] }
    private var previousEnd: Int { index > 0 ? tokens[index - 1].range.upperBound : 0 }

    private mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    private func isWord() -> Bool { current.kind == .word }
    private var wordText: String { source.slice(current.range) }

    /// Whether the current token is this (lowercase) keyword, in any case. Compares
    /// bytes rather than making strings: the parser asks this many times a token.
    private func isKeyword(_ keyword: StaticString) -> Bool {
        guard isWord(), current.range.count == keyword.utf8CodeUnitCount else { return false }
        let start = current.range.lowerBound
        for i in 0..<keyword.utf8CodeUnitCount {
            let c = source.bytes[start + i]
            if c.asciiLowercased != keyword.utf8Start[i] { return false }
        }
        return true
    }

    private func isClauseKeyword() -> Bool {
        isKeyword("where") || isKeyword("order") || isKeyword("limit") || isKeyword("by")
    }

    private mutating func takeName() -> Name {
        let name = Name(text: wordText, range: current.range)
        advance()
        return name
    }

    private mutating func name(what: String) throws(Diagnostic) -> Name {
        guard isWord() else { throw unexpected(what) }
        return takeName()
    }

    private mutating func expectKeyword(_ keyword: StaticString) throws(Diagnostic) {
        guard isKeyword(keyword) else { throw unexpected("'\(keyword)'") }
        advance()
    }

    private mutating func integer(what: String) throws(Diagnostic) -> (value: Int, range: Range<Int>) {
        guard case .number(let value) = current.kind else { throw unexpected(what) }
        guard value >= 0, value == value.rounded(), value < 1e15 else {
            throw Diagnostic("expected a whole number, found \(describe(current))", at: current.range)
        }
        let range = current.range
        advance()
        return (Int(value), range)
    }

    private func startsExpression() -> Bool {
        switch current.kind {
        case .number, .leftParen, .minus: return true
        case .word: return AggregateFunction(rawValue: wordText.lowercased()) != nil
        default: return false
        }
    }

    private func compareOperator() -> CompareOperator? {
        switch current.kind {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        default: return nil
        }
    }

    // MARK: Errors

    /// Enters one more level of nesting at the current token (`(`, `-` or `not`); past
    /// `maximumDepth` the statement is refused here rather than overflowing a stack later.
    private mutating func nest() throws(Diagnostic) {
        guard depth < Self.maximumDepth else {
            throw Diagnostic("expression nested too deeply: the limit is \(Self.maximumDepth) levels of '(', '-' and 'not'",
                             at: current.range, hints: ["a long chain of + or 'or' needs no parentheses"])
        }
        depth += 1
    }

    /// Consumes the ")" that closes the "(" at `open`, or says which one is left open.
    private mutating func closeParenthesis(openedAt open: Range<Int>) throws(Diagnostic) {
        guard current.kind == .rightParen else {
            throw unexpected("')' to close the '(' at column \(source.location(of: open.lowerBound).column)")
        }
        advance()
    }

    /// "expected X, found Y" at the current token; a lexical error token reports
    /// itself instead. (Whether input is unfinished is `Continuation`'s to judge.)
    private func unexpected(_ expected: String, hints: [String] = []) -> Diagnostic {
        if case .error(let problem) = current.kind {
            return Diagnostic(problem.message, at: current.range, hints: problem.hint.map { [$0] } ?? [])
        }
        // Out of input: point just past the last token, not at trailing blank lines.
        let atEnd = current.kind == .end
        return Diagnostic("expected \(expected), found \(describe(current))",
                          at: atEnd ? previousEnd..<previousEnd : current.range, hints: hints)
    }

    private func statementHints() -> [String] {
        guard isWord() else { return ["statements start with sum, count, avg, min, max, list, show, check, why or timeline"] }
        let starts = AggregateFunction.allCases.map(\.rawValue) + ["list", "show", "check", "why", "timeline"]
        let suggestion = Suggest.hint(for: wordText, among: starts)
        return suggestion.isEmpty ? ["statements start with sum, count, avg, min, max, list, show, check, why or timeline"] : suggestion
    }

    private func describe(_ token: Token) -> String {
        let text = source.slice(token.range).excerpt
        switch token.kind {
        case .end: return "end of input"
        case .number, .month: return text
        case .string: return "text \(text)"
        default: return "'\(text)'"
        }
    }
}
