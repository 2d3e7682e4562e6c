/// SPOTIS, stable preference ordering towards ideal solution (Dezert et al. 2020).
///
/// Each criterion needs bounds `[min_j, max_j]`; the ideal `s_j` is `max_j` for benefit and `min_j` for cost,
/// or an expected solution point a source gives (Dezert et al. 2020; pymcdm's `esp`).
/// `d_i = Σ_j w_j |x_ij − s_j| / (max_j − min_j)`; lower is better. Free of rank reversal because the bounds,
/// not the other alternatives, fix the scale.
enum SPOTIS {
    /// - Parameter expected: the expected solution point per criterion; `nil` for the ideal the bounds give.
    static func evaluate(_ p: DecisionProblem, expected: [Double]?, explanation: inout Explanation) throws(MCDAError) -> [Double] {
        let missing = p.criteria.enumerated().filter { $0.element.bounds == nil }
        guard missing.isEmpty else {
            throw .invalidInput(missing.map {
                MCDAIssue(location: "criteria[\($0.offset)].bounds", "SPOTIS needs bounds [min, max] for criterion '\($0.element.id)'")
            })
        }
        let m = p.alternativeCount
        var d = [Double](repeating: 0, count: m)
        var ideals: [Double] = [], distances: [[Double]] = []
        for (j, c) in p.criteria.enumerated() {
            let b = c.bounds!
            let ideal = expected?[j] ?? (c.direction == .benefit ? b.upperBound : b.lowerBound)
            let range = b.upperBound - b.lowerBound
            var column = [Double](repeating: 0, count: explanation.isRecording ? m : 0)
            for i in 0..<m {
                let distance = abs(p.value(i, j) - ideal) / range
                d[i] += c.weight * distance
                if explanation.isRecording { column[i] = distance }
            }
            ideals.append(ideal); distances.append(column)
        }
        let criteria = p.criteria.map(\.id)
        explanation.record(IntermediateTable(
            key: "boundsAndIdeal", title: expected == nil ? "Bounds and ideal solution point" : "Bounds and expected solution point",
            formula: expected == nil ? "s_j = max_j for a benefit criterion, min_j for a cost criterion" : "s_j as given",
            rows: ["min", "max", expected == nil ? "ideal (s)" : "expected (s)"], columns: criteria,
            values: [p.criteria.map { $0.bounds!.lowerBound }, p.criteria.map { $0.bounds!.upperBound }, ideals]))
        explanation.record(IntermediateTable(
            key: "normalizedDistances", title: "Normalized distances to the ideal point",
            formula: "δ_ij = |x_ij − s_j| / (max_j − min_j)",
            rows: p.alternatives, columns: criteria, byColumn: distances))
        explanation.record(IntermediateTable(
            key: "scores", title: "Weighted distance to the ideal point (lower is better)", formula: "d_i = Σ_j w_j δ_ij",
            rows: p.alternatives, columns: ["d"], byColumn: [d]))
        return d
    }
}
