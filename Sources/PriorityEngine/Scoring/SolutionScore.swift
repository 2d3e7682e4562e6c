import JSONFormat
/// A solution linked to a gap, scored for Technology Opportunity (docs/how-the-engine-decides.md §4, §4).
public struct LinkedSolution: Sendable {
    public var ref: String
    public var solution: Workshop.CandidateSolution
    public var coverage: Double
    /// `aiActCategoryOverride` of the link, else the solution's `aiActCategory`.
    public var effectiveCategory: AIActCategory
    /// Effective category `prohibited_use` and asOfDate ≥ aiActProhibitionsFrom.
    public var gated: Bool
    /// LAR = mean of the dimensions given (not computed for a gated link).
    public var lar: Double?
    public var affordability: Double
    public var affordabilityAssumed: Bool
    public var supplierCompetition: Double
    /// SO(s, g) = Σ w·v over the TO leaves (0 for a gated link).
    public var so: Double = 0

    /// The bestSolution order of how-the-engine-decides.md §4: whether solution a ranks above solution b — higher SO
    /// (rounded to 6 dp), then wider coverage, then higher TRL, then the smaller ref. The one body of the rule, for
    /// the explained result and the Monte Carlo (with drawn TRLs).
    @inline(__always)
    static func ranksAboveAsBest(so: (a: Double, b: Double), coverage: (a: Double, b: Double), trl: (a: Double, b: Double),
                                 ref: (a: String, b: String)) -> Bool {
        let (x, y) = (Decimal6.round(so.a), Decimal6.round(so.b))
        if x != y { return x > y }
        if coverage.a != coverage.b { return coverage.a > coverage.b }
        if trl.a != trl.b { return trl.a > trl.b }
        return ref.a < ref.b
    }

    /// The value of a bestSolution slot (`CompiledHierarchy.Slot`) for this solution.
    func value(slot: Int) -> Double? {
        CompiledHierarchy.bestSolutionValue(slot, trl: solution.trl.mostLikely, coverage: coverage, lar: lar, affordability: affordability,
                                            competition: supplierCompetition)
    }

    /// Affordability of how-the-engine-decides.md §4: min(1, statedBudget / C), C = costEstimateEUR.mostLikely (1 if C = 0); 0.5 (assumed)
    /// without a stated budget or a cost estimate.
    static func affordability(statedBudget: Double?, cost: ThreePoint?) -> (Double, assumed: Bool) {
        affordability(statedBudget: statedBudget, cost: cost?.mostLikely)
    }

    /// The same for one cost value (the most likely one, or a Monte-Carlo draw).
    static func affordability(statedBudget: Double?, cost: Double?) -> (Double, assumed: Bool) {
        guard let statedBudget, let cost else { return (0.5, true) }
        return cost == 0 ? (1, false) : (min(1, statedBudget / cost), false)
    }
}
