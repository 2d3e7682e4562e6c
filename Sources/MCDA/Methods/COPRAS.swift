/// COPRAS (Zavadskas, Kaklauskas & Šarka 1994).
///
/// The matrix is normalized column by column *without* inverting cost criteria (default `sum`: `x / Σx`), then
/// weighted: `d_ij = w_j r_ij`. `S⁺_i` sums `d` over benefit criteria, `S⁻_i` over cost criteria, and
/// `Q_i = S⁺_i + Σ_k S⁻_k / (S⁻_i · Σ_k 1/S⁻_k)`. Cost sums are never added to the benefit side (a defect of some
/// peer libraries). Without cost criteria (or with zero cost weights) `Q_i = S⁺_i`.
enum COPRAS {
    static func evaluate(columns r: [[Double]], problem: DecisionProblem, explanation: inout Explanation) throws(MCDAError)
        -> (q: [Double], sPlus: [Double], sMinus: [Double]) {
        let m = problem.alternativeCount
        var sPlus = [Double](repeating: 0, count: m), sMinus = sPlus
        var weighted: [[Double]] = []
        for (j, c) in problem.criteria.enumerated() {
            var column = [Double](repeating: 0, count: explanation.isRecording ? m : 0)
            for i in 0..<m {
                let d = c.weight * r[j][i]
                if c.direction == .benefit { sPlus[i] += d } else { sMinus[i] += d }
                if explanation.isRecording { column[i] = d }
            }
            weighted.append(column)
        }
        explanation.record(IntermediateTable(
            key: "weightedMatrix", title: "Weighted normalized matrix", formula: "d_ij = w_j · r_ij",
            rows: problem.alternatives, columns: problem.criteria.map(\.id), byColumn: weighted))
        /// Papers print the utility degree N_i = Q_i / Q_max · 100 %.
        func record(_ q: [Double]) {
            let top = q.max()!
            explanation.record(IntermediateTable(
                key: "significance", title: "Sums of the weighted benefit and cost values, relative significance Q and utility degree N (%)",
                formula: "S⁺_i = Σ_benefit d_ij, S⁻_i = Σ_cost d_ij, Q_i = S⁺_i + Σ_k S⁻_k / (S⁻_i · Σ_k 1/S⁻_k), N_i = Q_i / Q_max · 100",
                rows: problem.alternatives, columns: ["S+", "S-", "Q", "N"],
                byColumn: [sPlus, sMinus, q, q.map { top > 0 ? $0 / top * 100 : 0 }]))
        }
        if sMinus.allSatisfy({ $0 == 0 }) {
            if explanation.isRecording { record(sPlus) }
            return (sPlus, sPlus, sMinus)
        }
        if let i = sMinus.firstIndex(where: { !($0 > 0) }) {
            throw .degenerate(context: "COPRAS",
                              reason: "alternative '\(problem.alternatives[i])' has a non-positive weighted cost sum S⁻ = \(sMinus[i]); COPRAS needs S⁻ > 0")
        }
        let total = sMinus.reduce(0, +)
        let inverse = sMinus.reduce(0) { $0 + 1 / $1 }
        let q = (0..<m).map { sPlus[$0] + total / (sMinus[$0] * inverse) }
        if explanation.isRecording { record(q) }
        return (q, sPlus, sMinus)
    }
}
