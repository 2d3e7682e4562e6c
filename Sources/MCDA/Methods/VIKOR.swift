/// VIKOR (Opricovic 1998; Opricovic & Tzeng 2004).
///
/// With `f*_j`, `f⁻_j` the best and worst values of criterion j (max/min for benefit, min/max for cost):
/// `S_i = Σ_j w_j (f*_j − x_ij) / (f*_j − f⁻_j)`, `R_i = max_j w_j (f*_j − x_ij) / (f*_j − f⁻_j)`,
/// `Q_i = v (S_i − S*) / (S⁻ − S*) + (1 − v)(R_i − R*) / (R⁻ − R*)` with `S* = min S`, `S⁻ = max S` (same for R).
/// Lower Q is better. The compromise set follows the two conditions of Opricovic & Tzeng (2004): acceptable
/// advantage `Q(a'') − Q(a') >= DQ = 1/(m − 1)` and acceptable stability (a' also best by S or by R).
/// A constant criterion makes `f* = f⁻` and the formula undefined: that is an error, never a NaN.
enum VIKOR {
    struct Output {
        var s: [Double], r: [Double], q: [Double], compromise: [Int]
        var acceptableAdvantage: Bool, acceptableStability: Bool
    }

    static func evaluate(columns x: [[Double]], directions: [Direction], weights w: [Double],
                         v: Double, problem: DecisionProblem, tolerance: Double,
                         explanation: inout Explanation) throws(MCDAError) -> Output {
        let m = problem.alternativeCount
        var s = [Double](repeating: 0, count: m), r = s
        var bests: [Double] = [], worsts: [Double] = []
        for (j, col) in x.enumerated() {
            let hi = col.max()!, lo = col.min()!
            guard hi > lo else {
                throw .degenerate(context: "VIKOR",
                                  reason: "criterion '\(problem.criteria[j].id)' has the same value for every alternative, so (f* − x) / (f* − f⁻) is undefined; remove the criterion")
            }
            let (best, worst) = directions[j] == .benefit ? (hi, lo) : (lo, hi)
            if explanation.isRecording { bests.append(best); worsts.append(worst) }
            for i in 0..<m {
                let d = w[j] * (best - col[i]) / (best - worst)
                s[i] += d
                r[i] = Swift.max(r[i], d)
            }
        }
        let sMin = s.min()!, sMax = s.max()!, rMin = r.min()!, rMax = r.max()!
        if v > 0, !(sMax > sMin) {
            throw .degenerate(context: "VIKOR", reason: "every alternative has the same group utility S = \(sMin), so Q is undefined for v > 0")
        }
        if v < 1, !(rMax > rMin) {
            throw .degenerate(context: "VIKOR", reason: "every alternative has the same individual regret R = \(rMin), so Q is undefined for v < 1")
        }
        let q = (0..<m).map { i in
            (v > 0 ? v * (s[i] - sMin) / (sMax - sMin) : 0)
                + (v < 1 ? (1 - v) * (r[i] - rMin) / (rMax - rMin) : 0)
        }
        let order = Ranking.rank(q, order: .ascending, tolerance: tolerance).order
        let first = order[0], second = order[1]
        let dq = 1 / Double(m - 1)
        let advantage = q[second] - q[first] >= dq - 1e-12
        let bestS = Ranking.rank(s, order: .ascending, tolerance: tolerance).ranks[first] == 1
        let bestR = Ranking.rank(r, order: .ascending, tolerance: tolerance).ranks[first] == 1
        let stability = bestS || bestR
        let compromise: [Int]
        if !advantage {
            compromise = order.filter { q[$0] - q[first] < dq - 1e-12 || $0 == first || $0 == second }
        } else if !stability {
            compromise = [first, second]
        } else {
            compromise = [first]
        }
        let criteria = problem.criteria.map(\.id)
        explanation.record(IntermediateTable(
            key: "bestAndWorstValues", title: "Best and worst value of each criterion",
            formula: "f*_j = max_i x_ij, f⁻_j = min_i x_ij for a benefit criterion (swapped for a cost criterion)",
            rows: ["best (f*)", "worst (f-)"], columns: criteria, values: [bests, worsts]))
        explanation.record(IntermediateTable(
            key: "groupUtilityAndRegret", title: "Group utility S, individual regret R and compromise index Q",
            formula: "S_i = Σ_j w_j (f*_j − x_ij) / (f*_j − f⁻_j), R_i = max_j of the same terms, Q_i = v (S_i − S*) / (S⁻ − S*) + (1 − v) (R_i − R*) / (R⁻ − R*)",
            rows: problem.alternatives, columns: ["S", "R", "Q"], byColumn: [s, r, q]))
        explanation.record(IntermediateTable(
            key: "compromiseConditions",
            title: "Compromise conditions for the best alternative by Q (1 = holds, 0 = fails)",
            formula: "C1 acceptable advantage: Q(a″) − Q(a′) ≥ DQ = 1/(m − 1); C2 acceptable stability: a′ is also best by S or by R",
            rows: ["C1 acceptable advantage", "C2 acceptable stability"], columns: ["value", "threshold", "holds"],
            values: [[q[second] - q[first], dq, advantage ? 1 : 0],
                     [stability ? 1 : 0, 1, stability ? 1 : 0]]))
        return Output(s: s, r: r, q: q, compromise: compromise, acceptableAdvantage: advantage,
                      acceptableStability: stability)
    }
}
