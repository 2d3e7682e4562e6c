/// Agreement between two rankings of the same alternatives, given as rank vectors (1 = best; ties may share a
/// rank, fractional ranks allowed).
public enum RankCorrelation {
    /// Spearman's ρ as the Pearson correlation of the rank vectors (correct with ties; equals
    /// `1 − 6 Σ d² / (n (n² − 1))` without ties). Returns `nil` when a ranking is constant (undefined).
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count && x.count >= 2, "two rank vectors of equal length >= 2")
        return Statistics.pearson(x, y)
    }

    /// Kendall's τ-b: `(n_c − n_d) / sqrt((n_0 − n_1)(n_0 − n_2))` with `n_0 = n(n − 1)/2` and `n_1`, `n_2` the
    /// pairs tied in x and in y (Kendall 1945). Ranks closer than `tolerance` count as tied. `nil` when either
    /// ranking ties every pair.
    public static func kendallTauB(_ x: [Double], _ y: [Double], tolerance: Double = 1e-9) -> Double? {
        precondition(x.count == y.count && x.count >= 2, "two rank vectors of equal length >= 2")
        var concordant = 0.0, discordant = 0.0, tiesX = 0.0, tiesY = 0.0
        let n = x.count
        for i in 0..<n {
            for j in (i + 1)..<n {
                let dx = x[i] - x[j], dy = y[i] - y[j]
                let tx = abs(dx) <= tolerance, ty = abs(dy) <= tolerance
                if tx { tiesX += 1 }
                if ty { tiesY += 1 }
                if tx || ty { continue }
                if (dx > 0) == (dy > 0) { concordant += 1 } else { discordant += 1 }
            }
        }
        let n0 = Double(n * (n - 1) / 2)
        let denominator = ((n0 - tiesX) * (n0 - tiesY)).squareRoot()
        return denominator > 0 ? (concordant - discordant) / denominator : nil
    }

    /// Weighted Spearman `r_w = 1 − 6 Σ (x_i − y_i)² ((N − x_i + 1) + (N − y_i + 1)) / (N⁴ + N³ − N² − N)`
    /// (Pinto da Costa & Soares 2005): disagreements near the top weigh more.
    public static func weightedSpearman(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count && x.count >= 2, "two rank vectors of equal length >= 2")
        let n = Double(x.count)
        var total = 0.0
        for i in x.indices {
            total += (x[i] - y[i]) * (x[i] - y[i]) * ((n - x[i] + 1) + (n - y[i] + 1))
        }
        return 1 - 6 * total / (n * n * n * n + n * n * n - n * n - n)
    }

    /// WS rank similarity coefficient (Sałabun & Urbaniak 2020), asymmetric with `x` the reference ranking:
    /// `WS = 1 − Σ 2^(−x_i) |x_i − y_i| / max(|x_i − 1|, |x_i − N|)`.
    public static func wsSimilarity(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count && x.count >= 2, "two rank vectors of equal length >= 2")
        let n = Double(x.count)
        var total = 0.0
        for i in x.indices {
            total += Foundation.pow(2, -x[i]) * abs(x[i] - y[i]) / Swift.max(abs(x[i] - 1), abs(x[i] - n))
        }
        return 1 - total
    }
}

import Foundation
