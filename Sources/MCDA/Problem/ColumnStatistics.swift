/// Sum of squares, minimum and maximum of one criterion's values: what vector normalization and the ideal and
/// anti-ideal points of TOPSIS need from a column.
///
/// A problem computes them in its validation pass (which reads every value anyway: a non-finite sum is how a
/// NaN or an infinity shows up) and keeps them, so that TOPSIS reads the matrix once per evaluation instead of
/// twice, and the many evaluations of a sensitivity analysis share one statistics pass. The summation order is
/// fixed by the problem's size alone (whole columns below `StreamingTOPSIS.largeProblem` alternatives, else row
/// blocks of `StreamingTOPSIS.kernelRowBlock` combined in block order), so the numbers do not depend on the thread
/// count or on whether they were cached.
struct ColumnStatistics: Sendable, Equatable {
    /// Σ x², min x, max x over the column.
    var sumOfSquares: Double, lo: Double, hi: Double
    /// ‖x‖ = √(Σ x²).
    var norm: Double { sumOfSquares.squareRoot() }
    /// True when every value was finite (and no square overflowed).
    var isFinite: Bool { sumOfSquares.isFinite }

    /// The statistics of every column of a column-major m × n matrix.
    static func of(_ x: UnsafeBufferPointer<Double>, m: Int, n: Int, threads: Int) -> [ColumnStatistics] {
        if m >= StreamingTOPSIS.largeProblem {
            let rowBlock = StreamingTOPSIS.kernelRowBlock
            return blocked(x, m: m, n: n, rowBlock: rowBlock, blocks: (m + rowBlock - 1) / rowBlock, threads: threads)
        }
        return (0..<n).map { j in range(x.baseAddress! + j * m, m) }
    }

    /// Row blocks (every column of one block per task), combined in block order.
    private static func blocked(_ x: UnsafeBufferPointer<Double>, m: Int, n: Int, rowBlock: Int, blocks: Int,
                                threads: Int) -> [ColumnStatistics] {
        var partial = [ColumnStatistics](repeating: ColumnStatistics(sumOfSquares: 0, lo: 0, hi: 0), count: blocks * n)
        partial.withUnsafeMutableBufferPointer { pp in
            let p = SendablePointer(pp.baseAddress!), base = SendableConstPointer(x.baseAddress!)
            ParallelBlocks.run(blocks: blocks, threads: threads) { b, _ in
                let start = b * rowBlock, count = Swift.min(m, start + rowBlock) - start
                for j in 0..<n { p.pointer[b * n + j] = range(base.pointer + j * m + start, count) }
            }
        }
        return (0..<n).map { j in
            var total = partial[j]
            total.sumOfSquares = 0
            for b in 0..<blocks {
                let q = partial[b * n + j]
                total.sumOfSquares += q.sumOfSquares
                total.lo = q.lo < total.lo ? q.lo : total.lo
                total.hi = q.hi > total.hi ? q.hi : total.hi
            }
            return total
        }
    }

    /// Σ x², min and max of `count` consecutive values, eight lanes at a time.
    @inline(__always)
    static func range(_ col: UnsafePointer<Double>, _ count: Int) -> ColumnStatistics {
        var sum8 = SIMD8<Double>(repeating: 0), lo8 = SIMD8<Double>(repeating: col[0]), hi8 = lo8
        var i = 0
        while i + 8 <= count {
            let v = UnsafeRawPointer(col + i).loadUnaligned(as: SIMD8<Double>.self)
            sum8 += v * v
            lo8.replace(with: v, where: v .< lo8)                    // (pointwiseMin is not vectorized)
            hi8.replace(with: v, where: v .> hi8)
            i += 8
        }
        var sum = sum8.sum(), lo = lo8.min(), hi = hi8.max()
        while i < count {
            let v = col[i]
            sum += v * v
            lo = v < lo ? v : lo
            hi = v > hi ? v : hi
            i += 1
        }
        return ColumnStatistics(sumOfSquares: sum, lo: lo, hi: hi)
    }
}
