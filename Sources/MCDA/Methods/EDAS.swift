/// EDAS, evaluation based on distance from average solution (Keshavarz Ghorabaee et al. 2015).
///
/// `AV_j` is the column mean of the raw values. For a benefit criterion `PDA_ij = max(0, x_ij − AV_j) / AV_j`,
/// `NDA_ij = max(0, AV_j − x_ij) / AV_j` (swapped for a cost criterion). `SP_i = Σ w_j PDA_ij`,
/// `SN_i = Σ w_j NDA_ij`, `NSP_i = SP_i / max SP`, `NSN_i = 1 − SN_i / max SN`, `AS_i = (NSP_i + NSN_i) / 2`.
/// Needs positive column means; a problem where no alternative departs from the average is an error.
enum EDAS {
    static func evaluate(_ p: DecisionProblem) throws(MCDAError)
        -> (score: [Double], sp: [Double], sn: [Double], nsp: [Double], nsn: [Double]) {
        let m = p.alternativeCount
        var sp = [Double](repeating: 0, count: m), sn = sp
        for (j, c) in p.criteria.enumerated() {
            let col = p.column(j)
            let av = col.reduce(0, +) / Double(m)
            guard av > 0 else {
                throw .degenerate(context: "EDAS", reason: "criterion '\(c.id)' has average \(av); EDAS divides by the average and needs it > 0")
            }
            for i in 0..<m {
                let above = max(0, col[i] - av) / av, below = max(0, av - col[i]) / av
                let (pda, nda) = c.direction == .benefit ? (above, below) : (below, above)
                sp[i] += c.weight * pda
                sn[i] += c.weight * nda
            }
        }
        let spMax = sp.max()!, snMax = sn.max()!
        guard spMax > 0, snMax > 0 else {
            throw .degenerate(context: "EDAS", reason: "no alternative departs from the average on a weighted criterion, so NSP and NSN are undefined")
        }
        let nsp = sp.map { $0 / spMax }
        let nsn = sn.map { 1 - $0 / snMax }
        return (zip(nsp, nsn).map { ($0 + $1) / 2 }, sp, sn, nsp, nsn)
    }
}
