import Foundation

/// Where the repository's files are, for tests that read samples, the grammar or
/// the manual page: found from this file's own path, so from any working directory.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A file or folder below the root: `Repository.url("samples")`.
    public static func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }
}
