// The only file of MCDA that talks to the C kernels (`CKernels`: SIMD code with a run-time choice between AVX2/FMA
// and plain C). Every call goes through `Kernels` below, so the C boundary is read and changed in one place.

import CKernels

/// Typed wrappers over the C kernels. Buffers are column-major where they hold matrices.
enum Kernels {
    /// TOPSIS squared distances of rows `0..<rows` of a column-major block whose column j starts at `x + j·ld`:
    /// `dPlus[i] = Σⱼ (cⱼ (xᵢⱼ − aⱼ))²`, `dMinus[i] = Σⱼ (cⱼ (xᵢⱼ − bⱼ))²`.
    static func topsisBlock(_ x: UnsafePointer<Double>, ld: Int, rows: Int, n: Int, c: UnsafePointer<Double>, ideal a: UnsafePointer<Double>,
                            antiIdeal b: UnsafePointer<Double>, dPlus: UnsafeMutablePointer<Double>, dMinus: UnsafeMutablePointer<Double>) {
        ck_topsis_block(x, ld, rows, n, c, a, b, dPlus, dMinus)
    }

    /// Closeness `out[i] = √dMinus[i] / (√dPlus[i] + √dMinus[i])`, the squared distances turned into distances in
    /// place; the number of rows whose two distances are both 0 (their closeness is set to 0).
    static func topsisFinish(dPlus: UnsafeMutablePointer<Double>, dMinus: UnsafeMutablePointer<Double>, rows: Int,
                             closeness: UnsafeMutablePointer<Double>) -> Int {
        ck_topsis_finish(dPlus, dMinus, rows, closeness)
    }

    /// The m ≤ 65536 scores ordered best first (exact ties in index order) by a two-pass radix sort on 16-bit keys;
    /// `false` (order unspecified) when too many scores share a key. `a` and `b` hold m words of scratch.
    /// - Parameter portable: the plain C path whatever the CPU (the tests check both give the same order).
    static func rankOrder(_ scores: UnsafePointer<Double>, count m: Int, descending: Bool, into order: UnsafeMutablePointer<Int32>,
                          scratch a: UnsafeMutablePointer<UInt64>, _ b: UnsafeMutablePointer<UInt64>, portable: Bool = false) -> Bool {
        portable ? ck_rank_order_portable(scores, m, descending ? 1 : 0, order, a, b) == 1
                 : ck_rank_order(scores, m, descending ? 1 : 0, order, a, b) == 1
    }

    /// Adds a block of orders (the alternative of rank r in sample s at `orders[s·m + r]`) to the rank-major counts
    /// `counts[r·m + i]`.
    static func countRanks(_ orders: UnsafePointer<Int32>, m: Int, samples: Int, into counts: UnsafeMutablePointer<UInt32>) {
        ck_count_ranks(orders, m, samples, counts)
    }
}
