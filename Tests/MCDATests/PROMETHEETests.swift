import Foundation
import Testing
@testable import MCDA

/// PROMETHEE II's flows from sorted values and prefix sums equal the pairwise sums of Brans & Vincke (1985).
@Suite struct PROMETHEETests {
    /// The pairwise form, written plainly: the reference.
    static func pairwise(_ p: DecisionProblem) -> (plus: [Double], minus: [Double]) {
        let m = p.alternativeCount
        var plus = [Double](repeating: 0, count: m), minus = plus
        for (j, c) in p.criteria.enumerated() {
            let col = p.column(j), sign: Double = c.direction == .benefit ? 1 : -1
            for a in 0..<m { for b in 0..<m where a != b {
                let pi = c.weight * c.preference(sign * (col[a] - col[b]))
                plus[a] += pi
                minus[b] += pi
            } }
        }
        return (plus.map { $0 / Double(m - 1) }, minus.map { $0 / Double(m - 1) })
    }

    /// Every preference function, on values with many ties and differences exactly at the thresholds (whole
    /// numbers with whole thresholds) and on decimals; both directions. Flows agree to 1e-12.
    @Test func sortedFlowsEqualThePairwiseSums() throws {
        var rng = Xoshiro256(seed: 9)
        let functions: [PreferenceFunction] = [.usual, .ushape(q: 1), .vshape(p: 2), .level(q: 1, p: 3), .linear(q: 1, p: 3),
                                               .vshape(p: 0.37), .linear(q: 0.1, p: 0.45), .level(q: 0.2, p: 0.3), .gaussian(s: 1.5)]
        for trial in 0..<60 {
            let m = 2 + Int(rng.uniform() * 60)
            let whole = trial % 2 == 0
            let criteria = functions.enumerated().map { j, f in
                Criterion(id: "c\(j)", direction: j % 3 == 1 ? .cost : .benefit, weight: 1 / Double(functions.count), preference: f)
            }
            let rows = (0..<m).map { _ in functions.indices.map { _ in whole ? Double(Int(rng.uniform() * 6)) : (rng.uniform() * 100).rounded() / 100 } }
            let problem = try DecisionProblem(criteria: criteria, alternatives: (0..<m).map { "A\($0)" }, rows: rows)
            let fast = PROMETHEE.evaluate(problem), reference = Self.pairwise(problem)
            for a in 0..<m {
                #expect(abs(fast.plus[a] - reference.plus[a]) < 1e-12 && abs(fast.minus[a] - reference.minus[a]) < 1e-12, "trial \(trial), A\(a)")
            }
        }
    }
}

/// Gini weights from the sorted columns equal the pairwise sums Σ_i Σ_k |x_i − x_k|.
@Suite struct GiniWeightsTests {
    @Test func sortedSumEqualsThePairwiseSum() throws {
        var rng = Xoshiro256(seed: 12)
        for trial in 0..<40 {
            let m = 2 + Int(rng.uniform() * 80), n = 1 + Int(rng.uniform() * 5)
            let rows = (0..<m).map { _ in (0..<n).map { _ in trial % 2 == 0 ? Double(1 + Int(rng.uniform() * 5)) : 0.5 + rng.uniform() * 100 } }
            let problem = try DecisionProblem(criteria: (0..<n).map { Criterion(id: "c\($0)", direction: .benefit, weight: 1 / Double(n)) },
                                              alternatives: (0..<m).map { "A\($0)" }, rows: rows)
            let fast = try GiniWeights.raw(problem)
            for j in 0..<n {
                let col = rows.map { $0[j] }, mean = col.reduce(0, +) / Double(m)
                var total = 0.0
                for a in col { for b in col { total += abs(a - b) } }
                let reference = total / (2 * Double(m * m) * mean)
                #expect(abs(fast[j] - reference) <= 1e-12 * max(1, reference), "trial \(trial), c\(j)")
            }
        }
    }
}
