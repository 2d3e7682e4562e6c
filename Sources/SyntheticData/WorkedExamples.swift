import Foundation
import PriorityEngine
import Reports
import JSONFormat

/// The worked examples E1–E8 of docs/how-the-engine-decides.md §5, each one gap `G01` in its own workshop file with the fixture
/// defaults of that section, and their expected outputs.
public enum WorkedExamples {
    public struct Solution: Sendable {
        var source: SourceType, availability: Availability, trl: (Int, Int, Int), suppliers: Int, coverage: Int
        var approach: String? = nil
        var aiActCategory: AIActCategory = .not_ai
        var override: AIActCategory? = nil
        var cost: (Int, Int, Int, CostBasis)? = nil
        var catalogId: String? = nil
    }

    public struct Procurer: Sendable {
        var commitment: Commitment
        var budget: Int? = nil
    }

    public struct Case: Sendable {
        public var id: String
        public var title: String
        public var group: PractitionerGroup
        public var year: Int
        public var nature: GapNature = .novel_capability
        public var tags: [String] = []
        public var ratings: [String: Int] = [:]
        public var solutions: [Solution] = []
        public var procurers: [Procurer] = []
        public var horizon: Horizon? = .near
        public var scale: ExpectedScale = .national
        public var intent: DeploymentIntent = .possible
        public var asOfDate = "2025-06-01"
        /// Expected: route, rule, reason, procurement flags, gap flags, route suitability (6 dp; nil for "–").
        public var route: ProcurementRoute
        public var rule: String
        public var reason: RouteReason? = nil
        public var procurementFlags: [String] = []
        public var gapFlags: [String] = []
        public var suitability: Double? = nil
        public var bestSolution: String? = nil
        public var routeSolution: String? = nil
    }

    static let countries = ["NL", "PL", "ES", "DE", "FR", "IT"]

    public static let cases: [Case] = [
        Case(id: "E1", title: "Roadside mobile access to SIS/Interpol/national databases", group: .FLP, year: 2018,
             solutions: [Solution(source: .market, availability: .commercial, trl: (9, 9, 9), suppliers: 5, coverage: 85)],
             procurers: Array(repeating: Procurer(commitment: .letter_of_intent), count: 3),
             route: .STANDARD_PROCUREMENT, rule: "R04", procurementFlags: ["JOINT_CROSS_BORDER"], gapFlags: ["ASSUMED_AFFORDABILITY"], suitability: 1.0),
        Case(id: "E2", title: "Rapid DNA in custody suites with results usable as evidence", group: .FOR, year: 2018,
             ratings: ["evidentialNeed": 5, "interoperabilityNeed": 4],
             solutions: [Solution(source: .market, availability: .limited_commercial, trl: (8, 8, 8), suppliers: 2, coverage: 75)],
             procurers: [Procurer(commitment: .letter_of_intent)],
             route: .PPI, rule: "R06", procurementFlags: ["BUDGET_UNKNOWN", "STANDARDS_IN_TENDER"], gapFlags: ["ASSUMED_AFFORDABILITY"], suitability: 0.883333),
        Case(id: "E3", title: "AI triage of seized-device data", group: .CYB, year: 2019, tags: ["ai_triage"],
             solutions: [Solution(source: .h2020, availability: .prototype, trl: (5, 6, 7), suppliers: 1, coverage: 70, approach: "a", aiActCategory: .high_risk),
                         Solution(source: .h2020, availability: .prototype, trl: (5, 6, 7), suppliers: 1, coverage: 65, approach: "b"),
                         Solution(source: .h2020, availability: .prototype, trl: (4, 5, 6), suppliers: 1, coverage: 60, approach: "c")],
             procurers: Array(repeating: Procurer(commitment: .letter_of_intent), count: 4), horizon: .mid, scale: .multi_national,
             route: .PCP_THEN_PPI, rule: "R08",
             procurementFlags: ["BUDGET_UNKNOWN", "EU_COFUNDING_ELIGIBLE", "JOINT_CROSS_BORDER", "LEGAL_HIGH_RISK"],
             gapFlags: ["ASSUMED_AFFORDABILITY"], suitability: 1.0, routeSolution: "S01"),
        Case(id: "E4", title: "Counter-UAS for urban public events", group: .FLP, year: 2020,
             solutions: [Solution(source: .market, availability: .commercial, trl: (9, 9, 9), suppliers: 4, coverage: 50,
                                  cost: (100_000, 150_000, 250_000, .per_unit)),
                         Solution(source: .h2020, availability: .pilot, trl: (6, 7, 7), suppliers: 1, coverage: 70)],
             procurers: [Procurer(commitment: .budget_committed, budget: 3_000_000)], horizon: .mid, intent: .committed,
             route: .INNOVATION_PARTNERSHIP, rule: "R07", suitability: 0.875, bestSolution: "S01", routeSolution: "S02"),
        Case(id: "E5a", title: "Real-time face identification of passers-by at demonstrations", group: .CNI, year: 2021,
             solutions: [Solution(source: .market, availability: .commercial, trl: (9, 9, 9), suppliers: 2, coverage: 70, override: .prohibited_use)],
             procurers: [Procurer(commitment: .letter_of_intent)], asOfDate: "2025-03-01",
             route: .BLOCKED, rule: "R01", gapFlags: ["LEGAL_PROHIBITED", "NO_KNOWN_SOLUTION"]),
        Case(id: "E5b", title: "Real-time face identification of passers-by at demonstrations", group: .CNI, year: 2021,
             solutions: [Solution(source: .market, availability: .commercial, trl: (9, 9, 9), suppliers: 2, coverage: 70, override: .prohibited_use)],
             procurers: [Procurer(commitment: .letter_of_intent)], asOfDate: "2021-06-01",
             route: .PPI, rule: "R06", procurementFlags: ["BUDGET_UNKNOWN", "LEGAL_FUTURE_CONSTRAINT"], gapFlags: ["ASSUMED_AFFORDABILITY"], suitability: 0.85),
        Case(id: "E6", title: "Identification of new NPS with no reference spectra", group: .FOR, year: 2022,
             solutions: [Solution(source: .academic, availability: .concept, trl: (3, 3, 3), suppliers: 0, coverage: 65)],
             horizon: .long, intent: .none,
             route: .FURTHER_RESEARCH_FIRST, rule: "R03", reason: .LOW_TRL, gapFlags: ["ASSUMED_AFFORDABILITY"]),
        Case(id: "E7", title: "Officers lack training to seize crypto-assets", group: .CYB, year: 2019, nature: .process_training,
             horizon: nil, route: .NON_PROCUREMENT, rule: "R00", gapFlags: ["NO_KNOWN_SOLUTION"]),
        Case(id: "E8", title: "Vehicle infotainment data extraction", group: .FLP, year: 2021,
             solutions: [Solution(source: .market, availability: .limited_commercial, trl: (7, 8, 8), suppliers: 2, coverage: 70)],
             procurers: [Procurer(commitment: .letter_of_intent)],
             route: .PPI, rule: "R06", procurementFlags: ["BUDGET_UNKNOWN", "ROUTE_UNSTABLE"], gapFlags: ["ASSUMED_AFFORDABILITY"], suitability: 0.883333),
    ]

    /// The fixture participants: P01 (NL), P02 (PL), P03 (ES), all voting.
    static func participants() -> [JSONValue] {
        zip(["P01", "P02", "P03"], ["NL", "PL", "ES"]).map { id, c in
            .obj(["id": .str(id), "country": .str(c), "role": .str("investigator"), "organisationType": .str("national_police"), "voting": .bool(true)])
        }
    }

    /// The gap `G01` of a case with the fixture defaults (every participant gives every key; `needClarity` 4,
    /// `interoperabilityNeed` 3, the rest 3, unless the case says otherwise).
    static func gap(_ c: Case, id: String = "G01", raters: [String] = ["P01", "P02", "P03"]) -> JSONValue {
        let keys = RatingKey.allCases.map(\.rawValue)
        let defaults: [String: Int] = ["needClarity": 4, "interoperabilityNeed": 3]
        let ratings: [JSONValue] = raters.map { p in
            .object([("participantId", .str(p))] + keys.map { ($0, .int(c.ratings[$0] ?? defaults[$0] ?? 3)) })
        }
        var pairs: [(String, JSONValue)] = [
            ("id", .str(id)), ("title", .str(c.title)), ("gapNature", .str(c.nature.rawValue)),
            ("affectedMemberStates", .strs(["NL", "PL", "ES"])), ("crossCuttingTags", .strs(c.tags)), ("targetMaturity", .int(4)),
            ("ratings", .array(ratings)), ("existingStandards", .array([])),
        ]
        if let horizon = c.horizon {
            let procurers: [JSONValue] = c.procurers.enumerated().map { k, p in
                .obj(["orgRef": .str("LEA-\(countries[k])-1"), "country": .str(countries[k]), "commitment": .str(p.commitment.rawValue),
                      "budgetEUR": p.budget.map(JSONValue.int)])
            }
            pairs.append(("procurementContext", .obj(["horizon": .str(horizon.rawValue), "deploymentIntent": .str(c.intent.rawValue),
                                                      "expectedScale": .str(c.scale.rawValue), "interestedProcurers": .array(procurers)])))
        }
        return .object(pairs)
    }

    static func solution(_ s: Solution, id: String, gapId: String = "G01") -> JSONValue {
        let dims = AdoptionDimension.allCases.map { ($0.rawValue, JSONValue.int(4)) }
        return .obj([
            "id": .str(id), "name": .str("Solution \(id)"), "catalogId": s.catalogId.map(JSONValue.string),
            "linkedGaps": .array([.obj(["gapId": .str(gapId), "coveragePct": .int(s.coverage), "aiActCategoryOverride": s.override.map { .str($0.rawValue) }])]),
            "source": .obj(["type": .str(s.source.rawValue)]),
            "technicalApproach": .str(s.approach ?? "approach-\(id)"),
            "availability": .str(s.availability.rawValue),
            "trl": .threePoint(s.trl.0, s.trl.1, s.trl.2),
            "adoptionReadiness": .object(dims + [("aiActCategory", .str(s.aiActCategory.rawValue))]),
            "costEstimateEUR": s.cost.map { .threePoint($0.0, $0.1, $0.2) },
            "costBasis": s.cost.map { .str($0.3.rawValue) },
            "supplierCount": .obj(["total": .int(s.suppliers), "euBased": .int(0)]),
        ])
    }

    /// The workshop file of a case.
    public static func workshop(_ c: Case) -> JSONValue {
        let slot = WorkshopCalendar.slot(c.year, c.group)
        return .obj([
            "schemaVersion": .str("1.0"), "kind": .str("workshop"),
            "workshop": .obj(["id": .str(slot.id), "practitionerGroup": .str(c.group.rawValue), "topic": .str(slot.topic), "year": .int(c.year),
                              "startDate": .str(slot.startDate)]),
            "participants": .array(participants()),
            "capabilityGaps": .array([gap(c)]),
            "candidateSolutions": .array(c.solutions.enumerated().map { solution($1, id: String(format: "S%02d", $0 + 1)) }),
            "sourceDocument": .str("Planted routing example \(c.id) (datasets/ilead-synthetic/GENERATOR.md)"),
        ])
    }
}
