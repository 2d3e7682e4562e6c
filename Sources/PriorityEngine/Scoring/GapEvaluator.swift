/// Scores one workshop's gaps: rating aggregation (how-the-engine-decides.md §2), derived criteria (how-the-engine-decides.md §3), Technology Opportunity (how-the-engine-decides.md §4),
/// standardisation (how-the-engine-decides.md §7), the procurement route with flags and suitabilities (how-the-engine-decides.md §5) and the priority P (how-the-engine-decides.md §1).
public struct GapEvaluator: Sendable {
    public let context: ScoringContext
    public let workshop: Workshop
    public let weights: WorkshopWeights
    let participants: [String: Workshop.Participant]
    let debiasing: ZScoreDebiasing?

    public init(context: ScoringContext, workshop: Workshop, weights: WorkshopWeights) {
        self.context = context
        self.workshop = workshop
        self.weights = weights
        participants = Dictionary(workshop.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        debiasing = context.model.ratingAggregation.debias == .zscore ? ZScoreDebiasing(workshop) : nil
    }

    var model: ScoringModel { context.model }
    var wid: String { workshop.workshop.id }

    /// The evaluation of `gap`, with the engine warnings it raised (`NO_EU_MEMBER_STATE`, `AI_ACT_UNKNOWN`).
    public func evaluate(_ gap: Workshop.CapabilityGap) -> (result: GapResult, warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let gapRef = "\(wid)/\(gap.id)"
        let agg = model.ratingAggregation
        let ratings = Dictionary(uniqueKeysWithValues: RatingKey.allCases.map {
            ($0, agg.aggregate($0, ratings: gap.ratings, participants: participants, debiasing: debiasing))
        })
        func sufficient(_ key: RatingKey) -> Double? {
            let r = ratings[key]!
            return r.consensus == .insufficient ? nil : r.value.map(Decimal6.round)
        }

        // how-the-engine-decides.md §3 derived criteria
        let basis = workshop.workshop.memberStateBasis
        let counted = context.countedSet(basis)
        var breadthCountries = Set(gap.affectedMemberStates)
        if model.derived.breadthIncludesLowBaseline {
            for r in gap.ratings {
                guard let p = participants[r.participantId], p.voting, case let .value(t)? = r.cells[.baselineMaturity] else { continue }
                if RatingAggregationSettings.pertMean(t) <= 2 { breadthCountries.insert(p.country) }
            }
        }
        let k = breadthCountries.intersection(counted).count
        if k == 0 {
            warnings.append(Diagnostic(.warning, path: "", code: "NO_EU_MEMBER_STATE", ref: gapRef,
                                       "no affected country of gap '\(gap.id)' is counted under \(basis.rawValue); breadthMS is 1"))
        }
        let breadth = model.derived.breadthScore(k)
        let baseline = ratings[.baselineMaturity]!
        let shortfall: Double? = baseline.consensus == .insufficient ? nil
            : max(0, Double(gap.targetMaturity) - baseline.value!)
        let breadthPG = context.breadthPG(gap, group: workshop.workshop.practitionerGroup)
        let standardsGap = StandardisationResult.standardsGap(gap.existingStandards)

        // how-the-engine-decides.md §4 solutions
        let statedBudget = RoutingInputs.statedBudget(gap.procurementContext)
        let toNode = model.hierarchy.innerNodes.first { $0.children.contains { c in
            if case let .derived(d)? = c.leaf?.input { return d.rawValue.hasPrefix("bestSolution.") }
            return false
        } }
        var links = linkedSolutions(gap, statedBudget: statedBudget)
        for linked in links where linked.effectiveCategory == .unknown {
            warnings.append(Diagnostic(.warning, path: "", code: "AI_ACT_UNKNOWN", ref: linked.ref,
                                       "the AI Act category of '\(linked.solution.id)' for gap '\(gap.id)' is unknown; it is treated as not_ai"))
        }
        if let toNode {
            for k in links.indices where !links[k].gated {
                let linked = links[k]
                links[k].so = toNode.children.reduce(0.0) { sum, c in
                    guard let leaf = c.leaf, case let .derived(d) = leaf.input, let raw = linked.raw(d) else { return sum }
                    return sum + weights.weight(toNode.id, c.id) * leaf.valueFunction.value(raw, direction: leaf.direction)
                }
            }
        }
        let rules = model.procurementRules
        let tg = links.filter { !$0.gated && $0.coverage >= model.derived.minCoverageLink }
        let best = tg.max { a, b in
            let (sa, sb) = (Decimal6.round(a.so), Decimal6.round(b.so))
            if sa != sb { return sa < sb }
            if a.coverage != b.coverage { return a.coverage < b.coverage }
            if a.solution.trl.mostLikely != b.solution.trl.mostLikely { return a.solution.trl.mostLikely < b.solution.trl.mostLikely }
            return a.ref > b.ref
        }
        let lg = links.filter { $0.coverage >= rules.minCoverageRoute }
        let sg = tg.filter { $0.coverage >= rules.minCoverageRoute }

        // how-the-engine-decides.md §5 routing
        let candidates = sg.map { s in
            RouteCandidate(ref: s.ref, trl: s.solution.trl.mostLikely, trlMin: s.solution.trl.min, trlMax: s.solution.trl.max,
                           coverage: s.coverage, availability: s.solution.availability, technicalApproach: s.solution.technicalApproach,
                           suppliers: s.solution.supplierTotal, supplierIds: s.solution.supplierIds, so: s.so,
                           effectiveCategory: s.effectiveCategory, dataProtection: s.solution.adoptionReadiness[.dataProtection])
        }
        let msAc = context.msAc(basis)
        func inputs(_ cs: [RouteCandidate], ignoreIds: Bool = false) -> RoutingInputs {
            RoutingInputs(gapNature: gap.gapNature, linkCount: lg.count, allLinksGated: lg.allSatisfy(\.gated), candidates: cs,
                          needClarity: sufficient(.needClarity), context: gap.procurementContext, msAc: msAc, rules: rules,
                          ignoreSupplierIds: ignoreIds)
        }
        let routing = inputs(candidates)
        let decision = ProcurementRuleSet.decide(routing, rules: rules)
        let perturbations: [(inout RouteCandidate) -> Void] = [
            { $0.trl = $0.trlMin }, { $0.trl = $0.trlMax },
            { $0.suppliers = max(0, $0.suppliers - 1) }, { $0.suppliers += 1 },
        ]
        let reruns = perturbations.map { change in
            ProcurementRuleSet.decide(inputs(candidates.map { var c = $0; change(&c); return c }, ignoreIds: true), rules: rules).route
        }
        let nonProcurement = gap.gapNature == .process_training || gap.gapNature == .legal_policy
        let suitability = nonProcurement ? nil : Suitability(routing, rules: rules)
        let pa: Double
        if model.preset == .researchAgenda {
            pa = decision.route == .FURTHER_RESEARCH_FIRST && decision.reason?.isResearchNeed == true ? 1 : 0
        } else {
            pa = suitability?.of(decision.route) ?? 0
        }

        // how-the-engine-decides.md §1, how-the-engine-decides.md §7, §1 hierarchy
        func input(_ leaf: Leaf) -> (raw: Double?, insufficient: Bool, rating: AggregatedRating?) {
            switch leaf.input {
            case let .rating(key):
                let r = ratings[key]!
                return r.consensus == .insufficient ? (nil, true, r) : (r.value, false, r)
            case let .derived(d):
                switch d {
                case .breadthMS: return (Double(breadth), false, nil)
                case .capabilityShortfall: return (shortfall, shortfall == nil, nil)
                case .breadthPG: return (Double(breadthPG), false, nil)
                case .standardsGap: return (Double(standardsGap), false, nil)
                case .maturityFit: return (routing.trlBest, false, nil)
                case .routeSuitability: return (pa, false, nil)
                default: return (best?.raw(d), false, nil)
                }
            }
        }
        let researchTO = model.preset == .researchAgenda ? toNode?.id : nil
        func evaluate(_ node: HierarchyNode, pathWeight: Double?) -> (score: Double, leaves: [LeafResult]) {
            let local = node.children.map { weights.weight(node.id, $0.id) }
            let insufficient = node.children.map { $0.leaf.map { input($0).insufficient } ?? false }
            var eff = local
            if insufficient.contains(true) {
                for i in eff.indices where insufficient[i] { eff[i] = 0 }
                let s = eff.reduce(0, +)
                eff = s > 0 ? eff.map { $0 / s } : eff.map { _ in 0 }
            }
            var score = 0.0
            var leaves: [LeafResult] = []
            for (i, child) in node.children.enumerated() {
                if let leaf = child.leaf {
                    let x = input(leaf)
                    let value: Double? = x.insufficient ? nil : x.raw.map { leaf.valueFunction.value($0, direction: leaf.direction) } ?? 0
                    score += eff[i] * (value ?? 0)
                    leaves.append(LeafResult(id: child.id, raw: x.insufficient ? nil : x.raw, value: value, weight: eff[i], localWeight: local[i],
                                             contribution: pathWeight.map { $0 * eff[i] * (value ?? 0) }, rating: x.rating,
                                             insufficient: x.insufficient))
                } else {
                    let sub = evaluate(child, pathWeight: child.id == researchTO ? nil : pathWeight.map { $0 * eff[i] })
                    score += eff[i] * (child.id == researchTO ? 1 - sub.score : sub.score)
                    leaves += sub.leaves
                }
            }
            return (score, leaves)
        }
        let root = model.hierarchy
        let rootLocal = root.children.map { weights.weight(root.id, $0.id) }
        var components: [ComponentResult] = []
        for (i, child) in root.children.enumerated() {
            if let leaf = child.leaf {
                let x = input(leaf)
                let v = x.raw.map { leaf.valueFunction.value($0, direction: leaf.direction) } ?? 0
                components.append(ComponentResult(id: child.id, score: v, weight: rootLocal[i], contribution: rootLocal[i] * v, subcriteria: []))
            } else {
                let sub = evaluate(child, pathWeight: child.id == researchTO ? nil : rootLocal[i])
                let score = child.id == researchTO ? 1 - sub.score : sub.score
                components.append(ComponentResult(id: child.id, score: score, weight: rootLocal[i], contribution: rootLocal[i] * score,
                                                  subcriteria: sub.leaves))
            }
        }
        let p = components.reduce(0) { $0 + ($1.contribution ?? 0) }
        let gs = components.first { $0.id == "gapSeverity" }?.score ?? 0
        let sp = components.first { $0.id == "standardisationPotential" }?.score ?? 0

        // how-the-engine-decides.md §7
        let forensic = workshop.workshop.practitionerGroup == .FOR || gap.crossCuttingTags.contains("forensic")
        let standardisation = StandardisationResult(score: sp, standards: gap.existingStandards, evidentialNeed: sufficient(.evidentialNeed),
                                                    interoperabilityNeed: sufficient(.interoperabilityNeed), forensicContext: forensic,
                                                    trlBest: routing.trlBest, rules: model.standardisationRules)

        // how-the-engine-decides.md §6 flags
        let developmentCosts = sg.filter { $0.solution.costBasis == .development_total }.compactMap { $0.solution.costEstimateEUR?.mostLikely }.sorted()
        let pcpEstimate = gap.procurementContext?.budgetEstimateEUR?.mostLikely
            ?? (developmentCosts.isEmpty ? nil : 2.6 * RatingAggregationSettings.median(developmentCosts))
        let evidence = FlagEvidence(breadthScore: breadth, interoperabilityNeed: sufficient(.interoperabilityNeed), standardsGap: standardsGap,
                                    prohibitedLink: links.contains { $0.effectiveCategory == .prohibited_use }, asOfDate: context.asOfDate,
                                    pcpEstimate: pcpEstimate, suitability: suitability, rerunRoutes: reruns)
        let procurementFlags = ProcurementFlag.flags(route: decision.route, inputs: routing, evidence: evidence, rules: rules,
                                                     standardisation: model.standardisationRules)
        var gapFlags: Set<String> = []
        if components.contains(where: { $0.subcriteria.contains(where: \.insufficient) }) { gapFlags.insert("PARTIAL_EVIDENCE") }
        if tg.isEmpty { gapFlags.insert("NO_KNOWN_SOLUTION") }
        if best?.affordabilityAssumed == true { gapFlags.insert("ASSUMED_AFFORDABILITY") }
        if gap.existingStandards == nil { gapFlags.insert("STANDARDS_UNKNOWN") }
        if links.contains(where: \.gated) { gapFlags.insert("LEGAL_PROHIBITED") }
        let routeSolution = routing.routeSolution.flatMap { r in sg.first { $0.ref == r.ref } }
        for s in [best, routeSolution].compactMap({ $0 }) {
            for (dim, v) in s.solution.adoptionReadiness where v == 1 { gapFlags.insert("ADOPTION_BLOCKER:\(dim.rawValue)") }
        }
        if routing.supplierOverlap { gapFlags.insert("SUPPLIER_OVERLAP") }

        let bands = model.bands.gapSeverity
        let gsRounded = Decimal6.round(gs)
        let band = gsRounded >= bands[2] ? "critical" : gsRounded >= bands[1] ? "high" : gsRounded >= bands[0] ? "medium" : "low"
        let declaredRank = workshop.priorityAreas.filter { $0.gapIds.contains(gap.id) }.compactMap(\.declaredRank).min()
        let result = GapResult(
            gapRef: gapRef, workshopId: wid, practitionerGroup: workshop.workshop.practitionerGroup, year: workshop.workshop.year,
            title: gap.title, crossCuttingTags: gap.crossCuttingTags, priorityScore: p, gapSeverity: gs, gapSeverityBand: band,
            breadthScore: breadth, components: components, flags: gapFlags.sorted(), bestSolutionRef: best?.ref,
            procurement: ProcurementResult(decision: decision, routeSolutionRef: routing.routeSolution?.ref, flags: procurementFlags,
                                           suitability: suitability, inputs: routing, pcpEstimate: pcpEstimate,
                                           budgetEstimate: gap.procurementContext?.budgetEstimateEUR?.mostLikely),
            standardisation: standardisation, declaredRoute: gap.declaredProcurementRoute, declaredRank: declaredRank)
        return (result, warnings)
    }
}

extension GapEvaluator {
    /// The links of `gap` (solutions in `excludeSolutions` left out) with their effective AI Act category, the gate
    /// at `asOfDate` (how-the-engine-decides.md §4), LAR, affordability and supplier competition (how-the-engine-decides.md §4); SO is left at 0.
    func linkedSolutions(_ gap: Workshop.CapabilityGap, statedBudget: Double?) -> [LinkedSolution] {
        var links: [LinkedSolution] = []
        for s in workshop.candidateSolutions {
            let ref = "\(wid)/\(s.id)"
            guard !context.excludeSolutions.contains(ref) else { continue }
            for link in s.linkedGaps where link.gapId == gap.id {
                let category = link.aiActCategoryOverride ?? s.aiActCategory
                let gated = category == .prohibited_use && context.asOfDate >= model.procurementRules.aiActProhibitionsFrom
                let dims = s.adoptionReadiness.values
                let (afford, assumed) = LinkedSolution.affordability(statedBudget: statedBudget, cost: s.costEstimateEUR)
                links.append(LinkedSolution(ref: ref, solution: s, coverage: Double(link.coveragePct), effectiveCategory: category,
                                            gated: gated, lar: gated || dims.isEmpty ? nil : Double(dims.reduce(0, +)) / Double(dims.count),
                                            affordability: afford, affordabilityAssumed: assumed,
                                            supplierCompetition: model.derived.supplierCompetition(s.supplierTotal)))
            }
        }
        return links
    }
}

extension RoutingInputs {
    /// Σ budgetEUR over the interested procurers that give one (each orgRef once, first entry); `nil` if none does.
    static func statedBudget(_ context: Workshop.ProcurementContext?) -> Double? {
        var seen = Set<String>()
        let budgets = (context?.interestedProcurers ?? []).filter { seen.insert($0.orgRef).inserted }.compactMap(\.budgetEUR)
        return budgets.isEmpty ? nil : Double(budgets.reduce(0, +))
    }
}
