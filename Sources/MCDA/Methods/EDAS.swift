/// EDAS, evaluation based on distance from average solution (Keshavarz Ghorabaee et al. 2015).
///
/// `AV_j` is the column mean of the raw values. For a benefit criterion `PDA_ij = max(0, x_ij − AV_j) / AV_j`,
/// `NDA_ij = max(0, AV_j − x_ij) / AV_j` (swapped for a cost criterion). `SP_i = Σ w_j PDA_ij`,
/// `SN_i = Σ w_j NDA_ij`, `NSP_i = SP_i / max SP`, `NSN_i = 1 − SN_i / max SN`, `AS_i = (NSP_i + NSN_i) / 2`.
/// Needs positive column means; a problem where no alternative departs from the average is an error.
enum EDAS {
    static func evaluate(_ p: DecisionProblem, explanation: inout Explanation) throws(MCDAError)
        -> (score: [Double], sp: [Double], sn: [Double], nsp: [Double], nsn: [Double]) {
        let m = p.alternativeCount
        var sp = [Double](repeating: 0, count: m), sn = sp
        var averages: [Double] = [], pdaColumns: [[Double]] = [], ndaColumns: [[Double]] = []
        for (j, c) in p.criteria.enumerated() {
            let col = p.column(j)
            let av = col.reduce(0, +) / Double(m)
            guard av > 0 else {
                throw .degenerate(context: "EDAS", reason: "criterion '\(c.id)' has average \(av); EDAS divides by the average and needs it > 0")
            }
            var pdaColumn = [Double](repeating: 0, count: explanation.isRecording ? m : 0), ndaColumn = pdaColumn
            for i in 0..<m {
                let above = max(0, col[i] - av) / av, below = max(0, av - col[i]) / av
                let (pda, nda) = c.direction == .benefit ? (above, below) : (below, above)
                sp[i] += c.weight * pda
                sn[i] += c.weight * nda
                if explanation.isRecording { pdaColumn[i] = pda; ndaColumn[i] = nda }
            }
            averages.append(av); pdaColumns.append(pdaColumn); ndaColumns.append(ndaColumn)
        }
        let spMax = sp.max()!, snMax = sn.max()!
        guard spMax > 0, snMax > 0 else {
            throw .degenerate(context: "EDAS", reason: "no alternative departs from the average on a weighted criterion, so NSP and NSN are undefined")
        }
        let nsp = sp.map { $0 / spMax }
        let nsn = sn.map { 1 - $0 / snMax }
        let score = zip(nsp, nsn).map { ($0 + $1) / 2 }
        let criteria = p.criteria.map(\.id)
        explanation.record(IntermediateTable(
            key: "averageSolution", title: "Average solution", formula: "AV_j = Σ_i x_ij / m",
            rows: ["average (AV)"], columns: criteria, values: [averages]))
        explanation.record(IntermediateTable(
            key: "positiveDistances", title: "Positive distances from the average (PDA)",
            formula: "PDA_ij = max(0, x_ij − AV_j) / AV_j for a benefit criterion, max(0, AV_j − x_ij) / AV_j for a cost criterion",
            rows: p.alternatives, columns: criteria, byColumn: pdaColumns))
        explanation.record(IntermediateTable(
            key: "negativeDistances", title: "Negative distances from the average (NDA)",
            formula: "NDA_ij = max(0, AV_j − x_ij) / AV_j for a benefit criterion, max(0, x_ij − AV_j) / AV_j for a cost criterion",
            rows: p.alternatives, columns: criteria, byColumn: ndaColumns))
        explanation.record(IntermediateTable(
            key: "appraisalScores", title: "Weighted sums, their normalized forms and the appraisal score AS",
            formula: "SP_i = Σ_j w_j PDA_ij, SN_i = Σ_j w_j NDA_ij, NSP_i = SP_i / max SP, NSN_i = 1 − SN_i / max SN, AS_i = (NSP_i + NSN_i) / 2",
            rows: p.alternatives, columns: ["SP", "SN", "NSP", "NSN", "AS"], byColumn: [sp, sn, nsp, nsn, score]))
        return (score, sp, sn, nsp, nsn)
    }
}
