import MCDA
import JSONFormat

/// One worker's buffers and the lean scoring of one Monte-Carlo run (how-the-engine-decides.md without traces or flags).
struct MonteCarloWorker {
    struct Outcome {
        /// P and GS rounded to 6 dp (what the ranking compares), and the route index per gap.
        var priority: [Double], severity: [Double], routes: [Int]
        /// Unrounded P, for the consistency test.
        var exactPriority: [Double]
    }

    let plan: MonteCarloPlan
    let aggregation: GroupValue
    var multiplicity: [[Int]]
    var trl: [[Double]], cost: [[Double?]]
    var rootWeights: [[Double]]
    var outcome: Outcome
    let routeIndex: [ProcurementRoute: Int]
    /// Model settings read for every gap, held apart so a gap's scoring does not copy the whole model.
    let rules: ProcurementRules
    let research: Bool
    /// Per gap: the routing outcomes seen so far, by their inputs.
    var routeMemo: [[RouteMemo.Key: RouteMemo.Outcome]]
    let hierarchy: CompiledHierarchy
    /// Per workshop: local weights laid out like `hierarchy.children`.
    let flatWeights: [[Double]]
    let scratch: Scratch
    typealias Slot = CompiledHierarchy.Slot
    /// The lane-parallel medians of plain-valued keys (`sampleLanes`), and each lane's draws while its run waits.
    let laneMedians: LaneMedians
    var laneMultiplicity: [[[Int]]], laneTrl: [[[Double]]], laneCost: [[[Double?]]], laneRoot: [[[Double]]]
    var laneOutcome: [Outcome]
    /// Per workshop and voter: the draw counts of the lanes.
    var laneTimes: [[LaneMedians.Lane]]
    /// The lane being scored, when `sampleLanes` scores; its plain-key values are read from `scratch.laneValues`.
    var currentLane: Int?
    /// Whether a run draws the workshops' inputs (bootstrap, three-point cells, TRLs, costs, root weights); when
    /// not, every run takes their deterministic values and only a scenario's ranges vary (`ScenarioVariants`).
    let drawsInputs: Bool

    /// Per-gap working memory, allocated once per worker.
    final class Scratch {
        let raw: UnsafeMutablePointer<Double>, so: UnsafeMutablePointer<Double>, affordability: UnsafeMutablePointer<Double>
        /// Lane medians by (gap · keys + key) · lanes + lane, and the histogram of `LaneMedians.compute`.
        let laneValues: UnsafeMutablePointer<Double>, histogram: UnsafeMutablePointer<LaneMedians.Lane>
        /// Per plain country of the mixed keys (`LaneMedians.plainCountries`): m₂ and draws, one lane per run.
        let mixedM2: UnsafeMutablePointer<LaneMedians.Lane>, mixedTotals: UnsafeMutablePointer<LaneMedians.Lane>
        /// One drawn country's values and draw counts, and the plain countries per m₂ (`mixedMedian`).
        let drawnValues: UnsafeMutablePointer<Double>, drawnTimes: UnsafeMutablePointer<Int>, m2Counts: UnsafeMutablePointer<Int>
        init(links: Int, gaps: Int, mixedCountries: Int, voters: Int) {
            let mixed = Swift.max(1, mixedCountries)
            mixedM2 = .allocate(capacity: mixed); mixedM2.initialize(repeating: LaneMedians.Lane(repeating: 0), count: mixed)
            mixedTotals = .allocate(capacity: mixed); mixedTotals.initialize(repeating: LaneMedians.Lane(repeating: 0), count: mixed)
            drawnValues = .allocate(capacity: Swift.max(1, voters)); drawnValues.initialize(repeating: 0, count: Swift.max(1, voters))
            drawnTimes = .allocate(capacity: Swift.max(1, voters)); drawnTimes.initialize(repeating: 0, count: Swift.max(1, voters))
            m2Counts = .allocate(capacity: LaneMedians.m2Buckets); m2Counts.initialize(repeating: 0, count: LaneMedians.m2Buckets)
            let cells = Swift.max(1, gaps) * RatingKey.allCases.count * LaneMedians.lanes
            laneValues = .allocate(capacity: cells); laneValues.initialize(repeating: .nan, count: cells)
            histogram = .allocate(capacity: LaneMedians.m2Buckets)
            histogram.initialize(repeating: LaneMedians.Lane(repeating: 0), count: LaneMedians.m2Buckets)
            raw = .allocate(capacity: Slot.count); raw.initialize(repeating: .nan, count: Slot.count)
            so = .allocate(capacity: Swift.max(1, links)); so.initialize(repeating: 0, count: Swift.max(1, links))
            affordability = .allocate(capacity: Swift.max(1, links)); affordability.initialize(repeating: 0.5, count: Swift.max(1, links))
        }
        deinit {
            raw.deallocate(); so.deallocate(); affordability.deallocate(); laneValues.deallocate(); histogram.deallocate()
            mixedM2.deallocate(); mixedTotals.deallocate(); drawnValues.deallocate(); drawnTimes.deallocate(); m2Counts.deallocate()
        }
    }

    init(plan: MonteCarloPlan, drawsInputs: Bool = true) {
        self.plan = plan
        self.drawsInputs = drawsInputs
        aggregation = GroupValue(settings: plan.model.ratingAggregation, capacity: plan.workshops.map(\.voting.count).max() ?? 1)
        multiplicity = plan.workshops.map { Array(repeating: 1, count: $0.voting.count) }
        trl = plan.workshops.map { $0.solutions.map(\.trl.mostLikely) }
        cost = plan.workshops.map { $0.solutions.map { $0.cost?.mostLikely } }
        rootWeights = plan.workshops.map { $0.weights[0] }
        let n = plan.gaps.count
        outcome = Outcome(priority: Array(repeating: 0, count: n), severity: Array(repeating: 0, count: n),
                          routes: Array(repeating: 0, count: n), exactPriority: Array(repeating: 0, count: n))
        routeIndex = Dictionary(uniqueKeysWithValues: ProcurementRoute.allCases.enumerated().map { ($1, $0) })
        rules = plan.model.procurementRules
        research = plan.model.preset == .researchAgenda
        routeMemo = Array(repeating: [:], count: n)
        let hierarchy = plan.hierarchy
        self.hierarchy = hierarchy
        flatWeights = plan.workshops.map { hierarchy.flatWeights($0.weights) }
        let laneMedians = LaneMedians(plan: plan)
        self.laneMedians = laneMedians
        scratch = Scratch(links: plan.gaps.map(\.links.count).max() ?? 1, gaps: n, mixedCountries: laneMedians.mixedCountries,
                          voters: plan.workshops.map(\.voting.count).max() ?? 1)
        laneMultiplicity = Array(repeating: multiplicity, count: LaneMedians.lanes)
        laneTrl = Array(repeating: trl, count: LaneMedians.lanes)
        laneCost = Array(repeating: cost, count: LaneMedians.lanes)
        laneRoot = Array(repeating: rootWeights, count: LaneMedians.lanes)
        laneOutcome = Array(repeating: outcome, count: LaneMedians.lanes)
        laneTimes = plan.workshops.map { Array(repeating: LaneMedians.Lane(repeating: 0), count: $0.voting.count) }
    }

    /// One random run.
    mutating func sample(_ rng: inout PairedNormalSampler) -> Outcome {
        drawWorkshops(&rng)
        for g in plan.gaps.indices { score(g, rng: &rng) }
        return outcome
    }

    /// Up to 16 random runs, one per stream of `rngs`, each handed to `body` in order: the same outcomes as
    /// `sample` on each stream (every stream draws in the same order), with the plain-valued keys and the plain
    /// countries of mixed keys aggregated for all runs at once (`LaneMedians`, `MixedGroups`).
    mutating func sampleLanes(_ rngs: inout [PairedNormalSampler], _ body: (Outcome) -> Void) {
        let count = Swift.min(rngs.count, LaneMedians.lanes)
        for l in 0..<count {
            swapLane(l)
            drawWorkshops(&rngs[l])
            swapLane(l)
        }
        for w in plan.workshops.indices {
            for p in laneTimes[w].indices {
                var v = LaneMedians.Lane(repeating: 0)
                for l in 0..<count { v[l] = UInt8(truncatingIfNeeded: laneMultiplicity[l][w][p]) }
                laneTimes[w][p] = v
            }
        }
        let keys = RatingKey.allCases.count
        for (g, gap) in plan.gaps.enumerated() {
            laneTimes[gap.workshop].withUnsafeBufferPointer { times in
                for k in laneMedians.eligible[g].indices where laneMedians.eligible[g][k] {
                    laneMedians.compute(gap: g, key: k, groups: gap.countryGroups, times: times.baseAddress!, histogram: scratch.histogram,
                                        out: scratch.laneValues + (g * keys + k) * LaneMedians.lanes)
                }
                let offset = laneMedians.mixedOffset[g]
                for k in gap.mixed.present.indices where gap.mixed.present[k] {
                    laneMedians.plainCountries(of: gap.mixed, key: k, times: times.baseAddress!, m2: scratch.mixedM2 + offset,
                                               totals: scratch.mixedTotals + offset)
                }
            }
        }
        // Gap by gap, every lane: a gap's data stay in cache while its runs are scored. Each lane's stream is
        // still read in gap order, as in `sample`.
        for g in plan.gaps.indices {
            for l in 0..<count {
                swapLane(l)
                currentLane = l
                score(g, rng: &rngs[l])
                swapLane(l)
            }
        }
        currentLane = nil
        for l in 0..<count {
            swapLane(l)
            body(outcome)
            swapLane(l)
        }
    }

    /// Exchanges the current run's draws and outcome with those kept for lane `l`.
    private mutating func swapLane(_ l: Int) {
        swap(&multiplicity, &laneMultiplicity[l])
        swap(&trl, &laneTrl[l])
        swap(&cost, &laneCost[l])
        swap(&rootWeights, &laneRoot[l])
        swap(&outcome, &laneOutcome[l])
    }

    /// The workshop-level draws of a run: bootstrap counts, TRLs and costs, root weights.
    private mutating func drawWorkshops(_ rng: inout PairedNormalSampler) {
        guard drawsInputs else { return setDeterministicInputs() }
        let alpha = plan.model.sensitivity.weightConcentration
        for (w, workshop) in plan.workshops.enumerated() {
            let k = workshop.voting.count
            for p in 0..<k { multiplicity[w][p] = 0 }
            for _ in 0..<k { multiplicity[w][rng.int(in: 0...(k - 1))] += 1 }
            for (s, solution) in workshop.solutions.enumerated() {
                let t = solution.trl
                trl[w][s] = (rng.pert(min: t.min, mode: t.mostLikely, max: t.max)).rounded(.toNearestOrAwayFromZero)
                if let c = solution.cost { cost[w][s] = rng.pert(min: c.min, mode: c.mostLikely, max: c.max) }
            }
            let base = workshop.weights[0]
            var total = 0.0
            for c in base.indices {
                let g = base[c] > 0 ? rng.gamma(shape: alpha * base[c]) : 0
                rootWeights[w][c] = g
                total += g
            }
            for c in base.indices { rootWeights[w][c] = total > 0 ? rootWeights[w][c] / total : base[c] }
        }
    }

    /// The deterministic run: every participant once, PERT means, TRL and cost most likely, fixed root weights.
    mutating func deterministic() -> Outcome {
        setDeterministicInputs()
        var rng: PairedNormalSampler? = nil
        for g in plan.gaps.indices { score(g, rng: &rng) }
        return outcome
    }

    /// Every participant once, TRL and cost most likely, the workshop's root weights.
    private mutating func setDeterministicInputs() {
        for (w, workshop) in plan.workshops.enumerated() {
            multiplicity[w] = Array(repeating: 1, count: workshop.voting.count)
            trl[w] = workshop.solutions.map(\.trl.mostLikely)
            cost[w] = workshop.solutions.map { $0.cost?.mostLikely }
            rootWeights[w] = workshop.weights[0]
        }
    }

    private mutating func score(_ g: Int, rng: inout PairedNormalSampler) {
        guard drawsInputs else {
            var none: PairedNormalSampler? = nil
            return score(g, rng: &none)
        }
        var optional: PairedNormalSampler? = rng
        score(g, rng: &optional)
        rng = optional!
    }

    /// Scores gap `g`; three-point ratings are sampled when `rng` is given, else their PERT mean is used.
    private mutating func score(_ g: Int, rng: inout PairedNormalSampler?) {
        let gap = plan.gaps[g]
        let w = gap.workshop
        let workshop = plan.workshops[w]
        // how-the-engine-decides.md §2: group values into the rating slots (NaN = insufficient).
        let raw = scratch.raw
        let aggregation = self.aggregation
        // Read once per gap, not once per key: each read of a nested array retains and releases it.
        let laneEligible = laneMedians.eligible[g], mixedPresent = gap.mixed.present, mixedOffset = laneMedians.mixedOffset[g]
        let scratch = self.scratch, minRaters = aggregation.settings.minRaters
        multiplicity[w].withUnsafeBufferPointer { times in
        workshop.voting.withUnsafeBufferPointer { voters in
            for k in 0..<gap.ratings.count {
                if let lane = currentLane, laneEligible[k] {
                    raw[k] = scratch.laneValues[(g * RatingKey.allCases.count + k) * LaneMedians.lanes + lane]
                    continue
                }
                if let lane = currentLane, mixedPresent[k] {
                    raw[k] = Self.mixedMedian(gap.mixed, key: k, lane: lane, offset: mixedOffset, times: times.baseAddress!, scratch: scratch,
                                              medians: aggregation.scratch, minRaters: minRaters, rng: &rng) ?? .nan
                    continue
                }
                aggregation.reset()
                gap.ratings[k].withUnsafeBufferPointer { raters in
                    for entry in raters {
                        let count = times[entry.rater]
                        if count == 0 { continue }
                        var x = Self.value(of: entry.cell, rng: &rng)
                        if let d = workshop.debiasing { x = d.adjust(x, participant: workshop.votingIds[entry.rater]) }
                        let p = voters[entry.rater]
                        for _ in 0..<count { aggregation.add(x, country: p.country, roleWeight: p.roleWeight) }
                    }
                }
                raw[k] = aggregation.value() ?? .nan
            }
        } }
        for k in gap.ratings.count..<RatingKey.allCases.count { raw[k] = .nan }
        let baseline = raw[RatingKey.baselineMaturity.ordinal]
        raw[Slot.shortfall] = baseline.isNaN ? .nan : Swift.max(0, Double(gap.target) - baseline)

        // how-the-engine-decides.md §4: solution scores with the drawn TRL and cost.
        let so = scratch.so, affordabilities = scratch.affordability
        var bestIndex: Int?, bestSO = 0.0
        let trl = self.trl[w], cost = self.cost[w]
        let hierarchy = self.hierarchy
        flatWeights[w].withUnsafeBufferPointer { weights in
        gap.links.withUnsafeBufferPointer { links in
            for i in links.indices {
                so[i] = 0
                affordabilities[i] = 0.5
                guard links[i].inT else { continue }
                let t = trl[links[i].solution]
                let affordability = LinkedSolution.affordability(statedBudget: gap.statedBudget, cost: cost[links[i].solution]).0
                affordabilities[i] = affordability
                let link = links[i]
                let sum = hierarchy.solutionOpportunity(weights: weights.baseAddress!) { slot in
                    CompiledHierarchy.bestSolutionValue(slot, trl: t, coverage: link.coverage, lar: link.lar, affordability: affordability,
                                                        competition: link.supplierCompetition)
                }
                so[i] = sum
                if let b = bestIndex {
                    if LinkedSolution.ranksAboveAsBest(so: (sum, bestSO), coverage: (links[i].coverage, links[b].coverage),
                                                       trl: (t, trl[links[b].solution]), ref: (links[i].ref, links[b].ref)) {
                        bestIndex = i
                        bestSO = sum
                    }
                } else {
                    bestIndex = i
                    bestSO = sum
                }
            }
        } }
        let best = bestIndex.map { gap.links[$0] }
        for s in Slot.bestTRL...Slot.bestCompetition {
            raw[s] = best.flatMap { link in
                CompiledHierarchy.bestSolutionValue(s, trl: trl[link.solution], coverage: link.coverage, lar: link.lar,
                                                    affordability: affordabilities[bestIndex!], competition: link.supplierCompetition)
            } ?? .nan
        }

        // how-the-engine-decides.md §5: route with the drawn TRLs (memoised: see `RouteMemo`).
        let needClarity = raw[RatingKey.needClarity.ordinal]
        let routed = route(g, so: UnsafeBufferPointer(start: so, count: gap.links.count),
                           needClarity: needClarity.isNaN ? nil : Decimal6.round(needClarity))
        raw[Slot.breadthMS] = Double(gap.breadth)
        raw[Slot.breadthPG] = Double(gap.breadthPG)
        raw[Slot.standardsGap] = Double(gap.standardsGap)
        raw[Slot.maturityFit] = routed.trlBest
        raw[Slot.routeSuitability] = routed.suitability

        // how-the-engine-decides.md §1: the hierarchy with the drawn root weights.
        let (p, gs) = flatWeights[w].withUnsafeBufferPointer { weights in
            rootWeights[w].withUnsafeBufferPointer { root in
                var noTrace = NoHierarchyTrace()
                return hierarchy.score(raw: UnsafePointer(raw), weights: weights.baseAddress!, rootWeights: root.baseAddress!, trace: &noTrace)
            }
        }
        outcome.exactPriority[g] = p
        outcome.priority[g] = Decimal6.round(p)
        outcome.severity[g] = Decimal6.round(gs)
        outcome.routes[g] = routed.route
    }

    /// The route of gap `g` for this run's drawn TRLs and need clarity (how-the-engine-decides.md §5), its suitability as the P input
    /// (how-the-engine-decides.md §5, §1) and TRL_best; `so` holds the SO of each link, for the routeSolution tie rule.
    private mutating func route(_ g: Int, so: UnsafeBufferPointer<Double>, needClarity: Double?) -> RouteMemo.Outcome {
        let gap = plan.gaps[g]
        let w = gap.workshop
        let key = RouteMemo.key(gap: gap, trl: trl[w], so: so, needClarity: needClarity)
        if let key, let known = routeMemo[g][key] { return known }
        let candidates = gap.links.enumerated().filter { $0.element.inS }.map { i, link in
            RouteCandidate(ref: link.ref, trl: trl[w][link.solution], trlMin: link.trl.min, trlMax: link.trl.max, coverage: link.coverage,
                           availability: link.availability, technicalApproach: link.approach, suppliers: link.suppliers,
                           supplierIds: link.supplierIds, so: so[i], effectiveCategory: link.category, dataProtection: link.dataProtection)
        }
        let inputs = RoutingInputs(gapNature: gap.nature, linkCount: gap.linkCount, allLinksGated: gap.allLinksGated, candidates: candidates,
                                   needClarity: needClarity, context: gap.context, procurerStats: gap.procurerStats, rules: rules)
        let decision = ProcurementRuleSet.decide(inputs, rules: rules)
        let pa = Suitability.actionability(decision, researchAgenda: research) { Suitability.of(gap: gap.nature, inputs: inputs, rules: rules) }
        let outcome = RouteMemo.Outcome(route: routeIndex[decision.route]!, suitability: pa, trlBest: inputs.trlBest)
        if let key { routeMemo[g][key] = outcome }
        return outcome
    }

    /// A cell's value in a run: a plain number as it is, a three-point estimate drawn from its PERT-Beta, or its
    /// PERT mean in the deterministic run (no stream).
    @inline(__always)
    static func value(of cell: ThreePoint, rng: inout PairedNormalSampler?) -> Double {
        if cell.min == cell.max { return cell.mostLikely }
        if rng != nil { return rng!.pert(min: cell.min, mode: cell.mostLikely, max: cell.max) }
        return RatingAggregationSettings.pertMean(cell)
    }
}
