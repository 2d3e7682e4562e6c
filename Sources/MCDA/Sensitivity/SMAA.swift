import Foundation
import JSONFormat
internal import LinearAlgebra

/// Settings of an SMAA-2 run.
public struct SMAAOptions: Sendable {
    /// Number of weight samples N.
    public var samples: Int
    public var seed: UInt64
    public var weights: WeightSpace
    /// Samples per block: one GEMM and one set of random streams per block.
    public var blockSize: Int
    /// Worker threads (results do not depend on it).
    public var threads: Int
    /// Method options (normalization, v, λ) as for a single evaluation.
    public var method: MethodOptions
    /// Called from the workers with (blocks done, blocks in all) after each block, e.g. for a progress line.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(samples: Int = 10_000, seed: UInt64 = 1, weights: WeightSpace = .simplex, blockSize: Int = 1024,
                threads: Int? = nil, method: MethodOptions = MethodOptions()) {
        self.samples = samples
        self.seed = seed
        self.weights = weights
        self.blockSize = blockSize
        self.threads = threads ?? ParallelBlocks.defaultThreads
        self.method = method
    }
}

/// The outcome of SMAA-2 (Lahdelma & Salminen 2001).
public struct SMAAResult: Sendable {
    public let method: MethodName
    public let alternatives: [String]
    public let criteria: [String]
    public let samples: Int
    /// `acceptability[i][r]`: share of samples in which alternative i has rank r + 1 (b_i^r).
    public let acceptability: [[Double]]
    /// Monte-Carlo standard error of each acceptability, sqrt(b(1 − b)/N).
    public let standardErrors: [[Double]]
    /// Central weight vector of each alternative (mean of the weights that make it first); `nil` when it is
    /// never first.
    public let centralWeights: [[Double]?]
    /// Confidence factor: whether the alternative is first under its own central weights (the criteria values
    /// are exact here, so the probability is 0 or 1); `nil` without central weights.
    public let confidence: [Double?]
    /// Weights that broke an upper bound and were drawn again.
    public let rejectedSamples: Int
    public let settings: [(String, JSONValue)]

    /// P(rank ≤ k) of each alternative: the sum of its first k acceptabilities.
    public func probabilityOfTop(_ k: Int) -> [Double] { acceptability.map { $0.prefix(k).reduce(0, +) } }
}

/// SMAA-2: rank acceptability indices, central weights and confidence factors by Monte Carlo over the weight
/// space.
///
/// Speed by design: weights are drawn in blocks; the scores of a block are one matrix product — `S = R·W` for the
/// weighted sum, and `D⁺² = A⁺·W²`, `D⁻² = A⁻·W²` for TOPSIS (with `A⁺_ij = (r_ij − max_i r_ij)²`, since the ideal
/// of `w_j r_ij` is `w_j max_i r_ij` for w ≥ 0) — through BLAS, then each sample is ranked by a radix sort.
/// Other methods are evaluated sample by sample. Blocks run on several threads with one random stream per block,
/// so results do not depend on the thread count.
extension MethodName {
    public func smaa(_ problem: DecisionProblem, options: SMAAOptions = SMAAOptions()) throws(MCDAError) -> SMAAResult {
        let base = try evaluate(problem, options: options.method)          // validates domain and parameters once
        let kernel = try SMAAKernel(method: self, problem: problem, options: options.method)
        return try SMAA.run(kernel: kernel, method: self, alternatives: problem.alternatives, criteria: problem.criteria.map(\.id),
                            descending: scoreOrder == .descending, options: options,
                            settings: base.settings.filter { $0.0 != "weights" })
    }
}

/// SMAA-2 on values already on a common 0–1 value scale (benefit direction): the additive value model of a
/// hierarchy's leaves, or the SMAA benchmark of `ilead-bench`.
public enum SMAA {
    /// SMAA-2 of the additive value model: rank acceptabilities and central weights over sampled weights.
    ///
    /// - Parameters:
    ///   - values: m × n, column-major (`values[i + j·m]`), finite.
    ///   - alternatives: the m alternatives' ids.
    ///   - criteria: the n criteria's ids.
    ///   - options: samples, seed, weight bounds or order, and threads.
    public static func additive(values: [Double], alternatives: [String], criteria: [String],
                                options: SMAAOptions = SMAAOptions()) throws(MCDAError) -> SMAAResult {
        let m = alternatives.count, n = criteria.count
        guard m >= 2, n >= 1, values.count == m * n, values.allSatisfy(\.isFinite) else {
            throw .invalidInput([MCDAIssue(location: "values", "an m × n matrix of finite values with m >= 2 and n >= 1 is needed")])
        }
        let kernel = SMAAKernel(values: values, m: m, n: n)
        return try run(kernel: kernel, method: .wsm, alternatives: alternatives, criteria: criteria, descending: true, options: options,
                       settings: [("normalization", .string("none (values already on a 0-1 value scale)"))])
    }

    static func run(kernel: SMAAKernel, method: MethodName, alternatives: [String], criteria: [String], descending: Bool,
                    options: SMAAOptions, settings base: [(String, JSONValue)]) throws(MCDAError) -> SMAAResult {
        let m = alternatives.count, n = criteria.count
        try options.weights.validate(criteria: n)
        guard options.samples >= 1, options.blockSize >= 1, options.threads >= 1 else {
            throw .invalidParameter(name: "samples", rule: "samples, block size and threads must be positive")
        }
        guard options.samples <= Int(UInt32.max) else {
            throw .invalidParameter(name: "samples", rule: "at most 4,294,967,295 samples (the rank counters are 32-bit)")
        }
        let blocks = (options.samples + options.blockSize - 1) / options.blockSize
        let threads = max(1, min(options.threads, blocks))
        let scratch = (0..<threads).map { _ in SMAAWorker(m: m, n: n, block: options.blockSize) }
        let failures = WorkerShared()
        let done = WorkerShared()
        BLAS.setThreads(1)
        let samples = options.samples, blockSize = options.blockSize, space = options.weights, seed = options.seed
        ParallelBlocks.run(blocks: blocks, threads: threads) { b, worker in
            let count = min(blockSize, samples - b * blockSize)
            let ws = scratch[worker]
            var rng = Xoshiro256(seed: ParallelBlocks.seed(seed, block: b))
            for s in 0..<count {
                var tries = 0
                while !space.draw(into: ws.weights + s * n, n: n, rng: &rng) {
                    ws.rejected += 1
                    tries += 1
                    if tries == SMAAWorker.maximumTries { ws.exhausted = true; break }
                }
            }
            // Score and rank the block a slice at a time (the slice's scores stay in cache between the product and
            // the sorts), keep the orders (sample-major), then count rank by rank: the counters of one rank stay in
            // cache while the orders are read with a constant stride. Weight sums are kept in fixed point (2⁻⁴⁰),
            // so they add up to the same bits in any order, whatever the threads.
            for start in stride(from: 0, to: count, by: SMAAWorker.slice) {
                let sliceCount = min(SMAAWorker.slice, count - start)
                let outcome = Result { () throws(MCDAError) in
                    try kernel.scores(weights: ws.weights + start * n, samples: sliceCount, into: ws.scores, scratch: ws.extra)
                }
                if case let .failure(error) = outcome {
                    failures.record(error)
                    return
                }
                for t in 0..<sliceCount {
                    let s = start + t
                    let order = ws.orders + s * m
                    ws.sorter.sort(ws.scores + t * m, descending: descending, into: order)
                    let first = Int(order[0])
                    ws.firsts[first] += 1
                    for j in 0..<n { ws.weightSums[first * n + j] &+= Int64((ws.weights[s * n + j] * SMAAWorker.fixedPoint).rounded()) }
                }
            }
            ws.countRanks(samples: count, m: m)
            if let progress = options.progress { progress(done.increment(), blocks) }
        }
        if let failure = failures.error { throw failure }
        // Rejection is bounded per sample, not in total: bounds that keep a share p of the (shifted) simplex cost
        // 1/p draws per sample, so a run fails only when one sample needs `maximumTries` draws (p below about 1e-6).
        let rejectedTotal = scratch.reduce(0) { $0 + $1.rejected }
        if scratch.contains(where: \.exhausted) {
            let rejected = rejectedTotal
            throw .degenerate(context: "SMAA weight bounds",
                              reason: "the bounds leave almost no weight vector (a sample needed \(SMAAWorker.maximumTries) draws; \(rejected) rejected in all); widen them")
        }
        let total = scratch[0].counts                                      // rank-major: total[r * m + i]
        var weightSum = [Int64](repeating: 0, count: m * n)
        var firsts = [Int](repeating: 0, count: m)
        for (w, ws) in scratch.enumerated() {
            if w > 0 { for k in 0..<(m * m) { total[k] &+= ws.counts[k] } }   // samples ≤ 2³² − 1: no overflow
            for k in 0..<(m * n) { weightSum[k] &+= ws.weightSums[k] }
            for i in 0..<m { firsts[i] += ws.firsts[i] }
        }
        let N = Double(samples)
        let acceptability = Self.acceptabilities(rankMajor: total, m: m, samples: N)
        let errors: [[Double]] = acceptability.map { row in row.map { (b: Double) -> Double in (b * (1 - b) / N).squareRoot() } }
        var central: [[Double]?] = []
        for i in 0..<m {
            if firsts[i] == 0 { central.append(nil); continue }
            let count = Double(firsts[i])
            central.append((0..<n).map { j in Double(weightSum[i * n + j]) / SMAAWorker.fixedPoint / count })
        }
        var confidence: [Double?] = []
        for i in 0..<m {
            guard let c = central[i] else { confidence.append(nil); continue }
            let ws = scratch[0]
            for j in 0..<n { ws.weights[j] = c[j] }
            try kernel.scores(weights: ws.weights, samples: 1, into: ws.scores, scratch: ws.extra)
            ws.sorter.sort(ws.scores, descending: descending, into: ws.orders)
            confidence.append(Int(ws.orders[0]) == i ? 1 : 0)
        }
        var settings = base
        settings += [("samples", .integer(samples)), ("seed", .integer(Int(truncatingIfNeeded: seed))),
                     ("weightSpace", .string(options.weights.label)), ("blockSize", .integer(blockSize)),
                     ("scoreKernel", .string(kernel.label)), ("ties", .string("broken by alternative order (probability 0 under continuous weights)"))]
        return SMAAResult(method: method, alternatives: alternatives, criteria: criteria, samples: samples,
                          acceptability: acceptability, standardErrors: errors, centralWeights: central, confidence: confidence,
                          rejectedSamples: rejectedTotal, settings: settings)
    }
}

extension SMAA {
    /// `b[i][r] = counts[r·m + i] / N`, transposed sixteen alternatives at a time so that the rank-major counts are
    /// read a cache line at a time.
    static func acceptabilities(rankMajor counts: UnsafePointer<UInt32>, m: Int, samples N: Double) -> [[Double]] {
        let flat = UnsafeMutablePointer<Double>.allocate(capacity: m * m)  // alternative-major
        defer { flat.deallocate() }
        var i0 = 0
        while i0 < m {
            let i1 = min(m, i0 + 16)
            for r in 0..<m {
                let row = counts + r * m
                for i in i0..<i1 { flat[i * m + r] = Double(row[i]) / N }
            }
            i0 = i1
        }
        return (0..<m).map { i in Array(UnsafeBufferPointer(start: flat + i * m, count: m)) }
    }
}

/// Scores of a block of weight samples for one method.
struct SMAAKernel: Sendable {
    enum Kind: Sendable {
        /// `S = R · W` (R: m × n normalized values, column-major).
        case additive(r: [Double])
        /// TOPSIS: `A⁺`, `A⁻` (m × n, column-major) of squared distances to the column extremes.
        case topsis(plus: [Double], minus: [Double])
        case generic(DecisionProblem, MethodOptions)
    }

    let method: MethodName
    let kind: Kind
    let m: Int, n: Int

    /// The additive kernel on values already scaled.
    init(values: [Double], m: Int, n: Int) {
        method = .wsm
        kind = .additive(r: values)
        self.m = m
        self.n = n
    }

    init(method: MethodName, problem: DecisionProblem, options: MethodOptions) throws(MCDAError) {
        self.method = method
        m = problem.alternativeCount
        n = problem.criterionCount
        switch method {
        case .wsm, .topsis:
            let columns = try (options.normalization ?? method.defaultNormalization!).columns(of: problem)
            if method == .wsm {
                kind = .additive(r: columns.flatMap { $0 })
            } else {
                kind = .topsis(plus: columns.flatMap { c in let hi = c.max()!; return c.map { ($0 - hi) * ($0 - hi) } },
                               minus: columns.flatMap { c in let lo = c.min()!; return c.map { ($0 - lo) * ($0 - lo) } })
            }
        default:
            kind = .generic(problem, options)
        }
    }

    var label: String {
        switch kind {
        case .additive: "GEMM (weighted sum of normalized values)"
        case .topsis: "GEMM (squared distances with squared weights)"
        case .generic: "per-sample evaluation"
        }
    }

    /// Scores of `k` weight vectors (`weights`: n × k, column-major) into `out` (m × k); `scratch` holds at least
    /// m·k + n·k doubles.
    func scores(weights: UnsafePointer<Double>, samples k: Int, into out: UnsafeMutablePointer<Double>,
                scratch: UnsafeMutablePointer<Double>) throws(MCDAError) {
        switch kind {
        case let .additive(r):
            r.withUnsafeBufferPointer { rp in BLAS.multiply(m: m, n: k, k: n, a: rp.baseAddress!, b: weights, into: out) }
        case let .topsis(plus, minus):
            let w2 = scratch, dm = scratch + n * k
            for t in 0..<(n * k) { w2[t] = weights[t] * weights[t] }
            plus.withUnsafeBufferPointer { BLAS.multiply(m: m, n: k, k: n, a: $0.baseAddress!, b: w2, into: out) }
            minus.withUnsafeBufferPointer { BLAS.multiply(m: m, n: k, k: n, a: $0.baseAddress!, b: w2, into: dm) }
            for t in 0..<(m * k) {
                let dPlus = max(0, out[t]).squareRoot(), dMinus = max(0, dm[t]).squareRoot()
                out[t] = dPlus + dMinus > 0 ? dMinus / (dPlus + dMinus) : 0
            }
        case let .generic(problem, options):
            for s in 0..<k {
                let w = (0..<n).map { weights[s * n + $0] }
                let result = try method.evaluate(problem.replacingWeights(w), options: options)
                for i in 0..<m { out[s * m + i] = result.scores[i] }
            }
        }
    }
}

/// One worker's buffers, allocated once per run: the block's weights, scores and orders, and the worker's
/// running counts (rank-major acceptability counts, fixed-point weight sums of first ranks, first counts).
final class SMAAWorker: @unchecked Sendable {
    static let fixedPoint = 1_099_511_627_776.0                            // 2⁴⁰
    /// Samples scored by one matrix product: small enough for their scores to stay in the core's cache until
    /// they are ranked, large enough for the product to run at full speed.
    static let slice = 64

    let weights: UnsafeMutablePointer<Double>
    let scores: UnsafeMutablePointer<Double>
    let extra: UnsafeMutablePointer<Double>
    let orders: UnsafeMutablePointer<Int32>
    let counts: UnsafeMutablePointer<UInt32>
    let weightSums: UnsafeMutablePointer<Int64>
    let firsts: UnsafeMutablePointer<Int>
    var sorter: RankOrder
    var rejected = 0
    /// Whether some sample of this worker reached `maximumTries` draws.
    var exhausted = false
    static let maximumTries = 1_000_000

    init(m: Int, n: Int, block: Int) {
        // Weights, scores, scratch and orders are written before they are read: left uninitialized, their pages
        // are first touched by the worker that uses them, in parallel.
        weights = .allocate(capacity: n * block)
        let slice = min(block, Self.slice)
        scores = .allocate(capacity: m * slice)
        extra = .allocate(capacity: m * slice + n * slice)
        orders = .allocate(capacity: m * block)
        counts = .allocate(capacity: m * m); counts.initialize(repeating: 0, count: m * m)
        weightSums = .allocate(capacity: m * n); weightSums.initialize(repeating: 0, count: m * n)
        firsts = .allocate(capacity: m); firsts.initialize(repeating: 0, count: m)
        sorter = RankOrder(count: m)
    }

    /// Adds the block's orders to the rank-major counts (`Kernels.countRanks`).
    func countRanks(samples: Int, m: Int) { Kernels.countRanks(orders, m: m, samples: samples, into: counts) }

    deinit {
        weights.deallocate(); scores.deallocate(); extra.deallocate(); orders.deallocate()
        counts.deallocate(); weightSums.deallocate(); firsts.deallocate()
    }
}

/// The first error raised by any worker, and a shared counter.
final class WorkerShared: @unchecked Sendable {
    private(set) var error: MCDAError?
    private var counter = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        return counter
    }

    func record(_ e: MCDAError) {
        lock.lock()
        if error == nil { error = e }
        lock.unlock()
    }
}
