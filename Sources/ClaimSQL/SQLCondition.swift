import ClaimQuery
import ClaimStore

/// A `where` condition as SQL. SQL's three-valued logic is claimq's: a comparison
/// with a missing value is unknown (NULL), `not` keeps it unknown, `and`, `or` decide
/// as claimq's do, and `WHERE` keeps true only. The condition is checked by the same
/// Binder as in memory first, so it fails with the same diagnostics.
struct SQLCondition {
    let dialect: SQLDialect
    let binder: Binder

    func sql(_ condition: Condition) throws(Diagnostic) -> String {
        _ = try binder.bind(condition)   // names, types, places and qualifiers, as in memory
        return try emit(condition)
    }

    private func emit(_ condition: Condition) throws(Diagnostic) -> String {
        switch condition {
        case .or(let terms): return "(" + (try terms.map { t throws(Diagnostic) in try emit(t) }).joined(separator: " OR ") + ")"
        case .and(let terms): return "(" + (try terms.map { t throws(Diagnostic) in try emit(t) }).joined(separator: " AND ") + ")"
        case .not(let a): return "NOT " + (try emit(a))
        case .compare(let name, let op, let literal):
            return try compare(try binder.field(name), op, literal)
        case .membership(let name, let literals, let negated):
            let field = try binder.field(name)
            let tests = try literals.map { l throws(Diagnostic) in try compare(field, .equal, l) }
            return negate("(" + tests.joined(separator: " OR ") + ")", negated)
        case .contains(let name, let literal, let negated):
            guard case .string(let wanted) = literal.value else { return "FALSE" }   // (the Binder has refused it)
            let test = dialect.contains("lower(\(column(try binder.field(name))))", wanted.lowercased())
            return negate("(\(test))", negated)
        case .between(let name, let low, let high, let negated):
            let field = try binder.field(name)
            return negate("(\(try compare(field, .greaterEqual, low)) AND \(try compare(field, .lessEqual, high)))", negated)
        case .isNull(let name, let negated):
            return "\(column(try binder.field(name))) IS \(negated ? "NOT " : "")NULL"
        case .period(_, let relation, let literal):
            let (from, to) = (dialect.string(literal.period.from.description), dialect.string(literal.period.to.description))
            switch relation {
            case .overlaps: return "(period_from <= \(to) AND \(from) <= period_to)"
            case .within: return "(\(from) <= period_from AND period_to <= \(to))"
            }
        }
    }

    private func negate(_ sql: String, _ negated: Bool) -> String {
        negated ? "NOT " + sql : sql
    }

    /// The column a field reads (`period`: its start, which is null exactly when the period is).
    func column(_ field: Field) -> String {
        field == .period ? "period_from" : field.rawValue
    }

    private func compare(_ field: Field, _ op: CompareOperator, _ literal: Literal) throws(Diagnostic) -> String {
        let sqlOp = op == .notEqual ? "<>" : op.rawValue
        let column = column(field)
        switch (field.kind, literal.value) {
        case (.number, .number(let n)):
            return "\(column) \(sqlOp) \(dialect.number(n))"
        case (.text, .string(let s)):
            let key = dialect.string(s.lowercased())
            if op == .equal || op == .notEqual { return "lower(\(column)) \(sqlOp) \(key)" }
            return "\(dialect.bytewise("lower(\(column))")) \(sqlOp) \(key)"
        case (.place, .string(let s)):
            let code = try binder.placeCode(s, for: field, literal)
            return "\(column) \(sqlOp) \(dialect.string(code))"
        default:
            return "FALSE"   // (the Binder has refused every other pairing)
        }
    }
}
