import Foundation
import Testing
import MCDA
@testable import PriorityEngine
import SyntheticData
import TestSupport

/// The Monte-Carlo analysis of how-the-engine-decides.md §8 on the synthetic dataset.
@Suite struct MonteCarloTests {
    static let run = try! SyntheticWorkshops.run()
    static let lists = try! run.lists()

    /// Runs scored 16 (or fewer) at a time, with the plain-valued keys and the plain countries of mixed keys
    /// aggregated lane-parallel, give exactly the outcomes of scoring each run alone from the same stream.
    @Test(arguments: [16, 5])
    func laneRunsEqualSingleRuns(_ lanes: Int) {
        let plan = MonteCarloPlan(run: Self.run, lists: Self.lists)
        #expect(LaneMedians(plan: plan).eligible.joined().contains(true))
        #expect(plan.gaps.contains { $0.mixed.present.contains(true) })
        var batched = MonteCarloWorker(plan: plan), alone = MonteCarloWorker(plan: plan)
        var streams = (0..<lanes).map { PairedNormalSampler(seed: MonteCarlo.runSeed(99, $0)) }
        var single = streams
        var outcomes: [MonteCarloWorker.Outcome] = []
        batched.sampleLanes(&streams) { outcomes.append($0) }
        #expect(outcomes.count == lanes)
        for l in 0..<lanes {
            let o = alone.sample(&single[l])
            #expect(o.exactPriority == outcomes[l].exactPriority && o.severity == outcomes[l].severity && o.routes == outcomes[l].routes, "lane \(l)")
        }
    }

    /// The median of bucketed plain medians merged with a few drawn ones equals the sorted median of all of them,
    /// bit for bit (drawn values on and off the half-point grid, odd and even counts, empty sides).
    @Test func mergedMedianEqualsTheSortedMedian() {
        var rng = Xoshiro256(seed: 77)
        for trial in 0..<3000 {
            var buckets = [Int](repeating: 0, count: LaneMedians.m2Buckets), all: [Double] = []
            for _ in 0..<Int(rng.uniform() * 12) {
                let m2 = 2 + Int(rng.uniform() * 19)
                buckets[m2] += 1
                all.append(Double(m2 - 2) / 2)
            }
            var drawn = (0..<Int(rng.uniform() * 5)).map { _ in trial % 3 == 0 ? (rng.uniform() * 18).rounded() / 2 : rng.uniform() * 9 }
            if all.isEmpty && drawn.isEmpty { continue }
            all += drawn
            let expected = RatingAggregationSettings.median(all.sorted())
            let got = buckets.withUnsafeBufferPointer { b in drawn.withUnsafeMutableBufferPointer { d in
                MonteCarloWorker.mergedMedian(plain: b.baseAddress!, plainCount: all.count - d.count, drawn: d.baseAddress!, drawnCount: d.count)
            } }
            #expect(got == expected, "trial \(trial)")
        }
    }

    /// The packed sort keys give every list the ranks of the how-the-engine-decides.md §1 comparator, ties on P and GS included (values
    /// drawn from a coarse grid so that many tie and the breadth and gapRef rules decide); a recurring need's row
    /// takes the place of its best gap, counted once.
    @Test func packedKeysRankLikeTheComparator() {
        let mc = MonteCarlo(run: Self.run, lists: Self.lists)
        let ordering = ListOrdering(plan: mc.plan)
        var rng = MCDATestRandom(seed: 5)
        let n = mc.plan.gaps.count
        for _ in 0..<20 {
            let priority = (0..<n).map { _ in Double(rng.int(0...20)) / 20 }, severity = (0..<n).map { _ in Double(rng.int(0...4)) / 4 }
            var keys = [UInt64](repeating: 0, count: n)
            #expect(ordering.sortKeys(priority: priority, severity: severity, into: &keys))
            keys.sort()
            var counters = [Int](repeating: 0, count: mc.plan.lists.count)
            var fast = mc.plan.rowLeads.map { [Int](repeating: 0, count: $0.count) }
            for key in keys {
                for (l, row) in ordering.memberships[ordering.gap(of: key)] where fast[l][row] == 0 { counters[l] += 1; fast[l][row] = counters[l] }
            }
            #expect(fast == mc.plan.lists.indices.map { mc.plan.rowRanks($0, priority: priority, severity: severity) })
            // Independently: a need's row ranks by its best gap among the rows.
            let pan = mc.plan.lists.count - 1
            let gapRank = mc.plan.ranks(mc.plan.lists[pan], priority: priority, severity: severity)
            var best = [Int](repeating: Int.max, count: mc.plan.rowLeads[pan].count)
            for (k, r) in mc.plan.rowOf[pan].enumerated() { best[r] = min(best[r], gapRank[k]) }
            let byBest = best.indices.sorted { best[$0] < best[$1] }
            #expect(byBest.map { fast[pan][$0] } == Array(1...best.count))
        }
        var outOfRange = [UInt64](repeating: 0, count: n)
        #expect(!ordering.sortKeys(priority: [Double](repeating: 1.5, count: n), severity: [Double](repeating: 0, count: n), into: &outOfRange))
    }

    /// The lean scoring path, with every participant once and most-likely values, equals `GapEvaluator`.
    @Test func deterministicLeanPathEqualsTheEvaluator() throws {
        let plan = MonteCarloPlan(run: Self.run, lists: Self.lists)
        var state = MonteCarloWorker(plan: plan)
        let outcome = state.deterministic()
        let byRef = Dictionary(uniqueKeysWithValues: Self.run.results.map { ($0.gapRef, $0) })
        #expect(plan.gaps.count == Self.run.results.count)
        for (g, gap) in plan.gaps.enumerated() {
            let r = byRef[gap.ref]!
            #expect(abs(outcome.exactPriority[g] - r.priorityScore) < 1e-12, "\(gap.ref)")
            #expect(ProcurementRoute.allCases[outcome.routes[g]] == r.procurement.decision.route, "\(gap.ref)")
        }
    }

    @Test func resultsDependOnTheSeedOnly() throws {
        let mc = MonteCarlo(run: Self.run, lists: Self.lists)
        let one = try mc.run(.init(runs: 120, seed: 5, threads: 1, topK: 5))
        let two = try mc.run(.init(runs: 120, seed: 5, threads: 2, topK: 5))
        for (a, b) in zip(one, two) {
            for (ref, x) in a {
                let y = b[ref]!
                #expect(x.medianRank == y.medianRank && x.rankIQR == y.rankIQR && x.pTopK == y.pTopK)
                #expect(x.routeShares.map(\.share) == y.routeShares.map(\.share))
            }
        }
    }

    /// A recurring need is one row of the pan-European list: the Monte Carlo ranks it where the best of its gaps
    /// ranks among the rows, and on the deterministic values that is the list's own order (`RecurringNeeds.collapse`).
    @Test func recurringNeedsAreRankedAsRows() throws {
        let plan = MonteCarloPlan(run: Self.run, lists: Self.lists)
        let pan = Self.lists.count - 1
        #expect(plan.mergesRows(pan) && plan.rowLeads[pan].count == Self.lists[pan].entries.count)
        #expect(plan.lists[pan].count == Self.run.results.count)
        var worker = MonteCarloWorker(plan: plan)
        let o = worker.deterministic()
        let rows = plan.rowRanks(pan, priority: o.priority, severity: o.severity)
        #expect(rows == Array(1...Self.lists[pan].entries.count))
        // The packed and the comparison-sort paths tally the same counts: a need is never counted twice.
        let result = try MonteCarlo(run: Self.run, lists: Self.lists).run(.init(runs: 64, seed: 3, topK: 5))
        let need = try #require(Self.lists[pan].entries.first { $0.need != nil })
        let u = try #require(result[pan][need.result.gapRef])
        #expect(u.medianRank >= 1 && u.medianRank <= Double(Self.lists[pan].entries.count))
        #expect(result[pan].count == Self.lists[pan].entries.count)
        let oneList = try MonteCarlo(run: Self.run, lists: [Self.lists[pan]]).run(.init(runs: 64, seed: 3, topK: 5))
        #expect(oneList[0][need.result.gapRef]?.pTopK == u.pTopK && oneList[0][need.result.gapRef]?.medianRank == u.medianRank)
    }

    @Test func sharesAndPlantedCasesAreSane() throws {
        let mc = MonteCarlo(run: Self.run, lists: Self.lists)
        let result = try mc.run(.init(runs: 200, seed: 1, topK: 5))
        let pan = result[Self.lists.count - 1]
        // One block per row of the pan-European list (a recurring need's row is its highest-ranked gap).
        #expect(pan.count == Self.lists.last!.entries.count && Set(pan.keys) == Set(Self.lists.last!.entries.map(\.result.gapRef)))
        for u in pan.values {
            #expect(abs(u.routeShares.reduce(0) { $0 + $1.share } - 1) < 1e-12)
            #expect((0...1).contains(u.pTopK) && u.medianRank >= 1 && u.rankIQR >= 0)
        }
        // A training gap never routes to procurement; the prohibited RBI gap is always blocked after 2 Feb 2025.
        let e7 = Self.run.results.first { $0.title == "Officers lack training to seize crypto-assets" }!
        #expect(pan[e7.gapRef]!.routeShares.map(\.route) == [.NON_PROCUREMENT])
        let e5 = Self.run.results.first { $0.title.hasPrefix("Real-time face identification") }!
        #expect(pan[e5.gapRef]!.routeShares.map(\.route) == [.BLOCKED])
        // E8's route depends on its TRL range (7–8): both PPI and a PCP route occur.
        let e8 = Self.run.results.first { $0.title == "Vehicle infotainment data extraction" }!
        #expect(pan[e8.gapRef]!.routeShares.count >= 2)
    }

    /// `GroupValue` (the one implementation, fed once per draw) equals the plain reference of the tests for every
    /// weighting and statistic, with participants drawn 0–3 times, values on and off the whole numbers.
    @Test func groupValueEqualsTheReference() {
        var rng = MCDATestRandom(seed: 3)
        for weighting in RatingAggregationSettings.ParticipantWeighting.allCases {
            for statistic in RatingAggregationSettings.Statistic.allCases {
                var settings = RatingAggregationSettings()
                settings.participantWeighting = weighting
                settings.statistic = statistic
                settings.roleWeights = [.procurement_officer: 0.5, .investigator: 2]
                for trial in 0..<200 {
                    let k = rng.int(1...14)
                    let roles: [ParticipantRole] = [.investigator, .procurement_officer, .trainer]
                    let countries = (0..<k).map { _ in rng.int(0...4) }
                    let role = (0..<k).map { _ in roles[rng.int(0...2)] }
                    let values = (0..<k).map { _ in trial % 2 == 0 ? Double(rng.int(1...5)) : Double(rng.int(2...10)) / 2 + 0.1 * Double(rng.int(0...3)) }
                    let times = (0..<k).map { _ in rng.int(0...3) }
                    var drawn: [ReferenceGroupValue.Entry] = []
                    let fast = GroupValue(settings: settings, capacity: 64)
                    for i in 0..<k {
                        for _ in 0..<times[i] {
                            drawn.append(.init(value: values[i], country: "C\(countries[i])", role: role[i]))
                            fast.add(values[i], country: Int32(countries[i]), roleWeight: settings.roleWeights[role[i]] ?? 1)
                        }
                    }
                    let expected = drawn.count >= settings.minRaters ? ReferenceGroupValue.value(drawn, settings) : nil
                    #expect(fast.value() == expected, "\(weighting) \(statistic) trial \(trial)")
                }
            }
        }
    }
}

/// The group value of how-the-engine-decides.md §2 steps 4–5 written plainly (dictionaries, sorts), to check
/// `GroupValue` and through it the lane kernels.
enum ReferenceGroupValue {
    struct Entry { var value: Double; var country: String; var role: ParticipantRole }

    static func value(_ entries: [Entry], _ settings: RatingAggregationSettings) -> Double? {
        guard !entries.isEmpty else { return nil }
        let xs = entries.map(\.value).sorted()
        switch settings.participantWeighting {
        case .equal:
            return statistic(settings.statistic, xs)
        case .perCountryEqual:
            let medians = Dictionary(grouping: entries, by: \.country).values.map { median($0.map(\.value).sorted()) }.sorted()
            return statistic(settings.statistic, medians)
        case .roleWeighted:
            if settings.statistic == .trimmedMean20 { return statistic(.trimmedMean20, xs) }
            let pairs = entries.map { ($0.value, settings.roleWeights[$0.role] ?? 1) }.sorted { $0.0 < $1.0 }
            let total = pairs.reduce(0) { $0 + $1.1 }
            if settings.statistic == .mean { return pairs.reduce(0) { $0 + $1.0 * $1.1 } / total }
            var cumulative = 0.0
            for (k, (x, w)) in pairs.enumerated() {
                cumulative += w
                if cumulative == total / 2, k + 1 < pairs.count { return (x + pairs[k + 1].0) / 2 }
                if cumulative >= total / 2 { return x }
            }
            return pairs.last!.0
        }
    }

    static func median(_ s: [Double]) -> Double { s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2 }

    static func statistic(_ st: RatingAggregationSettings.Statistic, _ s: [Double]) -> Double {
        switch st {
        case .median: return median(s)
        case .mean: return s.reduce(0, +) / Double(s.count)
        case .trimmedMean20:
            let cut = Int((0.2 * Double(s.count)).rounded(.down))
            return s[cut..<(s.count - cut)].reduce(0, +) / Double(s.count - 2 * cut)
        }
    }
}

/// A tiny deterministic generator for test inputs.
struct MCDATestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func int(_ r: ClosedRange<Int>) -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return r.lowerBound + Int(state % UInt64(r.count))
    }
}
