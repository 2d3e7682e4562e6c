import MCDA
import JSONFormat

/// One row of a ranked list.
public struct RankedEntry: Sendable {
    /// 1…N, no shared ranks (how-the-engine-decides.md §1).
    public var rank: Int
    public var result: GapResult
    /// P, or the root aggregation method's score (how-the-engine-decides.md §1).
    public var score: Double
    /// `priority-1`…`priority-3`; `nil` under another root aggregation.
    public var band: String?
    /// In the pan-European list, the recurring need this row stands for (`result` is its highest-ranked gap);
    /// `nil` for a gap raised once.
    public var need: RecurringNeed?
    /// The need's gaps, earliest first, each with its own rank among all gaps (empty without a need).
    public var needSources: [RankedEntry] = []

    public init(rank: Int, result: GapResult, score: Double, band: String?) {
        (self.rank, self.result, self.score, self.band) = (rank, result, score, band)
    }

    /// The cross-cutting tags of the row: the gap's, or every tag of the need's gaps.
    public var crossCuttingTags: [String] {
        need == nil ? result.crossCuttingTags : Array(Set(needSources.flatMap(\.result.crossCuttingTags))).sorted()
    }
}

/// Ranks gaps (docs/how-the-engine-decides.md §1): by P rounded to 6 dp (descending), then GS rounded to 6 dp (descending), then the
/// breadthMS score (descending), then `gapRef` (ascending byte order). Ranks are 1…N with no shared ranks.
///
/// With a `rootAggregation` other than `weightedSum` (how-the-engine-decides.md §1) the score is that method's, applied with its default
/// settings to the matrix of gaps × leaf values with global weights = root weight × local weight (columns of weight 0 or all zero are left out); an insufficient
/// leaf takes its node's score, and under `researchAgenda` TO leaves take 1 − v. When gaps come from workshops
/// with different weights (AHP), each global weight is the mean over the gaps ranked [decision: the method needs
/// one weight per column]. A list of one gap keeps P.
public enum PriorityRanking {
    /// Whether a list of `count` gaps is ranked by the weighted sum P (then bands and contributions apply): the
    /// model's root aggregation is `weightedSum`, or the list has a single gap.
    public static func isWeightedSum(_ model: ScoringModel, count: Int) -> Bool { model.rootAggregation == nil || count < 2 }

    /// The ranking order: whether gap a ranks above gap b, from their scores and GS already rounded to 6 dp. The one
    /// body of the rule; the Monte Carlo's packed sort keys (`ListOrdering`) encode the same order.
    /// - Parameter ascending: the score ranks lower-is-better (a root aggregation method such as VIKOR).
    @inline(__always)
    static func ranksAbove(score: (a: Double, b: Double), severity: (a: Double, b: Double), breadth: (a: Int, b: Int),
                           ref: (a: String, b: String), ascending: Bool = false) -> Bool {
        if score.a != score.b { return ascending ? score.a < score.b : score.a > score.b }
        if severity.a != severity.b { return severity.a > severity.b }
        if breadth.a != breadth.b { return breadth.a > breadth.b }
        return ref.a.utf8.lexicographicallyPrecedes(ref.b.utf8)
    }

    public static func rank(_ results: [GapResult], model: ScoringModel) throws(MCDAError) -> [RankedEntry] {
        var scores = results.map(\.priorityScore)
        var ascending = false
        if !isWeightedSum(model, count: results.count), let method = model.rootAggregation {
            let problem = try matrix(results, model: model)
            let evaluation = try method.evaluate(problem)
            scores = evaluation.scores
            ascending = method.scoreOrder == .ascending
        }
        let order = results.indices.sorted { i, j in
            ranksAbove(score: (Decimal6.round(scores[i]), Decimal6.round(scores[j])),
                       severity: (Decimal6.round(results[i].gapSeverity), Decimal6.round(results[j].gapSeverity)),
                       breadth: (results[i].breadthScore, results[j].breadthScore), ref: (results[i].gapRef, results[j].gapRef),
                       ascending: ascending)
        }
        return order.enumerated().map { k, i in
            let band = isWeightedSum(model, count: results.count) ? model.bands.priorityBand(scores[i]) : nil
            return RankedEntry(rank: k + 1, result: results[i], score: scores[i], band: band)
        }
    }

    /// The gaps × leaves decision problem of how-the-engine-decides.md §1.
    static func matrix(_ results: [GapResult], model: ScoringModel) throws(MCDAError) -> DecisionProblem {
        let leaves = results[0].components.flatMap { c in c.subcriteria.isEmpty ? [(c.id, c.id)] : c.subcriteria.map { (c.id, $0.id) } }
        var weightSums = Array(repeating: 0.0, count: leaves.count)
        let rows: [[Double]] = results.map { r in
            leaves.enumerated().map { k, pair in
                let component = r.component(pair.0)!
                guard let leaf = component.subcriteria.first(where: { $0.id == pair.1 }) else {
                    weightSums[k] += component.weight
                    return component.score
                }
                weightSums[k] += component.weight * leaf.localWeight
                if leaf.insufficient { return component.score }
                let v = leaf.value ?? 0
                return model.preset == .researchAgenda && component.id == "technologyOpportunity" ? 1 - v : v
            }
        }
        // Columns with weight 0 (breadthPG by default) or all zero carry no information and would stop
        // normalizations that divide by a column norm; they are left out.
        // VIKOR's (f* − x) / (f* − f⁻) is undefined on a column that is the same for every gap, which carries no
        // information for any method: VIKOR leaves such columns out too. Leaf scores lie in [0, 1], the bounds
        // that SPOTIS needs.
        let dropConstant = model.rootAggregation == .vikor
        let kept = leaves.indices.filter { k in
            weightSums[k] > 0 && rows.contains { $0[k] != 0 } && !(dropConstant && rows.allSatisfy { $0[k] == rows[0][k] })
        }
        let criteria = kept.map { k in
            Criterion(id: leaves[k].1, direction: .benefit, weight: weightSums[k] / Double(results.count), bounds: 0...1)
        }
        return try DecisionProblem(criteria: criteria, alternatives: results.map(\.gapRef), rows: rows.map { row in kept.map { row[$0] } })
    }
}
