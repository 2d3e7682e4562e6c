// The enumerations of the workshop file (listed in docs/file-formats.md and `ilead schema workshop`), spelled exactly as files use them.
// A value not listed (or listed with another case) is a decode error.

public enum PractitionerGroup: String, CaseIterable, Sendable, Codable { case FLP, CBC, CYB, CNI, FOR }
public enum MemberStateBasis: String, CaseIterable, Sendable, Codable { case EU28, EU27 }
public enum MeetingMode: String, CaseIterable, Sendable, Codable { case in_person, online, hybrid }

public enum ParticipantRole: String, CaseIterable, Sendable, Codable {
    case operational_officer, investigator, intelligence_analyst, forensic_scientist, digital_forensic_examiner,
         technical_specialist, manager_commander, procurement_officer, trainer, legal_advisor, researcher_observer,
         industry_observer
}

public enum OrganisationType: String, CaseIterable, Sendable, Codable {
    case national_police, regional_police, gendarmerie, customs, border_guard, forensic_institute, ministry,
         eu_agency, research, industry, other
}

/// The rating keys of `capabilityGaps[].ratings[]` (docs/file-formats.md "Workshop"), all on the anchored 1–5 scales of how-the-engine-decides.md §2.
public enum RatingKey: String, CaseIterable, Sendable, Codable {
    case operationalImpact, publicSafetyImpact, urgency, frequency, baselineMaturity, needClarity,
         interoperabilityNeed, fragmentation, evidentialNeed

    /// The position in `allCases`, without a search.
    public var ordinal: Int {
        switch self {
        case .operationalImpact: 0
        case .publicSafetyImpact: 1
        case .urgency: 2
        case .frequency: 3
        case .baselineMaturity: 4
        case .needClarity: 5
        case .interoperabilityNeed: 6
        case .fragmentation: 7
        case .evidentialNeed: 8
        }
    }
}

public enum GapNature: String, CaseIterable, Sendable, Codable {
    case novel_capability, integration_customisation, process_training, legal_policy
}

public enum StandardCoverage: String, CaseIterable, Sendable, Codable { case none, partial, complete }
public enum StandardsBody: String, CaseIterable, Sendable, Codable {
    case ISO, IEC, ISO_IEC, CEN, CENELEC, ETSI, ENFSI, ICAO, NIST, national, other
}
public enum Horizon: String, CaseIterable, Sendable, Codable { case near, mid, long }
public enum DeploymentIntent: String, CaseIterable, Sendable, Codable { case none, possible, committed }
public enum ExpectedScale: String, CaseIterable, Sendable, Codable { case pilot, single_agency, national, multi_national }

/// Ordered: `interest` < `letter_of_intent` < `budget_committed`.
public enum Commitment: String, CaseIterable, Sendable, Codable, Comparable {
    case interest, letter_of_intent, budget_committed
    public static func < (a: Commitment, b: Commitment) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum SourceType: String, CaseIterable, Sendable, Codable {
    case market, fp7, h2020, horizon_europe, isf_police, isec, national_programme, academic, lea_inhouse, open_source
}
public enum Availability: String, CaseIterable, Sendable, Codable { case concept, prototype, pilot, limited_commercial, commercial }

/// Ordered from weakest to strongest evidence.
public enum TRLEvidence: String, CaseIterable, Sendable, Codable {
    case self_declared, project_deliverable, tech_watch_assessment, independent_test, lea_field_trial
}

public enum AIActCategory: String, CaseIterable, Sendable, Codable {
    case not_ai, minimal_or_limited, high_risk, prohibited_use, unknown
}

/// The adoption-readiness dimensions of docs/how-the-engine-decides.md §4.
public enum AdoptionDimension: String, CaseIterable, Sendable, Codable {
    case legalBasis, dataProtection, ethicsFundamentalRights, evidentialAdmissibility, integration, trainingNeed,
         operationalAcceptance
}

public enum CostBasis: String, CaseIterable, Sendable, Codable {
    case per_unit, per_licence_year, development_total, deployment_total
}

/// Procurement routes (docs/how-the-engine-decides.md §5).
public enum ProcurementRoute: String, CaseIterable, Sendable, Codable {
    case NON_PROCUREMENT, BLOCKED, FURTHER_RESEARCH_FIRST, STANDARD_PROCUREMENT, PPI, INNOVATION_PARTNERSHIP, PCP,
         PCP_THEN_PPI
}
