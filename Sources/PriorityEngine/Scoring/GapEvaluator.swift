import JSONFormat
/// Scores one workshop's gaps: rating aggregation (how-the-engine-decides.md §2), derived criteria (how-the-engine-decides.md §3), Technology Opportunity (how-the-engine-decides.md §4),
/// standardisation (how-the-engine-decides.md §7), the procurement route with flags and suitabilities (how-the-engine-decides.md §5) and the priority P (how-the-engine-decides.md §1).
public struct GapEvaluator: Sendable {
    public let context: ScoringContext
    public let workshop: Workshop
    public let weights: WorkshopWeights
    let participants: [String: Workshop.Participant]
    let debiasing: ZScoreDebiasing?
    /// The workshop's local weights laid out like `context.hierarchy.children`.
    let flatWeights: [Double]

    public init(context: ScoringContext, workshop: Workshop, weights: WorkshopWeights) {
        self.context = context
        self.workshop = workshop
        self.weights = weights
        participants = Dictionary(workshop.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        debiasing = context.model.ratingAggregation.debias == .zscore ? ZScoreDebiasing(workshop) : nil
        flatWeights = context.hierarchy.flatWeights(weights)
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
        var links = linkedSolutions(gap, statedBudget: statedBudget)
        for linked in links where linked.effectiveCategory == .unknown {
            warnings.append(Diagnostic(.warning, path: "", code: "AI_ACT_UNKNOWN", ref: linked.ref,
                                       "the AI Act category of '\(linked.solution.id)' for gap '\(gap.id)' is unknown; it is treated as not_ai"))
        }
        let hierarchy = context.hierarchy
        flatWeights.withUnsafeBufferPointer { weights in
            for k in links.indices where !links[k].gated {
                let linked = links[k]
                links[k].so = hierarchy.solutionOpportunity(weights: weights.baseAddress!) { linked.value(slot: $0) }
            }
        }
        let rules = model.procurementRules
        let tg = links.filter { !$0.gated && $0.coverage >= model.derived.minCoverageLink }
        let best = tg.max { a, b in
            LinkedSolution.ranksAboveAsBest(so: (b.so, a.so), coverage: (b.coverage, a.coverage),
                                            trl: (b.solution.trl.mostLikely, a.solution.trl.mostLikely), ref: (b.ref, a.ref))
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

        // how-the-engine-decides.md §1: the hierarchy, with the trace recorder on
        typealias Slot = CompiledHierarchy.Slot
        var raw = [Double](repeating: .nan, count: Slot.count)
        for key in RatingKey.allCases {
            let r = ratings[key]!
            raw[key.ordinal] = r.consensus == .insufficient ? .nan : r.value ?? .nan
        }
        raw[Slot.shortfall] = shortfall ?? .nan
        raw[Slot.breadthMS] = Double(breadth)
        raw[Slot.breadthPG] = Double(breadthPG)
        raw[Slot.standardsGap] = Double(standardsGap)
        raw[Slot.maturityFit] = routing.trlBest
        raw[Slot.routeSuitability] = pa
        for slot in Slot.bestTRL...Slot.bestCompetition { raw[slot] = best?.value(slot: slot) ?? .nan }
        var explained = ExplainedHierarchy(hierarchy: hierarchy, ratings: ratings)
        let (p, gs) = raw.withUnsafeBufferPointer { raw in
            flatWeights.withUnsafeBufferPointer { weights in
                hierarchy.score(raw: raw.baseAddress!, weights: weights.baseAddress!, rootWeights: weights.baseAddress! + hierarchy.childStart[0],
                                trace: &explained)
            }
        }
        let components = explained.components
        let sp = hierarchy.standardisationChild.map { components[$0].score } ?? 0

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

/// The explained result's recorder: every leaf with its raw value, value, weights, contribution and rating
/// evidence, grouped under the root child it belongs to.
struct ExplainedHierarchy: HierarchyTrace {
    static var records: Bool { true }
    let hierarchy: CompiledHierarchy
    let ratings: [RatingKey: AggregatedRating]
    private(set) var components: [ComponentResult] = []
    private var leaves: [LeafResult] = []

    init(hierarchy: CompiledHierarchy, ratings: [RatingKey: AggregatedRating]) {
        self.hierarchy = hierarchy
        self.ratings = ratings
    }

    mutating func leaf(node: Int, raw: Double, value: Double?, weight: Double, localWeight: Double, contribution: Double?) {
        let slot = hierarchy.slot[node]
        leaves.append(LeafResult(id: hierarchy.ids[node], raw: raw.isNaN ? nil : raw, value: value, weight: weight, localWeight: localWeight,
                                 contribution: contribution, rating: slot < RatingKey.allCases.count ? ratings[RatingKey.allCases[slot]] : nil,
                                 insufficient: value == nil))
    }

    mutating func component(node: Int, score: Double, weight: Double) {
        components.append(ComponentResult(id: hierarchy.ids[node], score: score, weight: weight, contribution: weight * score, subcriteria: leaves))
        leaves = []
    }
}
