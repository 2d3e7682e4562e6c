import JSONFormat
/// Standardisation recommendations (docs/how-the-engine-decides.md §7).
public enum StandardisationRecommendation: String, CaseIterable, Sendable {
    case NO_EU_ACTION, PROMOTE_UPTAKE, FORENSIC_METHOD_STANDARD, PRE_STANDARD_CWA, FORMAL_INTEROP_STANDARD, BEST_PRACTICE_GUIDE
}

/// The standardisation result of a gap: SP, the first matching rule SR1–SR6 and the standards named by SR2.
public struct StandardisationResult: Sendable {
    public var score: Double
    public var recommendation: StandardisationRecommendation
    public var ruleId: String
    public var standardRefs: [String]

    /// The standardsGap score of how-the-engine-decides.md §7: per entry complete∧adopted → 1, complete → 2, partial → 3, none → 5; the
    /// minimum over the entries; 5 for an empty list; 3 when the key is absent (not checked).
    public static func standardsGap(_ standards: [Workshop.ExistingStandard]?) -> Int {
        guard let standards else { return 3 }
        return standards.map(entryScore).min() ?? 5
    }

    static func entryScore(_ s: Workshop.ExistingStandard) -> Int {
        switch s.coverage {
        case .complete: s.adopted ? 1 : 2
        case .partial: 3
        case .none: 5
        }
    }

    /// Evaluates SR1–SR6 in order. Group values are compared rounded to 6 dp; an insufficient rating (`nil`) makes
    /// its condition false.
    public init(score: Double, standards: [Workshop.ExistingStandard]?, evidentialNeed: Double?, interoperabilityNeed: Double?,
                forensicContext: Bool, trlBest: Double, rules r: StandardisationRules) {
        self.score = score
        let gap = Self.standardsGap(standards)
        standardRefs = []
        if Decimal6.round(score) < r.noActionBelow { (recommendation, ruleId) = (.NO_EU_ACTION, "SR1") }
        else if Double(gap) <= r.promoteUptakeMaxGap {
            (recommendation, ruleId) = (.PROMOTE_UPTAKE, "SR2")
            standardRefs = (standards ?? []).filter { Self.entryScore($0) <= 2 }.map(\.ref)
        } else if let e = evidentialNeed, e >= r.forensicMinEvidential, forensicContext {
            (recommendation, ruleId) = (.FORENSIC_METHOD_STANDARD, "SR3")
        } else if trlBest <= r.cwaMaxTrl { (recommendation, ruleId) = (.PRE_STANDARD_CWA, "SR4") }
        else if let i = interoperabilityNeed, i >= r.interopMin { (recommendation, ruleId) = (.FORMAL_INTEROP_STANDARD, "SR5") }
        else { (recommendation, ruleId) = (.BEST_PRACTICE_GUIDE, "SR6") }
    }
}
