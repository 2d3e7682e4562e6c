import Testing
@testable import MCDA

/// One-at-a-time weights, stability intervals (checked by brute-force sweeps) and rank-reversal checks.
@Suite struct SensitivityTests {
    static let problem = try! DecisionProblem(
        criteria: [Criterion(id: "severity", direction: .benefit, weight: 0.4), Criterion(id: "trl", direction: .benefit, weight: 0.25),
                   Criterion(id: "standards", direction: .benefit, weight: 0.2), Criterion(id: "risk", direction: .cost, weight: 0.15)],
        alternatives: ["A1", "A2", "A3", "A4", "A5", "A6"],
        rows: [[4.2, 7, 3.5, 2], [3.9, 8, 4.1, 3], [4.6, 5, 2.8, 4], [3.1, 6, 3.0, 5], [4.0, 9, 3.9, 4], [4.4, 4, 4.5, 1]])

    @Test func oneAtATimeRescalesTheOthers() throws {
        let r = try MethodName.wsm.oneAtATime(Self.problem, delta: 0.2)
        #expect(r.variations.count == 8)
        for v in r.variations { #expect(abs(v.weights.reduce(0, +) - 1) < 1e-12) }
        let up = r.variations[1]
        #expect(up.criterion == "severity" && up.delta == 0.2 && abs(up.weights[0] - 0.48) < 1e-12)
        #expect(abs(up.weights[1] - 0.25 * 0.52 / 0.6) < 1e-12)
        for v in r.variations {
            let direct = try MethodName.wsm.evaluate(Self.problem.withWeights(v.weights))
            #expect(v.ranks == direct.ranks)
            #expect(v.rankChanges.count == zip(v.ranks, r.baseRanks).filter { $0 != $1 }.count)
        }
        #expect(zip(r.tornado, r.tornado.dropFirst()).allSatisfy { $0.swing >= $1.swing })
    }

    /// Every interval is checked by a sweep of step 1e-4: the property holds inside, fails just outside.
    @Test(arguments: [MethodName.wsm, .topsis, .vikor])
    func stabilityIntervalsAgreeWithABruteForceSweep(_ method: MethodName) throws {
        let intervals = try method.stabilityIntervals(Self.problem, topK: 2)
        let w = Self.problem.weights
        let base = try method.evaluate(Self.problem).order
        for (j, interval) in intervals.enumerated() {
            #expect(interval.method == (method == .wsm ? "exact" : "bracketed"))
            #expect(interval.ranking.contains(w[j]) && interval.first.contains(w[j]))
            // An unchanged ranking keeps the first and the top k, so its interval lies inside theirs.
            #expect(interval.first.lowerBound <= interval.ranking.lowerBound + 1e-9 && interval.ranking.upperBound <= interval.first.upperBound + 1e-9)
            #expect(interval.topK.lowerBound <= interval.ranking.lowerBound + 1e-9 && interval.ranking.upperBound <= interval.topK.upperBound + 1e-9)
            for step in 0...10_000 {
                let t = Double(step) / 10_000
                let order = try method.evaluate(Self.problem.replacingWeights(MethodName.rescaled(w, moving: j, to: t))).order
                let inside = interval.ranking.lowerBound + 2e-4 < t && t < interval.ranking.upperBound - 2e-4
                if inside { #expect(order == base, "\(method) \(interval.criterion) t = \(t) inside \(interval.ranking)") }
                let justOutside = abs(t - interval.ranking.lowerBound) < 2e-4 && interval.ranking.lowerBound > 1e-3
                    || abs(t - interval.ranking.upperBound) < 2e-4 && interval.ranking.upperBound < 1 - 1e-3
                if justOutside, !(interval.ranking.lowerBound...interval.ranking.upperBound).contains(t) {
                    #expect(order != base, "\(method) \(interval.criterion) t = \(t) outside \(interval.ranking)")
                }
                let firstInside = interval.first.lowerBound + 2e-4 < t && t < interval.first.upperBound - 2e-4
                if firstInside { #expect(order[0] == base[0]) }
            }
        }
    }

    @Test func weightedProductHasNoRankReversal() throws {
        let checks = try MethodName.wpm.rankReversals(Self.problem)
        #expect(checks.count == 12)
        #expect(checks.allSatisfy { $0.reversals.isEmpty })
    }

    @Test func topsisReversalsMatchADirectRecomputation() throws {
        let checks = try MethodName.topsis.rankReversals(Self.problem)
        let base = try MethodName.topsis.evaluate(Self.problem)
        for check in checks where check.change == "remove" {
            let keep = Self.problem.alternatives.indices.filter { Self.problem.alternatives[$0] != check.alternative }
            let reduced = try DecisionProblem(criteria: Self.problem.criteria, alternatives: keep.map { Self.problem.alternatives[$0] },
                                              rows: keep.map(Self.problem.row))
            let r = try MethodName.topsis.evaluate(reduced)
            var flips = 0
            for (x, p) in keep.enumerated() { for (y, q) in keep.enumerated() where base.scores[p] > base.scores[q] && r.scores[y] > r.scores[x] { flips += 1 } }
            #expect(check.reversals.count == flips)
        }
    }

    @Test func neighbourSwapsAreMinimal() throws {
        let swaps = try MethodName.wsm.neighbourSwaps(Self.problem)
        #expect(swaps.count == 5)
        for s in swaps {
            let i = Self.problem.alternatives.firstIndex(of: s.alternative)!, j = Self.problem.criteria.firstIndex { $0.id == s.criterion }!
            let p = Self.problem.alternatives.firstIndex(of: s.above)!, q = Self.problem.alternatives.firstIndex(of: s.below)!
            func order(_ v: Double) throws -> [Int] {
                var rows = Self.problem.alternatives.indices.map(Self.problem.row)
                rows[i][j] = v
                return try MethodName.wsm.evaluate(DecisionProblem(criteria: Self.problem.criteria, alternatives: Self.problem.alternatives, rows: rows)).order
            }
            let after = try order(s.to)
            #expect(after.firstIndex(of: q)! < after.firstIndex(of: p)!)
            let before = try order(s.from + (s.to - s.from) * (1 - 1e-6))
            #expect(before.firstIndex(of: p)! < before.firstIndex(of: q)!)
        }
    }
}
