import Foundation
import Reports
import SyntheticData
import Testing
@testable import PriorityEngine
import Advice

/// The plain-language reason of each route and standardisation rule, on the worked examples E1–E8: what held, with
/// the actual values and the thresholds compared, "no solution" rather than a TRL of 0.
@Suite struct PlainReasonsTests {
    static func reason(_ id: String) throws -> (route: String, standard: String) {
        let r = try PlantedCasesTests.run(WorkedExamples.cases.first { $0.id == id }!)
        return (RankingExplanation.route(r), PlainReasons.standardisation(r))
    }

    @Test(arguments: [
        ("E1", "R04 — Standard procurement: a commercial solution covers 85 % of the need (80 % needed) and 5 suppliers offer one (3 needed)"),
        ("E2", "R06 — PPI: the best solution is near-market or ready (TRL 8), no research is needed, and the market is thin (at most 2 suppliers, or commercial coverage below 80 %, or a near-market solution): no solution is on the market yet; the routing solution is near the market"),
        ("E3", "R08 — PCP then PPI: research is still needed and the best solution is at TRL 6 (within 4–7)"),
        ("E4", "R07 — Innovation partnership: research is still needed"),
        ("E5a", "R01 — Blocked: every solution that could serve is a use the AI Act prohibits"),
        ("E6", "R03 — Research first: the best solution is only at TRL 3 (3 or below) and none is near the market"),
        ("E7", "R00 — Not a procurement matter: the gap is one of procedures or training"),
    ])
    func routeReasonsSayWhatHeld(_ id: String, _ start: String) throws {
        let route = try Self.reason(id).route
        #expect(route.hasPrefix(start), "\(id): \(route)")
        #expect(!route.contains("trlBest") && !route.contains("TRL 0"))
    }

    @Test func standardisationReasons() throws {
        #expect(try Self.reason("E2").standard.hasPrefix("Forensic method standard: results must stand up in court"))
    }
}

/// The glossary explains every code the outputs can carry.
@Suite struct GlossaryTests {
    @Test func everyCodeHasAMeaning() {
        #expect(Set(Glossary.routes.map(\.0)) == Set(ProcurementRoute.allCases))
        #expect(Set(Glossary.reasons.map(\.0)) == Set(RouteReason.allCases))
        #expect(Set(Glossary.procurementFlags.map(\.0)) == Set(ProcurementFlag.allCases))
        #expect(Set(Glossary.standardisation.map(\.0)) == Set(StandardisationRecommendation.allCases))
        #expect((Glossary.routes.map(\.1) + Glossary.gapFlags.map(\.1)).allSatisfy { !$0.isEmpty })
    }
}

/// A severe gap that ranks low says why, in words.
@Suite struct SevereButLowTests {
    @Test func everySevereGapInTheLowestBandIsExplained() throws {
        let folder = "datasets/ilead-synthetic/workshops"
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted().map {
            WorkshopSource(path: "\(folder)/\($0)", data: try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\($0)")))
        }
        let list = try #require(try PriorityRun.execute(sources: sources, model: .default, asOfDate: "2025-06-01").lists().last)
        let severeLow = list.entries.filter { ["high", "critical"].contains($0.result.gapSeverityBand) && $0.band == "priority-3" }
        #expect(!severeLow.isEmpty)
        for e in list.entries {
            let text = RankingExplanation.severeButLow(e)
            #expect((text != nil) == severeLow.contains { $0.rank == e.rank }, "\(e.result.gapRef)")
            if let text { #expect(text.hasPrefix("Severity ") && text.contains("route \(e.result.procurement.decision.route.rawValue)") && !text.contains("((")) }
        }
    }
}
