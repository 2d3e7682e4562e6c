import Foundation
import Numerics
import Testing
@testable import MCDA

/// `|a − b| <= tol * max(|a|, |b|)`, or both tiny (absolute 1e-13 for values that should be zero).
func close(_ a: Double, _ b: Double, _ tol: Double = 1e-9) -> Bool {
    a.isApproximatelyEqual(to: b, relativeTolerance: tol) || abs(a - b) < 1e-13
}

func close(_ a: [Double], _ b: [Double], _ tol: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tol) }
}

/// Builds a problem from rows, with directions `+` / `-` and weights.
func problem(_ rows: [[Double]], _ directions: String, _ weights: [Double],
             ids: [String]? = nil, criteria names: [String]? = nil) throws -> DecisionProblem {
    let n = weights.count
    let criteria = (0..<n).map { j in
        Criterion(id: names?[j] ?? "c\(j + 1)",
                  direction: Array(directions)[j] == "+" ? .benefit : .cost, weight: weights[j])
    }
    return try DecisionProblem(criteria: criteria, alternatives: ids ?? (1...rows.count).map { "A\($0)" }, rows: rows)
}

/// The peers' toy problem (six capability gaps, four criteria).
func peersToyProblem() throws -> DecisionProblem {
    try problem([[9, 4, 3, 7], [7, 6, 5, 4], [5, 8, 7, 2], [8, 3, 2, 8], [6, 7, 6, 3], [4, 9, 8, 1]],
                "+++-", [0.40, 0.25, 0.20, 0.15])
}

/// Reads a fixture from the test bundle.
func fixture(_ name: String) throws -> Data {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    return try Data(contentsOf: url)
}
