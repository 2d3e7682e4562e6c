import Foundation
import Testing
@testable import PriorityEngine
import SyntheticData
import JSONFormat

/// The worked examples E1–E8 of docs/how-the-engine-decides.md §5 (golden tests): route, rule, reason, flags and suitability.
@Suite struct PlantedCasesTests {
    static func run(_ c: WorkedExamples.Case) throws -> GapResult {
        let data = Data(WorkedExamples.workshop(c).serialized().utf8)
        let run = try PriorityRun.execute(sources: [WorkshopSource(path: "\(c.id).json", data: data)], model: .default, asOfDate: c.asOfDate)
        return run.results[0]
    }

    @Test(arguments: WorkedExamples.cases.map(\.id))
    func workedExample(_ id: String) throws {
        let c = WorkedExamples.cases.first { $0.id == id }!
        let r = try Self.run(c)
        let p = r.procurement
        #expect(p.decision.route == c.route)
        #expect(p.decision.ruleId == c.rule)
        #expect(p.decision.reason == c.reason)
        #expect(p.flags == c.procurementFlags)
        #expect(r.flags == c.gapFlags)
        let suitability = p.suitability?.of(p.decision.route).map(Decimal6.round)
        #expect(suitability == c.suitability)
        let pa = r.component("procurementActionability")!.score
        #expect(Decimal6.round(pa) == (c.suitability ?? 0))
        if let best = c.bestSolution { #expect(r.bestSolutionRef == "\(r.workshopId)/\(best)") }
        if let route = c.routeSolution { #expect(p.routeSolutionRef == "\(r.workshopId)/\(route)") }
    }

    @Test func e2RecommendsAForensicStandard() throws {
        let r = try Self.run(WorkedExamples.cases.first { $0.id == "E2" }!)
        #expect(r.standardisation.ruleId == "SR3")
        #expect(r.standardisation.recommendation == .FORENSIC_METHOD_STANDARD)
    }

    @Test func e4InnovationPartnershipAgainstPCP() throws {
        let r = try Self.run(WorkedExamples.cases.first { $0.id == "E4" }!)
        #expect(Decimal6.round(r.procurement.suitability!.pcp) == 0.8)
    }

    @Test func e6HasNoSuitabilityInThePriority() throws {
        let r = try Self.run(WorkedExamples.cases.first { $0.id == "E6" }!)
        #expect(r.component("procurementActionability")!.score == 0)
        #expect(r.procurement.suitability != nil)
    }

    @Test func e7HasNoSuitability() throws {
        let r = try Self.run(WorkedExamples.cases.first { $0.id == "E7" }!)
        #expect(r.procurement.suitability == nil)
    }
}
