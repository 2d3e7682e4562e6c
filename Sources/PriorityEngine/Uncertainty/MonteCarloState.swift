import MCDA

/// One worker's buffers and the lean scoring of one Monte-Carlo run (§3–§7.1 without traces or flags).
struct MonteCarloState {
    struct Outcome {
        /// P and GS rounded to 6 dp (what the ranking compares), and the route index per gap.
        var priority: [Double], severity: [Double], routes: [Int]
        /// Unrounded P, for the consistency test.
        var exactPriority: [Double]
    }

    let plan: MonteCarloPlan
    let aggregation: FastAggregation
    var multiplicity: [[Int]]
    var trl: [[Double]], cost: [[Double?]]
    var rootWeights: [[Double]]
    var outcome: Outcome
    let routeIndex: [ProcurementRoute: Int]
    /// Model settings read for every gap, held apart so a gap's scoring does not copy the whole model.
    let rules: ProcurementRules
    let research: Bool

    init(plan: MonteCarloPlan) {
        self.plan = plan
        aggregation = FastAggregation(settings: plan.model.ratingAggregation, capacity: plan.workshops.map(\.voting.count).max() ?? 1)
        aggregation.groupedByCountry = true
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
    }

    /// One random run.
    mutating func sample(_ rng: inout Xoshiro256) -> Outcome {
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
        for g in plan.gaps.indices { score(g, rng: &rng) }
        return outcome
    }

    /// The default aggregation on plain values (§3.4: median of the per-country medians, each participant
    /// counted as often as it was drawn): a country's median is read off its raters, sorted once by value, by
    /// cumulative draw counts, so no values are copied or sorted per run. `nil` below `minRaters` draws.
    static func countryMedian(_ groups: MonteCarloPlan.CountryGroups, times: UnsafeBufferPointer<Int>, minRaters: Int,
                              scratch: UnsafeMutablePointer<Double>) -> Double? {
        groups.raters.withUnsafeBufferPointer { raters in
        groups.values.withUnsafeBufferPointer { values in
        groups.ends.withUnsafeBufferPointer { ends in
            var n = 0, countries = 0, start = 0
            for end in ends {
                var total = 0
                for e in start..<end { total += times[raters[e]] }
                if total > 0 {
                    n += total
                    // The value at sorted position p of the drawn multiset.
                    func at(_ p: Int) -> Double {
                        var seen = 0
                        for e in start..<end {
                            seen += times[raters[e]]
                            if p < seen { return values[e] }
                        }
                        return values[end - 1]
                    }
                    scratch[countries] = total % 2 == 1 ? at(total / 2) : (at(total / 2 - 1) + at(total / 2)) / 2
                    countries += 1
                }
                start = end
            }
            guard n >= minRaters, n > 0 else { return nil }
            if let m = FastAggregation.gridMedian(scratch, countries) { return m }
            FastAggregation.insertionSort(scratch, countries)
            return RatingAggregationSettings.statistic(.median, UnsafeBufferPointer(start: scratch, count: countries))
        } } }
    }

    /// The deterministic run: every participant once, PERT means, TRL and cost most likely, fixed root weights.
    mutating func deterministic() -> Outcome {
        for (w, workshop) in plan.workshops.enumerated() {
            multiplicity[w] = Array(repeating: 1, count: workshop.voting.count)
            trl[w] = workshop.solutions.map(\.trl.mostLikely)
            cost[w] = workshop.solutions.map { $0.cost?.mostLikely }
            rootWeights[w] = workshop.weights[0]
        }
        var rng: Xoshiro256? = nil
        for g in plan.gaps.indices { score(g, rng: &rng) }
        return outcome
    }

    private mutating func score(_ g: Int, rng: inout Xoshiro256) {
        var optional: Xoshiro256? = rng
        score(g, rng: &optional)
        rng = optional!
    }

    /// Scores gap `g`; three-point ratings are sampled when `rng` is given, else their PERT mean is used.
    private mutating func score(_ g: Int, rng: inout Xoshiro256?) {
        let gap = plan.gaps[g]
        let w = gap.workshop
        let workshop = plan.workshops[w]
        let rules = self.rules, research = self.research
        // §3.4: group values (nil = insufficient).
        var values = [Double?](repeating: nil, count: RatingKey.allCases.count)
        let aggregation = self.aggregation
        multiplicity[w].withUnsafeBufferPointer { times in
            workshop.voting.withUnsafeBufferPointer { voters in
                for k in 0..<gap.ratings.count {
                    if let groups = gap.countryGroups[k] {
                        values[k] = Self.countryMedian(groups, times: times, minRaters: aggregation.settings.minRaters,
                                                       scratch: aggregation.scratch)
                        continue
                    }
                    aggregation.reset()
                    gap.ratings[k].withUnsafeBufferPointer { raters in
                        for entry in raters {
                            let count = times[entry.rater]
                            if count == 0 { continue }
                            let cell = entry.cell
                            var x: Double
                            if cell.min == cell.max { x = cell.mostLikely }
                            else if rng != nil { x = rng!.pert(min: cell.min, mode: cell.mostLikely, max: cell.max) }
                            else { x = RatingAggregationSettings.pertMean(cell) }
                            if let d = workshop.debiasing { x = d.adjust(x, participant: workshop.votingIds[entry.rater]) }
                            let p = voters[entry.rater]
                            for _ in 0..<count { aggregation.add(x, country: p.country, roleWeight: p.roleWeight) }
                        }
                    }
                    values[k] = aggregation.groupValue()
                }
            }
        }
        func rating(_ key: RatingKey) -> Double? { values[key.ordinal] }
        let shortfall = rating(.baselineMaturity).map { Swift.max(0, Double(gap.target) - $0) }

        // §4.3: solution scores with the drawn TRL and cost.
        let toWeights = plan.toNode.map { workshop.weights[$0] } ?? []
        var bestIndex: Int?, bestSO = 0.0
        var so = [Double](repeating: 0, count: gap.links.count)
        var affordabilities = [Double](repeating: 0.5, count: gap.links.count)
        for (i, link) in gap.links.enumerated() where link.inT {
            let t = trl[w][link.solution]
            let affordability = LinkedSolution.affordability(statedBudget: gap.statedBudget, cost: cost[w][link.solution]).0
            affordabilities[i] = affordability
            var sum = 0.0
            if let to = plan.toNode {
                for (c, child) in plan.nodes[to].children.enumerated() {
                    guard let leaf = plan.nodes[child].leaf, case let .derived(d) = leaf.input else { continue }
                    let raw: Double? = switch d {
                    case .bestSolutionTRL: t
                    case .bestSolutionCoverage: link.coverage
                    case .bestSolutionLAR: link.lar
                    case .bestSolutionAffordability: affordability
                    case .bestSolutionSupplierCompetition: link.supplierCompetition
                    default: nil
                    }
                    if let raw { sum += toWeights[c] * leaf.valueFunction.value(raw, direction: leaf.direction) }
                }
            }
            so[i] = sum
            if let b = bestIndex {
                let (x, y) = (Decimal6.round(sum), Decimal6.round(bestSO))
                let better = x != y ? x > y
                    : link.coverage != gap.links[b].coverage ? link.coverage > gap.links[b].coverage
                    : t != trl[w][gap.links[b].solution] ? t > trl[w][gap.links[b].solution]
                    : link.ref < gap.links[b].ref
                if better { bestIndex = i; bestSO = sum }
            } else {
                bestIndex = i
                bestSO = sum
            }
        }
        var best: (trl: Double, coverage: Double, lar: Double?, affordability: Double, competition: Double)?
        if let b = bestIndex {
            let link = gap.links[b]
            best = (trl[w][link.solution], link.coverage, link.lar, affordabilities[b], link.supplierCompetition)
        }

        // §6: route with the drawn TRLs.
        let candidates = gap.links.enumerated().filter { $0.element.inS }.map { i, link in
            RouteCandidate(ref: link.ref, trl: trl[w][link.solution], trlMin: link.trl.min, trlMax: link.trl.max, coverage: link.coverage,
                           availability: link.availability, technicalApproach: link.approach, suppliers: link.suppliers,
                           supplierIds: link.supplierIds, so: so[i], effectiveCategory: link.category, dataProtection: link.dataProtection)
        }
        let inputs = RoutingInputs(gapNature: gap.nature, linkCount: gap.linkCount, allLinksGated: gap.allLinksGated, candidates: candidates,
                                   needClarity: rating(.needClarity).map(Decimal6.round), context: gap.context,
                                   procurerStats: gap.procurerStats, rules: rules)
        let decision = ProcurementRuleSet.route(inputs, rules: rules)
        let pa: Double
        if research {
            pa = decision.route == .FURTHER_RESEARCH_FIRST && decision.reason?.isResearchNeed == true ? 1 : 0
        } else if gap.nature == .process_training || gap.nature == .legal_policy {
            pa = 0
        } else {
            pa = Suitability(inputs, rules: rules).of(decision.route) ?? 0
        }

        // §2, §7.1: the hierarchy with the drawn root weights.
        func input(_ leaf: Leaf) -> (raw: Double?, insufficient: Bool) {
            switch leaf.input {
            case let .rating(key):
                let v = rating(key)
                return (v, v == nil)
            case let .derived(d):
                switch d {
                case .breadthMS: return (Double(gap.breadth), false)
                case .capabilityShortfall: return (shortfall, shortfall == nil)
                case .breadthPG: return (Double(gap.breadthPG), false)
                case .standardsGap: return (Double(gap.standardsGap), false)
                case .maturityFit: return (inputs.trlBest, false)
                case .routeSuitability: return (pa, false)
                case .bestSolutionTRL: return (best?.trl, false)
                case .bestSolutionCoverage: return (best?.coverage, false)
                case .bestSolutionLAR: return (best?.lar, false)
                case .bestSolutionAffordability: return (best?.affordability, false)
                case .bestSolutionSupplierCompetition: return (best?.competition, false)
                }
            }
        }
        func nodeScore(_ k: Int) -> Double {
            let node = plan.nodes[k]
            let local = workshop.weights[k]
            // Insufficient leaves drop out and the others are renormalised (§3.4 step 6), without allocating.
            var kept = 0.0, anyInsufficient = false
            for (c, child) in node.children.enumerated() {
                if let leaf = plan.nodes[child].leaf, input(leaf).insufficient { anyInsufficient = true } else { kept += local[c] }
            }
            let scale = anyInsufficient ? (kept > 0 ? 1 / kept : 0) : 1
            var score = 0.0
            for (c, child) in node.children.enumerated() {
                let weight = anyInsufficient ? local[c] * scale : local[c]
                if let leaf = plan.nodes[child].leaf {
                    let x = input(leaf)
                    if !x.insufficient { score += weight * (x.raw.map { leaf.valueFunction.value($0, direction: leaf.direction) } ?? 0) }
                } else {
                    let sub = nodeScore(child)
                    score += weight * (research && child == plan.toNode ? 1 - sub : sub)
                }
            }
            return score
        }
        var p = 0.0, gs = 0.0
        for (c, child) in plan.nodes[0].children.enumerated() {
            let score: Double
            if let leaf = plan.nodes[child].leaf {
                score = input(leaf).raw.map { leaf.valueFunction.value($0, direction: leaf.direction) } ?? 0
            } else {
                let sub = nodeScore(child)
                score = research && child == plan.toNode ? 1 - sub : sub
            }
            if plan.nodes[child].id == "gapSeverity" { gs = score }
            p += rootWeights[w][c] * score
        }
        outcome.exactPriority[g] = p
        outcome.priority[g] = Decimal6.round(p)
        outcome.severity[g] = Decimal6.round(gs)
        outcome.routes[g] = routeIndex[decision.route]!
    }
}
