import JSONFormat
/// A member of S_g as routing sees it (docs/how-the-engine-decides.md §5). The ROUTE_UNSTABLE re-runs perturb `trl` and `suppliers`.
public struct RouteCandidate: Sendable {
    /// Global ref `<workshopId>/<localId>`.
    public var ref: String
    /// TRL_ml (`trl.mostLikely`), or the perturbed value.
    public var trl: Double
    public var trlMin: Double, trlMax: Double
    public var coverage: Double
    public var availability: Availability
    public var technicalApproach: String?
    public var suppliers: Int
    public var supplierIds: [String]?
    /// SO of the solution (how-the-engine-decides.md §4), for the routeSolution tie rule.
    public var so: Double
    public var effectiveCategory: AIActCategory
    public var dataProtection: Int?

    /// availability = `commercial` or TRL_ml = 9.
    public var isCommercial: Bool { availability == .commercial || trl == 9 }
    /// Not commercial, and availability = `limited_commercial` or TRL_ml = 8.
    public var isNearMarket: Bool { !isCommercial && (availability == .limited_commercial || trl == 8) }

    /// The routeSolution order of how-the-engine-decides.md §5: whether candidate a ranks above candidate b — higher
    /// TRL, then wider coverage, then higher SO (rounded to 6 dp), then the smaller ref. The one body of the rule,
    /// for the explained result and the Monte Carlo's route memo.
    @inline(__always)
    static func ranksAboveAsRouteSolution(trl: (a: Double, b: Double), coverage: (a: Double, b: Double), so: (a: Double, b: Double),
                                          ref: (a: String, b: String)) -> Bool {
        if trl.a != trl.b { return trl.a > trl.b }
        if coverage.a != coverage.b { return coverage.a > coverage.b }
        let (x, y) = (Decimal6.round(so.a), Decimal6.round(so.b))
        if x != y { return x > y }
        return ref.a < ref.b
    }
}

/// The derived routing inputs of one gap (docs/how-the-engine-decides.md §5).
public struct RoutingInputs: Sendable {
    public var gapNature: GapNature
    /// |L_g|: links with coverage ≥ minCoverageRoute, gated or not.
    public var linkCount: Int
    /// Every member of L_g is gated.
    public var allLinksGated: Bool
    public var candidates: [RouteCandidate]
    public var routeSolution: RouteCandidate?
    /// TRL_ml of routeSolution; 0 when S_g is empty.
    public var trlBest: Double
    public var nSuppliersCommercial: Int
    public var coverageBestCommercial: Double
    public var nSuppliersMarket: Int
    public var competingApproaches: Int
    public var rdNeeded: Bool
    /// The group value rounded to 6 dp; `nil` when insufficient.
    public var needClarity: Double?
    public var horizon: Horizon?
    public var deploymentIntent: DeploymentIntent?
    public var expectedScale: ExpectedScale?
    public var conformanceTestingNeeded: Bool
    public var explicitRdNeeded: Bool?
    /// Distinct orgRefs / countries with commitment ≥ letter_of_intent, and the same restricted to EU MS or
    /// associated countries.
    public var procurers: Int, procurerMS: Int, procurersMsAc: Int, procurerMsAc: Int
    /// Σ budgetEUR over the procurers that give one; `nil` when none does.
    public var statedBudget: Double?
    /// Shared supplierIds were left in a summed supplier count.
    public var supplierOverlap: Bool

    /// Builds the inputs from S_g and the gap's context.
    /// - Parameters:
    ///   - gapNature: what kind of need the gap is.
    ///   - linkCount: the links of the gap with route coverage, gated or not (L_g).
    ///   - allLinksGated: every one of those links is a use the AI Act prohibits at the run's date.
    ///   - candidates: the members of S_g.
    ///   - needClarity: the group value of the need-clarity ratings; `nil` when too few rated it.
    ///   - context: the gap's procurement context, after the scenario merge.
    ///   - msAc: the EU Member States of the workshop's basis plus the associated countries.
    ///   - rules: the model's procurement thresholds.
    ///   - ignoreSupplierIds: count suppliers by their totals even where ids are given.
    public init(gapNature: GapNature, linkCount: Int, allLinksGated: Bool, candidates: [RouteCandidate],
                needClarity: Double?, context: Workshop.ProcurementContext?, msAc: Set<String>,
                rules: ProcurementRules, ignoreSupplierIds: Bool = false) {
        self.init(gapNature: gapNature, linkCount: linkCount, allLinksGated: allLinksGated, candidates: candidates,
                  needClarity: needClarity, context: context, procurerStats: ProcurerStats(context, msAc: msAc), rules: rules,
                  ignoreSupplierIds: ignoreSupplierIds)
    }

    /// The same with the procurer counts computed once (they do not change between Monte-Carlo runs).
    init(gapNature: GapNature, linkCount: Int, allLinksGated: Bool, candidates: [RouteCandidate],
         needClarity: Double?, context: Workshop.ProcurementContext?, procurerStats p: ProcurerStats,
         rules: ProcurementRules, ignoreSupplierIds: Bool = false) {
        self.gapNature = gapNature
        self.linkCount = linkCount
        self.allLinksGated = allLinksGated
        self.candidates = candidates
        self.needClarity = needClarity
        horizon = context?.horizon
        deploymentIntent = context?.deploymentIntent
        expectedScale = context?.expectedScale
        conformanceTestingNeeded = context?.conformanceTestingNeeded ?? false
        explicitRdNeeded = context?.rdNeeded
        routeSolution = nil; trlBest = 0; nSuppliersCommercial = 0; coverageBestCommercial = 0; nSuppliersMarket = 0
        competingApproaches = 0; rdNeeded = false; supplierOverlap = false
        procurers = p.procurers
        procurerMS = p.procurerMS
        procurersMsAc = p.procurersMsAc
        procurerMsAc = p.procurerMsAc
        statedBudget = p.statedBudget
        derive(rules: rules, ignoreSupplierIds: ignoreSupplierIds)
    }

    /// The same inputs with other members of S_g: every input derived from S_g is recomputed (how-the-engine-decides.md §5).
    public func replacingCandidates(_ candidates: [RouteCandidate], rules: ProcurementRules) -> RoutingInputs {
        var x = self
        x.candidates = candidates
        x.derive(rules: rules, ignoreSupplierIds: false)
        return x
    }

    /// routeSolution, trlBest, the supplier counts, coverageBestCommercial, competingApproaches, the derived
    /// rdNeeded and supplierOverlap, from `candidates`.
    private mutating func derive(rules: ProcurementRules, ignoreSupplierIds: Bool) {
        routeSolution = candidates.max { a, b in
            RouteCandidate.ranksAboveAsRouteSolution(trl: (b.trl, a.trl), coverage: (b.coverage, a.coverage), so: (b.so, a.so), ref: (b.ref, a.ref))
        }
        trlBest = routeSolution?.trl ?? 0
        let commercialWide = candidates.filter { $0.isCommercial && $0.coverage >= rules.coverageStandardMin }
        var overlap = false
        nSuppliersCommercial = Self.supplierCount(commercialWide, ignoreIds: ignoreSupplierIds, overlap: &overlap)
        coverageBestCommercial = candidates.filter(\.isCommercial).map(\.coverage).max() ?? 0
        nSuppliersMarket = Self.supplierCount(candidates.filter { $0.trl >= rules.trlPpiMin }, ignoreIds: ignoreSupplierIds, overlap: &overlap)
        var labels = Set<String>(), unlabelled = 0
        for c in candidates where c.trl <= rules.trlPcpMax {
            if let t = c.technicalApproach { labels.insert(t) } else { unlabelled += 1 }
        }
        competingApproaches = labels.count + unlabelled
        rdNeeded = explicitRdNeeded ?? (!candidates.contains { $0.trl >= rules.trlPpiMin } && gapNature == .novel_capability)
        supplierOverlap = overlap
    }

    /// Supplier count of a set (how-the-engine-decides.md §5): distinct ids when every member lists them, else the sum of totals (and
    /// `overlap` when two members that list ids share one).
    static func supplierCount(_ xs: [RouteCandidate], ignoreIds: Bool, overlap: inout Bool) -> Int {
        if !ignoreIds, !xs.isEmpty, xs.allSatisfy({ $0.supplierIds != nil }) {
            return Set(xs.flatMap { $0.supplierIds! }).count
        }
        if !ignoreIds {
            let lists = xs.compactMap(\.supplierIds).map(Set.init)
            for i in lists.indices { for j in lists.indices where j > i && !lists[i].isDisjoint(with: lists[j]) { overlap = true } }
        }
        return xs.reduce(0) { $0 + $1.suppliers }
    }
}

/// The procurer part of the routing inputs (how-the-engine-decides.md §5): each orgRef once (its first entry); counts of procurers and
/// of their countries with commitment ≥ letter_of_intent, in all and restricted to EU MS/AC; the stated budget.
struct ProcurerStats: Sendable {
    var procurers = 0, procurerMS = 0, procurersMsAc = 0, procurerMsAc = 0
    var statedBudget: Double?

    init(_ context: Workshop.ProcurementContext?, msAc: Set<String>) {
        var seen = Set<String>()
        let list = (context?.interestedProcurers ?? []).filter { seen.insert($0.orgRef).inserted }
        let committed = list.filter { $0.commitment >= .letter_of_intent }
        procurers = committed.count
        procurerMS = Set(committed.map(\.country)).count
        let committedMsAc = committed.filter { msAc.contains($0.country) }
        procurersMsAc = committedMsAc.count
        procurerMsAc = Set(committedMsAc.map(\.country)).count
        let budgets = list.compactMap(\.budgetEUR)
        statedBudget = budgets.isEmpty ? nil : Double(budgets.reduce(0, +))
    }
}
