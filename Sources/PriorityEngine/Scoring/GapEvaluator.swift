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

    /// The evaluation of `gap`, with the engine warnings it raised (`NO_EU_MEMBER_STATE`, `AI_ACT_UNKNOWN`): the
    /// steps of how-the-engine-decides.md in order, each a function below.
    public func evaluate(_ gap: Workshop.CapabilityGap) -> (result: GapResult, warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let ratings = aggregatedRatings(gap)
        let derived = derivedCriteria(gap, ratings: ratings, warnings: &warnings)
        let solutions = scoredSolutions(gap, warnings: &warnings)
        let routing = route(gap, solutions: solutions, needClarity: ratings.sufficient(.needClarity))
        let (p, gs, components) = priority(ratings: ratings, derived: derived, best: solutions.best, routing: routing)
        let sp = context.hierarchy.standardisationChild.map { components[$0].score } ?? 0

        // how-the-engine-decides.md §7
        let forensic = workshop.workshop.practitionerGroup == .FOR || gap.crossCuttingTags.contains("forensic")
        let standardisation = StandardisationResult(score: sp, standards: gap.existingStandards,
                                                    evidentialNeed: ratings.sufficient(.evidentialNeed),
                                                    interoperabilityNeed: ratings.sufficient(.interoperabilityNeed), forensicContext: forensic,
                                                    trlBest: routing.inputs.trlBest, rules: model.standardisationRules)

        // how-the-engine-decides.md §6 flags
        let pcpEstimate = Self.pcpEstimate(gap, routable: solutions.routable)
        let evidence = FlagEvidence(breadthScore: derived.breadth, interoperabilityNeed: ratings.sufficient(.interoperabilityNeed),
                                    standardsGap: derived.standardsGap,
                                    prohibitedLink: solutions.links.contains { $0.effectiveCategory == .prohibited_use }, asOfDate: context.asOfDate,
                                    pcpEstimate: pcpEstimate, suitability: routing.suitability, rerunRoutes: routing.perturbedRoutes)
        let procurementFlags = ProcurementFlag.flags(route: routing.decision.route, inputs: routing.inputs, evidence: evidence,
                                                     rules: model.procurementRules, standardisation: model.standardisationRules)
        let gapFlags = Self.gapFlags(gap, components: components, solutions: solutions, routing: routing.inputs)

        let result = GapResult(
            gapRef: "\(wid)/\(gap.id)", workshopId: wid, practitionerGroup: workshop.workshop.practitionerGroup, year: workshop.workshop.year,
            title: gap.title, crossCuttingTags: gap.crossCuttingTags, priorityScore: p, gapSeverity: gs,
            gapSeverityBand: model.bands.gapSeverityBand(gs), breadthScore: derived.breadth, components: components, flags: gapFlags,
            bestSolutionRef: solutions.best?.ref,
            procurement: ProcurementResult(decision: routing.decision, routeSolutionRef: routing.inputs.routeSolution?.ref, flags: procurementFlags,
                                           suitability: routing.suitability, inputs: routing.inputs, pcpEstimate: pcpEstimate,
                                           budgetEstimate: gap.procurementContext?.budgetEstimateEUR?.mostLikely),
            standardisation: standardisation, declaredRoute: gap.declaredProcurementRoute,
            declaredRank: workshop.priorityAreas.filter { $0.gapIds.contains(gap.id) }.compactMap(\.declaredRank).min())
        return (result, warnings)
    }
}

/// The group values of a gap's rated criteria (how-the-engine-decides.md §2).
struct GapRatings {
    let byKey: [RatingKey: AggregatedRating]

    /// The group value rounded to 6 dp, or `nil` when too few raters gave one (insufficient).
    func sufficient(_ key: RatingKey) -> Double? {
        let r = byKey[key]!
        return r.consensus == .insufficient ? nil : r.value.map(Decimal6.round)
    }
}

/// The derived criteria of a gap (how-the-engine-decides.md §3).
struct DerivedCriteria {
    /// breadthMS score 1–5, from the number of counted member states affected.
    var breadth: Int
    /// Target maturity minus the baseline group value, at least 0; `nil` when the baseline is insufficient.
    var shortfall: Double?
    var breadthPG: Int
    var standardsGap: Int
}

/// A gap's linked solutions (how-the-engine-decides.md §4) and the sets the rules read: `known` (T_g: not gated,
/// coverage at least `minCoverageLink`), `routeLinks` (L_g: coverage at least `minCoverageRoute`, gated or not),
/// `routable` (S_g: both), and the best solution of T_g.
struct GapSolutions {
    var links: [LinkedSolution]
    var known: [LinkedSolution], routeLinks: [LinkedSolution], routable: [LinkedSolution]
    var best: LinkedSolution?
}

/// A gap's procurement route (how-the-engine-decides.md §5) with what the flags and the priority need.
struct GapRouting {
    var inputs: RoutingInputs
    var decision: RouteDecision
    /// The routes under four one-step changes of the routable solutions (TRL to min and max, one
    /// supplier fewer and more), for the `ROUTE_UNSTABLE` flag.
    var perturbedRoutes: [ProcurementRoute]
    /// `nil` for a gap of procedures, training, law or policy.
    var suitability: Suitability?
    /// PA: the suitability of the chosen route (or, under the research-agenda preset, 1 for a research need).
    var actionability: Double
}

extension GapEvaluator {
    /// how-the-engine-decides.md §2: every rated criterion aggregated.
    func aggregatedRatings(_ gap: Workshop.CapabilityGap) -> GapRatings {
        let settings = model.ratingAggregation
        return GapRatings(byKey: Dictionary(uniqueKeysWithValues: RatingKey.allCases.map {
            ($0, settings.aggregate($0, ratings: gap.ratings, participants: participants, debiasing: debiasing))
        }))
    }

    /// how-the-engine-decides.md §3: breadth across member states (with `NO_EU_MEMBER_STATE` when none is counted),
    /// capability shortfall, breadth across practitioner groups, standards gap.
    func derivedCriteria(_ gap: Workshop.CapabilityGap, ratings: GapRatings, warnings: inout [Diagnostic]) -> DerivedCriteria {
        let basis = workshop.workshop.memberStateBasis
        var affected = Set(gap.affectedMemberStates)
        if model.derived.breadthIncludesLowBaseline {
            for r in gap.ratings {
                guard let p = participants[r.participantId], p.voting, case let .value(t)? = r.cells[.baselineMaturity] else { continue }
                if RatingAggregationSettings.pertMean(t) <= 2 { affected.insert(p.country) }
            }
        }
        let countedAffected = affected.intersection(context.countedSet(basis)).count
        if countedAffected == 0 {
            warnings.append(Diagnostic(.warning, path: "", code: "NO_EU_MEMBER_STATE", ref: "\(wid)/\(gap.id)",
                                       "no affected country of gap '\(gap.id)' is counted under \(basis.rawValue); breadthMS is 1"))
        }
        let baseline = ratings.byKey[.baselineMaturity]!
        return DerivedCriteria(breadth: model.derived.breadthScore(countedAffected),
                               shortfall: baseline.consensus == .insufficient ? nil : max(0, Double(gap.targetMaturity) - baseline.value!),
                               breadthPG: context.breadthPG(gap, group: workshop.workshop.practitionerGroup),
                               standardsGap: StandardisationResult.standardsGap(gap.existingStandards))
    }

    /// how-the-engine-decides.md §4: the linked solutions with their Technology Opportunity SO (with
    /// `AI_ACT_UNKNOWN` for a link of unknown category), the sets the rules read and the best solution.
    func scoredSolutions(_ gap: Workshop.CapabilityGap, warnings: inout [Diagnostic]) -> GapSolutions {
        var links = linkedSolutions(gap, statedBudget: RoutingInputs.statedBudget(gap.procurementContext))
        for linked in links where linked.effectiveCategory == .unknown {
            warnings.append(Diagnostic(.warning, path: "", code: "AI_ACT_UNKNOWN", ref: linked.ref,
                                       "the AI Act category of '\(linked.solution.id)' for gap '\(gap.id)' is unknown; it is treated as not_ai"))
        }
        let hierarchy = context.hierarchy
        flatWeights.withUnsafeBufferPointer { weights in
            for i in links.indices where !links[i].gated {
                let linked = links[i]
                links[i].so = hierarchy.solutionOpportunity(weights: weights.baseAddress!) { linked.value(slot: $0) }
            }
        }
        let known = links.filter { !$0.gated && $0.coverage >= model.derived.minCoverageLink }
        let best = known.max { a, b in
            LinkedSolution.ranksAboveAsBest(so: (b.so, a.so), coverage: (b.coverage, a.coverage),
                                            trl: (b.solution.trl.mostLikely, a.solution.trl.mostLikely), ref: (b.ref, a.ref))
        }
        let minRoute = model.procurementRules.minCoverageRoute
        return GapSolutions(links: links, known: known, routeLinks: links.filter { $0.coverage >= minRoute },
                            routable: known.filter { $0.coverage >= minRoute }, best: best)
    }

    /// how-the-engine-decides.md §5: the routing inputs, the decision of rules R00–R09, the routes under one-step
    /// perturbations, the suitabilities and the actionability PA.
    func route(_ gap: Workshop.CapabilityGap, solutions: GapSolutions, needClarity: Double?) -> GapRouting {
        let rules = model.procurementRules
        let candidates = solutions.routable.map { s in
            RouteCandidate(ref: s.ref, trl: s.solution.trl.mostLikely, trlMin: s.solution.trl.min, trlMax: s.solution.trl.max,
                           coverage: s.coverage, availability: s.solution.availability, technicalApproach: s.solution.technicalApproach,
                           suppliers: s.solution.supplierTotal, supplierIds: s.solution.supplierIds, so: s.so,
                           effectiveCategory: s.effectiveCategory, dataProtection: s.solution.adoptionReadiness[.dataProtection])
        }
        let msAc = context.msAc(workshop.workshop.memberStateBasis)
        func inputs(_ cs: [RouteCandidate], ignoreIds: Bool = false) -> RoutingInputs {
            RoutingInputs(gapNature: gap.gapNature, linkCount: solutions.routeLinks.count, allLinksGated: solutions.routeLinks.allSatisfy(\.gated),
                          candidates: cs, needClarity: needClarity, context: gap.procurementContext, msAc: msAc, rules: rules,
                          ignoreSupplierIds: ignoreIds)
        }
        let routing = inputs(candidates)
        let decision = ProcurementRuleSet.decide(routing, rules: rules)
        let perturbations: [(inout RouteCandidate) -> Void] = [
            { $0.trl = $0.trlMin }, { $0.trl = $0.trlMax },
            { $0.suppliers = max(0, $0.suppliers - 1) }, { $0.suppliers += 1 },
        ]
        let perturbed = perturbations.map { change in
            ProcurementRuleSet.decide(inputs(candidates.map { var c = $0; change(&c); return c }, ignoreIds: true), rules: rules).route
        }
        let suitability = Suitability.of(gap: gap.gapNature, inputs: routing, rules: rules)
        let actionability = Suitability.actionability(decision, researchAgenda: model.preset == .researchAgenda) { suitability }
        return GapRouting(inputs: routing, decision: decision, perturbedRoutes: perturbed, suitability: suitability, actionability: actionability)
    }

    /// how-the-engine-decides.md §1: P and GS through the hierarchy, with the trace recorder on (the same
    /// computation as the Monte Carlo's, `CompiledHierarchy.score`), and the components it records.
    func priority(ratings: GapRatings, derived: DerivedCriteria, best: LinkedSolution?,
                  routing: GapRouting) -> (p: Double, gs: Double, components: [ComponentResult]) {
        typealias Slot = CompiledHierarchy.Slot
        let hierarchy = context.hierarchy
        var raw = [Double](repeating: .nan, count: Slot.count)
        for key in RatingKey.allCases {
            let r = ratings.byKey[key]!
            raw[key.ordinal] = r.consensus == .insufficient ? .nan : r.value ?? .nan
        }
        raw[Slot.shortfall] = derived.shortfall ?? .nan
        raw[Slot.breadthMS] = Double(derived.breadth)
        raw[Slot.breadthPG] = Double(derived.breadthPG)
        raw[Slot.standardsGap] = Double(derived.standardsGap)
        raw[Slot.maturityFit] = routing.inputs.trlBest
        raw[Slot.routeSuitability] = routing.actionability
        for slot in Slot.bestTRL...Slot.bestCompetition { raw[slot] = best?.value(slot: slot) ?? .nan }
        var explained = ExplainedHierarchy(hierarchy: hierarchy, ratings: ratings.byKey)
        let (p, gs) = raw.withUnsafeBufferPointer { raw in
            flatWeights.withUnsafeBufferPointer { weights in
                hierarchy.score(raw: raw.baseAddress!, weights: weights.baseAddress!, rootWeights: weights.baseAddress! + hierarchy.childStart[0],
                                trace: &explained)
            }
        }
        return (p, gs, explained.components)
    }

    /// how-the-engine-decides.md §6: the gap's budget estimate, else 2.6 × the median development cost of its
    /// routable solutions, else none.
    static func pcpEstimate(_ gap: Workshop.CapabilityGap, routable: [LinkedSolution]) -> Double? {
        let developmentCosts = routable.filter { $0.solution.costBasis == .development_total }
            .compactMap { $0.solution.costEstimateEUR?.mostLikely }.sorted()
        return gap.procurementContext?.budgetEstimateEUR?.mostLikely
            ?? (developmentCosts.isEmpty ? nil : 2.6 * RatingAggregationSettings.median(developmentCosts))
    }

    /// how-the-engine-decides.md §6: the flags of the gap itself, sorted.
    static func gapFlags(_ gap: Workshop.CapabilityGap, components: [ComponentResult], solutions: GapSolutions,
                         routing: RoutingInputs) -> [String] {
        var flags: Set<String> = []
        if components.contains(where: { $0.subcriteria.contains(where: \.insufficient) }) { flags.insert("PARTIAL_EVIDENCE") }
        if solutions.known.isEmpty { flags.insert("NO_KNOWN_SOLUTION") }
        if solutions.best?.affordabilityAssumed == true { flags.insert("ASSUMED_AFFORDABILITY") }
        if gap.existingStandards == nil { flags.insert("STANDARDS_UNKNOWN") }
        if solutions.links.contains(where: \.gated) { flags.insert("LEGAL_PROHIBITED") }
        let routeSolution = routing.routeSolution.flatMap { r in solutions.routable.first { $0.ref == r.ref } }
        for s in [solutions.best, routeSolution].compactMap({ $0 }) {
            for (dim, v) in s.solution.adoptionReadiness where v == 1 { flags.insert("ADOPTION_BLOCKER:\(dim.rawValue)") }
        }
        if routing.supplierOverlap { flags.insert("SUPPLIER_OVERLAP") }
        return flags.sorted()
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
