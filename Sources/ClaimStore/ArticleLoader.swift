/// Reads an article file and its claims file (`NAME.claims.json` beside `NAME.txt`)
/// from disk, or the sample built into the binary.
public enum ArticleLoader {
    /// The sample built into the binary. Its claims were checked against the article
    /// when they were embedded (and a test checks them again), so they are not here;
    /// nor is its text segmented, which no query needs.
    public static func loadSample() throws(LoadError) -> ClaimStore {
        ClaimStore(claims: EmbeddedSample.claims(), articles: [])
    }

    /// Loads `path` with its claims from `claims`, or from the file beside it.
    public static func load(path: String, claims: String? = nil) throws(LoadError) -> ClaimStore {
        let text = try TextFile.contents(of: path)
        let claimsPath = claims ?? claimsPath(for: path)
        guard let claimsJSON = try TextFile.contentsIfPresent(of: claimsPath) else {
            throw LoadError(file: path, message: "no claims file beside it (expected \(claimsPath)); extraction from text alone is not built yet")
        }
        return try build(slug: slug(of: path), articleName: path, text: text,
                         claimsJSON: claimsJSON, claimsFile: claimsPath)
    }

    static func build(slug: String, articleName: String, text: String, claimsJSON: String,
                      claimsFile: String) throws(LoadError) -> ClaimStore {
        let article = ArticleText(name: articleName, text: text)
        let claims = try ClaimLoader.load(article: slug, text: article, claimsJSON: claimsJSON,
                                          claimsFile: claimsFile)
        return ClaimStore(claims: claims, articles: [article])
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
