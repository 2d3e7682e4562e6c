/// TOPSIS (Hwang & Yoon 1981).
///
/// With `v_ij = w_j r_ij` (r already "more is better" after a directional normalization), the positive ideal is
/// the column maximum of `v`, the negative ideal the column minimum, and
/// `C_i = D⁻_i / (D⁺_i + D⁻_i)` with Euclidean distances `D⁺_i = ‖v_i − v⁺‖`, `D⁻_i = ‖v_i − v⁻‖`.
/// Default normalization `vector`, the textbook choice (pymcdm defaults to min-max).
enum TOPSIS {
    static func evaluate(columns r: [[Double]], weights w: [Double], problem: DecisionProblem,
                         explanation: inout Explanation)
        throws(MCDAError) -> (scores: [Double], dPlus: [Double], dMinus: [Double]) {
        let m = problem.alternativeCount
        var dPlus = [Double](repeating: 0, count: m), dMinus = dPlus
        var weighted: [[Double]] = [], ideal: [Double] = [], antiIdeal: [Double] = []
        for (j, col) in r.enumerated() {
            let v = col.map { $0 * w[j] }
            let best = v.max()!, worst = v.min()!
            for i in 0..<m {
                dPlus[i] += (v[i] - best) * (v[i] - best)
                dMinus[i] += (v[i] - worst) * (v[i] - worst)
            }
            if explanation.isRecording { weighted.append(v); ideal.append(best); antiIdeal.append(worst) }
        }
        dPlus = dPlus.map { $0.squareRoot() }
        dMinus = dMinus.map { $0.squareRoot() }
        var scores = [Double](repeating: 0, count: m)
        for i in 0..<m {
            let total = dPlus[i] + dMinus[i]
            guard total > 0 else {
                throw .degenerate(context: "TOPSIS",
                                  reason: "every alternative coincides with both ideals (no weighted criterion varies), so the closeness is undefined")
            }
            scores[i] = dMinus[i] / total
        }
        let criteria = problem.criteria.map(\.id)
        explanation.record(IntermediateTable(
            key: "weightedMatrix", title: "Weighted normalized matrix", formula: "v_ij = w_j · r_ij",
            rows: problem.alternatives, columns: criteria, byColumn: weighted))
        explanation.record(IntermediateTable(
            key: "idealSolutions", title: "Positive and negative ideal solutions",
            formula: "v⁺_j = max_i v_ij, v⁻_j = min_i v_ij",
            rows: ["positive ideal (v⁺)", "negative ideal (v⁻)"], columns: criteria, values: [ideal, antiIdeal]))
        explanation.record(IntermediateTable(
            key: "distances", title: "Distances to the ideals and relative closeness",
            formula: "D⁺_i = ‖v_i − v⁺‖, D⁻_i = ‖v_i − v⁻‖, C_i = D⁻_i / (D⁺_i + D⁻_i)",
            rows: problem.alternatives, columns: ["D+", "D-", "C"], byColumn: [dPlus, dMinus, scores]))
        return (scores, dPlus, dMinus)
    }
}
