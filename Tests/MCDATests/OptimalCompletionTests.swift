import Foundation
import Testing
@testable import MCDA

/// λmax-optimal completion (Bozóki, Fülöp & Rónyai 2010), checked against a derivative-free minimization of λmax
/// itself and against the consistent case.
@Suite struct OptimalCompletionTests {
    /// λmax of the matrix with the missing (0, 3) entry set to `e^x`.
    func lambda(_ rows: [[Double?]], _ x: Double) throws -> Double {
        let n = rows.count
        let full = (0..<n).map { i in (0..<n).map { j in rows[i][j] ?? (i < j ? exp(x) : exp(-x)) } }
        return try AHP.perronVector(.init(full)).value
    }

    /// One missing judgment: the completion equals a golden-section search on λmax (no derivative) to 1e-7.
    @Test func oneMissingJudgmentMatchesAGoldenSectionSearch() throws {
        let rows: [[Double?]] = [[1, 3, 5, nil], [1.0 / 3, 1, 2, 4], [1.0 / 5, 1.0 / 2, 1, 3], [nil, 1.0 / 4, 1.0 / 3, 1]]
        let items = ["a", "b", "c", "d"]
        var judgments: [(a: String, b: String, value: Double)] = []
        for i in 0..<4 { for j in (i + 1)..<4 { if let v = rows[i][j] { judgments.append((items[i], items[j], v)) } } }
        let c = try PairwiseComparisons(items: items, judgments: judgments)
        let r = try AHP.priorities(c, completion: .lambdaMaxOptimal)
        var lo = -5.0, hi = 5.0
        let phi = (5.0.squareRoot() - 1) / 2
        for _ in 0..<200 {
            let x1 = hi - phi * (hi - lo), x2 = lo + phi * (hi - lo)
            if try lambda(rows, x1) < lambda(rows, x2) { hi = x2 } else { lo = x1 }
        }
        let best = exp((lo + hi) / 2)
        #expect(abs(r.completedMatrix[0][3] / best - 1) < 1e-7)
        #expect(abs(r.lambdaMax - (try lambda(rows, log(best)))) < 1e-12)
        // No larger than Harker's λmax, and the priorities are the completed matrix's eigenvector.
        let harker = try AHP.priorities(c)
        #expect(r.lambdaMax <= harker.lambdaMax + 1e-12)
        let eigen = try AHP.perronVector(.init(r.completedMatrix)).vector
        #expect(zip(eigen, r.weights).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(r.completedPairs.count == 1 && r.completion == .lambdaMaxOptimal)
    }

    /// Consistent judgments on a spanning tree complete to the consistent matrix: λmax = n, w exact.
    @Test func consistentTreeCompletesConsistently() throws {
        let w: [Double] = [0.4, 0.25, 0.15, 0.12, 0.08]
        let items = ["a", "b", "c", "d", "e"]
        let c = try PairwiseComparisons(items: items, judgments: [("a", "b", w[0] / w[1]), ("a", "c", w[0] / w[2]),
                                                                  ("c", "d", w[2] / w[3]), ("d", "e", w[3] / w[4])])
        let r = try AHP.priorities(c, completion: .lambdaMaxOptimal)
        #expect(abs(r.lambdaMax - 5) < 1e-9)
        #expect(zip(r.weights, w).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(abs(r.completedMatrix[1][4] - w[1] / w[4]) < 1e-7 * w[1] / w[4])
    }

    /// Several missing judgments: at the result no single entry can lower λmax (a step either way raises it).
    @Test func severalMissingJudgmentsAreAMinimum() throws {
        let items = ["a", "b", "c", "d", "e", "f"]
        let c = try PairwiseComparisons(items: items, judgments: [
            ("a", "b", 3), ("a", "c", 7), ("b", "c", 2), ("b", "d", 5), ("c", "e", 1.0 / 2),
            ("d", "e", 3), ("d", "f", 4), ("e", "f", 1.0 / 3), ("a", "f", 9),
        ])
        let r = try AHP.priorities(c, completion: .lambdaMaxOptimal)
        let harker = try AHP.priorities(c)
        #expect(r.lambdaMax < harker.lambdaMax)
        for (a, b) in r.completedPairs {
            let i = items.firstIndex(of: a)!, j = items.firstIndex(of: b)!
            for factor in [1.001, 1 / 1.001] {
                var m = r.completedMatrix
                m[i][j] *= factor; m[j][i] /= factor
                #expect(try AHP.perronVector(.init(m)).value > r.lambdaMax)
            }
        }
    }
}
