/// One-at-a-time weight sensitivity of a batch (docs/how-the-engine-decides.md §8): for every inner node and child, w′ = w·(1 ± δ)
/// with the siblings renormalised so the node sums to 1, in every workshop; the rank changes per list.
public struct WeightSensitivityRow: Sendable {
    public var node: String, child: String
    public var delta: Double
    /// Per list: (gapRef, base rank, new rank) of every gap whose rank changed.
    public var rankChanges: [[(gapRef: String, from: Int, to: Int)]]

    public init(node: String, child: String, delta: Double, rankChanges: [[(gapRef: String, from: Int, to: Int)]]) {
        (self.node, self.child, self.delta, self.rankChanges) = (node, child, delta, rankChanges)
    }
}

extension MonteCarlo {
    /// Every ±δ variation of every local weight, re-scored deterministically (the same lean path as the
    /// Monte-Carlo runs, checked against `GapEvaluator`).
    public func oneAtATime(delta: Double) -> [WeightSensitivityRow] {
        var base = MonteCarloWorker(plan: plan)
        let b = base.deterministic()
        let baseRanks = plan.lists.indices.map { plan.rowRanks($0, priority: b.priority, severity: b.severity) }
        var rows: [WeightSensitivityRow] = []
        for (k, node) in plan.nodes.enumerated() where !node.children.isEmpty {
            for (c, child) in node.children.enumerated() {
                for sign in [-1.0, 1.0] {
                    var varied = plan
                    for w in varied.workshops.indices {
                        let weights = varied.workshops[w].weights[k]
                        let target = Swift.min(1, Swift.max(0, weights[c] * (1 + sign * delta)))
                        let rest = 1 - weights[c]
                        varied.workshops[w] = varied.workshops[w].replacingWeights(node: k, with: weights.indices.map { i in
                            i == c ? target : rest > 0 ? weights[i] * (1 - target) / rest : (1 - target) / Double(weights.count - 1)
                        })
                    }
                    var state = MonteCarloWorker(plan: varied)
                    let o = state.deterministic()
                    let changes = plan.lists.indices.map { l in
                        let r = plan.rowRanks(l, priority: o.priority, severity: o.severity)
                        let leads = plan.rowLeads[l]
                        return leads.indices.filter { r[$0] != baseRanks[l][$0] }
                            .map { (gapRef: plan.gaps[leads[$0]].ref, from: baseRanks[l][$0], to: r[$0]) }
                    }
                    rows.append(WeightSensitivityRow(node: node.id, child: plan.nodes[child].id, delta: sign * delta, rankChanges: changes))
                }
            }
        }
        return rows
    }
}
