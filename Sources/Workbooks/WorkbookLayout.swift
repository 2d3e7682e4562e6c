import PriorityEngine
import Reports

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

    static func described(_ column: Column, record: String) -> Column {
        guard column.help.isEmpty else { return column }
        var c = column
        c.help = FieldGuide.describe((record.isEmpty ? [] : [record]) .joined() + (record.isEmpty ? "" : ".") + column.path.joined(separator: ".")) ?? ""
        return c
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
    /// The JSON path of the sheet's records in a workshop file (`capabilityGaps`), "" for the Workshop sheet.
    public var record: String
    public var columns: [Column]
    public var purpose: String
    /// A sheet the import needs (the others may be left out).
    public var required: Bool

    /// A column without help of its own takes the description of its field (`FieldGuide`).
    init(name: String, record: String = "", columns: [Column], purpose: String, required: Bool) {
        self.name = name; self.record = record; self.purpose = purpose; self.required = required
        self.columns = columns.map { Column.described($0, record: record) }
    }
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
    public static let workshopFields: [Column] = workshopFieldList.map { Column.described($0, record: "") }
    static let workshopFieldList: [Column] = [
        Column("id", required: true, path: ["workshop", "id"], ""),
        Column("practitionerGroup", choices(PractitionerGroup.self), required: true, path: ["workshop", "practitionerGroup"],
               ""),
        Column("topic", path: ["workshop", "topic"], ""),
        Column("year", .integer(1990...2100), required: true, path: ["workshop", "year"], ""),
        Column("startDate", .date, path: ["workshop", "startDate"], ""),
        Column("endDate", .date, path: ["workshop", "endDate"], ""),
        Column("memberStateBasis", choices(MemberStateBasis.self), path: ["workshop", "memberStateBasis"],
               ""),
        Column("location.city", path: ["workshop", "location", "city"], ""),
        Column("location.country", path: ["workshop", "location", "country"], ""),
        Column("location.mode", choices(MeetingMode.self), path: ["workshop", "location", "mode"], ""),
        Column("facilitator", path: ["workshop", "facilitator"], ""),
        Column("sourceDocument", path: ["sourceDocument"], ""),
    ]

    public static let participants = SheetLayout(name: "Participants", record: "participants", columns: [
        Column("id", required: true, ""),
        Column("country", required: true, ""),
        Column("role", choices(ParticipantRole.self), required: true, ""),
        Column("organisationType", choices(OrganisationType.self), required: true, ""),
        Column("voting", .bool, required: true, ""),
        Column("pseudonymousPersonId", ""),
    ], purpose: "Who took part. Names are not needed: use pseudonymous ids.", required: true)

    public static let gaps = SheetLayout(name: "Gaps", record: "capabilityGaps", columns: [
        Column("id", required: true, ""),
        Column("title", required: true, ""),
        Column("description", ""),
        Column("gapNature", choices(GapNature.self), required: true, ""),
        Column("targetMaturity", .integer(1...5), required: true, ""),
        Column("affectedMemberStates", .list, ""),
        Column("crossCuttingTags", .list, ""),
        Column("competencyIds", .list, ""),
        Column("standardsChecked", .bool, path: ["$standardsChecked"],
               "yes when existing standards were looked for (list them in sheet Standards; none found is fine); empty when not checked."),
        Column("procurementContext.horizon", choices(Horizon.self), ""),
        Column("procurementContext.deploymentIntent", choices(DeploymentIntent.self), ""),
        Column("procurementContext.expectedScale", choices(ExpectedScale.self), ""),
        Column("procurementContext.rdNeeded", .bool, ""),
        Column("procurementContext.conformanceTestingNeeded", .bool, ""),
    ] + Column.threePoint("procurementContext.budgetEstimateEUR", integer: true, range: 0...1e13, "Estimated budget in euros.") + [
        Column("declaredProcurementRoute", choices(ProcurementRoute.self), ""),
        Column("followsUp", ""),
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

    public static let solutions = SheetLayout(name: "Solutions", record: "candidateSolutions", columns: [
        Column("id", required: true, ""),
        Column("name", ""),
        Column("catalogId", ""),
        Column("description", ""),
        Column("technicalApproach", ""),
        Column("availability", choices(Availability.self), required: true, ""),
    ] + Column.threePoint("trl", integer: true, range: 1...9, required: true, "Technology readiness level 1–9.") + [
        Column("trlEvidence", choices(TRLEvidence.self), ""),
        Column("trlAssessedOn", .date, ""),
        Column("mrl", .integer(1...10), ""),
    ] + AdoptionDimension.allCases.map { d in
        Column("adoptionReadiness.\(d.rawValue)", .integer(1...5), "")
    } + [
        Column("adoptionReadiness.aiActCategory", choices(AIActCategory.self), required: true, ""),
    ] + Column.threePoint("costEstimateEUR", integer: true, range: 0...1e13, "Cost in euros.") + [
        Column("costBasis", choices(CostBasis.self), ""),
        Column("priceYear", .integer(1990...2100), ""),
        Column("supplierCount.total", .integer(0...10_000), required: true, ""),
        Column("supplierCount.euBased", .integer(0...10_000), ""),
        Column("supplierCount.supplierIds", .list, ""),
        Column("source.type", choices(SourceType.self), ""),
        Column("source.projectAcronym", ""),
        Column("source.grantId", ""),
        Column("source.programme", ""),
        Column("standards.implements", .list, ""),
        Column("standards.proprietaryFormats", .bool, ""),
        Column("standards.openInterfaces", .bool, ""),
    ], purpose: "Candidate solutions from the technology watch, one per row (link them to gaps in sheet Links).", required: false)

    public static let links = SheetLayout(name: "Links", record: "candidateSolutions.linkedGaps", columns: [
        Column("solution", required: true, "Solution id (sheet Solutions)."),
        Column("gap", required: true, "Gap id (sheet Gaps)."),
        Column("coveragePct", .integer(0...100), required: true, ""),
        Column("aiActCategoryOverride", choices(AIActCategory.self), ""),
    ], purpose: "Which solution addresses which gap.", required: false)

    public static let procurers = SheetLayout(name: "Procurers", record: "capabilityGaps.procurementContext.interestedProcurers", columns: [
        Column("gap", required: true, "Gap id (sheet Gaps)."),
        Column("orgRef", required: true, ""),
        Column("country", required: true, ""),
        Column("commitment", choices(Commitment.self), required: true, ""),
        Column("budgetEUR", .integer(0...1e13), ""),
    ], purpose: "Organisations interested in buying a solution for a gap.", required: false)

    public static let standards = SheetLayout(name: "Standards", record: "capabilityGaps.existingStandards", columns: [
        Column("gap", required: true, "Gap id (sheet Gaps)."),
        Column("ref", required: true, ""),
        Column("body", choices(StandardsBody.self), required: true, ""),
        Column("coverage", choices(StandardCoverage.self), required: true, ""),
        Column("adopted", .bool, ""),
    ], purpose: "Existing standards found for a gap (set standardsChecked to yes on the gap, also when none were found).", required: false)

    public static let competencies = SheetLayout(name: "Competencies", record: "competencies", columns: [
        Column("id", required: true, ""),
        Column("title", required: true, ""),
        Column("description", ""),
    ], purpose: "The competencies the group mapped (information; not used in scores).", required: false)

    public static let competencyRatings = SheetLayout(name: "CompetencyRatings", record: "competencies.maturityRatings", columns: [
        Column("competency", required: true, "Competency id (sheet Competencies)."),
        Column("participant", required: true, "Participant id."),
        Column("value", .integer(1...5), ""),
    ], purpose: "Each participant's rating of their own agency's maturity in a competency.", required: false)

    public static let opportunities = SheetLayout(name: "Opportunities", record: "capabilityGaps.innovationOpportunities", columns: [
        Column("gap", required: true, "Gap id."), Column("id", required: true, ""), Column("text", required: true, ""),
    ], purpose: "Innovation opportunities noted for a gap (information only).", required: false)

    public static let priorityAreas = SheetLayout(name: "PriorityAreas", record: "priorityAreas", columns: [
        Column("id", required: true, ""), Column("title", required: true, ""),
        Column("gapIds", .list, ""),
        Column("declaredRank", .integer(1...10_000), ""),
    ], purpose: "The group's own clusters and ranks, shown beside the engine's.", required: false)

    public static let judgments = SheetLayout(name: "Judgments", record: "criteriaComparisons.judgments", columns: [
        Column("participant", required: true, "Participant id."),
        Column("node", required: true, ""),
        Column("a", required: true, ""), Column("b", required: true, ""),
        Column("value", .number(1.0 / 9.0...9), required: true, ""),
    ], purpose: "Pairwise comparisons of criteria (AHP) by participant.", required: false)

    /// The data sheets in workbook order.
    public static let sheets: [SheetLayout] = [workshop, participants, gaps, ratings, solutions, links, procurers, standards,
                                               competencies, competencyRatings, opportunities, priorityAreas, judgments]
    /// The sheet explaining scales and codes, and the hidden sheet of drop-down lists.
    public static let guideSheet = "Guide", listsSheet = "Lists"
}
