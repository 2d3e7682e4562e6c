/// One weight moved, the others rescaled: what changes.
public struct WeightVariation: Sendable {
    public let criterion: String
    /// Relative change: w′ = w·(1 + delta).
    public let delta: Double
    public let weights: [Double]
    public let scores: [Double]
    public let ranks: [Int]
    /// Alternatives whose rank changed: (alternative, base rank, new rank).
    public let rankChanges: [(alternative: String, from: Int, to: Int)]
}

/// One-at-a-time weight sensitivity and its tornado data.
public struct OneAtATimeResult: Sendable {
    public let alternatives: [String]
    /// Weights normalised to sum 1 (the base of every variation).
    public let baseWeights: [Double]
    public let baseScores: [Double]
    public let baseRanks: [Int]
    /// Two variations (−delta, +delta) per criterion, in criterion order.
    public let variations: [WeightVariation]
    /// Per criterion, the largest score change of any alternative over its two variations, largest first (the
    /// bars of a tornado chart).
    public let tornado: [(criterion: String, swing: Double, lowScores: [Double], highScores: [Double])]
}

extension MethodName {
    /// Moves each weight by ±`delta` (relative: w′_j = w_j(1 ± δ), capped to [0, 1]) and rescales the other
    /// weights proportionally so that they still sum to 1: w′_k = w_k(1 − w′_j)/(1 − w_j). Weights are first
    /// normalised to sum 1. A criterion with weight 1 gives its remainder equally to the others.
    public func oneAtATime(_ problem: DecisionProblem, delta: Double = 0.2, options: MethodOptions = MethodOptions())
        throws(MCDAError) -> OneAtATimeResult {
        guard delta > 0, delta < 1 else { throw .invalidParameter(name: "delta", rule: "must lie in (0, 1), got \(delta)") }
        let total = problem.weights.reduce(0, +)
        let w = problem.weights.map { $0 / total }
        let base = try evaluate(problem.replacingWeights(w), options: options)
        var variations: [WeightVariation] = []
        var tornado: [(String, Double, [Double], [Double])] = []
        for (j, c) in problem.criteria.enumerated() {
            var pair: [[Double]] = []
            for sign in [-1.0, 1.0] {
                let target = Swift.min(1, Swift.max(0, w[j] * (1 + sign * delta)))
                let moved = Self.rescaled(w, moving: j, to: target)
                let r = try evaluate(problem.replacingWeights(moved), options: options)
                let changes = problem.alternatives.indices.filter { r.ranks[$0] != base.ranks[$0] }
                    .map { (alternative: problem.alternatives[$0], from: base.ranks[$0], to: r.ranks[$0]) }
                variations.append(WeightVariation(criterion: c.id, delta: sign * delta, weights: moved, scores: r.scores,
                                                  ranks: r.ranks, rankChanges: changes))
                pair.append(r.scores)
            }
            let swing = zip(pair[0], pair[1]).map { abs($0 - $1) }.max() ?? 0
            tornado.append((c.id, swing, pair[0], pair[1]))
        }
        tornado.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return OneAtATimeResult(alternatives: problem.alternatives, baseWeights: w, baseScores: base.scores, baseRanks: base.ranks,
                                variations: variations, tornado: tornado.map { ($0.0, $0.1, $0.2, $0.3) })
    }

    /// `w` with `w[j] = t` and the others rescaled proportionally to sum 1 − t (equally when they were all 0).
    static func rescaled(_ w: [Double], moving j: Int, to t: Double) -> [Double] {
        let rest = 1 - w[j]
        return w.indices.map { k in
            if k == j { return t }
            return rest > 0 ? w[k] * (1 - t) / rest : (1 - t) / Double(w.count - 1)
        }
    }
}
