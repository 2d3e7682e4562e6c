/// An AHP hierarchy (Saaty 1980): a goal broken down into criteria, sub-criteria and, at the bottom, the elements
/// finally weighed (criteria or alternatives). Each node that is broken down carries the pairwise comparisons of
/// the items below it: one matrix or list of judgments (possibly incomplete), or several participants.
///
/// Local priorities come from each node's comparisons (`AHP.priorities`, or `AHP.group` for participants); the
/// global priority of an item is the product of the local priorities on its path from the goal (hierarchic
/// composition, Saaty 1980). When the same bottom item appears under several nodes (alternatives compared under
/// every criterion), its target priority is the sum of its global priorities, the distributive synthesis.
public struct AHPHierarchy: Sendable {
    /// One node: its id, the items it compares, their comparisons and the nodes that break some items down.
    public struct Node: Sendable {
        /// The node's id (the goal's at the root; otherwise an item of its parent).
        public let id: String
        /// The items compared under this node, in matrix order.
        public let items: [String]
        /// The comparisons of `items`: one participant with id "" for a single matrix or list of judgments.
        public let participants: [(id: String, weight: Double, comparisons: PairwiseComparisons)]
        /// Whether the comparisons were given per participant (a group judgment).
        public let isGroup: Bool
        /// Measured values of the items instead of comparisons (AHPy's normalized nodes): the local priorities are the
        /// values divided by their sum, and the node is consistent by construction. `nil` for compared items.
        public let values: [Double]?
        /// Nodes breaking down some of `items` (each child's id is one of `items`).
        public let children: [Node]
    }

    /// The goal.
    public let root: Node

    public init(root: Node) { self.root = root }
}

/// The outcome of an AHP hierarchy: every node's local and global priorities and consistency, the global
/// priorities of the bottom items and their sums by id.
public struct AHPHierarchyResult: Sendable {
    /// One node's outcome.
    public struct NodeResult: Sendable {
        /// Ids from the goal to this node.
        public let path: [String]
        /// The node's global priority (1 for the goal).
        public let globalWeight: Double
        /// The single comparison's result, or the aggregate (AIJ) of a group; `nil` for AIP, which aggregates
        /// priorities (see `group`).
        public let result: AHPResult?
        /// The group's result when the node has participants.
        public let group: GroupAHPResult?
        /// The items, in the node's order.
        public let items: [String]
        /// Local priorities of `items`.
        public let localWeights: [Double]
        /// `globalWeight · localWeights`.
        public var globalWeights: [Double] { localWeights.map { $0 * globalWeight } }
        /// The node's consistency ratio: the comparison's, the AIJ aggregate's, or for AIP the largest
        /// participant's.
        public let consistencyRatio: Double
        /// Whether the ratio is at most the threshold (for AIP: every participant's).
        public let isConsistent: Bool
    }

    /// Every node, depth first, in the file's order.
    public let nodes: [NodeResult]
    /// The items at the bottom (not broken down further), each with its path and global priority.
    public let bottom: [(path: [String], weight: Double)]
    /// Bottom items summed by id (first appearance order); with distinct ids, the bottom items themselves.
    public let targets: [(id: String, weight: Double)]
    /// The settings that shaped the numbers.
    public let derivation: PriorityDerivation, randomIndex: RandomIndexTable, threshold: Double
    public let completion: JudgmentCompletion, aggregation: GroupAggregation
}

extension AHPHierarchy {
    /// Local and global priorities of every node, consistency per node, and the target priorities.
    ///
    /// - Throws: the errors of `AHP.priorities` and `AHP.group`, located at the node (`root.children[1]`).
    public func evaluate(derivation: PriorityDerivation = .eigenvector, randomIndex: RandomIndexTable = .saaty,
                         threshold: Double = 0.10, completion: JudgmentCompletion = .harker,
                         aggregation: GroupAggregation = .aij) throws(MCDAError) -> AHPHierarchyResult {
        var nodes: [AHPHierarchyResult.NodeResult] = []
        var bottom: [(path: [String], weight: Double)] = []
        func visit(_ node: Node, path: [String], location: String, weight: Double) throws(MCDAError) {
            let outcome: AHPHierarchyResult.NodeResult
            do throws(MCDAError) {
                if let values = node.values {
                    let total = values.reduce(0, +)
                    outcome = .init(path: path, globalWeight: weight, result: nil, group: nil, items: node.items,
                                    localWeights: values.map { $0 / total }, consistencyRatio: 0, isConsistent: true)
                } else if node.isGroup {
                    let g = try AHP.group(node.participants.map { ($0.id, $0.comparisons) },
                                          participantWeights: node.participants.map(\.weight), aggregation: aggregation,
                                          derivation: derivation, randomIndex: randomIndex, threshold: threshold,
                                          completion: completion)
                    let crs = g.participants.map(\.result.consistencyRatio)
                    outcome = .init(path: path, globalWeight: weight, result: g.aggregate, group: g, items: g.items,
                                    localWeights: g.weights,
                                    consistencyRatio: g.aggregate?.consistencyRatio ?? crs.max()!,
                                    isConsistent: g.aggregate?.isConsistent ?? g.participants.allSatisfy(\.result.isConsistent))
                } else {
                    let r = try AHP.priorities(node.participants[0].comparisons, derivation: derivation,
                                               randomIndex: randomIndex, threshold: threshold, completion: completion)
                    outcome = .init(path: path, globalWeight: weight, result: r, group: nil, items: r.items,
                                    localWeights: r.weights, consistencyRatio: r.consistencyRatio, isConsistent: r.isConsistent)
                }
            } catch {
                throw error.located(at: location)
            }
            nodes.append(outcome)
            for (k, item) in outcome.items.enumerated() {
                let w = outcome.globalWeights[k]
                if let c = node.children.firstIndex(where: { $0.id == item }) {
                    try visit(node.children[c], path: path + [item], location: "\(location).children[\(c)]", weight: w)
                } else {
                    bottom.append((path + [item], w))
                }
            }
        }
        try visit(root, path: [root.id], location: "root", weight: 1)
        var targets: [(id: String, weight: Double)] = []
        for (path, w) in bottom {
            if let k = targets.firstIndex(where: { $0.id == path.last! }) { targets[k].weight += w } else { targets.append((path.last!, w)) }
        }
        return AHPHierarchyResult(nodes: nodes, bottom: bottom, targets: targets, derivation: derivation,
                                  randomIndex: randomIndex, threshold: threshold, completion: completion,
                                  aggregation: aggregation)
    }
}
