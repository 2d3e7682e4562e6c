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
    /// pairs tied in x and in y (Kendall 1945). Values within `tolerance` of the first of a run of sorted values
    /// count as tied (as scores tie in `Ranking`). `nil` when either ranking ties every pair.
    ///
    /// O(n log n) by Knight's (1966) method: sort by (x, y), count the discordant pairs as the inversions of y in
    /// that order by a merge sort; then `n_c − n_d = n_0 − n_1 − n_2 + n_3 − 2 n_d` with `n_3` the pairs tied in
    /// both. (The tests keep the pair-by-pair count as the reference.)
    public static func kendallTauB(_ x: [Double], _ y: [Double], tolerance: Double = 1e-9) -> Double? {
        precondition(x.count == y.count && x.count >= 2, "two rank vectors of equal length >= 2")
        let n = x.count
        let gx = tieGroups(x, tolerance: tolerance), gy = tieGroups(y, tolerance: tolerance)
        func pairs(_ t: Int) -> Double { Double(t) * Double(t - 1) / 2 }
        func tiedPairs(_ keys: [Int]) -> Double {
            var counts: [Int: Int] = [:]
            for k in keys { counts[k, default: 0] += 1 }
            return counts.values.reduce(0) { $0 + pairs($1) }
        }
        let n1 = tiedPairs(gx), n2 = tiedPairs(gy)
        var order = Array(0..<n)
        order.sort { (gx[$0], gy[$0]) < (gx[$1], gy[$1]) }
        var n3 = 0.0, run = 1
        for k in 1..<n {
            if gx[order[k]] == gx[order[k - 1]] && gy[order[k]] == gy[order[k - 1]] { run += 1 } else { n3 += pairs(run); run = 1 }
        }
        n3 += pairs(run)
        var ys = order.map { gy[$0] }, scratch = ys
        let discordant = Double(inversions(&ys, &scratch, 0, n))
        let n0 = pairs(n)
        let denominator = ((n0 - n1) * (n0 - n2)).squareRoot()
        return denominator > 0 ? (n0 - n1 - n2 + n3 - 2 * discordant) / denominator : nil
    }

    /// Each value's tie group: sorted values start a new group when they differ from the group's first by more
    /// than `tolerance` (relative to the largest magnitude, as in `Ranking`); groups are numbered in value order.
    static func tieGroups(_ v: [Double], tolerance: Double) -> [Int] {
        let order = v.indices.sorted { v[$0] < v[$1] }
        let scale = v.map(abs).max() ?? 0
        var group = [Int](repeating: 0, count: v.count), g = 0
        var lead = v[order[0]]
        for i in order {
            if abs(v[i] - lead) > tolerance * Swift.max(abs(lead), abs(v[i]), scale, 1) { g += 1; lead = v[i] }
            group[i] = g
        }
        return group
    }

    /// The pairs i < j of `a[lo..<hi]` with a[i] > a[j], counted while merge-sorting the range.
    private static func inversions(_ a: inout [Int], _ b: inout [Int], _ lo: Int, _ hi: Int) -> Int {
        guard hi - lo > 1 else { return 0 }
        let mid = (lo + hi) / 2
        var count = inversions(&a, &b, lo, mid) + inversions(&a, &b, mid, hi)
        var i = lo, j = mid, k = lo
        while i < mid, j < hi {
            if a[j] < a[i] { b[k] = a[j]; j += 1; count += mid - i } else { b[k] = a[i]; i += 1 }
            k += 1
        }
        while i < mid { b[k] = a[i]; i += 1; k += 1 }
        while j < hi { b[k] = a[j]; j += 1; k += 1 }
        for t in lo..<hi { a[t] = b[t] }
        return count
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
