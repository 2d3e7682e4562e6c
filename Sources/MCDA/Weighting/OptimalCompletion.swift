import Foundation
internal import LinearAlgebra

/// How missing judgments of an incomplete comparison matrix are filled in before the consistency is measured.
public enum JudgmentCompletion: String, CaseIterable, Sendable {
    /// Harker (1987) for the eigenvector (the priorities of Harker's matrix, missing entries then `w_i / w_j`),
    /// logarithmic least squares over the given judgments for the geometric mean.
    case harker
    /// The completion with the smallest principal eigenvalue λmax, i.e. the most consistent one (Bozóki, Fülöp &
    /// Rónyai 2010); the priorities are then derived from the completed matrix (as AHPy does).
    case lambdaMaxOptimal = "lambda-max-optimal"
}

/// λmax-optimal completion of an incomplete pairwise comparison matrix (Bozóki, Fülöp & Rónyai 2010, "On optimal
/// completion of incomplete pairwise comparison matrices", Math. Comput. Modelling 52).
///
/// With the missing entries written `a_ij = e^{x_k}`, `a_ji = e^{−x_k}`, λmax is a convex function of `x` (their
/// Theorem 2), with a unique minimum when the comparison graph is connected. The cyclic coordinates method they
/// propose is used: each coordinate in turn moves to where `∂λmax/∂x_k = 0`, the derivative being
/// `(v_i w_j a_ij − v_j w_i a_ji) / vᵀw` with `w`, `v` the right and left Perron vectors (increasing in `x_k`,
/// so its root is bracketed and found by the Illinois variant of regula falsi), until no coordinate moves by more
/// than 1e-11 in a cycle. The start is Harker's completion.
enum OptimalCompletion {
    /// The completed matrix, row by row.
    ///
    /// - Parameter start: the starting priorities (Harker's), whose ratios fill the missing entries first.
    /// - Throws: `MCDAError.numerical` when the eigen decomposition fails or the method does not settle.
    static func complete(_ c: PairwiseComparisons, start: [Double]) throws(MCDAError) -> [[Double]] {
        let n = c.count
        var a = Matrix(rows: n, columns: n)
        var missing: [(i: Int, j: Int)] = []
        for i in 0..<n {
            for j in 0..<n {
                if let v = c[i, j] { a[i, j] = v } else {
                    a[i, j] = start[i] / start[j]
                    if i < j { missing.append((i, j)) }
                }
            }
        }
        func set(_ k: Int, _ x: Double) {
            let (i, j) = missing[k]
            a[i, j] = exp(x)
            a[j, i] = exp(-x)
        }
        /// ∂λmax/∂x_k at the current matrix.
        func slope(_ k: Int) throws(MCDAError) -> Double {
            let (i, j) = missing[k]
            let w = try AHP.perronVector(a).vector
            var t = Matrix(rows: n, columns: n)
            for r in 0..<n { for s in 0..<n { t[r, s] = a[s, r] } }
            let v = try AHP.perronVector(t).vector
            let vw = zip(v, w).reduce(0) { $0 + $1.0 * $1.1 }
            return (v[i] * w[j] * a[i, j] - v[j] * w[i] * a[j, i]) / vw
        }
        for _ in 0..<2_000 {
            var largestMove = 0.0
            for k in missing.indices {
                let x0 = log(a[missing[k].i, missing[k].j])
                var lo = x0 - 0.5, hi = x0 + 0.5
                set(k, lo); var gLo = try slope(k)
                set(k, hi); var gHi = try slope(k)
                var expansions = 0
                while gLo > 0 || gHi < 0 {
                    expansions += 1
                    guard expansions < 60 else { throw .numerical("the λmax-optimal completion found no minimum for a missing judgment") }
                    if gLo > 0 { lo -= Double(1 << min(expansions, 20)); set(k, lo); gLo = try slope(k) }
                    if gHi < 0 { hi += Double(1 << min(expansions, 20)); set(k, hi); gHi = try slope(k) }
                }
                var x = x0, side = 0
                for _ in 0..<200 {
                    let previous = x
                    x = (lo * gHi - hi * gLo) / (gHi - gLo)
                    if !(x > lo && x < hi) { x = (lo + hi) / 2 }
                    set(k, x)
                    let g = try slope(k)
                    if g == 0 || hi - lo < 1e-13 * max(1, abs(x)) || abs(x - previous) < 1e-15 * max(1, abs(x)) { break }
                    if g < 0 {
                        lo = x; gLo = g
                        if side == -1 { gHi /= 2 }
                        side = -1
                    } else {
                        hi = x; gHi = g
                        if side == 1 { gLo /= 2 }
                        side = 1
                    }
                }
                set(k, x)
                largestMove = max(largestMove, abs(x - x0))
            }
            if largestMove < 1e-11 { return a.rowArrays }
        }
        throw .numerical("the λmax-optimal completion did not settle within 2,000 cycles")
    }
}
