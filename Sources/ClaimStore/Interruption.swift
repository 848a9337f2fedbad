import Synchronization

/// Ctrl-C while a statement runs at the prompt: the shell's SIGINT handler sets this
/// flag, and the long loops (loading articles, extracting paragraphs, selecting and
/// aggregating claims) look at it and give up, so the statement ends with
/// "interrupted" and the session goes on. A lock-free atomic, so a signal handler
/// may set it.
public enum Interruption {
    private static let flag = Atomic<Bool>(false)

    public static var requested: Bool { flag.load(ordering: .relaxed) }

    public static func request() {
        flag.store(true, ordering: .relaxed)
    }

    public static func clear() {
        flag.store(false, ordering: .relaxed)
    }
}
