/// One leaf of a gap's score (`components.*.subcriteria[]`, docs/file-formats.md "Ranking").
public struct LeafResult: Sendable {
    public var id: String
    /// Group value for rated criteria, the derived raw value otherwise; `nil` when insufficient (or T_g empty).
    public var raw: Double?
    /// Value in [0, 1]; `nil` when insufficient.
    public var value: Double?
    /// Effective local weight after renormalisation (0 if insufficient).
    public var weight: Double
    /// The local weight before renormalisation (the workshop's final weight).
    public var localWeight: Double
    /// Product of the weights above × local weight × value; `nil` for TO leaves under `researchAgenda`.
    public var contribution: Double?
    /// The aggregation evidence, for rated criteria only.
    public var rating: AggregatedRating?
    public var insufficient: Bool
}

/// A root child of a gap's score (`components.<id>`).
public struct ComponentResult: Sendable {
    public var id: String
    public var score: Double
    public var weight: Double
    /// weight × score; `nil` when the root aggregation is not a weighted sum.
    public var contribution: Double?
    public var subcriteria: [LeafResult]
}

/// The procurement part of a gap's result (how-the-engine-decides.md §5, `entries[].procurement`).
public struct ProcurementResult: Sendable {
    public var decision: RouteDecision
    public var routeSolutionRef: String?
    public var flags: [String]
    /// `nil` for gaps of nature process_training or legal_policy.
    public var suitability: Suitability?
    public var inputs: RoutingInputs
    /// pcpEstimate of how-the-engine-decides.md §6, when there is one.
    public var pcpEstimate: Double? = nil
    /// `procurementContext.budgetEstimateEUR.mostLikely`, when given.
    public var budgetEstimate: Double? = nil
}

/// Everything the engine computed for one gap, before ranking.
public struct GapResult: Sendable {
    public var gapRef: String
    public var workshopId: String
    public var practitionerGroup: PractitionerGroup
    public var year: Int
    public var title: String
    public var crossCuttingTags: [String]
    /// P (how-the-engine-decides.md §1); for another root aggregation, that method's score once ranked.
    public var priorityScore: Double
    public var gapSeverity: Double
    public var gapSeverityBand: String
    public var breadthScore: Int
    public var components: [ComponentResult]
    /// Gap-level flags, sorted.
    public var flags: [String]
    public var bestSolutionRef: String?
    public var procurement: ProcurementResult
    public var standardisation: StandardisationResult
    public var declaredRoute: ProcurementRoute?
    public var declaredRank: Int?

    /// The leaf with this id.
    public func leaf(_ id: String) -> LeafResult? { components.lazy.flatMap(\.subcriteria).first { $0.id == id } }
    public func component(_ id: String) -> ComponentResult? { components.first { $0.id == id } }
}
