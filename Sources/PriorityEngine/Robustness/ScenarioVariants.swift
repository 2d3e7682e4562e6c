import Foundation
import MCDA
import JSONFormat

/// A scenario's ranges (`ScenarioRanges`) inside the Monte Carlo: each run draws every range from a stream of
/// its own, and the run is scored on the plan of the scenario with those values (a *variant*), compiled by the
/// same reading, merging and scoring as any run (`PriorityRun.execute`, then `MonteCarloPlan`).
///
/// When every range is whole-numbered (a TRL, a supplier count) and their combinations are at most
/// `cacheLimit`, a variant is compiled once per combination and shared by the runs that draw it; otherwise each
/// run compiles its own (exact, slower: the cost of a scoring of the gaps in scope per run).
final class ScenarioVariants: @unchecked Sendable {
    struct Variant {
        let id: Int
        let plan: MonteCarloPlan
        let ordering: ListOrdering
    }

    static let cacheLimit = 4096
    let ranges: [ScenarioRanges.Range]
    let cacheable: Bool
    private let compile: @Sendable ([Double]) throws(RunFailure) -> MonteCarloPlan
    private let gapRefs: [String], lists: [[Int]], rowOf: [[Int]], rowLeads: [[Int]]
    private var cache: [[Double]: Variant] = [:]
    private var nextId = 0
    private let lock = NSLock()

    /// - Parameters:
    ///   - base: the plan of the deterministic run (every range at its typical value), whose gaps and lists every
    ///     variant must share.
    ///   - compile: the plan of the scenario with range k at `values[k]`.
    init(ranges: [ScenarioRanges.Range], base: MonteCarloPlan, compile: @escaping @Sendable ([Double]) throws(RunFailure) -> MonteCarloPlan) {
        self.ranges = ranges
        self.compile = compile
        gapRefs = base.gaps.map(\.ref)
        lists = base.lists
        rowOf = base.rowOf
        rowLeads = base.rowLeads
        var combinations = 1.0
        for r in ranges { combinations *= r.max - r.min + 1 }
        cacheable = ranges.allSatisfy(\.integer) && combinations <= Double(Self.cacheLimit)
    }

    /// The range values of run `r`: its own stream, salted apart from the run's stream of ratings and weights.
    func values(seed: UInt64, run r: Int) -> [Double] {
        var rng = PairedNormalSampler(seed: SplitMix64.streamSeed(seed, stream: r, salt: 0x5CE7_A210_0000_0001))
        return ranges.map { $0.draw(&rng) }
    }

    /// The variant of the scenario with these range values.
    /// - Throws: `RunFailure` when the drawn values make the scenario invalid (the diagnostics say the values),
    ///   or change which gaps are ranked.
    func variant(_ values: [Double]) throws(RunFailure) -> Variant {
        if cacheable {
            lock.lock()
            let known = cache[values]
            lock.unlock()
            if let known { return known }
        }
        var plan: MonteCarloPlan
        do throws(RunFailure) { plan = try compile(values) } catch {
            let drawn = zip(ranges, values).map { "\($0.path) = \(Self.format($1))" }.joined(separator: ", ")
            throw RunFailure(diagnostics: error.diagnostics.map { d in
                var d = d
                d.message += " (with the drawn values \(drawn))"
                return d
            }, ranking: error.ranking)
        }
        guard plan.gaps.map(\.ref) == gapRefs, plan.lists.map(Set.init) == lists.map(Set.init) else {
            throw RunFailure(diagnostics: [Diagnostic(.error, path: "assumptions", "the drawn values change which gaps are ranked")])
        }
        // The members and rows in the deterministic run's order, which the tallies follow (a list's order is decided per
        // run; a recurring need's gaps are the same, whichever of them leads it in this draw).
        plan.lists = lists
        plan.rowOf = rowOf
        plan.rowLeads = rowLeads
        lock.lock()
        defer { lock.unlock() }
        if cacheable, let known = cache[values] { return known }
        let variant = Variant(id: nextId, plan: plan, ordering: ListOrdering(plan: plan))
        nextId += 1
        if cacheable { cache[values] = variant }
        return variant
    }

    /// The runs `0..<runs` grouped by the variant their drawn values give (in the order of each group's first
    /// run), the variants compiled in parallel; `nil` when variants are not cached (each run compiles its own).
    /// - Throws: the failure of the earliest run whose drawn values break the scenario.
    func schedule(seed: UInt64, runs: Int, threads: Int) throws(RunFailure) -> [(variant: Variant, runs: [Int])]? {
        guard cacheable else { return nil }
        var group: [[Double]: Int] = [:], distinct: [[Double]] = [], members: [[Int]] = []
        for r in 0..<runs {
            let v = values(seed: seed, run: r)
            if let g = group[v] { members[g].append(r); continue }
            group[v] = distinct.count
            distinct.append(v)
            members.append([r])
        }
        let failure = FirstFailure(), combinations = distinct
        ParallelBlocks.run(blocks: combinations.count, threads: threads) { i, _ in
            do throws(RunFailure) { _ = try self.variant(combinations[i]) } catch { failure.record(error, block: i) }
        }
        if let error = failure.first { throw error }
        var out: [(variant: Variant, runs: [Int])] = []
        for (i, runs) in members.enumerated() { out.append((try variant(distinct[i]), runs)) }
        return out
    }

    private static func format(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }
}
