import CFuzzerDriver
import ClaimFuzzing
#if canImport(Glibc)
import Glibc
#endif

/// The fuzz target this program runs (libFuzzer's callback is a C function and can
/// capture nothing, so it reads the name from here).
nonisolated(unsafe) private var target = ""

/// Runs libFuzzer's driver over `name`'s checks (FuzzChecks): a broken invariant
/// traps, which is a finding. Each program keeps its own main (SwiftPM links it) and
/// calls this.
public func runFuzzer(_ name: String) -> Never {
    target = name
    var count = CommandLine.argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        if let problem = FuzzChecks.check(target, Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(problem) }
        return 0
    })
}
