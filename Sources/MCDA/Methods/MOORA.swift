/// MOORA, ratio system (Brauers & Zavadskas 2006).
///
/// Columns are normalized without inverting cost criteria (default `vector`: `x / sqrt(Σx²)`), then
/// `y_i = Σ_{benefit} w_j r_ij − Σ_{cost} w_j r_ij`.
enum MOORA {
    static func evaluate(columns r: [[Double]], problem: DecisionProblem, explanation: inout Explanation) -> [Double] {
        let m = problem.alternativeCount
        var benefit = [Double](repeating: 0, count: m), cost = benefit
        for (j, c) in problem.criteria.enumerated() {
            for i in 0..<m {
                if c.direction == .benefit { benefit[i] += c.weight * r[j][i] } else { cost[i] += c.weight * r[j][i] }
            }
        }
        let y = (0..<m).map { benefit[$0] - cost[$0] }
        explanation.record(IntermediateTable(
            key: "weightedMatrix", title: "Weighted normalized matrix", formula: "v_ij = w_j · r_ij",
            rows: problem.alternatives, columns: problem.criteria.map(\.id),
            byColumn: problem.criteria.enumerated().map { j, c in r[j].map { c.weight * $0 } }))
        explanation.record(IntermediateTable(
            key: "ratioSystem", title: "Weighted sums of the benefit and cost criteria and their difference y",
            formula: "y_i = Σ_benefit v_ij − Σ_cost v_ij",
            rows: problem.alternatives, columns: ["benefit sum", "cost sum", "y"], byColumn: [benefit, cost, y]))
        return y
    }
}
