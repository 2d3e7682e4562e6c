import PriorityEngine

/// What every code in the outputs means, in plain words: routes, route reasons, procurement and gap flags,
/// standardisation recommendations and bands. The HTML report's glossary and the Markdown legend are generated from
/// it (docs/how-the-engine-decides.md tells the same at length).
public enum Glossary {
    public static let routes: [(ProcurementRoute, String)] = [
        (.PCP, "pre-commercial procurement: buy research and development from competing suppliers in phases"),
        (.PCP_THEN_PPI, "pre-commercial procurement, followed by public procurement of innovation to buy the result at scale"),
        (.PPI, "public procurement of innovation: buy a near-market or new solution as a launch customer"),
        (.INNOVATION_PARTNERSHIP, "research, development and purchase in one procedure, for a buyer committed to deploy"),
        (.STANDARD_PROCUREMENT, "an ordinary tender: a competitive market already meets the need"),
        (.FURTHER_RESEARCH_FIRST, "not ready for procurement: clarify the need, consult the market or fund research first"),
        (.NON_PROCUREMENT, "a matter of procedures, training, law or policy, not of buying"),
        (.BLOCKED, "every solution that could serve is a use EU law prohibits"),
    ]

    /// A route's short name for tables ("PCP then PPI"); the code stays beside it where machines read.
    public static func routeName(_ route: ProcurementRoute) -> String {
        switch route {
        case .PCP: "PCP"
        case .PCP_THEN_PPI: "PCP then PPI"
        case .PPI: "PPI"
        case .INNOVATION_PARTNERSHIP: "Innovation partnership"
        case .STANDARD_PROCUREMENT: "Standard procurement"
        case .FURTHER_RESEARCH_FIRST: "Research first"
        case .NON_PROCUREMENT: "Not a procurement"
        case .BLOCKED: "Blocked by the AI Act"
        }
    }

    /// The criteria the engine derives from the workshop's facts, by name.
    static let derivedCriterionNames = [
        "breadthMS": "Breadth across Member States", "breadthLEAs": "Breadth across agencies", "breadthPG": "Breadth across practitioner groups",
        "trl": "Technology readiness (TRL)", "supplierCompetition": "Supplier competition", "coverage": "Coverage of the need",
        "maturityFit": "Maturity fit", "affordability": "Affordability", "adoptionReadiness": "Adoption readiness",
    ]

    /// The practitioner groups by name.
    public static func groupName(_ group: PractitionerGroup) -> String {
        switch group {
        case .FLP: "Front Line Policing"
        case .CBC: "Cross Border Crime"
        case .CYB: "Cybercrime"
        case .CNI: "Crime & Intelligence"
        case .FOR: "Forensics"
        }
    }

    /// A criterion by name: the rating scale's title for a rated criterion ("Operational impact"), else its id in
    /// words ("procurementActionability" → "Procurement actionability").
    public static func criterionName(_ id: String) -> String {
        if let key = RatingKey(rawValue: id) { return RatingScales.scale(key).title }
        if let name = derivedCriterionNames[id] { return name }
        var words = ""
        for c in id {
            if c.isUppercase, !words.isEmpty { words += " " + c.lowercased() } else { words.append(c) }
        }
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    public static let reasons: [(RouteReason, String)] = [
        (.NEED_DEFINITION, "the need is not written down clearly enough"),
        (.NO_ADEQUATE_SOLUTION, "no known solution covers enough of the need"),
        (.LOW_TRL, "the best solution is at TRL 3 or below"),
        (.INSUFFICIENT_MARKET_EVIDENCE, "the inputs fit no route: more technology watch and market consultation"),
    ]

    public static let procurementFlags: [(ProcurementFlag, String)] = [
        (.JOINT_CROSS_BORDER, "consider a joint cross-border procurement"),
        (.EU_COFUNDING_ELIGIBLE, "in principle eligible for EU co-funding of a PCP or PPI"),
        (.BUDGET_SHORTFALL, "the stated budget is below what the route needs"),
        (.BUDGET_UNKNOWN, "no procurer states a budget"),
        (.STANDARDS_IN_TENDER, "require open standards and interfaces in the tender"),
        (.HORIZON_MISMATCH, "a PCP for a near need: consider an interim purchase"),
        (.LEGAL_HIGH_RISK, "impact and conformity assessments needed before award"),
        (.LEGAL_FUTURE_CONSTRAINT, "a use the AI Act will prohibit later"),
        (.FEW_APPROACHES, "only one technical approach known: confirm that several exist"),
        (.ROUTE_UNSTABLE, "the route changes within the uncertainty of TRL or supplier counts"),
        (.SUITABILITY_DISAGREES, "another instrument fits better: ask for a human review"),
    ]

    public static let gapFlags: [(String, String)] = [
        ("PARTIAL_EVIDENCE", "a criterion had too few raters and was left out"),
        ("NO_KNOWN_SOLUTION", "no solution covers at least 30 % of the need"),
        ("ASSUMED_AFFORDABILITY", "no procurer states a budget: affordability taken as 0.5"),
        ("STANDARDS_UNKNOWN", "existing standards were not looked for"),
        ("LEGAL_PROHIBITED", "a linked solution's use is prohibited by the AI Act"),
        ("SUPPLIER_OVERLAP", "one supplier may be counted for several solutions"),
        ("ADOPTION_BLOCKER", "a dimension of adoption readiness is rated 1 (named after the colon)"),
    ]

    public static let standardisation: [(StandardisationRecommendation, String)] = [
        (.NO_EU_ACTION, "little to gain from harmonisation"),
        (.PROMOTE_UPTAKE, "an existing standard covers the need: require it"),
        (.FORENSIC_METHOD_STANDARD, "a validated forensic method standard and accreditation"),
        (.PRE_STANDARD_CWA, "a CEN workshop agreement, as the technology is not yet stable"),
        (.FORMAL_INTEROP_STANDARD, "a formal standard for data formats and interfaces"),
        (.BEST_PRACTICE_GUIDE, "harmonise procedures without formal standardisation"),
    ]

    /// Scores and bands, one line each.
    public static let scores: [(String, String)] = [
        ("P", "priority score 0–1: the weighted sum of gap severity, technology opportunity, standardisation potential and procurement actionability"),
        ("priority-1 / -2 / -3", "P of at least 0.70 / at least 0.50 / below"),
        ("GS", "gap severity 0–1; bands critical ≥ 0.75, high ≥ 0.50, medium ≥ 0.25, low below"),
        ("R00–R09", "the procurement rules, the first that holds chooses the route"),
        ("SR1–SR6", "the standardisation rules, the first that holds chooses the recommendation"),
        ("P(top k)", "share of the Monte-Carlo runs in which the gap is in the top k"),
    ]
}
