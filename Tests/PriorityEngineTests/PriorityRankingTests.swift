import Foundation
import Testing
@testable import PriorityEngine
import SyntheticData
import JSONFormat

/// Ranking rules (docs/how-the-engine-decides.md §1), the research-agenda preset (how-the-engine-decides.md §1) and other root aggregations (how-the-engine-decides.md §1).
@Suite struct PriorityRankingTests {
    /// The file-formats.md "Workshop" example with G01 copied as `id` (same data, so P, GS and breadth tie).
    static func withCopy(_ id: String, edit: (inout [String: Any]) -> Void = { _ in }) throws -> Data {
        var tree = try JSONSerialization.jsonObject(with: WorkshopReadingTests.example) as! [String: Any]
        var gaps = tree["capabilityGaps"] as! [Any]
        var copy = gaps[0] as! [String: Any]
        copy["id"] = id
        edit(&copy)
        gaps.append(copy)
        tree["capabilityGaps"] = gaps
        tree["candidateSolutions"] = (tree["candidateSolutions"] as! [[String: Any]]).map { s in
            var s = s
            var links = s["linkedGaps"] as! [[String: Any]]
            var link = links[0]
            link["gapId"] = id
            links.append(link)
            s["linkedGaps"] = links
            return s
        }
        return try JSONSerialization.data(withJSONObject: tree)
    }

    static func run(_ data: Data, model: ScoringModel = .default) throws -> [RankedEntry] {
        let run = try PriorityRun.execute(sources: [WorkshopSource(path: "w.json", data: data)], model: model, asOfDate: "2025-06-01")
        return try PriorityRanking.rank(run.results, model: model)
    }

    @Test func exactTieGoesToTheLowerGapRef() throws {
        let ranked = try Self.run(Self.withCopy("G00"))
        #expect(ranked.map(\.result.gapRef) == ["WS-2019-CYB/G00", "WS-2019-CYB/G01", "WS-2019-CYB/G02"])
        #expect(ranked.map(\.rank) == [1, 2, 3])
        #expect(ranked[0].score == ranked[1].score)
    }

    @Test func tieOnPAndGSIsBrokenByBreadth() throws {
        // With breadth weighted 0 everywhere, a copy affecting fewer Member States ties on P and GS but has a
        // lower breadthMS score, so it ranks second although its gapRef sorts first.
        var model = ScoringModel.default
        model.weights.fixed["gapSeverity"]!["breadthMS"] = 0
        model.weights.fixed["gapSeverity"]!["capabilityShortfall"] = 0.30
        model.weights.fixed["standardisationPotential"]!["breadthLEAs"] = 0
        model.weights.fixed["standardisationPotential"]!["maturityFit"] = 0.20
        let ranked = try Self.run(Self.withCopy("G00") { $0["affectedMemberStates"] = ["NL"] }, model: model)
        #expect(Decimal6.round(ranked[0].score) == Decimal6.round(ranked[1].score))
        #expect(Decimal6.round(ranked[0].result.gapSeverity) == Decimal6.round(ranked[1].result.gapSeverity))
        #expect(ranked.prefix(2).map(\.result.gapRef) == ["WS-2019-CYB/G01", "WS-2019-CYB/G00"])
    }

    @Test func bandsFollowTheBounds() throws {
        let ranked = try Self.run(WorkshopReadingTests.example)
        #expect(ranked.map(\.band) == ["priority-1", "priority-3"])
    }

    @Test func researchAgendaRanksResearchNeeds() throws {
        var model = ScoringModel.default
        model.preset = .researchAgenda
        let e6 = WorkedExamples.cases.first { $0.id == "E6" }!
        let run = try PriorityRun.execute(sources: [WorkshopSource(path: "e6.json", data: Data(WorkedExamples.workshop(e6).serialized().utf8))],
                                          model: model, asOfDate: "2025-06-01")
        let r = run.results[0]
        #expect(r.component("procurementActionability")!.score == 1)              // LOW_TRL
        let deployment = try PriorityRun.execute(sources: [WorkshopSource(path: "e6.json", data: Data(WorkedExamples.workshop(e6).serialized().utf8))],
                                                 model: .default, asOfDate: "2025-06-01").results[0]
        let to = deployment.component("technologyOpportunity")!.score
        #expect(abs(r.component("technologyOpportunity")!.score - (1 - to)) < 1e-12)
        #expect(r.component("technologyOpportunity")!.subcriteria.allSatisfy { $0.contribution == nil })
        #expect(abs(r.priorityScore - r.components.reduce(0) { $0 + $1.contribution! }) < 1e-12)
    }

    @Test func topsisRootAggregationOrdersByClosenessAndDropsBands() throws {
        var model = ScoringModel.default
        model.rootAggregation = .topsis
        let ranked = try Self.run(Self.withCopy("G03") { $0["affectedMemberStates"] = ["NL"] }, model: model)
        #expect(ranked.allSatisfy { $0.band == nil })
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { Decimal6.round($0.score) >= Decimal6.round($1.score) })
        #expect(ranked.last!.result.gapRef == "WS-2019-CYB/G02")
    }
}
