import ClaimQuery
import ClaimStore
import LineEditor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What Tab offers, from where the cursor is: statement keywords at the start, metrics
/// after an aggregate or `list`, fields after `where`/`and`/`by`, the values of the
/// field being compared (`state = "C` → `"CA"`), dot-commands and their arguments,
/// and file names after `.load`, `.read` and `.output`.
struct Completer {
    let store: ClaimStore

    static let statementWords = ["sum", "count", "avg", "min", "max", "list", "show", "check", "why", "timeline"]

    func complete(_ before: String) -> LineEditor.Completion {
        if DotCommand.isDotCommand(before) { return dotCommand(before) }
        let source = SourceText(name: "", text: before)
        let tokens = Lexer.tokenize(source, stringsSpanLines: true).dropLast()
        var context = Array(tokens)
        var partial = ""
        if let last = tokens.last, last.range.upperBound == source.bytes.count, Self.isPartial(last) {
            partial = source.slice(last.range)
            context.removeLast()
        }
        let words = context.map { source.slice($0.range).lowercased() }
        let candidates = candidates(after: context, words: words, source: source)
        return LineEditor.Completion(replacing: partial.count, candidates: Self.matching(candidates, partial))
    }

    /// A word or an unclosed string right at the cursor is what is being typed.
    private static func isPartial(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .error(.unterminatedString), .number: return true
        default: return false
        }
    }

    private func candidates(after tokens: [Token], words: [String], source: SourceText) -> [String] {
        guard let last = tokens.last, let word = words.last else { return Self.statementWords }
        let fields = Field.names
        switch last.kind {
        case .semicolon:
            return Self.statementWords
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            return values(of: words.dropLast().last)
        case .leftParen:
            if words.dropLast().last == "in" { return values(of: words.dropLast(2).last) }
            return fields + ["not"]
        case .comma:
            if let open = words.lastIndex(of: "in"), !words[open...].contains(")") { return values(of: open > 0 ? words[open - 1] : nil) }
            return fields
        case .string, .number, .rightParen:
            return ["and", "or", "order", "limit", "by"]
        case .word:
            break
        default:
            return []
        }
        if AggregateFunction(rawValue: word) != nil || ["list", "timeline"].contains(word) {
            return store.metrics + ["claims", "value"]
        }
        switch word {
        case "where", "and", "or", "not": return fields + (word == "not" ? [] : ["not"])
        case "by": return fields
        case "order": return ["by"]
        case "is": return ["null", "not"]
        case "contains": return values(of: words.dropLast().last)
        case "asc", "desc": return ["limit"]
        case "period": return ["overlaps", "within", "is"]
        default: break
        }
        if Field(rawValue: word) != nil { return ["in", "contains", "between", "is", "not"] }
        if store.metric(named: word) != nil || word == "claims" || word == "value" {
            return ["where", "by", "order", "limit"]
        }
        return Self.statementWords + fields + store.metrics
    }

    /// The distinct values of a field, quoted, for comparing it with.
    private func values(of fieldName: String?) -> [String] {
        guard let name = fieldName, let field = Field(rawValue: name), field.kind == .text || field.kind == .place else { return [] }
        return field.distinctTexts(in: store).map { "\"\($0)\"" }
    }

    /// Candidates that begin with what was typed, ignoring case.
    private static func matching(_ candidates: [String], _ partial: String) -> [String] {
        let lower = partial.lowercased()
        var seen = Set<String>()
        return candidates.filter { $0.lowercased().hasPrefix(lower) && seen.insert($0).inserted }
    }

    // MARK: Dot-commands

    private func dotCommand(_ before: String) -> LineEditor.Completion {
        let trimmed = before.drop { $0 == " " || $0 == "\t" }
        let endsWithSpace = trimmed.last == " " || trimmed.last == "\t"
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let partial = endsWithSpace ? "" : (words.last ?? "")
        if words.count <= 1 && !endsWithSpace {
            return .init(replacing: partial.count, candidates: Self.matching(DotCommand.names, partial))
        }
        let name = DotWords.Word(text: words[0], range: 0..<0)
        guard let command = try? DotCommand.resolve(name) else { return .init(replacing: 0, candidates: []) }
        switch command {
        case .mode: return .init(replacing: partial.count, candidates: Self.matching(OutputFormat.allCases.map(\.rawValue), partial))
        case .headers, .timer, .bail: return .init(replacing: partial.count, candidates: Self.matching(["on", "off"], partial))
        case .help: return .init(replacing: partial.count, candidates: Self.matching(HelpText.topics.keys.sorted(), partial))
        case .load, .read, .output: return files(partial)
        default: return .init(replacing: 0, candidates: [])
        }
    }

    /// Entries of the folder named so far; folders end in "/" and take no space.
    private func files(_ partial: String) -> LineEditor.Completion {
        let slash = partial.lastIndex(of: "/")
        let folder = slash.map { String(partial[...$0]) } ?? ""
        let prefix = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        guard let dir = opendir(folder.isEmpty ? "." : folder) else { return .init(replacing: 0, candidates: []) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != "..", name.hasPrefix(prefix), !(prefix.isEmpty && name.hasPrefix(".")) else { continue }
            var info = stat()
            let isFolder = stat(folder + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            names.append(folder + name + (isFolder ? "/" : ""))
        }
        names.sort()
        let single = names.count == 1 && !(names.first?.hasSuffix("/") ?? false)
        return .init(replacing: partial.count, candidates: names, appendSpace: single)
    }
}
