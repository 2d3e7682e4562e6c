/// Several methods on one decision problem, side by side (docs/decision-problems.md "Comparing methods"): each
/// method's scores and ranks, how far the rankings agree (Spearman's ρ, Kendall's τ-b, weighted Spearman r_w and
/// the WS similarity, method by method), two consensus rankings, and how much each alternative's rank varies.
///
/// - **Borda count** (Borda 1781): in a ranking of m alternatives an alternative at rank r earns m − r points;
///   the consensus orders the alternatives by their total over the methods (ties share the best rank).
/// - **Copeland** (Copeland 1951): alternative a beats b when more methods rank a above b than b above a; its score
///   is its wins minus its losses over every other alternative; the consensus orders by that score.
///
/// A method that cannot rank the problem (VIKOR on a constant column, EDAS without positive column means, …) is
/// listed in `skipped` with its reason instead of stopping the comparison; at least two methods must rank it.
public struct MethodComparison: Sendable {
    /// A consensus ranking: score per alternative (input order) and its ranks.
    public struct Consensus: Sendable, Equatable {
        public let scores: [Double]
        public let ranks: [Int]
    }

    /// One alternative's spread of ranks over the methods.
    public struct Spread: Sendable, Equatable {
        public let alternative: Int
        public let best: Int, worst: Int
        /// worst − best.
        public var range: Int { worst - best }
    }

    public let alternatives: [String]
    /// The methods that ranked the problem, in the order asked.
    public let results: [MethodResult]
    /// The methods that could not, with the reason.
    public let skipped: [(method: MethodName, reason: String)]
    /// Method × method matrices over `results` (row i, column j compares method i with method j). Spearman and
    /// Kendall are `nil` when a ranking ties every alternative; WS is asymmetric, with the row method as reference.
    public let spearman: [[Double?]], kendallTauB: [[Double?]], weightedSpearman: [[Double]], ws: [[Double]]
    public let borda: Consensus, copeland: Consensus
    /// Every alternative's best and worst rank, the widest spread first (then input order).
    public let spreads: [Spread]

    /// Evaluates `methods` on `problem` with the same options and compares them. A normalization in `options`
    /// applies to the methods that take one; the others (PROMETHEE II, EDAS, SPOTIS) keep their raw values. An
    /// expected solution point applies to ARAS and SPOTIS only.
    /// - Throws: `MCDAError.invalidParameter` when fewer than two methods rank the problem (naming why each failed).
    public static func compare(_ problem: DecisionProblem, methods: [MethodName],
                               options: MethodOptions = MethodOptions()) throws(MCDAError) -> MethodComparison {
        var results: [MethodResult] = [], skipped: [(method: MethodName, reason: String)] = []
        for method in methods {
            var own = options
            if !method.acceptsNormalization { own.normalization = nil }
            if !method.takesExpectedSolution { own.expectedSolution = nil }
            do throws(MCDAError) { results.append(try method.evaluate(problem, options: own)) } catch {
                skipped.append((method, "\(error)".split(separator: "\n").joined(separator: "; ")))
            }
        }
        guard results.count >= 2 else {
            let reasons = skipped.map { "\($0.method.rawValue): \($0.reason)" }.joined(separator: "; ")
            throw .invalidParameter(name: "--methods", rule: "at least two methods must rank the problem" + (reasons.isEmpty ? "" : " (\(reasons))"))
        }
        return MethodComparison(alternatives: problem.alternatives, results: results, skipped: skipped, tolerance: options.tieTolerance)
    }

    init(alternatives: [String], results: [MethodResult], skipped: [(method: MethodName, reason: String)], tolerance: Double) {
        self.alternatives = alternatives
        self.results = results
        self.skipped = skipped
        let ranks = results.map { $0.ranks.map(Double.init) }
        let k = ranks.count
        /// `f` over every pair of methods; a symmetric measure is computed once per pair.
        func matrix<T>(symmetric: Bool = true, _ f: ([Double], [Double]) -> T) -> [[T]] {
            var out: [[T]] = ranks.map { r in [T](repeating: f(r, r), count: k) }
            for i in 0..<k {
                for j in 0..<k where j != i && (!symmetric || j > i) {
                    out[i][j] = f(ranks[i], ranks[j])
                    if symmetric { out[j][i] = out[i][j] }
                }
            }
            return out
        }
        let two = alternatives.count >= 2
        spearman = two ? matrix(RankCorrelation.spearman) : Array(repeating: Array(repeating: nil, count: k), count: k)
        kendallTauB = two ? matrix { RankCorrelation.kendallTauB($0, $1) } : Array(repeating: Array(repeating: nil, count: k), count: k)
        weightedSpearman = two ? matrix(RankCorrelation.weightedSpearman) : Array(repeating: Array(repeating: 1, count: k), count: k)
        ws = two ? matrix(symmetric: false, RankCorrelation.wsSimilarity) : Array(repeating: Array(repeating: 1, count: k), count: k)
        borda = Self.borda(results.map(\.ranks), tolerance: tolerance)
        copeland = Self.copeland(results.map(\.ranks), tolerance: tolerance)
        spreads = alternatives.indices.map { a in
            Spread(alternative: a, best: results.map { $0.ranks[a] }.min() ?? 1, worst: results.map { $0.ranks[a] }.max() ?? 1)
        }.sorted { ($1.range, $0.alternative) < ($0.range, $1.alternative) }
    }

    /// Borda totals Σ_methods (m − rank) and their ranks.
    static func borda(_ rankings: [[Int]], tolerance: Double) -> Consensus {
        let m = rankings.first?.count ?? 0
        let scores = (0..<m).map { a in Double(rankings.reduce(0) { $0 + (m - $1[a]) }) }
        return Consensus(scores: scores, ranks: Ranking.rank(scores, order: .descending, tolerance: tolerance).ranks)
    }

    /// Copeland scores (pairwise majority wins − losses) and their ranks.
    static func copeland(_ rankings: [[Int]], tolerance: Double) -> Consensus {
        let m = rankings.first?.count ?? 0
        var scores = [Double](repeating: 0, count: m)
        for a in 0..<m {
            for b in (a + 1)..<m {
                var aAbove = 0, bAbove = 0
                for r in rankings {
                    if r[a] < r[b] { aAbove += 1 } else if r[b] < r[a] { bAbove += 1 }
                }
                if aAbove > bAbove { scores[a] += 1; scores[b] -= 1 } else if bAbove > aAbove { scores[b] += 1; scores[a] -= 1 }
            }
        }
        return Consensus(scores: scores, ranks: Ranking.rank(scores, order: .descending, tolerance: tolerance).ranks)
    }
}
