import Foundation

/// How several participants' pairwise comparisons are combined (Forman & Peniwati 1998).
public enum GroupAggregation: String, CaseIterable, Sendable {
    /// Aggregation of individual judgments: element-wise weighted geometric mean of the matrices, then one AHP.
    /// A pair missing for some participants is the mean over those who judged it; missing for all stays missing.
    case aij
    /// Aggregation of individual priorities: one AHP per participant, then the weighted arithmetic mean of their
    /// priority vectors.
    case aip
    /// Aggregation of individual priorities by their weighted geometric mean `Π_k w_k(i)^λ_k`, normalized to sum 1
    /// (Forman & Peniwati 1998 recommend the geometric mean for AIP as for AIJ).
    case aipGeometric = "aip-geometric"
}

/// The outcome of a group AHP.
public struct GroupAHPResult: Sendable {
    /// The aggregation used.
    public let aggregation: GroupAggregation
    /// Item ids.
    public let items: [String]
    /// Group priorities, summing to 1.
    public let weights: [Double]
    /// For AIJ, the AHP of the aggregated matrix (with its consistency); `nil` for AIP.
    public let aggregate: AHPResult?
    /// Each participant's own AHP (id, result), in input order.
    public let participants: [(id: String, result: AHPResult)]
    /// Participant weights used (normalized to sum 1).
    public let participantWeights: [Double]
}

extension AHP {
    /// Aggregates several participants' comparisons over the same items.
    ///
    /// - Parameters:
    ///   - participants: `(id, comparisons)`; every participant must compare the same set of items (any order).
    ///   - participantWeights: non-negative voting weights, equal when `nil`.
    ///   - aggregation: AIJ (geometric mean of the judgments), AIP (arithmetic mean of the priorities) or AIP by
    ///     their geometric mean.
    ///   - derivation: the principal eigenvector (Saaty) or row geometric means.
    ///   - table: the random indices for the consistency ratio.
    ///   - threshold: the largest consistency ratio accepted (Saaty's 0.10).
    ///   - completion: how each incomplete matrix is completed (Harker, or λmax-optimal).
    /// - Throws: `invalidInput` when item sets differ or weights are invalid; errors of `priorities`.
    public static func group(
        _ participants: [(id: String, comparisons: PairwiseComparisons)],
        participantWeights: [Double]? = nil,
        aggregation: GroupAggregation = .aij,
        derivation: PriorityDerivation = .eigenvector,
        randomIndex table: RandomIndexTable = .saaty,
        threshold: Double = 0.10,
        completion: JudgmentCompletion = .harker
    ) throws(MCDAError) -> GroupAHPResult {
        guard let first = participants.first else {
            throw .invalidInput([MCDAIssue(location: "participants", "at least one participant is needed")])
        }
        let items = first.comparisons.items
        let n = items.count
        var issues: [MCDAIssue] = []
        for (k, p) in participants.enumerated() where Set(p.comparisons.items) != Set(items) || p.comparisons.count != n {
            issues.append(MCDAIssue(location: "participants[\(k)]", "participant '\(p.id)' compares other items than '\(first.id)'"))
        }
        let raw = participantWeights ?? Array(repeating: 1, count: participants.count)
        if raw.count != participants.count {
            issues.append(MCDAIssue(location: "participantWeights", "one weight per participant is needed"))
        } else if raw.contains(where: { !($0.isFinite && $0 >= 0) }) || !(raw.reduce(0, +) > 0) {
            issues.append(MCDAIssue(location: "participantWeights", "weights must be finite, non-negative and not all zero"))
        }
        if !issues.isEmpty { throw .invalidInput(issues) }
        let lambda = raw.map { $0 / raw.reduce(0, +) }

        var individual: [(id: String, result: AHPResult)] = []
        for p in participants {
            individual.append((p.id, try priorities(p.comparisons, derivation: derivation, randomIndex: table,
                                                    threshold: threshold, completion: completion)))
        }
        let position = participants.map { p in items.map { p.comparisons.items.firstIndex(of: $0)! } }

        switch aggregation {
        case .aip, .aipGeometric:
            let vectors = individual.enumerated().map { k, ind in (0..<n).map { ind.result.weights[position[k][$0]] } }
            let w = aggregation == .aip ? PriorityAggregation.arithmetic(vectors, weights: raw)
                                        : PriorityAggregation.geometric(vectors, weights: raw)
            return GroupAHPResult(aggregation: aggregation, items: items, weights: w, aggregate: nil,
                                  participants: individual, participantWeights: lambda)
        case .aij:
            var judgments: [(a: String, b: String, value: Double)] = []
            for i in 0..<n {
                for j in (i + 1)..<max(i + 1, n) {
                    var logSum = 0.0, weightSum = 0.0
                    for (k, p) in participants.enumerated() {
                        if let a = p.comparisons[position[k][i], position[k][j]] {
                            logSum += lambda[k] * log(a)
                            weightSum += lambda[k]
                        }
                    }
                    if weightSum > 0 { judgments.append((items[i], items[j], exp(logSum / weightSum))) }
                }
            }
            let merged = try PairwiseComparisons(items: items, judgments: judgments)
            let result = try priorities(merged, derivation: derivation, randomIndex: table, threshold: threshold,
                                        completion: completion)
            return GroupAHPResult(aggregation: .aij, items: items, weights: result.weights, aggregate: result,
                                  participants: individual, participantWeights: lambda)
        }
    }
}

/// The aggregation of individual priorities (AIP; Forman & Peniwati 1998), written once for `AHP.group` and the
/// workshop weights of the engine. `priorities[k]` is participant k's vector (the same item order for all),
/// `weights[k]` its weight.
public enum PriorityAggregation {
    /// The weighted arithmetic mean `Σ_k v_k w_k(i) / Σ_k v_k`.
    public static func arithmetic(_ priorities: [[Double]], weights v: [Double]) -> [Double] {
        let total: Double = v.reduce(0, +)
        let n = priorities.first?.count ?? 0
        var out = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = 0.0
            for k in priorities.indices { sum = sum + priorities[k][i] * v[k] }
            out[i] = sum / total
        }
        return out
    }

    /// The weighted geometric mean `exp(Σ_k v_k ln w_k(i) / Σ_k v_k)`, normalized to sum 1.
    public static func geometric(_ priorities: [[Double]], weights v: [Double]) -> [Double] {
        let total: Double = v.reduce(0, +)
        let n = priorities.first?.count ?? 0
        var g = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = 0.0
            for k in priorities.indices { sum = sum + Foundation.log(priorities[k][i]) * v[k] }
            g[i] = Foundation.exp(sum / total)
        }
        let s: Double = g.reduce(0, +)
        return g.map { $0 / s }
    }
}
