/// Whether a method's higher or lower scores are better.
public enum ScoreOrder: String, Sendable {
    /// Higher is better (most methods).
    case descending
    /// Lower is better (VIKOR's Q, SPOTIS).
    case ascending
}

/// Ranks from scores, with ties inside a relative tolerance.
///
/// Rank 1 is best. Alternatives are sorted best first (stable: input order breaks exact ties); a score ties with
/// the first score of the current group when `|a − b| <= tolerance * max(|a|, |b|, scale)`, where `scale` is
/// the largest absolute score, so that scores near zero (PROMETHEE flows) are compared at the scale of the
/// problem. Tied alternatives share the best rank of their group ("competition" ranking: 1, 2, 2, 4).
public enum Ranking {
    /// The default relative tolerance for ties.
    public static let defaultTolerance = 1e-9

    /// Returns the rank of each alternative (input order) and the indices best first.
    public static func rank(
        _ scores: [Double], order: ScoreOrder, tolerance: Double = defaultTolerance
    ) -> (ranks: [Int], order: [Int]) {
        let idx = scores.indices.sorted { a, b in
            let (x, y) = (scores[a], scores[b])
            if x != y { return order == .descending ? x > y : x < y }
            return a < b
        }
        let scale = scores.map(abs).max() ?? 0
        var ranks = [Int](repeating: 0, count: scores.count)
        var groupStart = 0
        for (position, i) in idx.enumerated() {
            if position > 0 {
                let lead = scores[idx[groupStart]]
                let s = scores[i]
                if abs(lead - s) > tolerance * max(abs(lead), abs(s), scale) { groupStart = position }
            }
            ranks[i] = groupStart + 1
        }
        return (ranks, idx)
    }
}
