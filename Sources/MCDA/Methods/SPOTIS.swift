/// SPOTIS, stable preference ordering towards ideal solution (Dezert et al. 2020).
///
/// Each criterion needs bounds `[min_j, max_j]`; the ideal `s_j` is `max_j` for benefit and `min_j` for cost.
/// `d_i = Σ_j w_j |x_ij − s_j| / (max_j − min_j)`; lower is better. Free of rank reversal because the bounds,
/// not the other alternatives, fix the scale.
enum SPOTIS {
    static func evaluate(_ p: DecisionProblem) throws(MCDAError) -> [Double] {
        let missing = p.criteria.enumerated().filter { $0.element.bounds == nil }
        guard missing.isEmpty else {
            throw .invalidInput(missing.map {
                MCDAIssue(location: "criteria[\($0.offset)].bounds", "SPOTIS needs bounds [min, max] for criterion '\($0.element.id)'")
            })
        }
        var d = [Double](repeating: 0, count: p.alternativeCount)
        for (j, c) in p.criteria.enumerated() {
            let b = c.bounds!
            let ideal = c.direction == .benefit ? b.upperBound : b.lowerBound
            let range = b.upperBound - b.lowerBound
            for i in d.indices { d[i] += c.weight * abs(p.value(i, j) - ideal) / range }
        }
        return d
    }
}
