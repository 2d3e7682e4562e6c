import MCDA

/// The criteria hierarchy of a model flattened for the Monte-Carlo inner loop: children of every node in one
/// array, each leaf's input as a slot number, each workshop's local weights laid out like the children. Scoring a
/// gap then reads contiguous memory and allocates nothing. The arithmetic is that of `GapEvaluator` (§2, §3.4
/// step 6, §7.1), in the same order, so the results are the same to the last bit. A class: the Monte-Carlo state
/// holds one reference, so no run copies (and retains) its arrays.
final class CompiledHierarchy: Sendable {
    /// Where a leaf's raw value comes from: `RatingKey` ordinals first, then the derivations.
    enum Slot {
        static let shortfall = RatingKey.allCases.count
        static let breadthMS = shortfall + 1, breadthPG = shortfall + 2, standardsGap = shortfall + 3
        static let maturityFit = shortfall + 4, routeSuitability = shortfall + 5
        static let bestTRL = shortfall + 6, bestCoverage = shortfall + 7, bestLAR = shortfall + 8
        static let bestAffordability = shortfall + 9, bestCompetition = shortfall + 10
        static let count = shortfall + 11

        /// A missing rating or shortfall is insufficient (dropped, siblings renormalised); a missing
        /// bestSolution value scores 0.
        static func dropsWhenMissing(_ slot: Int) -> Bool { slot <= shortfall }
    }

    /// Children of node k: `children[childStart[k]..<childStart[k + 1]]`.
    let childStart: [Int]
    let children: [Int]
    /// Input slot of each node, −1 for inner nodes.
    let slot: [Int]
    let valueFunction: [ValueFunction]
    let direction: [Direction]
    /// The root child that is `gapSeverity`, if any.
    let severityChild: Int?
    /// The technology-opportunity node, whose score the researchAgenda preset inverts.
    let toNode: Int?
    let invertTO: Bool

    init(plan: MonteCarloPlan) {
        var starts = [0], kids: [Int] = [], slots: [Int] = [], functions: [ValueFunction] = [], directions: [Direction] = []
        for node in plan.nodes {
            kids += node.children
            starts.append(kids.count)
            if let leaf = node.leaf {
                slots.append(Self.slot(of: leaf.input))
                functions.append(leaf.valueFunction)
                directions.append(leaf.direction)
            } else {
                slots.append(-1)
                functions.append(.linear(lo: 0, hi: 1))
                directions.append(.benefit)
            }
        }
        childStart = starts; children = kids; slot = slots; valueFunction = functions; direction = directions
        severityChild = plan.nodes[0].children.firstIndex { plan.nodes[$0].id == "gapSeverity" }
        toNode = plan.toNode
        invertTO = plan.model.preset == .researchAgenda
    }

    static func slot(of input: Leaf.Input) -> Int {
        switch input {
        case let .rating(key): key.ordinal
        case let .derived(d):
            switch d {
            case .capabilityShortfall: Slot.shortfall
            case .breadthMS: Slot.breadthMS
            case .breadthPG: Slot.breadthPG
            case .standardsGap: Slot.standardsGap
            case .maturityFit: Slot.maturityFit
            case .routeSuitability: Slot.routeSuitability
            case .bestSolutionTRL: Slot.bestTRL
            case .bestSolutionCoverage: Slot.bestCoverage
            case .bestSolutionLAR: Slot.bestLAR
            case .bestSolutionAffordability: Slot.bestAffordability
            case .bestSolutionSupplierCompetition: Slot.bestCompetition
            }
        }
    }

    /// A workshop's local weights in the order of `children` (the root's included, replaced per run).
    func flatWeights(_ weights: [[Double]]) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(children.count)
        for k in 0..<(childStart.count - 1) {
            let count = childStart[k + 1] - childStart[k]
            out += k < weights.count && weights[k].count == count ? weights[k] : Array(repeating: 0, count: count)
        }
        return out
    }

    /// P (the root score with `rootWeights`) and GS, from the raw values of the slots (NaN = missing).
    func score(raw: UnsafePointer<Double>, weights: UnsafePointer<Double>, rootWeights: UnsafePointer<Double>) -> (p: Double, gs: Double) {
        var p = 0.0, gs = 0.0
        for position in childStart[0]..<childStart[1] {
            let child = children[position]
            let score: Double
            let s = slot[child]
            if s >= 0 {
                let x = raw[s]
                score = x.isNaN ? 0 : valueFunction[child].value(x, direction: direction[child])
            } else {
                let sub = nodeScore(child, raw: raw, weights: weights)
                score = invertTO && child == toNode ? 1 - sub : sub
            }
            if position - childStart[0] == severityChild { gs = score }
            p += rootWeights[position - childStart[0]] * score
        }
        return (p, gs)
    }

    /// The score of an inner node: insufficient leaves drop out and the others are renormalised (§3.4 step 6).
    private func nodeScore(_ k: Int, raw: UnsafePointer<Double>, weights: UnsafePointer<Double>) -> Double {
        let range = childStart[k]..<childStart[k + 1]
        var kept = 0.0, anyInsufficient = false
        for position in range {
            let s = slot[children[position]]
            if s >= 0, Slot.dropsWhenMissing(s), raw[s].isNaN { anyInsufficient = true } else { kept += weights[position] }
        }
        let scale = anyInsufficient ? (kept > 0 ? 1 / kept : 0) : 1
        var score = 0.0
        for position in range {
            let child = children[position]
            let weight = anyInsufficient ? weights[position] * scale : weights[position]
            let s = slot[child]
            if s >= 0 {
                let x = raw[s]
                if !x.isNaN { score += weight * valueFunction[child].value(x, direction: direction[child]) }
            } else {
                let sub = nodeScore(child, raw: raw, weights: weights)
                score += weight * (invertTO && child == toNode ? 1 - sub : sub)
            }
        }
        return score
    }
}
