// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "ilead",
    products: [
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .library(name: "MCDA", targets: ["MCDA"]),
        .library(name: "PriorityEngine", targets: ["PriorityEngine"]),
        .library(name: "Advice", targets: ["Advice"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "Workbooks", targets: ["Workbooks"]),
        .executable(name: "ilead", targets: ["ilead"]),
        .executable(name: "ilead-bench", targets: ["ilead-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        // Documentation only: `swift package generate-documentation --target MCDA` (scripts/docs.sh builds all three).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // MARK: - BLAS / LAPACK
        // Linux: Debian's OpenBLAS (cblas) + netlib LAPACKE. Apple platforms: Accelerate instead.
        .systemLibrary(
            name: "CLAPACK",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(
            name: "LinearAlgebra",
            dependencies: [.target(name: "CLAPACK", condition: .when(platforms: [.linux]))],
            linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS, .iOS, .visionOS]))]
        ),

        // MARK: - Decision analysis
        // SIMD kernels in C with run-time CPU dispatch (AVX2/FMA or plain C), so the package needs no unsafe flags.
        .target(name: "CKernels"),
        // JSON: the strict reader, the one value type for reading and writing, tree merges, the 6-dp number format.
        .target(name: "JSONFormat"),
        .target(
            name: "MCDA",
            dependencies: [
                "LinearAlgebra", "CKernels", "JSONFormat",
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),

        // MARK: - The i-LEAD domain
        .target(name: "PriorityEngine", dependencies: ["MCDA", "JSONFormat", .product(name: "Crypto", package: "swift-crypto")]),

        // MARK: - The procurement adviser's tools on top of the engine: scenario comparison and sampling, route
        // distance, portfolio selection
        .target(name: "Advice", dependencies: ["MCDA", "JSONFormat", "PriorityEngine"]),

        // MARK: - Output writers (the HTML report's elements through Plot)
        .target(name: "Reports", dependencies: ["MCDA", "JSONFormat", "PriorityEngine", "Advice", .product(name: "Plot", package: "Plot")]),

        // MARK: - Workshop workbooks: template, export and import (.xlsx via ZIPFoundation, or CSV folders)
        .target(name: "Workbooks", dependencies: ["MCDA", "JSONFormat", "PriorityEngine", "Reports", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                                  .product(name: "SwiftCSV", package: "SwiftCSV")]),

        // MARK: - Synthetic dataset (datasets/ilead-synthetic/GENERATOR.md) and the worked routing examples
        .target(name: "SyntheticData", dependencies: ["JSONFormat", "PriorityEngine", "Reports"]),

        // MARK: - Command line
        .executableTarget(
            name: "ilead",
            dependencies: [
                "MCDA", "JSONFormat", "PriorityEngine", "Advice", "Reports", "SyntheticData", "Workbooks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // MARK: - Benchmarks (numbers printed, compared with benchmarks/baseline.jsonl)
        .executableTarget(name: "ilead-bench", dependencies: ["MCDA", "JSONFormat", "PriorityEngine", "Advice", "Reports", "SyntheticData", "Workbooks"]),

        // MARK: - Fuzzing: the targets and their invariants (run by the regression tests), and the libFuzzer driver
        // (only with ILEAD_FUZZ=1, built by scripts/fuzz.sh with -sanitize=fuzzer,address: libFuzzer brings main).
        .target(name: "FuzzTargets", dependencies: ["MCDA", "JSONFormat", "PriorityEngine"]),

        // MARK: - Tests
        // What the test suites share: the repository's root and the bundled synthetic workshops.
        .target(name: "TestSupport", dependencies: ["PriorityEngine"], path: "Tests/TestSupport"),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"]),
        .testTarget(name: "JSONFormatTests", dependencies: ["JSONFormat"]),
        .testTarget(
            name: "MCDATests",
            dependencies: ["MCDA", "JSONFormat", "TestSupport", .product(name: "Numerics", package: "swift-numerics")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "PriorityEngineTests", dependencies: ["PriorityEngine", "Advice", "JSONFormat", "SyntheticData", "Reports", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportsTests", dependencies: ["MCDA", "JSONFormat", "PriorityEngine", "Advice", "Reports", "TestSupport"]),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData", "PriorityEngine", "Reports", "TestSupport"]),
        .testTarget(name: "ileadTests", dependencies: ["ilead", "TestSupport"]),
        .testTarget(name: "WorkbooksTests", dependencies: ["Workbooks", "JSONFormat", "PriorityEngine", "MCDA"]),
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets", "JSONFormat", "MCDA"], resources: [.copy("Regressions")]),
    ]
)

if ProcessInfo.processInfo.environment["ILEAD_FUZZ"] != nil {
    package.targets.append(.target(name: "FuzzEntry", path: "Fuzz/Entry"))
    package.targets.append(.executableTarget(name: "ilead-fuzz", dependencies: ["FuzzTargets", "FuzzEntry"], path: "Fuzz/Driver"))
    package.products.append(.executable(name: "ilead-fuzz", targets: ["ilead-fuzz"]))
}
