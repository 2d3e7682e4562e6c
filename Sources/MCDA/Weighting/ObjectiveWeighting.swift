/// Weights derived from the decision matrix itself (docs/decision-problems.md).
///
/// Every method returns non-negative weights summing to 1. A matrix that carries no information for a method
/// (e.g. every column constant under `entropy` or `std`) is an error, never a vector of NaNs.
public enum ObjectiveWeighting: String, CaseIterable, Sendable {
    /// `w_j = 1/n`.
    case equal
    /// Shannon entropy of the sum-normalized raw columns (Shannon 1948; Zeleny 1982).
    case entropy
    /// Sample standard deviation of the raw columns.
    case std
    /// CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995).
    case critic
    /// Gini coefficient of the raw columns.
    case gini
    /// MEREC (Keshavarz Ghorabaee et al. 2021).
    case merec

    /// Whether the method reads the criteria's directions (CRITIC normalizes in each direction, MEREC inverts
    /// benefit and cost differently); the others work on the raw columns.
    public var readsDirections: Bool { self == .critic || self == .merec }

    /// The weights for `problem`'s criteria, in criterion order.
    ///
    /// - Parameters:
    ///   - problem: the decision problem.
    ///   - ignoringDirections: read every criterion as a benefit one, as sources that compute CRITIC or MEREC
    ///     weights from the matrix alone do (pyrepo-mcda's `critic_weighting(matrix)`); no effect on the methods
    ///     that ignore directions anyway.
    public func weights(for problem: DecisionProblem, ignoringDirections: Bool = false) throws(MCDAError) -> [Double] {
        if ignoringDirections, readsDirections, problem.criteria.contains(where: { $0.direction == .cost }) {
            return try weights(for: problem.replacingDirections(with: .benefit))
        }
        let raw: [Double]
        switch self {
        case .equal:
            return Array(repeating: 1 / Double(problem.criterionCount), count: problem.criterionCount)
        case .entropy: raw = try EntropyWeights.raw(problem)
        case .std: raw = (0..<problem.criterionCount).map { Statistics.sampleStandardDeviation(problem.column($0)) }
        case .critic: raw = try CRITICWeights.raw(problem)
        case .gini: raw = try GiniWeights.raw(problem)
        case .merec: raw = try MERECWeights.raw(problem)
        }
        let total = raw.reduce(0, +)
        guard total > 0, total.isFinite else {
            throw .degenerate(context: "\(rawValue) weights",
                              reason: "no criterion varies across the alternatives, so every raw weight is zero")
        }
        return raw.map { $0 / total }
    }
}

/// Entropy weights: `p_ij = x_ij / Σ_i x_ij`, `e_j = −Σ_i p_ij ln p_ij / ln m` (with `0 ln 0 = 0`),
/// `w_j ∝ 1 − e_j`. Raw columns whatever their direction; values must be `>= 0` with a positive column sum.
enum EntropyWeights {
    static func raw(_ p: DecisionProblem) throws(MCDAError) -> [Double] {
        let lnM = Foundation.log(Double(p.alternativeCount))
        var out: [Double] = []
        for (j, c) in p.criteria.enumerated() {
            let col = p.column(j)
            if let i = col.firstIndex(where: { $0 < 0 }) {
                throw .outsideDomain(context: "entropy weights", alternative: p.alternatives[i], criterion: c.id,
                                     value: col[i], rule: "must be >= 0")
            }
            let sum = col.reduce(0, +)
            guard sum > 0 else {
                throw .degenerate(context: "entropy weights", reason: "criterion '\(c.id)' is zero for every alternative")
            }
            let h = col.reduce(0) { acc, x in
                let q = x / sum
                return q > 0 ? acc - q * Foundation.log(q) : acc
            }
            // e_j ≤ 1 exactly (an entropy over m outcomes is at most ln m), but for an evenly spread column the
            // rounded sum can exceed ln m by a few ulps: 1 − e_j is clamped at 0 rather than giving a weight of -8e-16.
            out.append(max(0, 1 - h / lnM))
        }
        return out
    }
}

/// CRITIC: min-max normalize each column in its direction, `σ_j` the sample standard deviation of the normalized
/// column, `r_jk` the Pearson correlation of normalized columns j and k, `C_j = σ_j Σ_k (1 − r_jk)`, `w_j ∝ C_j`.
/// A constant column has `σ_j = 0`, so `C_j = 0`; its (undefined) correlation with other columns is taken as 0.
enum CRITICWeights {
    static func raw(_ p: DecisionProblem) throws(MCDAError) -> [Double] {
        let r = try Normalization.minmax.columns(of: p)
        let sigma = r.map(Statistics.sampleStandardDeviation)
        return r.indices.map { j in
            sigma[j] * r.indices.reduce(0) { acc, k in acc + (1 - (Statistics.pearson(r[j], r[k]) ?? 0)) }
        }
    }
}

/// Gini weights: `G_j = Σ_i Σ_k |x_ij − x_kj| / (2 m² x̄_j)`, `w_j ∝ G_j`; raw columns, positive mean required.
/// The double sum comes from the sorted column s₁ ≤ … ≤ s_m as `2 Σ_i (2i − m − 1) s_i` (O(m log m)); the tests
/// keep the pairwise sum as the reference.
enum GiniWeights {
    static func raw(_ p: DecisionProblem) throws(MCDAError) -> [Double] {
        let m = Double(p.alternativeCount)
        return try p.criteria.indices.map { (j) throws(MCDAError) -> Double in
            let col = p.column(j)
            let mean = Statistics.mean(col)
            guard mean > 0 else {
                throw .degenerate(context: "gini weights", reason: "criterion '\(p.criteria[j].id)' has mean \(mean); the Gini coefficient needs a positive mean")
            }
            var total = 0.0
            for (i, x) in col.sorted().enumerated() { total += Double(2 * (i + 1) - col.count - 1) * x }
            return 2 * total / (2 * m * m * mean)
        }
    }
}

/// MEREC: `n_ij = min_k x_kj / x_ij` (benefit) or `x_ij / max_k x_kj` (cost);
/// `S_i = ln(1 + (1/n) Σ_k |ln n_ik|)`, `S'_ij = ln(1 + (1/n) Σ_{k≠j} |ln n_ik|)`, `E_j = Σ_i |S'_ij − S_i|`,
/// `w_j ∝ E_j`. Values must be positive.
enum MERECWeights {
    static func raw(_ p: DecisionProblem) throws(MCDAError) -> [Double] {
        let m = p.alternativeCount, n = p.criterionCount
        var logs = [[Double]]()  // |ln n_ij| per column
        for (j, c) in p.criteria.enumerated() {
            let col = p.column(j)
            if let i = col.firstIndex(where: { !($0 > 0) }) {
                throw .outsideDomain(context: "merec weights", alternative: p.alternatives[i], criterion: c.id,
                                     value: col[i], rule: "must be > 0")
            }
            let lo = col.min()!, hi = col.max()!
            logs.append(col.map { abs(Foundation.log(c.direction == .benefit ? lo / $0 : $0 / hi)) })
        }
        var e = [Double](repeating: 0, count: n)
        for i in 0..<m {
            let total = logs.reduce(0) { $0 + $1[i] }
            let s = Foundation.log(1 + total / Double(n))
            for j in 0..<n {
                e[j] += abs(Foundation.log(1 + (total - logs[j][i]) / Double(n)) - s)
            }
        }
        return e
    }
}

import Foundation
