#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ClaimDataset {
    /// How far a load has come, in bytes: (done, total).
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    /// Loads a dataset without extracting anything. Each article the lines name that
    /// is present (its path as written, else beside the dataset) is read, and every
    /// quote must be found in it where `start` and `end` say; absent articles are
    /// taken on trust, from the quotes the lines carry.
    /// - Parameter articleLimit: the largest article read (`--max-article-bytes`).
    public static func load(path: String, articleLimit: Int, progress: Progress? = nil) throws(LoadError) -> ClaimStore {
        let records = try readRecords(path: path, progress: progress)
        var ids = Set<Int>(minimumCapacity: records.count)
        for r in records where !ids.insert(r.claim.id).inserted {
            throw LoadError(file: "\(path):\(r.line)", claim: r.claim.id, message: "id is used twice")
        }
        for r in records {
            for other in r.claim.relations.referenced where other == r.claim.id || !ids.contains(other) {
                throw LoadError(file: "\(path):\(r.line)", claim: r.claim.id,
                                message: other == r.claim.id ? "relates to itself" : "relates to claim #\(other), which the dataset does not have")
            }
        }
        let articles = try checkQuotes(records, dataset: path, articleLimit: articleLimit)
        var extracted = Set<String>()
        var paths: [String: String] = [:]
        for r in records {
            if r.extracted { extracted.insert(r.claim.article) }
            if let p = r.path, paths[r.claim.article] == nil { paths[r.claim.article] = p }
        }
        return ClaimStore(claims: records.map(\.claim), articles: articles, extracted: extracted, paths: paths)
    }

    /// Every line's record, read in blocks of a megabyte (a dataset may be far larger
    /// than any article, so it is never read whole).
    static func readRecords(path: String, progress: Progress?) throws(LoadError) -> [Record] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            throw LoadError(file: path, message: errno == ENOENT ? "no such file" : "cannot open: \(String(cString: strerror(errno)).lowercased())")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw LoadError(file: path, message: "is not a regular file (a device, pipe or folder cannot be a dataset)")
        }
        _ = fcntl(fd, F_SETFL, 0)
        let total = Int(info.st_size)
        var records: [Record] = []
        var pending: [UInt8] = []   // the start of a line the last block cut
        var block = [UInt8](repeating: 0, count: 1 << 20)
        var (line, done) = (0, 0)
        while true {
            let n = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw LoadError(file: path, message: "cannot read: \(String(cString: strerror(errno)).lowercased())")
            }
            if Interruption.requested { throw LoadError(file: path, message: "interrupted") }
            done += n
            let chunk: [UInt8] = n == 0 ? pending : pending + block[0..<n]
            let usable = n == 0 ? chunk.count : (chunk.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            try chunk.withUnsafeBufferPointer { (all: UnsafeBufferPointer<UInt8>) throws(LoadError) in
                var start = 0
                while start < usable {
                    var end = start
                    while end < usable, all[end] != 0x0A { end += 1 }
                    line += 1
                    var stop = end
                    if stop > start, all[stop - 1] == 0x0D { stop -= 1 }
                    let text = UnsafeBufferPointer(rebasing: all[start..<stop])
                    if !text.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                        guard line > 1 || !text.starts(with: [0xEF, 0xBB, 0xBF]) else {
                            throw LoadError(file: "\(path):1", message: "starts with a byte-order mark; a dataset is plain UTF-8")
                        }
                        guard String(validating: text, as: UTF8.self) != nil else {
                            throw LoadError(file: "\(path):\(line)", message: "is not UTF-8 text")
                        }
                        records.append(try record(text, number: line, file: path))
                    }
                    start = end + 1
                }
            }
            if n == 0 { break }
            pending = Array(chunk[usable...])
            progress?(min(done, total), total)
        }
        return records
    }

    /// The articles present, each with every quote checked where its line says it is.
    private static func checkQuotes(_ records: [Record], dataset: String, articleLimit: Int) throws(LoadError) -> [ArticleText] {
        var byPath: [String: [Int]] = [:]
        var order: [String] = []
        for (n, r) in records.enumerated() {
            guard let p = r.path else { continue }
            if byPath[p] == nil { order.append(p) }
            byPath[p, default: []].append(n)
        }
        var articles: [ArticleText] = []
        for path in order {
            if Interruption.requested { throw LoadError(file: dataset, message: "interrupted") }
            guard let (found, text) = try article(path, beside: dataset, limit: articleLimit) else { continue }
            let article = ArticleText(name: found, text: text)
            for n in byPath[path]! {
                let r = records[n]
                guard let span = r.claim.span else { continue }
                guard span.upperBound <= article.characters.count, article.text(span) == r.claim.quote else {
                    throw LoadError(file: "\(dataset):\(r.line)", claim: r.claim.id,
                                    message: "quote is not at \(span.lowerBound)..<\(span.upperBound) of \(found) (was the article changed after the dataset was made?)")
                }
            }
            articles.append(article)
        }
        return articles
    }

    /// The article at `path` as written, else relative to the dataset's folder; nil when neither exists.
    private static func article(_ path: String, beside dataset: String, limit: Int) throws(LoadError) -> (String, String)? {
        if let text = try TextFile.contentsIfPresent(of: path, limit: limit) { return (path, text) }
        guard !path.hasPrefix("/"), let slash = dataset.lastIndex(of: "/") else { return nil }
        let beside = String(dataset[...slash]) + path
        return try TextFile.contentsIfPresent(of: beside, limit: limit).map { (beside, $0) }
    }
}
