/// MOORA, ratio system (Brauers & Zavadskas 2006).
///
/// Columns are normalized without inverting cost criteria (default `vector`: `x / sqrt(Σx²)`), then
/// `y_i = Σ_{benefit} w_j r_ij − Σ_{cost} w_j r_ij`.
enum MOORA {
    static func evaluate(columns r: [[Double]], problem: DecisionProblem) -> [Double] {
        var y = [Double](repeating: 0, count: problem.alternativeCount)
        for (j, c) in problem.criteria.enumerated() {
            let sign: Double = c.direction == .benefit ? 1 : -1
            for i in y.indices { y[i] += sign * c.weight * r[j][i] }
        }
        return y
    }
}
