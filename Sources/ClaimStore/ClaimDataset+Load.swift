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
    ///   `blockSize` and `jobs`: how `forEachChunk` cuts and reads the file.
    public static func load(path: String, articleLimit: Int, progress: Progress? = nil,
                            blockSize: Int = 4 << 20, jobs: Int = OrderedWork.cores) throws(LoadError) -> ClaimStore {
        var builder = ClaimStore.Builder()
        var ids = IDSet()
        var quotes = QuoteCheck(dataset: path, articleLimit: articleLimit)
        var extracted = Set<String>()
        var paths: [String: String] = [:]
        var relationLines: [Int: Int] = [:]
        let total = TextFile.size(of: path)
        try forEachChunk(path: path, progress: progress, jobs: jobs, blockSize: blockSize) { (chunk: Chunk, linesBefore: Int) throws(LoadError) in
            let c = chunk.columns
            if builder.columns.count == 0, chunk.bytes < total {
                // Room for the rest as the first block goes (a little over).
                let scale = Double(total) / Double(max(1, chunk.bytes)) * 1.05
                builder.reserve(rows: Int(Double(c.count) * scale), textBytes: Int(Double(c.text.count) * scale))
            }
            for row in 0..<c.count {
                let line = linesBefore + Int(chunk.lines[row])
                guard ids.insert(c.ids[row]) else {
                    throw LoadError(file: "\(path):\(line)", claim: c.ids[row], message: "id is used twice")
                }
                if chunk.pathOfRow[row] >= 0, c.spanStart[row] >= 0 {
                    try quotes.check(chunk.paths[chunk.pathOfRow[row]], row, of: c, line: line)
                }
            }
            for row in c.relationRows { relationLines[c.ids[row]] = linesBefore + Int(chunk.lines[row]) }
            for code in chunk.extractedArticles { extracted.insert(c.articles[code]) }
            for (article, file) in chunk.articlePaths where paths[c.articles[article]] == nil {
                paths[c.articles[article]] = chunk.paths[file]
            }
            builder.append(contentsOf: c)
        }
        quotes.finish()   // the article's pages go before the columns are trimmed
        let store = builder.build(extracted: extracted, paths: paths)
        for (id, line) in relationLines.sorted(by: { $0.value < $1.value }) {
            for other in store.claim(id: id)!.relations.referenced where other == id || store.row(id: other) == nil {
                throw LoadError(file: "\(path):\(line)", claim: id,
                                message: other == id ? "relates to itself" : "relates to claim #\(other), which the dataset does not have")
            }
        }
        return store
    }

    /// The claims of one block as columns of their own, made on a worker thread, with
    /// what the reader checks across blocks: each row's line and its article's file.
    struct Chunk: Sendable {
        var columns = ClaimColumns()
        /// The block's size in bytes, to size the columns for the blocks to come.
        var bytes = 0
        /// Each row's line, counted from the block's start.
        var lines: [Int32] = []
        /// The files the lines name, and each row's code among them (-1: none named).
        var paths = StringPool()
        var pathOfRow: [Int32] = []
        /// Article codes (in `columns.articles`) with a claim marked extracted, and each article's first file.
        var extractedArticles = Set<Int32>()
        var articlePaths: [Int32: Int32] = [:]
        private var places = PlaceReader()

        mutating func append(_ f: Fields, line: Int, file: String) throws(LoadError) {
            let values = try f.values(line: line, file: file, places: &places)
            f.withText { columns.append(values, $0) }
            let article = columns.article[columns.count - 1]
            lines.append(Int32(clamping: line))
            let path = f.path.map { t in f.withBytes(t) { paths.code(utf8: $0) } } ?? -1
            pathOfRow.append(path)
            if path >= 0, articlePaths[article] == nil { articlePaths[article] = path }
            if f.extracted { extractedArticles.insert(article) }
        }
    }

    /// Every line's claim, in blocks, in order. The file is cut into blocks of `blockSize`
    /// bytes, read and parsed on `jobs` threads (a line belongs to the block it starts in);
    /// `body` gets each block's claims and the lines before it on the calling thread, in
    /// the file's order, so only a few blocks are in memory at once.
    static func forEachChunk(path: String, progress: Progress?, jobs: Int = OrderedWork.cores, blockSize: Int = 4 << 20,
                             _ body: (Chunk, _ linesBefore: Int) throws(LoadError) -> Void) throws(LoadError) {
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
        let blocks = max(1, (total + blockSize - 1) / blockSize)
        var linesBefore = 0   // line feeds in the blocks handed over so far
        var failure: LoadError?
        OrderedWork.run(count: blocks, jobs: jobs, window: 2 * jobs, work: { (index: Int) -> Block in
            Block.read(fd, index: index, blockSize: blockSize, total: total, path: path)
        }, handle: { (index: Int, block: Block) -> Bool in
            do throws(LoadError) {
                if Interruption.requested { throw LoadError(file: path, message: "interrupted") }
                if let error = block.readError { throw LoadError(file: path, message: "cannot read: \(error)") }
                try body(block.chunk, linesBefore)
                if let bad = block.failed {
                    // The same line read again, numbered in the whole file: the same error, placed.
                    try bad.bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(LoadError) in
                        try checkFirstLine(b, line: linesBefore + bad.line, path: path)
                        _ = try record(b, number: linesBefore + bad.line, file: path)
                    }
                }
            } catch {
                failure = error
                return false
            }
            linesBefore += block.lineFeeds
            progress?(min(total, (index + 1) * blockSize), total)
            return true
        })
        if let failure { throw failure }
    }

    /// A dataset's first line may not start with a byte-order mark.
    private static func checkFirstLine(_ text: UnsafeBufferPointer<UInt8>, line: Int, path: String) throws(LoadError) {
        guard line > 1 || !text.starts(with: [0xEF, 0xBB, 0xBF]) else {
            throw LoadError(file: "\(path):1", message: "starts with a byte-order mark; a dataset is plain UTF-8")
        }
    }

    /// The lines that start in one block, parsed. Line numbers are 1-based counts from the
    /// block's start; the reader adds the line feeds of the blocks before.
    struct Block: Sendable {
        var chunk = Chunk()
        /// The first line that did not read, kept to be read again with its place in the file.
        var failed: (bytes: [UInt8], line: Int)?
        var lineFeeds = 0
        var readError: String?

        static func read(_ fd: Int32, index: Int, blockSize: Int, total: Int, path: String) -> Block {
            var block = Block()
            let (low, high) = (index * blockSize, min(total, (index + 1) * blockSize))
            guard low < high || index == 0 else { return block }
            // From the byte before the block (is a line starting at `low`?), past its end to
            // finish its last line.
            let from = max(0, low - 1)
            var bytes = [UInt8](repeating: 0, count: high - from)
            guard readFully(fd, &bytes, at: from) else { block.readError = String(cString: strerror(errno)).lowercased(); return block }
            var first = 0
            if low > 0 {
                guard let feed = bytes.firstIndex(of: 0x0A) else { return block }   // no line starts here
                first = feed + 1
            }
            // Finish the last line that starts in the block.
            if bytes.last != 0x0A, high < total {
                var more = [UInt8](repeating: 0, count: 1 << 16)
                var at = high
                while at < total {
                    let n = min(more.count, total - at)
                    guard readFully(fd, &more, at: at, count: n) else { block.readError = String(cString: strerror(errno)).lowercased(); return block }
                    if let feed = more[0..<n].firstIndex(of: 0x0A) { bytes += more[0...feed]; break }
                    bytes += more[0..<n]
                    at += n
                }
            }
            let blockEnd = high - from   // lines starting at or past this belong to the next block
            block.chunk.bytes = high - low
            bytes.withUnsafeBufferPointer { all in
                var start = first
                // The line feed that ends the line the block cut, when it lies in the block, counts.
                var line = 1 + (first > 0 && first - 1 >= low - from ? 1 : 0)
                block.lineFeeds = line - 1
                while start < all.count, start < blockEnd {
                    let end = lineEnd(all, from: start, before: all.count)
                    if end < blockEnd { block.lineFeeds += 1 }   // the block's own line feeds, whatever the lines held
                    var stop = end
                    if stop > start, all[stop - 1] == 0x0D { stop -= 1 }
                    let text = UnsafeBufferPointer(rebasing: all[start..<stop])
                    if block.failed == nil, let firstByte = text.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), firstByte < text.endIndex {
                        do throws(LoadError) {
                            if low == 0 && line == 1 { try checkFirstLine(text, line: 1, path: path) }
                            try block.chunk.append(try fields(text, number: line, file: path), line: line, file: path)
                        } catch {
                            block.failed = (Array(text), line)
                        }
                    }
                    line += 1
                    start = end + 1
                }
            }
            return block
        }

        private static func readFully(_ fd: Int32, _ buffer: inout [UInt8], at offset: Int, count: Int? = nil) -> Bool {
            let wanted = count ?? buffer.count
            var done = 0
            while done < wanted {
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, wanted - done, off_t(offset + done)) }
                if n < 0 { if errno == EINTR { continue }; return false }
                if n == 0 { return false }
                done += n
            }
            return true
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

        mutating func finish() {
            current = nil
        }

        /// Checks the quote of `row` against the article at `path`.
        mutating func check(_ path: String, _ row: Int, of columns: ClaimColumns, line: Int) throws(LoadError) {
            guard !absent.contains(path) else { return }
            if current?.path != path {
                if Interruption.requested { throw LoadError(file: dataset, message: "interrupted") }
                guard let (found, file) = try ClaimDataset.article(path, beside: dataset, limit: articleLimit) else {
                    absent.insert(path)
                    return
                }
                current = (path, found, ArticleBytes(file: file))
            }
            let (found, article) = (current!.found, current!.article)
            let span = columns.spanStart[row]..<columns.spanEnd[row]
            guard columns.withQuoteBytes(row, { article.holds($0, at: span) }) else {
                throw LoadError(file: "\(dataset):\(line)", claim: columns.ids[row],
                                message: "quote is not at \(span.lowerBound)..<\(span.upperBound) of \(found) (was the article changed after the dataset was made?)")
            }
        }
    }

    /// The article at `path` as written, else relative to the dataset's folder; nil when neither exists.
    /// The article is mapped, not read: a dataset's articles may be as large as the dataset.
    private static func article(_ path: String, beside dataset: String, limit: Int) throws(LoadError) -> (String, MappedFile)? {
        if let file = try TextFile.mapIfPresent(of: path, limit: limit, kind: .article) { return (path, file) }
        guard !path.hasPrefix("/"), let slash = dataset.lastIndex(of: "/") else { return nil }
        let beside = String(dataset[...slash]) + path
        return try TextFile.mapIfPresent(of: beside, limit: limit, kind: .article).map { (beside, $0) }
    }
}
