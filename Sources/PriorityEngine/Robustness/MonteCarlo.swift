import Foundation
import MCDA

/// Per gap and list: the distribution of its rank and route over the Monte-Carlo runs (how-the-engine-decides.md §8, `uncertainty`).
public struct GapUncertainty: Sendable {
    public var medianRank: Double
    /// IQR of the rank, quantiles as in how-the-engine-decides.md §2 step 5 (R type 7).
    public var rankIQR: Double
    /// P(rank ≤ topK).
    public var pTopK: Double
    /// Share of runs per route, in route enum order, routes never taken left out.
    public var routeShares: [(route: ProcurementRoute, share: Double)]

    public init(medianRank: Double, rankIQR: Double, pTopK: Double, routeShares: [(route: ProcurementRoute, share: Double)] = []) {
        (self.medianRank, self.rankIQR, self.pTopK, self.routeShares) = (medianRank, rankIQR, pTopK, routeShares)
    }
}

/// The Monte-Carlo robustness analysis of a batch (docs/how-the-engine-decides.md §8). Each run (a) bootstraps the voting
/// participants of every workshop (same count, with replacement; a participant drawn twice counts twice,
/// country medians included); (b) draws every three-point rating, TRL and cost from its PERT-Beta (a sampled TRL
/// is rounded half up; a self-declared TRL first gets min := max(1, min − 1)); (c) draws the root weights from
/// Dirichlet(α·w), α = `weightConcentration`; then scores, routes and ranks every gap by how-the-engine-decides.md.
///
/// Run r draws from its own stream (seeded by the seed and r; normals by the polar method, `PairedNormalSampler`),
/// so results do not depend on the number of threads. Scores are computed by a lean path (no traces or flags, the
/// hierarchy flattened in `CompiledHierarchy`, routes memoised by their inputs in `RouteMemo`) that a test keeps
/// equal to `GapEvaluator`.
///
/// Approximations [decision]: under `weights.mode = ahp` the workshop's AHP weights are not re-derived from each
/// bootstrap sample (every run uses the deterministic weights); `breadthIncludesLowBaseline` keeps its
/// deterministic breadth; z-score de-biasing uses the statistics of the observed participants. None of these
/// applies to the default model.
public struct MonteCarlo: Sendable {
    public struct Options: Sendable {
        public var runs: Int
        public var seed: UInt64
        public var threads: Int
        public var topK: Int
        /// Whether runs draw the workshops' inputs (bootstrap, three-point values, TRLs, costs, root weights);
        /// `false` holds them at their deterministic values, so only a scenario's ranges vary (`scenario sample`).
        public var drawsInputs: Bool
        /// Called as blocks of runs finish, with (runs done, runs), from any worker.
        public var progress: (@Sendable (Int, Int) -> Void)?
        public init(runs: Int, seed: UInt64, threads: Int = ProcessInfo.processInfo.activeProcessorCount, topK: Int,
                    drawsInputs: Bool = true, progress: (@Sendable (Int, Int) -> Void)? = nil) {
            self.runs = runs; self.seed = seed; self.threads = threads; self.topK = topK; self.drawsInputs = drawsInputs
            self.progress = progress
        }
    }

    let plan: MonteCarloPlan
    /// The scenario's ranges, drawn per run; `nil` when the scenario gives none.
    let variants: ScenarioVariants?

    public init(run: PriorityRun, lists: [RankingList]) {
        plan = MonteCarloPlan(run: run, lists: lists)
        variants = nil
    }

    /// The plan of the deterministic run, with the scenario's ranges compiled by `compile` (range k at `values[k]`).
    init(run: PriorityRun, lists: [RankingList], ranges: [ScenarioRanges.Range],
         compile: @escaping @Sendable ([Double]) throws(RunFailure) -> MonteCarloPlan) {
        plan = MonteCarloPlan(run: run, lists: lists)
        variants = ranges.isEmpty ? nil : ScenarioVariants(ranges: ranges, base: plan, compile: compile)
    }

    /// The uncertainty of every gap in every list: `result[listIndex][gapRef]`.
    /// - Throws: `RunFailure` when a scenario's drawn range values make it invalid (never without ranges).
    public func run(_ options: Options) throws(RunFailure) -> [[String: GapUncertainty]] {
        let lists = plan.lists
        let gapCount = plan.gaps.count
        // Rank counts per (list, row, rank) and route counts per gap, per worker. A row is one gap, or in the
        // pan-European list a recurring need's gaps, ranked where the best of them ranks among the rows.
        let threads = max(1, min(options.threads, options.runs))
        // Rank counts of list l, row k, rank r at offsets[l] + k·rows(l) + r − 1 (flat, one buffer per worker).
        let rowCounts = plan.rowLeads.map(\.count)
        var offsets: [Int] = [], total = 0
        for rows in rowCounts { offsets.append(total); total += rows * rows }
        let routeCount = ProcurementRoute.allCases.count
        final class Tallies: @unchecked Sendable {
            let ranks: UnsafeMutablePointer<Int>, routes: UnsafeMutablePointer<Int>
            init(ranks: Int, routes: Int) {
                self.ranks = .allocate(capacity: ranks); self.ranks.initialize(repeating: 0, count: ranks)
                self.routes = .allocate(capacity: routes); self.routes.initialize(repeating: 0, count: routes)
            }
            deinit { ranks.deallocate(); routes.deallocate() }
        }
        let listOffsets = offsets
        let baseOrdering = ListOrdering(plan: plan)
        let variants = self.variants
        let items = try Self.workItems(runs: options.runs, variants: variants, seed: options.seed, threads: threads)
        /// One worker's tallies, buffers and scoring states (the deterministic plan's, and one per scenario variant).
        final class Worker: @unchecked Sendable {
            let tallies: Tallies
            var keys: [UInt64], counters: [Int]
            /// Per list that merges rows, whether each row was counted in the current run.
            var seen: [[Bool]]
            var base: MonteCarloWorker
            var byVariant: [Int: MonteCarloWorker] = [:]
            init(tallies: Tallies, gaps: Int, lists: Int, seen: [[Bool]], base: MonteCarloWorker) {
                self.tallies = tallies; keys = Array(repeating: 0, count: gaps); counters = Array(repeating: 0, count: lists)
                self.seen = seen; self.base = base
            }
        }
        let workers = (0..<threads).map { _ in
            Worker(tallies: Tallies(ranks: total, routes: gapCount * routeCount), gaps: gapCount, lists: lists.count,
                   seen: lists.indices.map { plan.mergesRows($0) ? Array(repeating: false, count: rowCounts[$0]) : [] },
                   base: MonteCarloWorker(plan: plan, drawsInputs: options.drawsInputs))
        }
        let done = BlockCounter(), failure = FirstFailure()

        /// Adds one run's routes and ranks to the worker's tallies.
        @Sendable func tally(_ outcome: MonteCarloWorker.Outcome, plan: MonteCarloPlan, ordering: ListOrdering, into w: Worker) {
            let t = w.tallies
            for g in 0..<gapCount { t.routes[g * routeCount + outcome.routes[g]] += 1 }
            if ordering.sortKeys(priority: outcome.priority, severity: outcome.severity, into: &w.keys) {
                // One sort of every gap; each list's ranks follow by counting its members in that order.
                w.keys.sort()
                for l in w.counters.indices { w.counters[l] = 0 }
                for l in w.seen.indices where !w.seen[l].isEmpty { for r in w.seen[l].indices { w.seen[l][r] = false } }
                for key in w.keys {
                    for (l, row) in ordering.memberships[ordering.gap(of: key)] {
                        // A recurring need's row counts once, at its best-ranked gap.
                        if !w.seen[l].isEmpty {
                            if w.seen[l][row] { continue }
                            w.seen[l][row] = true
                        }
                        w.counters[l] += 1
                        t.ranks[listOffsets[l] + row * rowCounts[l] + w.counters[l] - 1] += 1
                    }
                }
            } else {
                for l in lists.indices {
                    let rank = plan.rowRanks(l, priority: outcome.priority, severity: outcome.severity)
                    let base = t.ranks + listOffsets[l]
                    for r in rank.indices { base[r * rowCounts[l] + rank[r] - 1] += 1 }
                }
            }
        }
        /// Up to 16 runs at once (their plain-valued keys aggregated lane-parallel), each from its own stream.
        @Sendable func sample(_ runs: [Int], on state: inout MonteCarloWorker, ordering: ListOrdering, worker w: Worker) {
            var start = 0
            let plan = state.plan
            while start < runs.count {
                let lane = runs[start..<min(runs.count, start + LaneMedians.lanes)]
                var rngs = lane.map { PairedNormalSampler(seed: Self.runSeed(options.seed, $0)) }
                state.sampleLanes(&rngs) { tally($0, plan: plan, ordering: ordering, into: w) }
                start += lane.count
            }
        }
        // The tallies are integer counts, so their sum does not depend on which worker ran which item.
        ParallelBlocks.run(blocks: items.count, threads: threads) { i, index in
            guard !failure.happened else { return }
            let w = workers[index], item = items[i]
            if let variant = item.variant {
                // Taken out of the table while it runs, so that its buffers are not shared (no copy on write).
                var state = w.byVariant.removeValue(forKey: variant.id) ?? MonteCarloWorker(plan: variant.plan, drawsInputs: options.drawsInputs)
                sample(item.runs, on: &state, ordering: variant.ordering, worker: w)
                w.byVariant[variant.id] = state
            } else if let variants {
                // Values not cached: each run compiles the variant of its own draw.
                for r in item.runs {
                    do throws(RunFailure) {
                        let variant = try variants.variant(variants.values(seed: options.seed, run: r))
                        var state = MonteCarloWorker(plan: variant.plan, drawsInputs: options.drawsInputs)
                        sample([r], on: &state, ordering: variant.ordering, worker: w)
                    } catch {
                        failure.record(error, block: r)
                        return
                    }
                }
            } else {
                sample(item.runs, on: &w.base, ordering: baseOrdering, worker: w)
            }
            if let progress = options.progress { progress(done.add(item.runs.count), options.runs) }
        }
        let tallies = workers.map(\.tallies)
        if let error = failure.first { throw error }
        let routes = ProcurementRoute.allCases
        let n = Double(options.runs)
        return lists.indices.map { l in
            var out: [String: GapUncertainty] = [:]
            let rows = rowCounts[l]
            for (k, g) in plan.rowLeads[l].enumerated() {
                var counts = Array(repeating: 0, count: rows)
                for t in tallies { for r in 0..<rows { counts[r] += t.ranks[listOffsets[l] + k * rows + r] } }
                let q = { (p: Double) -> Double in Self.quantile(counts, p, total: options.runs) }
                let top = counts.prefix(options.topK).reduce(0, +)
                var shares: [(ProcurementRoute, Double)] = []
                for (ri, route) in routes.enumerated() {
                    let c = tallies.reduce(0) { $0 + $1.routes[g * routes.count + ri] }
                    if c > 0 { shares.append((route, Double(c) / n)) }
                }
                out[plan.gaps[g].ref] = GapUncertainty(medianRank: q(0.5), rankIQR: q(0.75) - q(0.25), pTopK: Double(top) / n,
                                                       routeShares: shares)
            }
            return out
        }
    }

    /// The runs cut into items of at most 64, the unit a worker takes. With cached scenario variants, the runs
    /// are first grouped by the variant their drawn values give (compiled here, in parallel), so that lanes of 16
    /// runs share a plan; runs whose variants are not cached come one item per 64 runs and compile their own.
    static func workItems(runs: Int, variants: ScenarioVariants?, seed: UInt64,
                          threads: Int) throws(RunFailure) -> [(variant: ScenarioVariants.Variant?, runs: [Int])] {
        let chunk = 64
        func cut(_ runs: [Int], _ variant: ScenarioVariants.Variant?) -> [(variant: ScenarioVariants.Variant?, runs: [Int])] {
            stride(from: 0, to: runs.count, by: chunk).map { (variant, Array(runs[$0..<Swift.min(runs.count, $0 + chunk)])) }
        }
        guard let variants, let groups = try variants.schedule(seed: seed, runs: runs, threads: threads) else {
            return cut(Array(0..<runs), nil)
        }
        return groups.flatMap { cut($0.runs, $0.variant) }
    }

    /// R type 7 quantile of ranks 1…N given their counts.
    static func quantile(_ counts: [Int], _ p: Double, total: Int) -> Double {
        let h = Double(total - 1) * p
        let lo = Int(h.rounded(.down))
        func value(at index: Int) -> Double {
            var seen = 0
            for (r, c) in counts.enumerated() {
                seen += c
                if index < seen { return Double(r + 1) }
            }
            return Double(counts.count)
        }
        let a = value(at: lo)
        return lo + 1 >= total ? a : a + (h - Double(lo)) * (value(at: lo + 1) - a)
    }

    /// The seed of run `r`: a SplitMix64 stream of its own, salted apart from the SMAA blocks' streams.
    static func runSeed(_ seed: UInt64, _ r: Int) -> UInt64 { SplitMix64.streamSeed(seed, stream: r, salt: 0xD1B5_4A32_D192_ED03) }
}

/// The ranking order of how-the-engine-decides.md §1 (P, then GS, both rounded to 6 dp, descending; then the breadthMS score, descending;
/// then gapRef in byte order) as one integer per gap, so a run sorts 64-bit keys instead of calling a comparator:
/// (10⁶ − P·10⁶) in bits 38–57, (10⁶ − GS·10⁶) in bits 18–37, (255 − breadth) in bits 10–17, the gap's position in
/// gapRef order in bits 0–9. Sorting the keys ascending gives the ranking; a gap is read back from its low bits.
/// Applies when there are at most 1024 gaps, breadth scores lie in 0…255 and P and GS in [0, 1]; otherwise the
/// comparator of `ranks` is used.
struct ListOrdering {
    /// Per gap: (list, the row of the list the gap belongs to) for every list it belongs to.
    let memberships: [[(list: Int, row: Int)]]
    let refRank: [UInt64], gapOfRefRank: [Int], breadth: [UInt64]
    let applies: Bool

    init(plan: MonteCarloPlan) {
        var memberships = [[(list: Int, row: Int)]](repeating: [], count: plan.gaps.count)
        for (l, members) in plan.lists.enumerated() { for (k, g) in members.enumerated() { memberships[g].append((l, plan.rowOf[l][k])) } }
        self.memberships = memberships
        let byRef = plan.gaps.indices.sorted { plan.gaps[$0].ref.utf8.lexicographicallyPrecedes(plan.gaps[$1].ref.utf8) }
        var rank = [UInt64](repeating: 0, count: plan.gaps.count)
        for (r, g) in byRef.enumerated() { rank[g] = UInt64(r) }
        refRank = rank
        gapOfRefRank = byRef
        breadth = plan.gaps.map { UInt64(clamping: max(0, $0.breadth)) }
        applies = plan.gaps.count <= 1024 && plan.gaps.allSatisfy { (0...255).contains($0.breadth) }
    }

    /// The keys of one run; `false` when the packing does not apply to it.
    func sortKeys(priority: [Double], severity: [Double], into keys: inout [UInt64]) -> Bool {
        guard applies else { return false }
        for g in keys.indices {
            let (p, s) = (priority[g], severity[g])
            guard p >= 0, p <= 1, s >= 0, s <= 1 else { return false }
            let p6 = UInt64((p * 1e6).rounded()), s6 = UInt64((s * 1e6).rounded())
            keys[g] = (1_000_000 - p6) << 38 | (1_000_000 - s6) << 18 | (255 - breadth[g]) << 10 | refRank[g]
        }
        return true
    }

    @inline(__always) func gap(of key: UInt64) -> Int { gapOfRefRank[Int(key & 1023)] }
}

/// The failure of the earliest block of runs that failed, across workers (so the error does not depend on threads).
final class FirstFailure: @unchecked Sendable {
    private var value: (error: RunFailure, block: Int)?
    private let lock = NSLock()
    var happened: Bool { lock.lock(); defer { lock.unlock() }; return value != nil }
    var first: RunFailure? { lock.lock(); defer { lock.unlock() }; return value?.error }
    func record(_ error: RunFailure, block: Int) {
        lock.lock(); defer { lock.unlock() }
        if value == nil || block < value!.block { value = (error, block) }
    }
}
