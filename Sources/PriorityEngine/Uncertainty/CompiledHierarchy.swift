import MCDA

/// The criteria hierarchy of a model flattened for the Monte-Carlo inner loop: children of every node in one
/// array, each leaf's input as a slot number, each workshop's local weights laid out like the children. Scoring a
/// gap then reads contiguous memory and allocates nothing. The arithmetic is that of `GapEvaluator` (how-the-engine-decides.md §1, §2
/// step 6, how-the-engine-decides.md §1), in the same order, so the results are the same to the last bit. A class: the Monte-Carlo state
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
    /// Each node's value function (identity for inner nodes), with its breakpoints in `pointX`, `pointY`.
    let function: [CompiledValueFunction]
    let pointX: [Double], pointY: [Double]
    /// The root child that is `gapSeverity`, if any.
    let severityChild: Int?
    /// The technology-opportunity node, whose score the researchAgenda preset inverts.
    let toNode: Int?
    let invertTO: Bool

    init(plan: MonteCarloPlan) {
        var starts = [0], kids: [Int] = [], slots: [Int] = [], functions: [CompiledValueFunction] = []
        var xs: [Double] = [], ys: [Double] = []
        for node in plan.nodes {
            kids += node.children
            starts.append(kids.count)
            let benefit = node.leaf.map { $0.direction == .benefit } ?? true
            slots.append(node.leaf.map { Self.slot(of: $0.input) } ?? -1)
            switch node.leaf?.valueFunction ?? .linear(lo: 0, hi: 1) {
            case let .linear(lo, hi):
                functions.append(CompiledValueFunction(lo: lo, hi: hi, start: 0, end: 0, benefit: benefit))
            case let .piecewise(points):
                functions.append(CompiledValueFunction(lo: 0, hi: 0, start: xs.count, end: xs.count + points.count, benefit: benefit))
                xs += points.map(\.x)
                ys += points.map(\.y)
            }
        }
        childStart = starts; children = kids; slot = slots; function = functions; pointX = xs; pointY = ys
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
                score = x.isNaN ? 0 : value(child, x)
            } else {
                let sub = nodeScore(child, raw: raw, weights: weights)
                score = invertTO && child == toNode ? 1 - sub : sub
            }
            if position - childStart[0] == severityChild { gs = score }
            p += rootWeights[position - childStart[0]] * score
        }
        return (p, gs)
    }

    /// `ValueFunction.value` of node k's leaf, with the same arithmetic (so the same bits), read from flat arrays.
    @inline(__always)
    func value(_ k: Int, _ x: Double) -> Double {
        let f = function[k]
        let v: Double
        if f.start == f.end {
            v = Swift.min(1, Swift.max(0, (x - f.lo) / (f.hi - f.lo)))
        } else if x <= pointX[f.start] {
            v = pointY[f.start]
        } else if x >= pointX[f.end - 1] {
            v = pointY[f.end - 1]
        } else {
            var b = f.start
            while pointX[b] < x { b += 1 }
            let a = b - 1
            v = pointX[b] == pointX[a] ? pointY[b] : pointY[a] + (x - pointX[a]) / (pointX[b] - pointX[a]) * (pointY[b] - pointY[a])
        }
        return f.benefit ? v : 1 - v
    }

    /// The score of an inner node: insufficient leaves drop out and the others are renormalised (how-the-engine-decides.md §2 step 6).
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
                if !x.isNaN { score += weight * value(child, x) }
            } else {
                let sub = nodeScore(child, raw: raw, weights: weights)
                score += weight * (invertTO && child == toNode ? 1 - sub : sub)
            }
        }
        return score
    }
}

/// A leaf's value function laid flat: linear on [lo, hi] when `start == end`, else piecewise linear through the
/// breakpoints `start..<end` of `CompiledHierarchy.pointX`/`pointY`; `benefit` false for the cost direction.
struct CompiledValueFunction: Sendable {
    var lo: Double, hi: Double
    var start: Int, end: Int
    var benefit: Bool
}
