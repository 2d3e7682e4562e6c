import Foundation

/// MABAC, multi-attributive border approximation area comparison (Pamučar & Ćirović 2015).
///
/// With `r` normalized in each criterion's direction (default `minmax`), `v_ij = w_j (r_ij + 1)`, the border
/// approximation area `g_j = (Π_i v_ij)^(1/m)`, and `S_i = Σ_j (v_ij − g_j)` (higher is better).
enum MABAC {
    static func evaluate(columns r: [[Double]], problem: DecisionProblem) throws(MCDAError) -> [Double] {
        let m = problem.alternativeCount
        var s = [Double](repeating: 0, count: m)
        for (j, c) in problem.criteria.enumerated() where c.weight != 0 {
            let v = r[j].map { c.weight * ($0 + 1) }
            if let i = v.firstIndex(where: { !($0 > 0) }) {
                throw .outsideDomain(context: "MABAC", alternative: problem.alternatives[i], criterion: c.id,
                                     value: r[j][i], rule: "normalizes below -1, so the geometric mean of w (r + 1) is undefined")
            }
            let g = exp(v.reduce(0) { $0 + log($1) } / Double(m))
            for i in 0..<m { s[i] += v[i] - g }
        }
        return s
    }
}
