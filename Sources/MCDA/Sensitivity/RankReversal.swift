/// What happens to the others when one alternative is removed or a copy is added.
public struct RankReversalCheck: Sendable {
    /// `remove` or `addCopy`.
    public let change: String
    public let alternative: String
    /// Pairs of the original alternatives whose order flipped: (was above, was below).
    public let reversals: [(above: String, below: String)]
}

/// The smallest change of one value that swaps two neighbours of the ranking.
public struct NeighbourSwap: Sendable {
    public let above: String, below: String
    /// The alternative changed, the criterion, the value before and after (the first value that swaps them).
    public let alternative: String, criterion: String
    public let from: Double, to: Double
    /// |to − from| relative to the criterion's range of values.
    public let relativeChange: Double
}

extension MethodName {
    /// Leave-one-out and add-a-copy rank-reversal checks: each alternative is removed in turn, and a copy of each
    /// is added in turn (the classic test of Belton & Gear 1983); the pairwise orders of the others are compared
    /// with the base ranking. Needs at least 3 alternatives for removals.
    public func rankReversals(_ problem: DecisionProblem, options: MethodOptions = MethodOptions()) throws(MCDAError) -> [RankReversalCheck] {
        let base = try evaluate(problem, options: options)
        let m = problem.alternativeCount
        var out: [RankReversalCheck] = []
        func flips(_ keep: [Int], _ scores: [Double]) -> [(above: String, below: String)] {
            var result: [(above: String, below: String)] = []
            let better: (Double, Double) -> Bool = scoreOrder == .descending ? { $0 > $1 } : { $0 < $1 }
            for (x, p) in keep.enumerated() {
                for (y, q) in keep.enumerated() where x != y && better(base.scores[p], base.scores[q]) && better(scores[y], scores[x]) {
                    result.append((problem.alternatives[p], problem.alternatives[q]))
                }
            }
            return result
        }
        let rows = (0..<m).map(problem.row)
        if m >= 3 {
            for a in 0..<m {
                let keep = (0..<m).filter { $0 != a }
                let reduced = try DecisionProblem(criteria: problem.criteria, alternatives: keep.map { problem.alternatives[$0] }, rows: keep.map { rows[$0] })
                let r = try evaluate(reduced, options: options)
                out.append(RankReversalCheck(change: "remove", alternative: problem.alternatives[a], reversals: flips(keep, r.scores)))
            }
        }
        for a in 0..<m {
            var ids = problem.alternatives
            ids.append(problem.alternatives[a] + " (copy)")
            let extended = try DecisionProblem(criteria: problem.criteria, alternatives: ids, rows: rows + [rows[a]])
            let r = try evaluate(extended, options: options)
            out.append(RankReversalCheck(change: "addCopy", alternative: problem.alternatives[a], reversals: flips(Array(0..<m), Array(r.scores.prefix(m)))))
        }
        return out
    }

    /// For each pair of neighbours in the ranking, the smallest single-value change that swaps them: the lower one
    /// improved or the upper one worsened on one criterion. Each candidate change is located by growing the step
    /// (1 % of the criterion's range, doubling up to 100 times its range) and bisecting to 1e-9 of the range;
    /// changes that leave a method's domain (e.g. non-positive values under `sum`) are skipped.
    public func neighbourSwaps(_ problem: DecisionProblem, options: MethodOptions = MethodOptions()) throws(MCDAError) -> [NeighbourSwap] {
        let base = try evaluate(problem, options: options)
        let m = problem.alternativeCount, n = problem.criterionCount
        var values = (0..<n).flatMap(problem.column)
        var out: [NeighbourSwap] = []
        for r in 0..<(m - 1) {
            let p = base.order[r], q = base.order[r + 1]
            var best: NeighbourSwap?
            for j in 0..<n {
                let column = problem.column(j)
                let span = Swift.max(column.max()! - column.min()!, abs(column.max()!) * 1e-6, 1e-12)
                let up = problem.criteria[j].direction == .benefit ? 1.0 : -1.0
                for (alt, sign) in [(q, up), (p, -up)] {
                    let original = values[alt + j * m]
                    func swapped(_ delta: Double) -> Bool? {
                        let moved = original + sign * delta
                        if let bounds = problem.criteria[j].bounds, !bounds.contains(moved) { return nil }
                        values[alt + j * m] = moved
                        defer { values[alt + j * m] = original }
                        guard let result = try? evaluate(problem.replacingValues(values), options: options) else { return nil }
                        let pos = result.order
                        return pos.firstIndex(of: q)! < pos.firstIndex(of: p)!
                    }
                    var lo = 0.0, hi = span * 0.01
                    var found = false
                    while hi <= span * 100 {
                        guard let s = swapped(hi) else { break }
                        if s { found = true; break }
                        lo = hi
                        hi *= 2
                    }
                    guard found else { continue }
                    while hi - lo > span * 1e-9 {
                        let mid = (lo + hi) / 2
                        if swapped(mid) == true { hi = mid } else { lo = mid }
                    }
                    let candidate = NeighbourSwap(above: problem.alternatives[p], below: problem.alternatives[q], alternative: problem.alternatives[alt],
                                                  criterion: problem.criteria[j].id, from: original, to: original + sign * hi,
                                                  relativeChange: hi / span)
                    if best == nil || candidate.relativeChange < best!.relativeChange { best = candidate }
                }
            }
            if let best { out.append(best) }
        }
        return out
    }
}
