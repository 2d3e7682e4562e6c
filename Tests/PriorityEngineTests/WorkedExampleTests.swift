import Foundation
import Testing
@testable import PriorityEngine
import JSONFormat

/// The test oracle of docs/file-formats.md "Workshop": the example workshop alone, default model, no scenario, asOfDate 2025-06-01.
@Suite struct WorkedExampleTests {
    static func evaluate(_ data: Data = WorkshopReadingTests.example, model: ScoringModel = .default,
                         asOf: String = "2025-06-01") -> [GapResult] {
        let workshop = Workshop.read(data, file: "WS-2019-CYB.json").workshop!
        let context = ScoringContext(model: model, asOfDate: asOf, workshops: [workshop])
        let weights = WorkshopWeights.derive(for: workshop, model: model).weights
        let evaluator = GapEvaluator(context: context, workshop: workshop, weights: weights)
        return workshop.capabilityGaps.map { evaluator.evaluate($0).result }
    }

    let results = Self.evaluate()
    var g01: GapResult { results[0] }
    var g02: GapResult { results[1] }

    @Test func g01GapSeverity() {
        #expect(abs(g01.gapSeverity - 0.65625) < 1e-12)
        #expect(g01.gapSeverityBand == "high")
        #expect(g01.leaf("publicSafetyImpact")?.insufficient == true)
        #expect(g01.leaf("breadthMS")?.raw == 3)
        #expect(g01.leaf("capabilityShortfall")?.raw == 2)
        #expect(g01.leaf("breadthPG")?.raw == 1)
    }

    @Test func g01Technology() {
        #expect(g01.bestSolutionRef == "WS-2019-CYB/S01")
        #expect(Decimal6.round(g01.component("technologyOpportunity")!.score) == 0.729286)
    }

    @Test func g01Route() {
        let p = g01.procurement
        #expect(p.decision.route == .PCP_THEN_PPI)
        #expect(p.decision.ruleId == "R08")
        #expect(p.decision.reason == nil)
        #expect(p.routeSolutionRef == "WS-2019-CYB/S02")
        #expect(p.flags == ["BUDGET_UNKNOWN", "EU_COFUNDING_ELIGIBLE", "FEW_APPROACHES", "JOINT_CROSS_BORDER", "STANDARDS_IN_TENDER"])
        #expect(g01.flags == ["ASSUMED_AFFORDABILITY", "PARTIAL_EVIDENCE"])
        let s = p.suitability!
        #expect([s.pcp, s.ppi, s.ip, s.standard].map(Decimal6.round) == [0.9, 0.45, 0.625, 0])
        #expect(p.decision.trace.map(\.ruleId) == ["R00", "R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08"])
    }

    @Test func g01StandardisationAndPriority() {
        #expect(Decimal6.round(g01.standardisation.score) == 0.76)
        #expect(g01.standardisation.ruleId == "SR4")
        #expect(g01.standardisation.recommendation == .PRE_STANDARD_CWA)
        #expect(Decimal6.round(g01.priorityScore) == 0.735170)
        let sum = g01.components.flatMap(\.subcriteria).compactMap(\.contribution).reduce(0, +)
            + g01.component("procurementActionability")!.contribution!
        #expect(abs(sum - g01.priorityScore) < 1e-12)
    }

    @Test func g02Result() {
        #expect(g02.procurement.decision.route == .NON_PROCUREMENT)
        #expect(g02.procurement.decision.ruleId == "R00")
        #expect(g02.procurement.suitability == nil)
        #expect(g02.procurement.flags.isEmpty)
        #expect(Decimal6.round(g02.gapSeverity) == 0.4125)
        #expect(g02.gapSeverityBand == "medium")
        #expect(g02.flags == ["NO_KNOWN_SOLUTION", "PARTIAL_EVIDENCE", "STANDARDS_UNKNOWN"])
        #expect(Decimal6.round(g02.standardisation.score) == 0.3625)
        #expect(g02.standardisation.recommendation == .NO_EU_ACTION)
        #expect(Decimal6.round(g02.priorityScore) == 0.24)
    }

    @Test func ahpDiagnosticsInFixedMode() {
        let workshop = Workshop.read(WorkshopReadingTests.example, file: "x").workshop!
        let (weights, diagnostics) = WorkshopWeights.derive(for: workshop, model: .default)
        let root = weights.nodes["root"]!
        #expect(root.source == .fixed)
        #expect(root.weight("gapSeverity") == 0.45)
        let ahp = root.ahpWeights!.map { Decimal6.round($0.weight) }
        #expect(abs(ahp[0] - 0.483) < 5e-4 && abs(ahp[1] - 0.157) < 5e-4 && abs(ahp[2] - 0.088) < 5e-4 && abs(ahp[3] - 0.272) < 5e-4)
        #expect(root.participants.count == 1 && root.participants[0].accepted)
        #expect(abs(root.participants[0].cr! - 0.005) < 5e-3)
        #expect(!diagnostics.contains { $0.code == "AHP_FALLBACK" })
    }

    @Test func ahpModeFallsBack() {
        var model = ScoringModel.default
        model.weights.mode = .ahp
        let workshop = Workshop.read(WorkshopReadingTests.example, file: "x").workshop!
        let (weights, diagnostics) = WorkshopWeights.derive(for: workshop, model: model)
        #expect(weights.nodes["root"]!.source == .fallback)
        let fallback = diagnostics.filter { $0.code == "AHP_FALLBACK" }
        #expect(fallback.map(\.ref) == ["WS-2019-CYB#root"])
        #expect(!diagnostics.contains { $0.code == "SAATY_SNAPPED" })   // 0.333333 is within 1e-6 of 1/3
    }

    @Test func saatySnapping() {
        #expect(Saaty.snap(0.33) == 1.0 / 3)
        #expect(Saaty.snap(2.9) == 3)
        #expect(Saaty.snap(6.0.squareRoot()) == 2)          // the log midpoint of 2 and 3: the smaller |ln s| wins
        #expect(Saaty.snap(1 / 6.0.squareRoot()) == 0.5)
        #expect(Saaty.snap(9.0005) == 9)
    }
}
