import ClaimStore

/// Evaluates `+ - * /` over aggregates and numbers, carrying hedges (interval
/// arithmetic), units and the claims each operand came from. Each aggregate is
/// answered by `whole`, and claims are read by id with `claims`: from the store, or
/// from a database (`--db`).
public struct Arithmetic {
    public typealias Whole = (AggregateStatement) throws(Diagnostic) -> AggregateResult
    public typealias Lookup = ([Int]) throws(Diagnostic) -> [Claim]
    let whole: Whole
    let claims: Lookup

    public init(whole: @escaping Whole, claims: @escaping Lookup) {
        self.whole = whole
        self.claims = claims
    }

    /// A value on its way through an expression.
    private struct Operand {
        var estimate: Estimate
        var unit: String?
        var claims: [Int]
        var warnings: [String]
    }

    public func evaluate(_ expression: Expression) throws(Diagnostic) -> ValueResult {
        let o = try operand(expression)
        var seen = Set<String>()
        return ValueResult(estimate: o.estimate, unit: o.unit, claims: Array(Set(o.claims)).sorted(),
                           warnings: o.warnings.filter { seen.insert($0).inserted })
    }

    private func operand(_ e: Expression) throws(Diagnostic) -> Operand {
        switch e {
        case .number(let value, _):
            return Operand(estimate: Estimate(exactly: value), unit: nil, claims: [], warnings: [])
        case .negate(let inner, _):
            var o = try operand(inner)
            o.estimate = -o.estimate
            return o
        case .aggregate(let a):
            guard a.group.isEmpty else {
                throw Diagnostic("'by' cannot be combined with arithmetic", at: a.range,
                                 hints: ["group the aggregate on its own: \(a.function.rawValue) … by …"])
            }
            let result = try whole(a)
            guard let estimate = result.estimate, result.function == .count || result.matched > 0 else {
                throw Diagnostic("this \(a.function.rawValue) matches no claims, so there is nothing to calculate with",
                                 at: a.range, hints: ["check its condition with: count \(result.metric == "value" ? "claims" : result.metric) where …"])
            }
            return Operand(estimate: estimate, unit: result.unit, claims: result.claims, warnings: result.warnings)
        case .chain(let first, let rest):
            var a = try operand(first)
            for step in rest {
                a = try apply(step.op, a, try operand(step.operand), at: step.operatorRange, divisor: step.operand.range)
                guard a.estimate.isFinite else {
                    throw Diagnostic("the result of '\(step.op.rawValue)' is out of range (beyond ±1.8e308)", at: step.operatorRange)
                }
            }
            return a
        }
    }

    private func apply(_ op: ArithmeticOperator, _ a: Operand, _ b: Operand, at opRange: Range<Int>,
                       divisor: Range<Int>) throws(Diagnostic) -> Operand {
        // Kept without repeats: a chain of a thousand aggregates over the same claims stays small.
        let claims = Array(Set(a.claims + b.claims)).sorted()
        var warnings = a.warnings + b.warnings.filter { !a.warnings.contains($0) }
        switch op {
        case .add, .subtract:
            let unit = try sameUnit(a, b, op, opRange)
            if op == .add, let combined = try combinedWarning(a, b) { warnings.append(combined) }
            let estimate = op == .add ? a.estimate + b.estimate : a.estimate - b.estimate
            return Operand(estimate: estimate, unit: unit, claims: claims, warnings: warnings)
        case .multiply:
            return Operand(estimate: a.estimate * b.estimate, unit: product(a.unit, b.unit), claims: claims, warnings: warnings)
        case .divide:
            guard let ratio = a.estimate / b.estimate else {
                throw Diagnostic("division by zero", at: divisor,
                                 hints: b.claims.isEmpty ? [] : ["the divisor comes from claims \(b.claims.map { "#\($0)" }.joined(separator: ", "))"])
            }
            return Operand(estimate: ratio, unit: quotient(a.unit, b.unit), claims: claims, warnings: warnings)
        }
    }

    /// Adding or subtracting needs one unit; a bare number takes the other side's.
    private func sameUnit(_ a: Operand, _ b: Operand, _ op: ArithmeticOperator, _ range: Range<Int>) throws(Diagnostic) -> String? {
        guard let ua = a.unit, let ub = b.unit, ua != ub else { return a.unit ?? b.unit }
        let verb = op == .add ? "add" : "subtract"
        throw Diagnostic("cannot \(verb) \(ub) \(op == .add ? "to" : "from") \(ua)", at: range,
                         hints: ["split the claims with 'by unit', or keep one with 'where unit = …'"])
    }

    /// Two aggregates added together may overlap just as claims within one sum can.
    private func combinedWarning(_ a: Operand, _ b: Operand) throws(Diagnostic) -> String? {
        let across = DoubleCounting.warnings(try claims(a.claims + b.claims), operation: "sum").filter { w in
            !(a.warnings + b.warnings).contains(w)
        }
        return across.isEmpty ? nil : across.joined(separator: "; ")
    }

    private func product(_ a: String?, _ b: String?) -> String? {
        switch (a, b) {
        case let (x?, y?): return "\(x)·\(y)"
        default: return a ?? b
        }
    }

    /// requests / requests is a plain number; requests / jurisdictions is "requests per jurisdictions".
    private func quotient(_ a: String?, _ b: String?) -> String? {
        switch (a, b) {
        case let (x?, y?): return x == y ? nil : "\(x) per \(y)"
        case (let x?, nil): return x
        case (nil, let y?): return "per \(y)"
        case (nil, nil): return nil
        }
    }
}
