/// TOPSIS (Hwang & Yoon 1981).
///
/// With `v_ij = w_j r_ij` (r already "more is better" after a directional normalization), the positive ideal is
/// the column maximum of `v`, the negative ideal the column minimum, and
/// `C_i = D⁻_i / (D⁺_i + D⁻_i)` with Euclidean distances `D⁺_i = ‖v_i − v⁺‖`, `D⁻_i = ‖v_i − v⁻‖`.
/// Default normalization `vector`, the textbook choice (pymcdm defaults to min-max).
enum TOPSIS {
    static func evaluate(columns r: [[Double]], weights w: [Double], alternatives m: Int)
        throws(MCDAError) -> (scores: [Double], dPlus: [Double], dMinus: [Double]) {
        var dPlus = [Double](repeating: 0, count: m), dMinus = dPlus
        for (j, col) in r.enumerated() {
            let v = col.map { $0 * w[j] }
            let best = v.max()!, worst = v.min()!
            for i in 0..<m {
                dPlus[i] += (v[i] - best) * (v[i] - best)
                dMinus[i] += (v[i] - worst) * (v[i] - worst)
            }
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
        return (scores, dPlus, dMinus)
    }
}
