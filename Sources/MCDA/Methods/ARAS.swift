/// ARAS, additive ratio assessment (Zavadskas & Turskis 2010).
///
/// An optimal alternative `x_0j` (column max for benefit, min for cost, or the values a source gives) is added as
/// row 0; the extended columns are normalized in their direction (default `sum`: `x / Σx` for benefit,
/// `(1/x) / Σ(1/x)` for cost, i.e. the inversion of cost criteria the method prescribes), `S_i = Σ_j w_j r_ij`,
/// and the utility degree `K_i = S_i / S_0` is the score (higher is better).
enum ARAS {
    /// - Parameter optimal: the optimal alternative's value per criterion; `nil` for the best value of each column.
    static func evaluate(_ p: DecisionProblem, normalization: Normalization, optimal given: [Double]?,
                         explanation: inout Explanation) throws(MCDAError)
        -> (k: [Double], s: [Double], optimal: Double) {
        let m = p.alternativeCount
        var s = [Double](repeating: 0, count: m + 1)
        let names = ["optimal alternative"] + p.alternatives
        var normalized: [[Double]] = [], weighted: [[Double]] = []
        for (j, c) in p.criteria.enumerated() {
            let col = p.column(j)
            let best = given?[j] ?? (c.direction == .benefit ? col.max()! : col.min()!)
            let r = try normalization.apply([best] + col, direction: c.direction, criterion: c.id, alternatives: names)
            for i in 0...m { s[i] += c.weight * r[i] }
            if explanation.isRecording { normalized.append(r); weighted.append(r.map { c.weight * $0 }) }
        }
        guard s[0] > 0 else {
            throw .degenerate(context: "ARAS", reason: "the optimal alternative has score \(s[0]); the utility degree S_i / S_0 needs S_0 > 0")
        }
        let criteria = p.criteria.map(\.id)
        explanation.record(IntermediateTable(
            key: "normalizedMatrix", title: "Matrix extended by the optimal alternative, normalized (\(normalization.rawValue))",
            formula: "row 0: x_0j = max_i x_ij (benefit) or min_i x_ij (cost) unless given; r_ij = the normalization of the extended column",
            rows: names, columns: criteria, byColumn: normalized))
        explanation.record(IntermediateTable(
            key: "weightedMatrix", title: "Weighted normalized matrix", formula: "v_ij = w_j · r_ij",
            rows: names, columns: criteria, byColumn: weighted))
        explanation.record(IntermediateTable(
            key: "utilityDegree", title: "Optimality function S and utility degree K",
            formula: "S_i = Σ_j v_ij, K_i = S_i / S_0",
            rows: names, columns: ["S", "K"], byColumn: [s, s.map { $0 / s[0] }]))
        return (s.dropFirst().map { $0 / s[0] }, Array(s.dropFirst()), s[0])
    }
}
