/// ARAS, additive ratio assessment (Zavadskas & Turskis 2010).
///
/// An optimal alternative `x_0j` (column max for benefit, min for cost) is added as row 0; the extended columns
/// are normalized in their direction (default `sum`: `x / Σx` for benefit, `(1/x) / Σ(1/x)` for cost, i.e.
/// the inversion of cost criteria the method prescribes), `S_i = Σ_j w_j r_ij`, and the utility degree
/// `K_i = S_i / S_0` is the score (higher is better).
enum ARAS {
    static func evaluate(_ p: DecisionProblem, normalization: Normalization) throws(MCDAError)
        -> (k: [Double], s: [Double], optimal: Double) {
        let m = p.alternativeCount
        var s = [Double](repeating: 0, count: m + 1)
        let names = ["optimal alternative"] + p.alternatives
        for (j, c) in p.criteria.enumerated() {
            let col = p.column(j)
            let best = c.direction == .benefit ? col.max()! : col.min()!
            let r = try normalization.apply([best] + col, direction: c.direction, criterion: c.id, alternatives: names)
            for i in 0...m { s[i] += c.weight * r[i] }
        }
        guard s[0] > 0 else {
            throw .degenerate(context: "ARAS", reason: "the optimal alternative has score \(s[0]); the utility degree S_i / S_0 needs S_0 > 0")
        }
        return (s.dropFirst().map { $0 / s[0] }, Array(s.dropFirst()), s[0])
    }
}
