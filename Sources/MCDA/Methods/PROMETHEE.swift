/// PROMETHEE II (Brans & Vincke 1985).
///
/// For each ordered pair (a, b) and criterion j, `d_j = x_aj − x_bj` for a benefit criterion and `x_bj − x_aj`
/// for a cost criterion (directions are honoured, which some peer tools do not). `π(a, b) = Σ_j w_j P_j(d_j)` with the
/// criterion's preference function and the weights as given. `φ⁺(a) = Σ_b π(a, b) / (m − 1)`,
/// `φ⁻(a) = Σ_b π(b, a) / (m − 1)`, net flow `φ = φ⁺ − φ⁻` (higher is better).
enum PROMETHEE {
    static func evaluate(_ p: DecisionProblem) -> (net: [Double], plus: [Double], minus: [Double]) {
        let m = p.alternativeCount
        var plus = [Double](repeating: 0, count: m), minus = plus
        for (j, c) in p.criteria.enumerated() where c.weight != 0 {
            let col = p.column(j)
            let sign: Double = c.direction == .benefit ? 1 : -1
            for a in 0..<m {
                for b in 0..<m where a != b {
                    let pi = c.weight * c.preference(sign * (col[a] - col[b]))
                    plus[a] += pi
                    minus[b] += pi
                }
            }
        }
        let scale = 1 / Double(m - 1)
        plus = plus.map { $0 * scale }
        minus = minus.map { $0 * scale }
        return (zip(plus, minus).map { $0 - $1 }, plus, minus)
    }
}
