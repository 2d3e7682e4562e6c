import Foundation
import Testing
@testable import PriorityEngine
import SyntheticData
import JSONFormat

enum WorkedExamplesData {
    static let e1 = WorkedExamples.workshop(WorkedExamples.cases[0]).serialized()
}

/// The scenario of docs/file-formats.md "Scenario" applied to the file-formats.md "Workshop" example: a regression test of rule order (R04 before R06).
@Suite struct ScenarioTests {
    static let scenarioData = try! Data(contentsOf: Bundle.module.url(forResource: "Fixtures/SCN-2019-CYB-joint-ppi", withExtension: "json")!)

    static func run() throws -> PriorityRun {
        let scenario = Scenario.read(scenarioData, file: "scn.json").scenario!
        let model = ScoringModel.read(Data(ScoringModel.defaultModelJSON.utf8), file: "m",
                                      thresholdOverrides: scenario.thresholdOverrides.map { ($0.path, $0.value.foundation) }).loaded!.model
        #expect(model.procurementRules.maxSuppliersPpi == 3)
        return try PriorityRun.execute(sources: [WorkshopSource(path: "WS-2019-CYB.json", data: WorkshopReadingTests.example)],
                                       model: model, scenario: scenario, asOfDate: scenario.asOfDate!)
    }

    @Test func expectedEffect() throws {
        let run = try Self.run()
        #expect(run.results.count == 2)
        let g01 = run.results[0]
        let p = g01.procurement
        #expect(p.decision.route == .STANDARD_PROCUREMENT)
        #expect(p.decision.ruleId == "R04")
        #expect(p.decision.reason == nil)
        #expect(p.routeSolutionRef == "WS-2019-CYB/S01")
        #expect(p.flags == ["JOINT_CROSS_BORDER", "ROUTE_UNSTABLE", "STANDARDS_IN_TENDER"])
        #expect(g01.flags == ["PARTIAL_EVIDENCE"])
        #expect(g01.component("procurementActionability")!.score == 1)
        #expect(Decimal6.round(g01.standardisation.score) == 0.8)
        #expect(g01.standardisation.recommendation == .FORMAL_INTEROP_STANDARD)
        let weights = g01.components.map { Decimal6.round($0.weight) }
        #expect(weights == [0.39375, 0.175, 0.13125, 0.3])
        #expect(Decimal6.round(g01.gapSeverity) == 0.65625)
        #expect(Decimal6.round(g01.component("technologyOpportunity")!.score) == 0.841786)
        #expect(g01.bestSolutionRef == "WS-2019-CYB/S01")
        #expect(Decimal6.round(g01.priorityScore) == 0.810711)
        #expect(p.inputs.statedBudget == 3_000_000)
    }

    @Test func buyersGroupWithoutGapRefsJoinsTheGapsInScope() throws {
        let text = #"""
        {"schemaVersion": "1.0", "kind": "scenario", "id": "flp-buyers", "scope": {"practitionerGroups": ["FLP"]},
         "assumptions": {"buyersGroup": {"procurers": [{"orgRef": "LEA-LT-9", "country": "LT", "commitment": "budget_committed", "budgetEUR": 5000000}]}}}
        """#
        let scenario = try #require(Scenario.read(Data(text.utf8), file: "s.json").scenario)
        let e1 = Data(WorkedExamplesData.e1.utf8)
        let run = try PriorityRun.execute(sources: [WorkshopSource(path: "cyb.json", data: WorkshopReadingTests.example),
                                                    WorkshopSource(path: "e1.json", data: e1)],
                                          model: .default, scenario: scenario, asOfDate: "2025-06-01")
        #expect(run.results.map(\.workshopId) == ["WS-2018-FLP"])
        #expect(run.results[0].procurement.inputs.statedBudget == 5_000_000)
        let cyb = run.workshops.first { $0.workshop.id == "WS-2019-CYB" }!
        #expect(!cyb.capabilityGaps[0].procurementContext!.interestedProcurers.contains { $0.orgRef == "LEA-LT-9" })
    }

    @Test func danglingAssumptionIsAnError() throws {
        var text = String(decoding: Self.scenarioData, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"ref\": \"WS-2019-CYB/S01\"", with: "\"ref\": \"WS-2019-CYB/S09\"")
        let scenario = Scenario.read(Data(text.utf8), file: "scn.json").scenario!
        #expect(throws: RunFailure.self) {
            try PriorityRun.execute(sources: [WorkshopSource(path: "w.json", data: WorkshopReadingTests.example)],
                                    model: .default, scenario: scenario, asOfDate: "2020-01-15")
        }
    }

    @Test func unknownThresholdPathIsAnError() {
        let (loaded, diagnostics) = ScoringModel.read(Data(ScoringModel.defaultModelJSON.utf8), file: "m",
                                                      thresholdOverrides: [("procurementRules.maxSupplier", 3)], overridesFile: "scn.json")
        #expect(loaded == nil)
        #expect(diagnostics.contains { $0.path == "thresholdOverrides.procurementRules.maxSupplier" && $0.file == "scn.json" })
    }

    @Test func coverageOrderIsCheckedAfterOverrides() {
        let (loaded, diagnostics) = ScoringModel.read(Data(ScoringModel.defaultModelJSON.utf8), file: "m",
                                                      thresholdOverrides: [("procurementRules.minCoverageRoute", 90)])
        #expect(loaded == nil)
        #expect(diagnostics.contains { $0.message.contains("minCoverageLink") })
    }
}
