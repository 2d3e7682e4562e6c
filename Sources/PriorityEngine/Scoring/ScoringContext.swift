/// What the scoring of one gap needs beyond its own workshop: the model, the legal evaluation date, the scenario's
/// excluded solutions and the cross-cutting tags of every workshop passed to the run (for breadthPG).
public struct ScoringContext: Sendable {
    public let model: ScoringModel
    /// The model's hierarchy laid flat: the one body of values, renormalisation, SO, P and GS.
    let hierarchy: CompiledHierarchy
    /// `YYYY-MM-DD`; AI Act gates compare it with `procurementRules.aiActProhibitionsFrom`.
    public var asOfDate: String
    /// Global refs of solutions left out of T_g, L_g, S_g and every flag condition.
    public var excludeSolutions: Set<String>
    /// The practitioner groups of the gaps carrying each tag, over all workshops of the run (before scope).
    public var tagGroups: [String: Set<PractitionerGroup>]

    public init(model: ScoringModel, asOfDate: String, excludeSolutions: Set<String> = [], workshops: [Workshop]) {
        self.model = model
        hierarchy = CompiledHierarchy(model: model)
        self.asOfDate = asOfDate
        self.excludeSolutions = excludeSolutions
        var groups: [String: Set<PractitionerGroup>] = [:]
        for w in workshops {
            for gap in w.capabilityGaps { for tag in gap.crossCuttingTags { groups[tag, default: []].insert(w.workshop.practitionerGroup) } }
        }
        tagGroups = groups
    }

    /// The countries counted for breadth (how-the-engine-decides.md §3): the Member States of the basis, plus the associated countries
    /// (and GB on EU27 basis) when `countAssociated`.
    public func countedSet(_ basis: MemberStateBasis) -> Set<String> {
        var set = MemberStates.members(of: basis)
        if model.derived.countAssociated { set.formUnion(associated(basis)) }
        return set
    }

    /// Member States of the basis plus associated countries (for `EU_COFUNDING_ELIGIBLE`).
    public func msAc(_ basis: MemberStateBasis) -> Set<String> {
        MemberStates.members(of: basis).union(associated(basis))
    }

    func associated(_ basis: MemberStateBasis) -> Set<String> {
        Set(model.derived.associatedCountries).union(basis == .EU27 ? ["GB"] : [])
    }

    /// breadthPG score: 1 for one PG, 3 for two, 5 for three or more.
    public func breadthPG(_ gap: Workshop.CapabilityGap, group: PractitionerGroup) -> Int {
        var pgs: Set<PractitionerGroup> = [group]
        for tag in gap.crossCuttingTags { pgs.formUnion(tagGroups[tag] ?? []) }
        return pgs.count >= 3 ? 5 : pgs.count == 2 ? 3 : 1
    }
}
