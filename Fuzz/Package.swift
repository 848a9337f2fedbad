// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets over claimq's library code, a package of their own so that the
// main package builds without -sanitize=fuzzer. Build and run with scripts/fuzz.sh.
let package = Package(
    name: "claimq-fuzz",
    dependencies: [.package(name: "claimq", path: "..")],
    targets: [
        .systemLibrary(name: "CFuzzerDriver"),
        .target(name: "FuzzDriver", dependencies: ["CFuzzerDriver", .product(name: "ClaimFuzzing", package: "claimq")]),
    ] + ["query", "claims", "extract"].map { .executableTarget(name: "fuzz-\($0)", dependencies: ["FuzzDriver"]) }
)
