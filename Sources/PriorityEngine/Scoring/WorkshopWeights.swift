import Foundation
import MCDA
import JSONFormat

/// The final local weights of one inner node for one workshop, with the AHP diagnostics of how-the-engine-decides.md §1 (`weightsUsed`,
/// file-formats.md "Ranking").
public struct NodeWeights: Sendable {
    public enum Source: String, Sendable { case fixed, ahp, fallback }

    /// Final local weights in the model's child order (after AHP and scenario overrides).
    public var weights: [(child: String, weight: Double)]
    public var source: Source
    /// CR of the aggregated matrix (AIJ); `nil` for AIP and for a node without judgments.
    public var groupCR: Double?
    /// Every participant with judgments at the node, in id order; `cr` is `nil` when left out as incomplete.
    public var participants: [(id: String, cr: Double?, accepted: Bool)]
    public var nExcluded: Int
    /// The group AHP priorities of the AHP children, when at least one participant was accepted (reported in
    /// both weight modes).
    public var ahpWeights: [(child: String, weight: Double)]?

    public func weight(_ child: String) -> Double { weights.first { $0.child == child }?.weight ?? 0 }
}

/// Criterion weights of one workshop: the model's fixed weights, or AHP over the workshop's own judgments
/// (docs/how-the-engine-decides.md §1).
public struct WorkshopWeights: Sendable {
    public var nodes: [String: NodeWeights]

    /// Local weight of `child` under `node`.
    public func weight(_ node: String, _ child: String) -> Double { nodes[node]?.weight(child) ?? 0 }

    /// Derives the weights of `workshop` under `model`, with warnings `AHP_INCOMPLETE` and `AHP_FALLBACK` and
    /// info `SAATY_SNAPPED`.
    ///
    /// Per node, the AHP children are the children with fixed weight > 0. A participant with a judgment missing
    /// is left out (`AHP_INCOMPLETE`); the others are accepted when CR (rounded to 6 dp) ≤ the threshold, or
    /// always with `includeFlagged`. Groups: AIJ_GEOMEAN (geometric mean of matrices), AIP_ARITH / AIP_GEOMEAN
    /// (arithmetic / geometric mean of priorities, normalised); with `countryBalanced`, each country's
    /// participants share one vote, which equals taking the mean within each country and then across countries.
    public static func derive(for workshop: Workshop, model: ScoringModel, file: String = "")
        -> (weights: WorkshopWeights, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var nodes: [String: NodeWeights] = [:]
        let settings = model.weights
        let wid = workshop.workshop.id
        let countries = Dictionary(uniqueKeysWithValues: workshop.participants.map { ($0.id, $0.country) })
        for node in model.hierarchy.innerNodes {
            let fixed = settings.fixed[node.id] ?? [:]
            let fixedWeights = node.children.map { (child: $0.id, weight: fixed[$0.id] ?? 0) }
            let items = node.children.map(\.id).filter { (fixed[$0] ?? 0) > 0 }
            var judgments: [String: [(a: String, b: String, value: Double)]] = [:]
            for (c, comparison) in workshop.criteriaComparisons.enumerated() where comparison.node == node.id {
                for (j, judgment) in comparison.judgments.enumerated() {
                    let s = Saaty.snap(judgment.value)
                    if abs(s - judgment.value) > 1e-6 {
                        diagnostics.append(Diagnostic(.info, file: file, path: "criteriaComparisons[\(c)].judgments[\(j)].value",
                                                      code: "SAATY_SNAPPED", "\(judgment.value) is read as \(Saaty.describe(s))"))
                    }
                    judgments[comparison.participantId, default: []].append((judgment.a, judgment.b, s))
                }
            }
            var result = NodeWeights(weights: fixedWeights, source: .fixed, groupCR: nil, participants: [], nExcluded: 0, ahpWeights: nil)
            var accepted: [(id: String, comparisons: PairwiseComparisons, priorities: [Double])] = []
            let needed = items.count * (items.count - 1) / 2
            for pid in judgments.keys.sorted() {
                let given = judgments[pid]!
                let pairs = Set(given.map { "\($0.a)\u{1}\($0.b)" })
                guard items.count >= 2, pairs.count == needed,
                      let comparisons = try? PairwiseComparisons(items: items, judgments: given),
                      let ahp = try? AHP.priorities(comparisons, derivation: settings.derivation.core,
                                                    threshold: settings.consistencyThreshold) else {
                    diagnostics.append(Diagnostic(.warning, path: "", code: "AHP_INCOMPLETE", ref: "\(wid)/\(pid)#\(node.id)",
                                                  "\(pairs.count) of the \(needed) judgments at node '\(node.id)' are given; the participant is left out of this node"))
                    result.participants.append((pid, nil, false))
                    result.nExcluded += 1
                    continue
                }
                let ok = settings.onInconsistent == .includeFlagged
                    || Decimal6.round(ahp.consistencyRatio) <= settings.consistencyThreshold
                result.participants.append((pid, ahp.consistencyRatio, ok))
                if ok { accepted.append((pid, comparisons, ahp.weights)) } else { result.nExcluded += 1 }
            }
            if !accepted.isEmpty {
                let votes = accepted.map { p in
                    settings.countryBalanced ? 1 / Double(accepted.filter { countries[$0.id] == countries[p.id] }.count) : 1
                }
                let group = Self.group(accepted, votes: votes, settings: settings)
                result.groupCR = group.cr
                result.ahpWeights = zip(items, group.weights).map { ($0, $1) }
                if settings.mode == .ahp {
                    if accepted.count >= settings.minAcceptedParticipants {
                        result.source = .ahp
                        result.weights = node.children.map { c in (c.id, items.firstIndex(of: c.id).map { group.weights[$0] } ?? 0) }
                    }
                }
            }
            if settings.mode == .ahp, !judgments.isEmpty, result.source != .ahp {
                result.source = .fallback
                diagnostics.append(Diagnostic(.warning, path: "", code: "AHP_FALLBACK", ref: "\(wid)#\(node.id)",
                                              "\(accepted.count) participant(s) accepted, fewer than minAcceptedParticipants \(settings.minAcceptedParticipants); the fixed weights are used"))
            }
            nodes[node.id] = result
        }
        return (WorkshopWeights(nodes: nodes), diagnostics)
    }

    /// Group priorities and group CR (AIJ only).
    static func group(_ accepted: [(id: String, comparisons: PairwiseComparisons, priorities: [Double])], votes: [Double],
                      settings: WeightSettings) -> (weights: [Double], cr: Double?) {
        switch settings.aggregation {
        case .AIJ_GEOMEAN:
            if let g = try? AHP.group(accepted.map { ($0.id, $0.comparisons) }, participantWeights: votes, aggregation: .aij,
                                      derivation: settings.derivation.core, threshold: settings.consistencyThreshold) {
                return (g.weights, g.aggregate?.consistencyRatio)
            }
            return (accepted[0].priorities, nil)
        case .AIP_ARITH:
            return (PriorityAggregation.arithmetic(accepted.map(\.priorities), weights: votes), nil)
        case .AIP_GEOMEAN:
            return (PriorityAggregation.geometric(accepted.map(\.priorities), weights: votes), nil)
        }
    }
}

extension WeightSettings.Derivation {
    var core: PriorityDerivation { self == .eigenvector ? .eigenvector : .geometricMean }
}

/// Saaty's fundamental scale {1/9, …, 1/2, 1, 2, …, 9} (how-the-engine-decides.md §1).
public enum Saaty {
    public static let values: [Double] = (2...9).reversed().map { 1 / Double($0) } + (1...9).map(Double.init)

    /// The scale value nearest to `v` in |ln v − ln s|; on a tie, the one with the smaller |ln s|.
    public static func snap(_ v: Double) -> Double {
        let lv = Foundation.log(v)
        return values.min { a, b in
            let da = abs(lv - Foundation.log(a)), db = abs(lv - Foundation.log(b))
            return da != db ? da < db : abs(Foundation.log(a)) < abs(Foundation.log(b))
        }!
    }

    static func describe(_ s: Double) -> String { s >= 1 ? "\(Int(s))" : "1/\(Int((1 / s).rounded()))" }
}
