/// A value given as a three-point estimate `{min, mostLikely, max}` or a plain number (min = ml = max, how-the-engine-decides.md §2).
public struct ThreePoint: Sendable, Equatable {
    public var min: Double, mostLikely: Double, max: Double
    public init(_ x: Double) { (min, mostLikely, max) = (x, x, x) }
    public init(min: Double, mostLikely: Double, max: Double) { (self.min, self.mostLikely, self.max) = (min, mostLikely, max) }
    /// `true` when all three agree (a plain value).
    public var isPoint: Bool { min == max }
}

/// One rating cell: a value, or an explicit abstention (`null`). An absent key means "not collected".
public enum RatingCell: Sendable, Equatable {
    case value(ThreePoint)
    case abstained
}

/// A workshop file (`kind: "workshop"`, docs/file-formats.md "Workshop"): what one practitioner group produced in one workshop.
public struct Workshop: Sendable {
    public struct Info: Sendable {
        public var id: String
        public var practitionerGroup: PractitionerGroup
        public var topic: String?
        public var year: Int
        public var startDate: String?
        public var endDate: String?
        public var city: String?, country: String?, mode: MeetingMode?
        public var facilitator: String?
        /// As given, or derived: `EU28` when `startDate` < 2020-02-01, else `EU27` (how-the-engine-decides.md §3).
        public var memberStateBasis: MemberStateBasis
    }

    public struct Participant: Sendable {
        public var id: String
        public var country: String
        public var role: ParticipantRole
        public var organisationType: OrganisationType
        public var voting: Bool
        public var pseudonymousPersonId: String?
    }

    public struct Competency: Sendable {
        public var id: String
        public var title: String
        public var description: String?
        public var maturityRatings: [(participantId: String, value: Int?)]
    }

    public struct Rating: Sendable {
        public var participantId: String
        /// Only the keys that were collected; `.abstained` for an explicit `null`.
        public var cells: RatingCells
    }

    public struct ExistingStandard: Sendable {
        public var ref: String
        public var body: StandardsBody
        public var coverage: StandardCoverage
        public var adopted: Bool
    }

    public struct InterestedProcurer: Sendable {
        public var orgRef: String
        public var country: String
        public var commitment: Commitment
        public var budgetEUR: Int?
    }

    public struct ProcurementContext: Sendable {
        public var horizon: Horizon
        public var deploymentIntent: DeploymentIntent
        public var expectedScale: ExpectedScale
        public var rdNeeded: Bool?
        public var conformanceTestingNeeded: Bool
        public var interestedProcurers: [InterestedProcurer]
        public var budgetEstimateEUR: ThreePoint?
    }

    public struct CapabilityGap: Sendable {
        public var id: String
        public var title: String
        public var description: String?
        public var competencyIds: [String]
        public var gapNature: GapNature
        public var affectedMemberStates: [String]
        public var crossCuttingTags: [String]
        public var targetMaturity: Int
        public var ratings: [Rating]
        /// `nil` when the key is absent (then standardsGap is 3 and `STANDARDS_UNKNOWN`, how-the-engine-decides.md §7).
        public var existingStandards: [ExistingStandard]?
        public var procurementContext: ProcurementContext?
        public var declaredProcurementRoute: ProcurementRoute?
        /// The earlier gap (`<workshopId>/<gapId>`) whose need this one raises again; with a shared cross-cutting tag
        /// the two are one recurring need in the pan-European list (docs/technology-watch.md).
        public var followsUp: String?
    }

    public struct GapLink: Sendable {
        public var gapId: String
        public var coveragePct: Int
        public var aiActCategoryOverride: AIActCategory?
    }

    public struct CandidateSolution: Sendable {
        public var id: String
        public var catalogId: String?, name: String?, description: String?
        public var linkedGaps: [GapLink]
        public var sourceType: SourceType?
        public var technicalApproach: String?
        public var availability: Availability
        public var trl: ThreePoint
        public var trlEvidence: TRLEvidence?
        public var mrl: Int?
        public var adoptionReadiness: [AdoptionDimension: Int]
        public var aiActCategory: AIActCategory
        public var costEstimateEUR: ThreePoint?
        public var costBasis: CostBasis?
        public var supplierTotal: Int
        public var supplierEUBased: Int?
        public var supplierIds: [String]?
        /// When the workshop's TRL was assessed (`trlAssessedOn`); the technology watch compares its own dates
        /// with it.
        public var trlAssessedOn: String?
    }

    public struct PriorityArea: Sendable {
        public var id: String
        public var title: String?
        public var gapIds: [String]
        public var declaredRank: Int?
    }

    public struct CriteriaComparison: Sendable {
        public var participantId: String
        public var node: String
        public var judgments: [(a: String, b: String, value: Double)]
    }

    public var workshop: Info
    public var participants: [Participant]
    public var competencies: [Competency]
    public var capabilityGaps: [CapabilityGap]
    public var candidateSolutions: [CandidateSolution]
    public var priorityAreas: [PriorityArea]
    public var criteriaComparisons: [CriteriaComparison]
    public var sourceDocument: String?
}
