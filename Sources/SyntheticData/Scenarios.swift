import Reports
import JSONFormat

/// Adviser scenarios of the synthetic dataset (docs/file-formats.md "Scenario", GENERATOR.md), keyed by file name.
enum Scenarios {
    static func scenario(_ id: String, _ title: String, _ extra: [(String, JSONValue)]) -> (String, JSONValue) {
        (id, .object([("schemaVersion", .str("1.0")), ("kind", .str("scenario")), ("id", .str(id)), ("title", .str(title)),
                      ("author", .obj(["role": .str("procurement_adviser")])),
                      ("baseModel", .obj(["id": .str("ilead-default"), "version": .str("1.0.0")])), ("createdOn", .str("2025-06-01"))] + extra))
    }

    static let all: [(String, JSONValue)] = [
        scenario("SCN-01-joint-buyers-ai-triage", "Three Member States commit budget for AI triage of seized devices", [
            ("scope", .obj(["workshops": .strs(["WS-2019-CYB"])])),
            ("assumptions", .obj(["buyersGroup": .obj(["gapRefs": .strs(["WS-2019-CYB/G01"]), "procurers": .array([
                .obj(["orgRef": .str("LEA-NL-1"), "country": .str("NL"), "commitment": .str("budget_committed"), "budgetEUR": .int(1_500_000)]),
                .obj(["orgRef": .str("LEA-PL-1"), "country": .str("PL"), "commitment": .str("budget_committed"), "budgetEUR": .int(1_000_000)]),
                .obj(["orgRef": .str("LEA-LT-1"), "country": .str("LT"), "commitment": .str("budget_committed"), "budgetEUR": .int(500_000)]),
            ])])])),
        ]),
        scenario("SCN-02-actionability-weighs-more", "Procurement actionability weighs 0.30", [
            ("weightOverrides", .array([.obj(["node": .str("root"), "child": .str("procurementActionability"), "weight": .decimal(0.3), "renormalise": .str("others")])])),
        ]),
        scenario("SCN-03-threshold-flip", "PPI only from TRL 9: one threshold flips the vehicle-forensics route", [
            ("scope", .obj(["workshops": .strs(["WS-2021-FLP"])])),
            ("thresholdOverrides", .obj(["procurementRules.trlPpiMin": .int(9)])),
        ]),
        scenario("SCN-04-before-ai-act", "Advice as of June 2021, before the AI Act prohibitions applied", [
            ("asOfDate", .str("2021-06-01")),
            ("scope", .obj(["practitionerGroups": .strs(["CNI"])])),
        ]),
        scenario("SCN-05-exclude-market-leader", "The roadside-access market leader is not acceptable", [
            ("scope", .obj(["workshops": .strs(["WS-2018-FLP"])])),
            ("excludeSolutions", .strs(["WS-2018-FLP/S01"])),
        ]),
        scenario("SCN-06-forensics-by-year", "Forensics across years", [
            ("scope", .obj(["practitionerGroups": .strs(["FOR"])])),
            ("output", .obj(["topK": .int(15), "includeRuleTrace": .bool(true), "includeMonteCarlo": .bool(false), "groupBy": .str("year")])),
        ]),
        scenario("SCN-07-ai-triage-trl-8", "What if the AI-triage prototype is really TRL 8 with two suppliers", [
            ("scope", .obj(["workshops": .strs(["WS-2019-CYB"])])),
            ("assumptions", .obj(["solutions": .array([.obj(["ref": .str("WS-2019-CYB/S01"), "trl": .threePoint(7, 8, 8),
                                                              "availability": .str("limited_commercial"), "supplierCount": .obj(["total": .int(2), "euBased": .int(1)])])])])),
        ]),
        scenario("SCN-08-themes", "Cross-cutting themes over all workshops", [
            ("output", .obj(["topK": .int(25), "includeRuleTrace": .bool(true), "includeMonteCarlo": .bool(false), "groupBy": .str("theme")])),
        ]),
        scenario("SCN-09-severity-first", "Gap severity weighs 0.60", [
            ("weightOverrides", .array([.obj(["node": .str("root"), "child": .str("gapSeverity"), "weight": .decimal(0.6), "renormalise": .str("others")])])),
        ]),
        scenario("SCN-10-more-suppliers", "A third supplier enters the infotainment-forensics market at 85 % coverage", [
            ("scope", .obj(["workshops": .strs(["WS-2021-FLP"])])),
            ("assumptions", .obj(["solutions": .array([.obj(["ref": .str("WS-2021-FLP/S01"), "availability": .str("commercial"),
                                                              "trl": .threePoint(8, 9, 9), "supplierCount": .obj(["total": .int(3), "euBased": .int(2)]),
                                                              "linkedGaps": .array([.obj(["gapId": .str("G01"), "coveragePct": .int(85)])])])])])),
        ]),
    ]
}
