import Foundation

/// MABAC, multi-attributive border approximation area comparison (Pamučar & Ćirović 2015).
///
/// With `r` normalized in each criterion's direction (default `minmax`), `v_ij = w_j (r_ij + 1)`, the border
/// approximation area `g_j = (Π_i v_ij)^(1/m)`, and `S_i = Σ_j (v_ij − g_j)` (higher is better).
enum MABAC {
    static func evaluate(columns r: [[Double]], problem: DecisionProblem, explanation: inout Explanation) throws(MCDAError) -> [Double] {
        let m = problem.alternativeCount
        var s = [Double](repeating: 0, count: m)
        var weighted: [[Double]] = [], border: [Double] = [], distances: [[Double]] = []
        for (j, c) in problem.criteria.enumerated() {
            let v = r[j].map { c.weight * ($0 + 1) }
            guard c.weight != 0 else {
                // A criterion without weight adds nothing (v = 0, g = 0); the explanation shows it so.
                if explanation.isRecording { weighted.append(v); border.append(0); distances.append(v) }
                continue
            }
            if let i = v.firstIndex(where: { !($0 > 0) }) {
                throw .outsideDomain(context: "MABAC", alternative: problem.alternatives[i], criterion: c.id,
                                     value: r[j][i], rule: "normalizes below -1, so the geometric mean of w (r + 1) is undefined")
            }
            let g = exp(v.reduce(0) { $0 + log($1) } / Double(m))
            for i in 0..<m { s[i] += v[i] - g }
            if explanation.isRecording { weighted.append(v); border.append(g); distances.append(v.map { $0 - g }) }
        }
        let criteria = problem.criteria.map(\.id)
        explanation.record(IntermediateTable(
            key: "weightedMatrix", title: "Weighted matrix", formula: "v_ij = w_j · (r_ij + 1)",
            rows: problem.alternatives, columns: criteria, byColumn: weighted))
        explanation.record(IntermediateTable(
            key: "borderApproximationArea", title: "Border approximation area", formula: "g_j = (Π_i v_ij)^(1/m)",
            rows: ["border (g)"], columns: criteria, values: [border]))
        explanation.record(IntermediateTable(
            key: "distanceMatrix", title: "Distances from the border approximation area", formula: "q_ij = v_ij − g_j",
            rows: problem.alternatives, columns: criteria, byColumn: distances))
        explanation.record(IntermediateTable(
            key: "scores", title: "Sum of the distances", formula: "S_i = Σ_j q_ij",
            rows: problem.alternatives, columns: ["S"], byColumn: [s]))
        return s
    }
}
