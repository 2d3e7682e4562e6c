import PriorityEngine

/// How a workshop file (`kind: workshop`) is laid out as a workbook: one sheet per kind of record, one column per
/// field. This one description serves the template, the export, the import, the CSV folders and the guide sheet.
///
/// A column holds a field of the record at `path` (inside the record's object). Three-point values take three
/// columns (`trl.min`, `trl.mostLikely`, `trl.max`): `mostLikely` alone is a plain value. Lists are written
/// `NL; PL; ES`.
public struct Column: Sendable {
    public enum Kind: Sendable {
        case text
        case integer(ClosedRange<Double>?)
        case number(ClosedRange<Double>?)
        case bool
        case choice([String])
        case list
        case date
        /// One part of a three-point value at `path` ("min", "mostLikely" or "max").
        case threePoint(part: String, integer: Bool, range: ClosedRange<Double>?)
    }
    public var header: String
    public var path: [String]
    public var kind: Kind
    public var required: Bool
    public var help: String

    init(_ header: String, required: Bool = false, path: [String]? = nil, _ help: String) {
        self.init(header, .text, required: required, path: path, help)
    }

    init(_ header: String, _ kind: Kind, required: Bool = false, path: [String]? = nil, _ help: String) {
        self.header = header
        self.path = path ?? header.split(separator: ".").map(String.init)
        self.kind = kind; self.required = required; self.help = help
    }

    /// The three columns of a three-point value at `path`.
    static func threePoint(_ name: String, integer: Bool, range: ClosedRange<Double>?, required: Bool = false, _ help: String) -> [Column] {
        ["min", "mostLikely", "max"].map { part in
            Column("\(name).\(part)", .threePoint(part: part, integer: integer, range: range), required: required && part == "mostLikely",
                   path: name.split(separator: ".").map(String.init),
                   part == "mostLikely" ? help + " Give mostLikely alone for a plain value, or all three for a range." : "The \(part == "min" ? "lowest" : "highest") plausible value of \(name).")
        }
    }
}

/// A sheet of the workbook: its name, its columns and what it is for.
public struct SheetLayout: Sendable {
    public var name: String
    public var columns: [Column]
    public var purpose: String
    /// A sheet the import needs (the others may be left out).
    public var required: Bool
    public func column(_ header: String) -> Int? { columns.firstIndex { $0.header == header } }
}

public enum WorkbookLayout {
    static func choices<E: RawRepresentable & CaseIterable>(_: E.Type) -> Column.Kind where E.RawValue == String {
        .choice(E.allCases.map(\.rawValue))
    }
    static let abstain = "abstain"

    public static let workshop = SheetLayout(name: "Workshop", columns: [
        Column("field", "One field of the workshop per row."), Column("value", "Its value."),
    ], purpose: "The workshop itself: one field per row (id, practitioner group, year, dates, place).", required: true)

    /// The rows of the Workshop sheet: field, kind, required, help.
    public static let workshopFields: [Column] = [
        Column("id", required: true, path: ["workshop", "id"], "WS-<year>-<group>, e.g. WS-2024-CYB."),
        Column("practitionerGroup", choices(PractitionerGroup.self), required: true, path: ["workshop", "practitionerGroup"],
               "FLP front-line policing, CBC cross-border crime, CYB cybercrime, CNI crime and intelligence, FOR forensics."),
        Column("topic", path: ["workshop", "topic"], "The workshop's topic."),
        Column("year", .integer(1990...2100), required: true, path: ["workshop", "year"], "The year of the workshop."),
        Column("startDate", .date, path: ["workshop", "startDate"], "First day, YYYY-MM-DD (needed when memberStateBasis is empty)."),
        Column("endDate", .date, path: ["workshop", "endDate"], "Last day, YYYY-MM-DD."),
        Column("memberStateBasis", choices(MemberStateBasis.self), path: ["workshop", "memberStateBasis"],
               "EU28 before 1 February 2020, EU27 after; empty: from the start date."),
        Column("location.city", path: ["workshop", "location", "city"], "City of the meeting."),
        Column("location.country", path: ["workshop", "location", "country"], "Country of the meeting, ISO code (e.g. GR)."),
        Column("location.mode", choices(MeetingMode.self), path: ["workshop", "location", "mode"], "in_person, online or hybrid."),
        Column("facilitator", path: ["workshop", "facilitator"], "Who facilitated (optional)."),
        Column("sourceDocument", path: ["sourceDocument"], "The report the data come from (optional)."),
    ]

    public static let participants = SheetLayout(name: "Participants", columns: [
        Column("id", required: true, "Short id used in the other sheets, e.g. P01."),
        Column("country", required: true, "ISO 3166-1 alpha-2 code of the participant's country, e.g. DE."),
        Column("role", choices(ParticipantRole.self), required: true, "The participant's role."),
        Column("organisationType", choices(OrganisationType.self), required: true, "The kind of organisation."),
        Column("voting", .bool, required: true, "yes for practitioners who rate; no for observers (their ratings are ignored)."),
        Column("pseudonymousPersonId", "Optional stable id of a person who attends several workshops."),
    ], purpose: "Who took part. Names are not needed: use pseudonymous ids.", required: true)

    public static let gaps = SheetLayout(name: "Gaps", columns: [
        Column("id", required: true, "Short id used in the other sheets, e.g. G01."),
        Column("title", required: true, "The gap in a few words."),
        Column("description", "What cannot be done today, and its consequence."),
        Column("gapNature", choices(GapNature.self), required: true, "What kind of gap it is."),
        Column("targetMaturity", .integer(1...5), required: true, "The maturity the group aims at, 1–5 (see Guide)."),
        Column("affectedMemberStates", .list, "Countries that face the gap, e.g. NL; PL; ES."),
        Column("crossCuttingTags", .list, "Themes shared with other groups, e.g. ai_triage; forensic."),
        Column("competencyIds", .list, "Competencies (sheet Competencies) the gap belongs to."),
        Column("standardsChecked", .bool, path: ["$standardsChecked"],
               "yes when existing standards were looked for (list them in sheet Standards; none found is fine); empty when not checked."),
        Column("procurementContext.horizon", choices(Horizon.self), "When a solution is needed. Empty for gaps of process or law."),
        Column("procurementContext.deploymentIntent", choices(DeploymentIntent.self), "Whether agencies intend to deploy."),
        Column("procurementContext.expectedScale", choices(ExpectedScale.self), "At what scale."),
        Column("procurementContext.rdNeeded", .bool, "yes or no to override whether R&D is needed; empty to derive it from the solutions."),
        Column("procurementContext.conformanceTestingNeeded", .bool, "yes when conformance testing is needed."),
    ] + Column.threePoint("procurementContext.budgetEstimateEUR", integer: true, range: 0...1e13, "Estimated budget in euros.") + [
        Column("declaredProcurementRoute", choices(ProcurementRoute.self), "The route the workshop itself recommended (optional)."),
    ], purpose: "The capability gaps the group identified, one per row.", required: true)

    public static let ratings = SheetLayout(name: "Ratings", columns: [
        Column("participant", required: true, "Participant id (sheet Participants)."),
        Column("gap", required: true, "Gap id (sheet Gaps)."),
        Column("criterion", .choice(RatingKey.allCases.map(\.rawValue)), required: true, "What is rated (see Guide for the scales)."),
        Column("value", "1–5, or abstain. Leave empty when giving min, mostLikely and max."),
        Column("min", .number(1...5), "Lowest plausible value (three-point rating)."),
        Column("mostLikely", .number(1...5), "Most likely value (three-point rating)."),
        Column("max", .number(1...5), "Highest plausible value (three-point rating)."),
    ], purpose: "One rating per row: who rated which gap on which criterion. A survey export with one row per participant and one column per gap and criterion (e.g. 'G01 urgency') is read too.", required: true)

    public static let solutions = SheetLayout(name: "Solutions", columns: [
        Column("id", required: true, "Short id, e.g. S01."),
        Column("name", "The solution's name."),
        Column("catalogId", "Id in the technology watch catalogue, if any."),
        Column("description", "What it does."),
        Column("technicalApproach", "A label of the technical approach (solutions with the same label count as one approach)."),
        Column("availability", choices(Availability.self), required: true, "How far it is from the market."),
    ] + Column.threePoint("trl", integer: true, range: 1...9, required: true, "Technology readiness level 1–9.") + [
        Column("trlEvidence", choices(TRLEvidence.self), "Where the TRL comes from."),
        Column("trlAssessedOn", .date, "When the TRL was assessed, YYYY-MM-DD."),
        Column("mrl", .integer(1...10), "Manufacturing readiness level 1–10 (information only)."),
    ] + AdoptionDimension.allCases.map { d in
        Column("adoptionReadiness.\(d.rawValue)", .integer(1...5), "Adoption readiness: \(d.rawValue), 1 (major obstacles) to 5 (none).")
    } + [
        Column("adoptionReadiness.aiActCategory", choices(AIActCategory.self), required: true, "The AI Act class of the solution's default use."),
    ] + Column.threePoint("costEstimateEUR", integer: true, range: 0...1e13, "Cost in euros.") + [
        Column("costBasis", choices(CostBasis.self), "What the cost covers."),
        Column("priceYear", .integer(1990...2100), "The year of the prices."),
        Column("supplierCount.total", .integer(0...10_000), required: true, "Number of suppliers."),
        Column("supplierCount.euBased", .integer(0...10_000), "Of which based in the EU."),
        Column("supplierCount.supplierIds", .list, "Optional pseudonymous supplier ids (as many as suppliers)."),
        Column("source.type", choices(SourceType.self), "Where the solution comes from."),
        Column("source.projectAcronym", "Research project acronym."),
        Column("source.grantId", "Grant id."),
        Column("source.programme", "Funding programme."),
        Column("standards.implements", .list, "Standards the solution implements."),
        Column("standards.proprietaryFormats", .bool, "yes when it uses proprietary formats."),
        Column("standards.openInterfaces", .bool, "yes when it offers open interfaces."),
    ], purpose: "Candidate solutions from the technology watch, one per row (link them to gaps in sheet Links).", required: false)

    public static let links = SheetLayout(name: "Links", columns: [
        Column("solution", required: true, "Solution id (sheet Solutions)."),
        Column("gap", required: true, "Gap id (sheet Gaps)."),
        Column("coveragePct", .integer(0...100), required: true, "How much of the gap the solution covers, 0–100 %."),
        Column("aiActCategoryOverride", choices(AIActCategory.self), "The AI Act class of this use, when it differs from the solution's."),
    ], purpose: "Which solution addresses which gap.", required: false)

    public static let procurers = SheetLayout(name: "Procurers", columns: [
        Column("gap", required: true, "Gap id (sheet Gaps)."),
        Column("orgRef", required: true, "Pseudonymous id of the buying organisation, e.g. LEA-NL-1."),
        Column("country", required: true, "Its country, ISO code."),
        Column("commitment", choices(Commitment.self), required: true, "How firm its interest is."),
        Column("budgetEUR", .integer(0...1e13), "Budget it states, in euros (optional)."),
    ], purpose: "Organisations interested in buying a solution for a gap.", required: false)

    public static let standards = SheetLayout(name: "Standards", columns: [
        Column("gap", required: true, "Gap id (sheet Gaps)."),
        Column("ref", required: true, "The standard, e.g. ISO/IEC 27037."),
        Column("body", choices(StandardsBody.self), required: true, "Who issued it."),
        Column("coverage", choices(StandardCoverage.self), required: true, "How much of the need it covers."),
        Column("adopted", .bool, "yes when agencies have adopted it."),
    ], purpose: "Existing standards found for a gap (set standardsChecked to yes on the gap, also when none were found).", required: false)

    public static let competencies = SheetLayout(name: "Competencies", columns: [
        Column("id", required: true, "Short id, e.g. C01."),
        Column("title", required: true, "The competency."),
        Column("description", "What it covers."),
    ], purpose: "The competencies the group mapped (information; not used in scores).", required: false)

    public static let competencyRatings = SheetLayout(name: "CompetencyRatings", columns: [
        Column("competency", required: true, "Competency id (sheet Competencies)."),
        Column("participant", required: true, "Participant id."),
        Column("value", .integer(1...5), "Own agency's maturity 1–5, or abstain."),
    ], purpose: "Each participant's rating of their own agency's maturity in a competency.", required: false)

    public static let opportunities = SheetLayout(name: "Opportunities", columns: [
        Column("gap", required: true, "Gap id."), Column("id", required: true, "Short id, e.g. IO1."), Column("text", required: true, "The opportunity."),
    ], purpose: "Innovation opportunities noted for a gap (information only).", required: false)

    public static let priorityAreas = SheetLayout(name: "PriorityAreas", columns: [
        Column("id", required: true, "Short id, e.g. PA1."), Column("title", required: true, "The area."),
        Column("gapIds", .list, "The gaps in the area, e.g. G01; G02."),
        Column("declaredRank", .integer(1...10_000), "The rank the group gave the area."),
    ], purpose: "The group's own clusters and ranks, shown beside the engine's.", required: false)

    public static let judgments = SheetLayout(name: "Judgments", columns: [
        Column("participant", required: true, "Participant id."),
        Column("node", required: true, "The node whose children are compared, e.g. root."),
        Column("a", required: true, "First criterion."), Column("b", required: true, "Second criterion."),
        Column("value", .number(1.0 / 9.0...9), required: true, "How much more important a is than b: 1/9 … 9 (e.g. 3, or 0.333333 for 1/3)."),
    ], purpose: "Pairwise comparisons of criteria (AHP) by participant.", required: false)

    /// The data sheets in workbook order.
    public static let sheets: [SheetLayout] = [workshop, participants, gaps, ratings, solutions, links, procurers, standards,
                                               competencies, competencyRatings, opportunities, priorityAreas, judgments]
    /// The sheet explaining scales and codes, and the hidden sheet of drop-down lists.
    public static let guideSheet = "Guide", listsSheet = "Lists"
}
