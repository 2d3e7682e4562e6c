internal import LinearAlgebra

/// Weighted sum model (Fishburn 1967): `WSM_i = Σ_j w_j r_ij` on the normalized matrix `r`.
/// Computed as the matrix-vector product `R w` (BLAS `dgemv`).
enum WeightedSum {
    static func scores(columns r: [[Double]], weights w: [Double]) -> [Double] {
        let m = r.first?.count ?? 0
        let matrix = Matrix(rows: m, columns: r.count, columnMajor: r.flatMap { $0 })
        return try! matrix.multiply(w)  // shapes agree by construction
    }
}

/// Weighted product model (Bridgman 1922; Miller & Starr 1969): `WPM_i = Π_j r_ij ^ w_j`.
/// A normalized value must be non-negative (`0 ^ w = 0` for `w > 0`, `0 ^ 0 = 1`).
enum WeightedProduct {
    static func scores(columns r: [[Double]], weights w: [Double], problem: DecisionProblem,
                       explanation: inout Explanation) throws(MCDAError) -> [Double] {
        let m = problem.alternativeCount
        var out = [Double](repeating: 1, count: m)
        for (j, col) in r.enumerated() {
            for i in 0..<m {
                guard col[i] >= 0 else {
                    throw .outsideDomain(context: "WPM", alternative: problem.alternatives[i],
                                         criterion: problem.criteria[j].id, value: col[i],
                                         rule: "normalizes to a negative value, which has no real power")
                }
                out[i] *= Foundation.pow(col[i], w[j])
            }
        }
        explanation.record(IntermediateTable(
            key: "weightedPowers", title: "Normalized values raised to their weights", formula: "r_ij ^ w_j",
            rows: problem.alternatives, columns: problem.criteria.map(\.id),
            byColumn: r.enumerated().map { j, col in col.map { Foundation.pow($0, w[j]) } }))
        return out
    }
}

import Foundation
