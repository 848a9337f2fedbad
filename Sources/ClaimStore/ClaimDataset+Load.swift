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
        var builder = ClaimStore.Builder()
        var ids = IDSet()
        var quotes = QuoteCheck(dataset: path, articleLimit: articleLimit)
        var extracted = Set<String>()
        var paths: [String: String] = [:]
        var relationLines: [Int: Int] = [:]
        try forEachRecord(path: path, progress: progress) { (r: Record) throws(LoadError) in
            guard ids.insert(r.claim.id) else {
                throw LoadError(file: "\(path):\(r.line)", claim: r.claim.id, message: "id is used twice")
            }
            try quotes.check(r)
            if r.extracted { extracted.insert(r.claim.article) }
            if let p = r.path, paths[r.claim.article] == nil { paths[r.claim.article] = p }
            if !r.claim.relations.isEmpty { relationLines[r.claim.id] = r.line }
            builder.append(r.claim)
        }
        let store = builder.build(extracted: extracted, paths: paths)
        for (id, line) in relationLines.sorted(by: { $0.value < $1.value }) {
            for other in store.claim(id: id)!.relations.referenced where other == id || store.row(id: other) == nil {
                throw LoadError(file: "\(path):\(line)", claim: id,
                                message: other == id ? "relates to itself" : "relates to claim #\(other), which the dataset does not have")
            }
        }
        return store
    }

    /// Every line's record, read in blocks of a megabyte (a dataset may be far larger
    /// than any article, so it is never read whole).
    static func forEachRecord(path: String, progress: Progress?, _ body: (Record) throws(LoadError) -> Void) throws(LoadError) {
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
        var pending: [UInt8] = []   // the start of a line the last block cut
        var block = [UInt8](repeating: 0, count: 1 << 20)
        var (line, done) = (0, 0)
        var repeated = RepeatedStrings()
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
                    let end = lineEnd(all, from: start, before: usable)
                    line += 1
                    var stop = end
                    if stop > start, all[stop - 1] == 0x0D { stop -= 1 }
                    let text = UnsafeBufferPointer(rebasing: all[start..<stop])
                    if let first = text.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), first < text.endIndex {
                        guard line > 1 || !text.starts(with: [0xEF, 0xBB, 0xBF]) else {
                            throw LoadError(file: "\(path):1", message: "starts with a byte-order mark; a dataset is plain UTF-8")
                        }
                        try body(try record(text, number: line, file: path, repeated: &repeated))
                    }
                    start = end + 1
                }
            }
            if n == 0 { break }
            pending = Array(chunk[usable...])
            progress?(min(done, total), total)
        }
    }

    /// Where the line starting at `start` ends: its line feed, or `before`.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int {
        guard let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, end - start) else { return end }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Checks each quote against its article, when the article is present. Lines of one
    /// article follow each other, so one article is held at a time.
    private struct QuoteCheck {
        let dataset: String
        let articleLimit: Int
        private var current: (path: String, found: String, article: ArticleBytes)?
        private var absent = Set<String>()

        init(dataset: String, articleLimit: Int) {
            self.dataset = dataset
            self.articleLimit = articleLimit
        }

        mutating func check(_ r: Record) throws(LoadError) {
            guard let path = r.path, let span = r.claim.span, !absent.contains(path) else { return }
            if current?.path != path {
                if Interruption.requested { throw LoadError(file: dataset, message: "interrupted") }
                guard let (found, text) = try ClaimDataset.article(path, beside: dataset, limit: articleLimit) else {
                    absent.insert(path)
                    return
                }
                // A byte-order mark reads as a space (ArticleText): the same scalars, other bytes.
                let bom = text.unicodeScalars.first == "\u{FEFF}"
                current = (path, found, ArticleBytes(bom ? " " + String(text.unicodeScalars.dropFirst()) : text))
            }
            let (found, article) = (current!.found, current!.article)
            guard article.holds(r.claim.quote, at: span) else {
                throw LoadError(file: "\(dataset):\(r.line)", claim: r.claim.id,
                                message: "quote is not at \(span.lowerBound)..<\(span.upperBound) of \(found) (was the article changed after the dataset was made?)")
            }
        }
    }

    /// The article at `path` as written, else relative to the dataset's folder; nil when neither exists.
    private static func article(_ path: String, beside dataset: String, limit: Int) throws(LoadError) -> (String, String)? {
        if let text = try TextFile.contentsIfPresent(of: path, limit: limit) { return (path, text) }
        guard !path.hasPrefix("/"), let slash = dataset.lastIndex(of: "/") else { return nil }
        let beside = String(dataset[...slash]) + path
        return try TextFile.contentsIfPresent(of: beside, limit: limit).map { (beside, $0) }
    }
}
