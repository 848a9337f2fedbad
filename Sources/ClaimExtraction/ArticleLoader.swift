import ClaimStore

/// Reads an article file and its claims file (`NAME.claims.json` beside `NAME.txt`)
/// from disk, or the sample built into the binary.
public enum ArticleLoader {
    /// The largest article file read, unless `--max-article-bytes` says otherwise:
    /// building a claim store takes about four and a half times an article's size in
    /// memory, so 64 MiB (far more than any news article) needs about 300 MB.
    public static let defaultMaxBytes = 64 << 20

    /// The sample built into the binary (`ClaimStore.sample()`).
    public static func loadSample() throws(LoadError) -> ClaimStore {
        ClaimStore.sample()
    }

    /// Loads `path` with its claims from `claims`, or from the file beside it; an
    /// article with no claims file gets the claims extraction finds in its text.
    /// `date` is the article's date for relative times, when the caller knows it.
    /// How far a load has come, in bytes of article text: (done, total).
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    public static func load(path: String, claims: String? = nil, date: Day? = nil,
                            maxBytes: Int = defaultMaxBytes, progress: Progress? = nil) throws(LoadError) -> ClaimStore {
        if TextFile.isFolder(path) { return try load(paths: [path], date: date, maxBytes: maxBytes, progress: progress) }
        if ClaimDataset.isDataset(path) { return try ClaimDataset.load(path: path, articleLimit: maxBytes, progress: progress) }
        let text = try TextFile.contents(of: path, limit: maxBytes)
        let claimsPath = claims ?? claimsPath(for: path)
        // A claims file repeats each claim's sentence, so it may be several times its article's size.
        guard let claimsFile = try TextFile.mapIfPresent(of: claimsPath, limit: maxBytes * 8, kind: .claims) else {
            if claims != nil { throw LoadError(file: claimsPath, message: "no such file") }
            let bytes = text.utf8.count
            // (Into the columns a piece at a time: a long text's claims as objects took more
            // memory than the columns that keep them.)
            var builder = ClaimStore.Builder()
            ClaimExtractor.extract(text: text, name: path, slug: slug(of: path), date: date,
                                   progress: progress.map { report in { done in report(done, bytes) } }) { drafts in
                for draft in drafts { builder.append(draft.claim) }
            }
            if Interruption.requested { throw LoadError(file: path, message: "interrupted") }
            return builder.build(extracted: [slug(of: path)], paths: [slug(of: path): path])
        }
        return try build(slug: slug(of: path), articleName: path, text: text, claims: claimsFile, claimsPath: claimsPath)
    }

    /// A corpus: several articles, or every .txt file in a folder, in one store with
    /// ids numbered on across articles. Articles are read on `jobs` threads and added
    /// in the order given, so the store is the same however many there are; progress
    /// is told after each article.
    public static func load(paths: [String], date: Day? = nil, maxBytes: Int = defaultMaxBytes,
                            jobs: Int = OrderedWork.cores, progress: Progress? = nil) throws(LoadError) -> ClaimStore {
        let files = try self.files(paths)
        // One article tells its progress as it goes, paragraph by paragraph.
        if files.count == 1 { return try load(path: files[0], date: date, maxBytes: maxBytes, progress: progress) }
        var builder = ClaimStore.Builder()
        var lastID = 0
        var extracted = Set<String>()
        var articlePaths: [String: String] = [:]
        let sizes = files.map(TextFile.size(of:))
        let total = sizes.reduce(0, +)
        var done = 0
        var failure: LoadError?
        ClaimExtractor.prepare(jobs: jobs)
        OrderedWork.run(count: files.count, jobs: jobs, window: 4 * jobs, work: { (index: Int) -> Result<ClaimStore, LoadError> in
            do throws(LoadError) { return .success(try load(path: files[index], date: date, maxBytes: maxBytes)) } catch { return .failure(error) }
        }, handle: { (index: Int, result: Result<ClaimStore, LoadError>) -> Bool in
            let file = files[index]
            if Interruption.requested { failure = LoadError(file: file, message: "interrupted"); return false }
            let store: ClaimStore
            switch result {
            case .failure(let error): failure = error; return false
            case .success(let s): store = s
            }
            done += sizes[index]
            progress?(done, total)
            let offset = lastID
            if let last = store.columns.ids.max() {
                guard last <= Claim.maximumID - offset else {
                    failure = LoadError(file: file, message: "its claim ids go past \(Claim.maximumID) once numbered after the articles before it")
                    return false
                }
                lastID = max(lastID, last + offset)
            }
            builder.append(contentsOf: store.columns, renumberedBy: offset)
            extracted.formUnion(store.extracted)
            articlePaths.merge(store.paths) { first, _ in first }
            return true
        })
        if let failure { throw failure }
        return builder.build(extracted: extracted, paths: articlePaths)
    }

    /// The files `paths` name: each file as it is, each folder's .txt files in name order.
    public static func files(_ paths: [String]) throws(LoadError) -> [String] {
        var files: [String] = []
        for path in paths {
            if TextFile.isFolder(path) {
                // Its .txt files, not its subfolders (nor a link back to itself).
                let folder = path.hasSuffix("/") ? path : path + "/"
                let entries = TextFile.entries(of: path).filter { $0.hasSuffix(".txt") && !TextFile.isFolder(folder + $0) }.sorted()
                if entries.isEmpty { throw LoadError(file: path, message: "holds no .txt articles") }
                files += entries.map { folder + $0 }
            } else {
                files.append(path)
            }
        }
        return files
    }

    static func build(slug: String, articleName: String, text: String, claims: MappedFile,
                      claimsPath: String) throws(LoadError) -> ClaimStore {
        let article = ArticleText(name: articleName, text: text)
        var builder = ClaimStore.Builder()
        try claims.withBytes { (bytes: UnsafeBufferPointer<UInt8>) throws(LoadError) in
            try ClaimLoader.load(article: slug, text: article, claimsBytes: bytes, claimsFile: claimsPath) { builder.append($0) }
        }
        return builder.build(paths: [slug: articleName])
    }

    /// "dir/story.txt" → "dir/story.claims.json".
    public static func claimsPath(for path: String) -> String {
        let base = path.hasSuffix(".txt") ? String(path.dropLast(4)) : path
        return base + ".claims.json"
    }

    /// The file name without directory or extension.
    public static func slug(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
