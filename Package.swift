// swift-tools-version:6.0
import PackageDescription

// Layers, each knowing only those below it:
//   CLibEdit -> LineEditor;  ClaimStore -> ClaimExtraction, ClaimQuery -> ClaimSQL -> ClaimShell -> claimq
let package = Package(
    name: "claimq",
    platforms: [.macOS(.v15)],   // Synchronization.Atomic (the Ctrl-C flag) needs macOS 15
    products: [
        .executable(name: "claimq", targets: ["claimq"]),
        // For the libFuzzer targets in Fuzz/, a package of its own (scripts/fuzz.sh).
        .library(name: "ClaimFuzzing", targets: ["ClaimFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(name: "LineEditor", dependencies: ["CLibEdit"]),
        .target(name: "ClaimStore"),
        .target(name: "ClaimExtraction", dependencies: ["ClaimStore"]),
        .target(name: "ClaimQuery", dependencies: ["ClaimStore"]),
        // The language compiled to SQL, for PostgreSQL (Citus), DuckDB and Spark.
        .target(name: "ClaimSQL", dependencies: ["ClaimQuery", "ClaimStore", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .target(name: "ClaimShell", dependencies: ["ClaimSQL", "ClaimQuery", "ClaimExtraction", "ClaimStore", "LineEditor"]),
        .executableTarget(
            name: "claimq",
            dependencies: [
                "ClaimShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share: spawning claimq, a pseudo-terminal, the
        // repository's files, a console that records (as ArgumentParserTestHelpers is
        // to swift-argument-parser's tests).
        .target(name: "ClaimqTestHelpers", dependencies: ["ClaimShell"], path: "Tests/ClaimqTestHelpers"),
        // What each fuzz target checks of one input, shared by the fuzzers and the
        // regression tests over what they found.
        .target(name: "ClaimFuzzing", dependencies: ["ClaimShell", "ClaimExtraction", "ClaimQuery", "ClaimStore"],
                path: "Tests/ClaimFuzzing"),
        .testTarget(name: "ClaimStoreTests", dependencies: ["ClaimStore", "ClaimqTestHelpers"]),
        .testTarget(name: "ClaimExtractionTests", dependencies: ["ClaimExtraction", "ClaimqTestHelpers"]),
        .testTarget(name: "ClaimQueryTests", dependencies: ["ClaimQuery", "ClaimqTestHelpers"]),
        .testTarget(name: "ClaimSQLTests", dependencies: ["ClaimSQL", "ClaimQuery", "ClaimqTestHelpers"]),
        .testTarget(name: "ClaimShellTests", dependencies: ["ClaimShell", "ClaimExtraction", "ClaimqTestHelpers", "ClaimFuzzing"]),
        .testTarget(name: "claimqTests", dependencies: ["claimq", "ClaimqTestHelpers", "ClaimSQL", "ClaimQuery", "ClaimStore"]),
    ]
)
