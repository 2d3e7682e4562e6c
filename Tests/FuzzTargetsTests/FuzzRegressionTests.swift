import Foundation
import FuzzTargets
import Testing

/// Every input a fuzzer has stopped on (kept under `Regressions/<target>/`) and the seed corpus of every target
/// (the bundled datasets, as `scripts/fuzz.sh` seeds them) hold the fuzz invariants: no crash, refused input with
/// an error, accepted input with finite numbers, ranks 1…m and weights summing to 1.
@Suite struct FuzzRegressionTests {
    static func files(_ folder: String) -> [URL] {
        let url = URL(fileURLWithPath: folder)
        return ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    }

    static let seeds: [FuzzTarget: [String]] = [
        .workshop: ["datasets/examples", "datasets/ilead-synthetic/workshops"],
        .model: ["models"],
        .scenario: ["datasets/examples", "datasets/ilead-synthetic/scenarios"],
        .problemJSON: ["datasets/problems"], .problemCSV: ["datasets/problems"], .pairwise: ["datasets/problems"], .kernels: ["datasets/problems"],
    ]

    @Test(arguments: FuzzTarget.allCases)
    func regressionsAndSeedsHoldTheInvariants(_ target: FuzzTarget) throws {
        let regressions = Bundle.module.resourceURL!.appendingPathComponent("Regressions/\(target.rawValue)")
        let inputs = Self.files(regressions.path) + (Self.seeds[target] ?? []).flatMap(Self.files)
        #expect(!inputs.isEmpty)
        for url in inputs {
            let violations = target.violations(try Data(contentsOf: url))
            #expect(violations.isEmpty, "\(target.rawValue) on \(url.lastPathComponent): \(violations)")
        }
    }

    /// The invariants can fail: a result with a NaN score, a rank outside 1…m and an order that is no permutation.
    @Test func theInvariantsCatchABrokenResult() {
        let broken = FuzzTarget.methodResult(scores: [0.5, .nan], ranks: [1, 3], order: [0, 0], m: 2, label: "x")
        #expect(broken.count == 3, "\(broken)")
    }
}
