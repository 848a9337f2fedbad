import CFuzzerDriver
#if canImport(Glibc)
import Glibc
#endif
import ClaimFuzzing

// libFuzzer's driver runs the fuzzing loop, feeding each input to FuzzChecks; a
// broken invariant traps, which is a finding. (The program keeps its own main:
// SwiftPM names and links an executable's entry point itself.)
var count = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&count, &arguments) { data, size in
    if let problem = FuzzChecks.check("query", Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(problem) }
    return 0
})
