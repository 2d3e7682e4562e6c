import Foundation
import Testing
@testable import MCDA
import TestSupport

/// Several methods side by side: consensus rankings against hand counts, agreement against the textbook formulas.
@Suite struct MethodComparisonTests {
    /// Three rankings of four alternatives. Borda (m − r points): A 3+2+3 = 8, B 2+3+0 = 5, C 1+1+2 = 4, D 0+0+1 = 1.
    /// Copeland: A beats B (2 of 3), C (3), D (3): +3; B beats C (2) and D (2), loses to A: +1; C beats D (2), loses
    /// to A and B: −1; D loses all: −3.
    @Test func bordaAndCopelandMatchHandCounts() {
        let rankings = [[1, 2, 3, 4], [2, 1, 3, 4], [1, 4, 2, 3]]
        let borda = MethodComparison.borda(rankings, tolerance: 1e-9)
        #expect(borda.scores == [8, 5, 4, 1] && borda.ranks == [1, 2, 3, 4])
        let copeland = MethodComparison.copeland(rankings, tolerance: 1e-9)
        #expect(copeland.scores == [3, 1, -1, -3] && copeland.ranks == [1, 2, 3, 4])
        // A pairwise tie (one method each way, one tied) gives no point; equal scores share the best rank.
        let tied = MethodComparison.copeland([[1, 2], [2, 1]], tolerance: 1e-9)
        #expect(tied.scores == [0, 0] && tied.ranks == [1, 1])
    }

    /// On the bundled problem: Spearman without ties equals 1 − 6Σd²/(n(n² − 1)), Kendall equals (C − D)/(n(n − 1)/2)
    /// counted pair by pair, the diagonal is 1, and SPOTIS (no bounds) is skipped with its reason.
    @Test func agreementMatchesTheTextbookFormulas() throws {
        let problem = try DecisionProblem(json: try Data(contentsOf: Repository.url("datasets/problems/capability-gaps.json")), weightsRequired: true)
        let c = try MethodComparison.compare(problem, methods: MethodName.allCases)
        #expect(c.skipped.map(\.method) == [.spotis] && c.skipped[0].reason.contains("bounds"))
        #expect(c.results.count == MethodName.allCases.count - 1)
        let n = Double(problem.alternatives.count)
        for (i, a) in c.results.enumerated() {
            for (j, b) in c.results.enumerated() {
                let x = a.ranks.map(Double.init), y = b.ranks.map(Double.init)
                guard Set(x).count == x.count, Set(y).count == y.count else { continue }
                let d2 = zip(x, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
                #expect(abs(c.spearman[i][j]! - (1 - 6 * d2 / (n * (n * n - 1)))) < 1e-12, "\(a.method) \(b.method)")
                var concordant = 0.0, discordant = 0.0
                for p in x.indices { for q in (p + 1)..<x.count { ((x[p] - x[q]) * (y[p] - y[q]) > 0) ? (concordant += 1) : (discordant += 1) } }
                #expect(abs(c.kendallTauB[i][j]! - (concordant - discordant) / (n * (n - 1) / 2)) < 1e-12, "\(a.method) \(b.method)")
                if i == j { #expect(c.spearman[i][j] == 1 && c.ws[i][j] == 1 && c.weightedSpearman[i][j] == 1) }
            }
        }
        // Spread: the widest first, each from the methods' own ranks.
        for s in c.spreads {
            #expect(s.best == c.results.map { $0.ranks[s.alternative] }.min() && s.worst == c.results.map { $0.ranks[s.alternative] }.max())
        }
        #expect(zip(c.spreads, c.spreads.dropFirst()).allSatisfy { $0.range >= $1.range })
    }

    /// Knight's O(n log n) τ-b equals the pair-by-pair count of Kendall (1945) on rank vectors with many ties.
    @Test func kendallTauBEqualsThePairByPairCount() {
        var rng = Xoshiro256(seed: 41)
        for trial in 0..<300 {
            let n = 2 + Int(rng.uniform() * 40), levels = 1 + Int(rng.uniform() * Double(n))
            let x = (0..<n).map { _ in Double(1 + Int(rng.uniform() * Double(levels))) }
            let y = (0..<n).map { _ in trial % 3 == 0 ? Double(1 + Int(rng.uniform() * 3)) / 2 : Double(1 + Int(rng.uniform() * Double(levels))) }
            var c = 0.0, d = 0.0, tx = 0.0, ty = 0.0
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let dx = x[i] - x[j], dy = y[i] - y[j]
                    if dx == 0 { tx += 1 }
                    if dy == 0 { ty += 1 }
                    if dx == 0 || dy == 0 { continue }
                    if (dx > 0) == (dy > 0) { c += 1 } else { d += 1 }
                }
            }
            let n0 = Double(n * (n - 1) / 2), denominator = ((n0 - tx) * (n0 - ty)).squareRoot()
            let expected: Double? = denominator > 0 ? (c - d) / denominator : nil
            let got = RankCorrelation.kendallTauB(x, y)
            #expect((got == nil) == (expected == nil), "trial \(trial)")
            if let got, let expected { #expect(abs(got - expected) < 1e-12, "trial \(trial)") }
        }
    }

    @Test func fewerThanTwoMethodsIsAnErrorNamingTheReasons() throws {
        let problem = try DecisionProblem(json: try Data(contentsOf: Repository.url("datasets/problems/capability-gaps.json")), weightsRequired: true)
        #expect(throws: MCDAError.self) { try MethodComparison.compare(problem, methods: [.topsis, .spotis]) }
        do { _ = try MethodComparison.compare(problem, methods: [.topsis, .spotis]) } catch {
            #expect("\(error)".contains("spotis") && "\(error)".contains("at least two"))
        }
    }
}
