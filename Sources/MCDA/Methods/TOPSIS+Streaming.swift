import Foundation

/// TOPSIS with vector normalization in two streaming passes over the column-major matrix, for large problems.
///
/// With `c_j = w_j / ‖x_j‖`, the weighted normalized distance to the ideal on criterion j is `c_j·(x_ij − a_j)` and to
/// the anti-ideal `c_j·(x_ij − b_j)`, where (a_j, b_j) = (max, min) of the column for a benefit criterion and
/// (min, max) for a cost criterion (whose normalized value is 1 − x/‖x‖). Pass 1 reads each column once for its
/// norm, minimum and maximum (`ColumnStatistics`; skipped when the problem computed them in its validation pass);
/// pass 2 reads the matrix once more in blocks of rows, accumulating D⁺² and D⁻² in cache. Both passes run on all
/// cores. From 100,000 alternatives on, pass 2 runs in the C kernel of `CKernels`
/// (AVX2/FMA when the CPU has them, columns in groups of 8 so few memory streams run at once); below, a portable
/// Swift SIMD loop whose results are the same on every CPU. Same numbers as the textbook form (Hwang & Yoon 1981)
/// to rounding.
enum StreamingTOPSIS {
    static let rowBlock = 1024
    static let kernelRowBlock = 32_768
    /// From this many alternatives on, the C kernel is used.
    static let largeProblem = 100_000

    /// - Parameters:
    ///   - statistics: the columns' statistics when the problem has them (then pass 1 is skipped: one read of the
    ///     matrix in all); computed here otherwise.
    ///   - details: also return D⁺ and D⁻ (two more m-vectors to write).
    static func evaluate(values x: UnsafeBufferPointer<Double>, m: Int, weights w: [Double], directions: [Direction],
                         criteria: [String], statistics: [ColumnStatistics]?, threads: Int,
                         details: Bool = true) throws(MCDAError) -> (scores: [Double], dPlus: [Double], dMinus: [Double]) {
        let n = w.count
        let useKernel = m >= largeProblem
        let rowBlock = useKernel ? Self.kernelRowBlock : Self.rowBlock
        let blocks = (m + rowBlock - 1) / rowBlock
        // Large problems read pass 1 in the row blocks of pass 2 and pass 2 walks them backwards, so pass 2 starts
        // on the blocks pass 1 read last, still in the last-level cache.
        let stats = statistics ?? ColumnStatistics.of(x, m: m, n: n, threads: threads)
        for j in 0..<n where !(stats[j].norm > 0) {
            throw .degenerate(context: "normalization 'vector'", reason: "criterion '\(criteria[j])' is zero for every alternative")
        }
        let c = (0..<n).map { w[$0] / stats[$0].norm }
        let ideal = (0..<n).map { directions[$0] == .benefit ? stats[$0].hi : stats[$0].lo }
        let anti = (0..<n).map { directions[$0] == .benefit ? stats[$0].lo : stats[$0].hi }
        var dPlus = [Double](repeating: 0, count: details ? m : 0), dMinus = dPlus
        // Large problems use the C kernel (AVX2/FMA when available) on long row blocks (long streams keep the
        // prefetchers busy); smaller ones stay on the portable Swift path, so their last digits are the same on
        // every CPU.
        let flags = SendableFlag()
        let cBuf = SendableConstPointer(UnsafePointer(c.withUnsafeBufferPointer { $0.baseAddress! }))
        let idealBuf = SendableConstPointer(UnsafePointer(ideal.withUnsafeBufferPointer { $0.baseAddress! }))
        let antiBuf = SendableConstPointer(UnsafePointer(anti.withUnsafeBufferPointer { $0.baseAddress! }))
        let scores = [Double](unsafeUninitializedCapacity: m) { cp, initialized in
            dPlus.withUnsafeMutableBufferPointer { pp in dMinus.withUnsafeMutableBufferPointer { mp in
                let plus = details ? SendablePointer(pp.baseAddress!) : nil, minus = details ? SendablePointer(mp.baseAddress!) : nil
                let closeness = SendablePointer(cp.baseAddress!)
                let base = SendableConstPointer(x.baseAddress!)
                let workers = Swift.max(1, threads)
                let scratchAll = SendablePointer(UnsafeMutablePointer<Double>.allocate(capacity: 2 * rowBlock * workers))
                defer { scratchAll.pointer.deallocate() }
                ParallelBlocks.run(blocks: blocks, threads: workers) { k, worker in
                    let b = useKernel ? blocks - 1 - k : k
                    let start = b * rowBlock, end = Swift.min(m, start + rowBlock), count = end - start
                    let scratch = scratchAll.pointer + worker * 2 * rowBlock         // one per worker, reused
                    do {
                        let dp = scratch, dm = dp + rowBlock
                        if useKernel {
                            Kernels.topsisBlock(base.pointer + start, ld: m, rows: count, n: n, c: cBuf.pointer, ideal: idealBuf.pointer, antiIdeal: antiBuf.pointer, dPlus: dp, dMinus: dm)
                        } else {
                        dp.update(repeating: 0, count: 2 * rowBlock)
                        for j in 0..<n {
                            let col = base.pointer + j * m + start
                            let cj = c[j], aj = ideal[j], bj = anti[j]
                            let c8 = SIMD8<Double>(repeating: cj), a8 = SIMD8<Double>(repeating: aj), b8 = SIMD8<Double>(repeating: bj)
                            var i = 0
                            while i + 8 <= count {
                                let v = UnsafeRawPointer(col + i).loadUnaligned(as: SIMD8<Double>.self)
                                let u = c8 * (v - a8), l = c8 * (v - b8)
                                let p = UnsafeMutableRawPointer(dp + i), q = UnsafeMutableRawPointer(dm + i)
                                p.storeBytes(of: p.loadUnaligned(as: SIMD8<Double>.self) + u * u, as: SIMD8<Double>.self)
                                q.storeBytes(of: q.loadUnaligned(as: SIMD8<Double>.self) + l * l, as: SIMD8<Double>.self)
                                i += 8
                            }
                            while i < count {
                                let v = col[i]
                                let u = cj * (v - aj), l = cj * (v - bj)
                                dp[i] += u * u
                                dm[i] += l * l
                                i += 1
                            }
                        }
                        }
                        if useKernel {
                            if Kernels.topsisFinish(dPlus: dp, dMinus: dm, rows: count, closeness: closeness.pointer + start) > 0 { flags.set() }
                            if let plus, let minus {
                                (plus.pointer + start).update(from: dp, count: count)
                                (minus.pointer + start).update(from: dm, count: count)
                            }
                        } else {
                            for i in 0..<count {
                                let p = dp[i].squareRoot(), q = dm[i].squareRoot()
                                if let plus, let minus { plus.pointer[start + i] = p; minus.pointer[start + i] = q }
                                if p + q > 0 { closeness.pointer[start + i] = q / (p + q) } else { closeness.pointer[start + i] = 0; flags.set() }
                            }
                        }
                    }
                }
            } }
            initialized = m
        }
        let degenerate = flags.value
        if degenerate {
            throw .degenerate(context: "TOPSIS", reason: "every alternative coincides with both ideals (no weighted criterion varies), so the closeness is undefined")
        }
        return (scores, dPlus, dMinus)
    }
}

/// Raw pointers handed to worker threads that write disjoint ranges.
struct SendablePointer<T>: @unchecked Sendable { let pointer: UnsafeMutablePointer<T>; init(_ p: UnsafeMutablePointer<T>) { pointer = p } }
struct SendableConstPointer<T>: @unchecked Sendable { let pointer: UnsafePointer<T>; init(_ p: UnsafePointer<T>) { pointer = p } }

/// A flag any worker may raise.
final class SendableFlag: @unchecked Sendable {
    private var raised = false
    private let lock = NSLock()
    func set() { lock.lock(); raised = true; lock.unlock() }
    var value: Bool { lock.lock(); defer { lock.unlock() }; return raised }
}
