import MCDA

/// The criteria hierarchy of a model laid flat: the children of every node in one array (nodes numbered in
/// pre-order, the root 0), each leaf's input as a slot number, each workshop's local weights laid out like the
/// children. It holds the one body of: the value functions; the renormalisation of insufficient leaves
/// (how-the-engine-decides.md §2 step 6); the inversion of Technology Opportunity under `researchAgenda`, P and GS
/// (how-the-engine-decides.md §1); a solution's opportunity SO (how-the-engine-decides.md §4). The explained result
/// (`GapEvaluator`) calls it with a trace recorder switched on (`HierarchyTrace`); the Monte Carlo calls it without
/// (`NoHierarchyTrace`, compiled away). A class: the Monte-Carlo state holds one reference, so no run copies (and
/// retains) its arrays.
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

    /// Node ids in pre-order, and each leaf (nil for inner nodes).
    let ids: [String]
    let leaves: [Leaf?]
    /// Children of node k: `children[childStart[k]..<childStart[k + 1]]`.
    let childStart: [Int]
    let children: [Int]
    /// Input slot of each node, −1 for inner nodes.
    let slot: [Int]
    /// Each node's value function (identity for inner nodes), with its breakpoints in `pointX`, `pointY`.
    let function: [CompiledValueFunction]
    let pointX: [Double], pointY: [Double]
    /// The position among the root's children of `gapSeverity` and `standardisationPotential`, if any.
    let severityChild: Int?, standardisationChild: Int?
    /// The technology-opportunity node (the inner node with a `bestSolution.*` leaf), whose score the
    /// researchAgenda preset inverts, and its leaves that feed SO: (slot, node), in child order.
    let toNode: Int?
    let toLeaves: [(slot: Int, node: Int)]
    let invertTO: Bool

    init(model: ScoringModel) {
        var ids: [String] = [], leaves: [Leaf?] = [], childLists: [[Int]] = []
        func compile(_ n: HierarchyNode) -> Int {
            let k = ids.count
            ids.append(n.id)
            leaves.append(n.leaf)
            childLists.append([])
            childLists[k] = n.children.map(compile)
            return k
        }
        _ = compile(model.hierarchy)
        var starts = [0], kids: [Int] = [], slots: [Int] = [], functions: [CompiledValueFunction] = []
        var xs: [Double] = [], ys: [Double] = []
        for (k, leaf) in leaves.enumerated() {
            kids += childLists[k]
            starts.append(kids.count)
            let benefit = leaf.map { $0.direction == .benefit } ?? true
            slots.append(leaf.map { Self.slot(of: $0.input) } ?? -1)
            switch leaf?.valueFunction ?? .linear(lo: 0, hi: 1) {
            case let .linear(lo, hi):
                functions.append(CompiledValueFunction(lo: lo, hi: hi, start: 0, end: 0, benefit: benefit))
            case let .piecewise(points):
                functions.append(CompiledValueFunction(lo: 0, hi: 0, start: xs.count, end: xs.count + points.count, benefit: benefit))
                xs += points.map(\.x)
                ys += points.map(\.y)
            }
        }
        self.ids = ids; self.leaves = leaves
        childStart = starts; children = kids; slot = slots; function = functions; pointX = xs; pointY = ys
        severityChild = childLists[0].firstIndex { ids[$0] == "gapSeverity" }
        standardisationChild = childLists[0].firstIndex { ids[$0] == "standardisationPotential" }
        let to = childLists.indices.first { k in childLists[k].contains { c in
            if case let .derived(d)? = leaves[c]?.input { return d.rawValue.hasPrefix("bestSolution.") }
            return false
        } }
        toNode = to
        toLeaves = to.map { childLists[$0].map { (slots[$0], $0) } } ?? []
        invertTO = model.preset == .researchAgenda
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

    /// A workshop's local weights in the order of `children` (the root's included), from its final weights.
    func flatWeights(_ weights: WorkshopWeights) -> [Double] {
        flatWeights(childStart.indices.dropLast().map { k in children[childStart[k]..<childStart[k + 1]].map { weights.weight(ids[k], ids[$0]) } })
    }

    /// The same from local weights per node (children order).
    func flatWeights(_ weights: [[Double]]) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(children.count)
        for k in 0..<(childStart.count - 1) {
            let count = childStart[k + 1] - childStart[k]
            out += k < weights.count && weights[k].count == count ? weights[k] : Array(repeating: 0, count: count)
        }
        return out
    }

    /// The value of a bestSolution slot for one solution (how-the-engine-decides.md §4): its TRL, coverage, LAR,
    /// affordability and supplier competition; `nil` for any other slot.
    @inline(__always)
    static func bestSolutionValue(_ slot: Int, trl: Double, coverage: Double, lar: Double?, affordability: Double, competition: Double) -> Double? {
        switch slot {
        case Slot.bestTRL: trl
        case Slot.bestCoverage: coverage
        case Slot.bestLAR: lar
        case Slot.bestAffordability: affordability
        case Slot.bestCompetition: competition
        default: nil
        }
    }

    /// SO(s, g) = Σ w·v(x) over the leaves of the TO node (how-the-engine-decides.md §4), w the TO node's local
    /// weights in `weights` (laid out like `children`); `raw(slot)` gives the solution's value of a bestSolution
    /// slot, `nil` when it has none (that leaf then adds nothing).
    @inline(__always)
    func solutionOpportunity(weights: UnsafePointer<Double>, raw: (Int) -> Double?) -> Double {
        guard let to = toNode else { return 0 }
        let first = childStart[to]
        var sum = 0.0
        for (c, leaf) in toLeaves.enumerated() {
            if let x = raw(leaf.slot) { sum += weights[first + c] * value(leaf.node, x) }
        }
        return sum
    }

    /// P (the root score with `rootWeights`) and GS, from the raw values of the slots (NaN = missing), each root
    /// child's score and every leaf handed to `trace`.
    @inline(__always)
    func score<Trace: HierarchyTrace>(raw: UnsafePointer<Double>, weights: UnsafePointer<Double>, rootWeights: UnsafePointer<Double>,
                                      trace: inout Trace) -> (p: Double, gs: Double) {
        var p = 0.0, gs = 0.0
        for position in childStart[0]..<childStart[1] {
            let child = children[position], i = position - childStart[0]
            let score: Double
            let s = slot[child]
            if s >= 0 {
                let x = raw[s]
                score = x.isNaN ? 0 : value(child, x)
            } else {
                let inverted = invertTO && child == toNode
                let sub = nodeScore(child, raw: raw, weights: weights, pathWeight: inverted ? nil : rootWeights[i], trace: &trace)
                score = inverted ? 1 - sub : sub
            }
            if i == severityChild { gs = score }
            trace.component(node: child, score: score, weight: rootWeights[i])
            p += rootWeights[i] * score
        }
        return (p, gs)
    }

    /// The value v(x) ∈ [0, 1] of node k's leaf: linear on [lo, hi] clamped, or piecewise linear through its
    /// breakpoints (ascending x; the first and last y outside them); 1 − v for the cost direction.
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

    /// The score of an inner node: insufficient leaves drop out and the others' weights are divided by the sum of
    /// the weights kept (how-the-engine-decides.md §2 step 6). `pathWeight` is the product of the weights above
    /// (nil under the inverted TO node), for the leaves' contributions.
    private func nodeScore<Trace: HierarchyTrace>(_ k: Int, raw: UnsafePointer<Double>, weights: UnsafePointer<Double>, pathWeight: Double?,
                                                  trace: inout Trace) -> Double {
        let range = childStart[k]..<childStart[k + 1]
        var kept = 0.0, anyInsufficient = false
        for position in range {
            let s = slot[children[position]]
            if s >= 0, Slot.dropsWhenMissing(s), raw[s].isNaN { anyInsufficient = true } else { kept += weights[position] }
        }
        var score = 0.0
        for position in range {
            let child = children[position]
            let s = slot[child]
            let dropped = s >= 0 && Slot.dropsWhenMissing(s) && raw[s].isNaN
            let weight = !anyInsufficient ? weights[position] : dropped || kept <= 0 ? 0 : weights[position] / kept
            if s >= 0 {
                let x = raw[s]
                let v: Double? = dropped ? nil : x.isNaN ? 0 : value(child, x)
                if let v, !x.isNaN { score += weight * v }
                if Trace.records {
                    trace.leaf(node: child, raw: x, value: v, weight: weight, localWeight: weights[position],
                               contribution: pathWeight.map { $0 * weight * (v ?? 0) })
                }
            } else {
                let inverted = invertTO && child == toNode
                let sub = nodeScore(child, raw: raw, weights: weights, pathWeight: inverted ? nil : pathWeight.map { $0 * weight }, trace: &trace)
                score += weight * (inverted ? 1 - sub : sub)
            }
        }
        return score
    }
}

/// What the hierarchy's scoring hands over besides P and GS, for the explained result.
protocol HierarchyTrace {
    /// Whether leaves are recorded (false: the calls compile away).
    static var records: Bool { get }
    /// A leaf under an inner node: its raw value (NaN when missing), its value (nil when dropped as insufficient),
    /// its effective and local weight, and its contribution to P (nil under the inverted TO node).
    mutating func leaf(node: Int, raw: Double, value: Double?, weight: Double, localWeight: Double, contribution: Double?)
    /// A child of the root, after its leaves: its score and root weight.
    mutating func component(node: Int, score: Double, weight: Double)
}

/// No trace: the Monte Carlo's scoring.
struct NoHierarchyTrace: HierarchyTrace {
    static var records: Bool { false }
    @inline(__always) mutating func leaf(node: Int, raw: Double, value: Double?, weight: Double, localWeight: Double, contribution: Double?) {}
    @inline(__always) mutating func component(node: Int, score: Double, weight: Double) {}
}

/// A leaf's value function laid flat: linear on [lo, hi] when `start == end`, else piecewise linear through the
/// breakpoints `start..<end` of `CompiledHierarchy.pointX`/`pointY`; `benefit` false for the cost direction.
struct CompiledValueFunction: Sendable {
    var lo: Double, hi: Double
    var start: Int, end: Int
    var benefit: Bool
}
