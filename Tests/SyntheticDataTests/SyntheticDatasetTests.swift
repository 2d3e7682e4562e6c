import Foundation
import Testing
@testable import PriorityEngine
import Reports
import TestSupport
@testable import SyntheticData

/// The synthetic dataset of datasets/ilead-synthetic/GENERATOR.md: reproducible from its seed, with the planted cases of GENERATOR.md.
@Suite struct SyntheticDatasetTests {
    static let folder = SyntheticWorkshops.folder

    static func run(model: ScoringModel = .default, scenario: Scenario? = nil, asOf: String = "2025-06-01") throws -> PriorityRun {
        try SyntheticWorkshops.run(model: model, scenario: scenario, asOf: asOf)
    }

    @Test func regeneratingGivesTheCommittedBytes() throws {
        var generator = DatasetGenerator()
        let files = generator.generate()
        #expect(files.count == 25 + 1 + 10 + 2 * WorkedExamples.cases.count + DatasetGenerator.watchGoldenDates.count + 1)
        for (path, text) in files {
            let committed = try String(contentsOf: Self.folder.appendingPathComponent(path), encoding: .utf8)
            #expect(committed == text, "\(path) differs from what seed \(DatasetGenerator.defaultSeed) generates")
        }
        var again = DatasetGenerator()
        #expect(again.generate().map(\.text) == files.map(\.text))
    }

    @Test func volumesFollowThePlan() throws {
        let run = try Self.run()
        #expect(run.workshops.count == 25)
        #expect((150...300).contains(run.results.count))
        let routes = Dictionary(grouping: run.results, by: \.procurement.decision.route).mapValues(\.count)
        for route in ProcurementRoute.allCases { #expect((routes[route] ?? 0) >= 3, "route \(route) has fewer than 3 gaps") }
        for w in run.workshops {
            let voting = w.participants.filter(\.voting).count
            #expect((11...27).contains(voting) && (14...28).contains(w.participants.count))
        }
    }

    @Test func plantedGapsRouteAsPlanned() throws {
        let run = try Self.run()
        for c in Planted.all {
            let id = "WS-\(c.year)-\(c.group.rawValue)"
            let gap = try #require(run.results.first { $0.workshopId == id && $0.title == c.title }, "planted \(c.id) not found")
            #expect(gap.procurement.decision.route == c.route, "\(c.id)")
            #expect(gap.procurement.decision.ruleId == c.rule, "\(c.id)")
            if WorkedExamples.cases.contains(where: { $0.id == c.id }) {
                #expect(gap.procurement.flags == c.procurementFlags, "\(c.id)")
            }
        }
        let e3 = run.results.first { $0.title.hasPrefix("AI triage of seized-device data") }!
        #expect(e3.leaf("breadthPG")?.raw == 5)
    }

    @Test func plantedTieIsBrokenByGapRef() throws {
        let run = try Self.run()
        let cbc = run.results.filter { $0.workshopId == Planted.tieWorkshop }
        let ranked = try PriorityRanking.rank(cbc, model: .default)
        let twin = try #require(ranked.first { $0.result.title.hasSuffix(" (second region)") })
        let original = try #require(ranked.first { $0.result.title + " (second region)" == twin.result.title })
        let pair = [original, twin]
        #expect(pair[0].score == pair[1].score && pair[0].result.gapSeverity == pair[1].result.gapSeverity)
        #expect(pair[0].rank + 1 == pair[1].rank)
        #expect(pair[0].result.gapRef < pair[1].result.gapRef)
    }

    @Test func plantedAHPFallback() throws {
        var model = ScoringModel.default
        model.weights.mode = .ahp
        let run = try Self.run(model: model)
        let fallbacks = run.warnings.filter { $0.code == "AHP_FALLBACK" }.compactMap(\.ref)
        #expect(fallbacks.contains("\(Planted.ahpFallbackWorkshop)#root"))
        #expect(run.weights["WS-2019-CYB"]!.nodes["root"]!.source == .ahp)
        #expect(run.weights[Planted.ahpFallbackWorkshop]!.nodes["root"]!.source == .fallback)
    }

    @Test func thresholdScenarioFlipsARoute() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("scenarios/SCN-03-threshold-flip.json"))
        let scenario = try #require(Scenario.read(data, file: "scn").scenario)
        let model = try #require(ScoringModel.read(Data(ScoringModel.defaultModelJSON.utf8), file: "m",
                                                   thresholdOverrides: scenario.thresholdOverrides.map { ($0.path, $0.value.foundation) }).loaded).model
        let run = try Self.run(model: model, scenario: scenario)
        #expect(run.results.allSatisfy { $0.workshopId == "WS-2021-FLP" })
        let e8 = try #require(run.results.first { $0.title == "Vehicle infotainment data extraction" })
        #expect(e8.procurement.decision.route == .FURTHER_RESEARCH_FIRST)
        #expect(e8.procurement.decision.reason == .INSUFFICIENT_MARKET_EVIDENCE)
    }

    /// Golden outputs (GENERATOR.md): ranks, routes and flags exactly, numbers within 1e-6; `run.generatedAt` is ignored.
    @Test(arguments: WorkedExamples.cases.map(\.id))
    func expectedOutputs(_ id: String) throws {
        let c = WorkedExamples.cases.first { $0.id == id }!
        let golden = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.folder.appendingPathComponent("expected/\(id).ranking.json")))
        let now = try JSONSerialization.jsonObject(with: Data(DatasetGenerator.expected(c).utf8))
        var differences: [String] = []
        Self.compare(golden, now, path: "", into: &differences)
        #expect(differences.isEmpty, "\(differences.prefix(5))")
    }

    static func compare(_ a: Any, _ b: Any, path: String, into out: inout [String]) {
        if path == "run.generatedAt" { return }
        switch (a, b) {
        case let (x as [String: Any], y as [String: Any]):
            if Set(x.keys) != Set(y.keys) { out.append("\(path): keys differ") }
            for k in x.keys.sorted() where y[k] != nil { compare(x[k]!, y[k]!, path: path.isEmpty ? k : "\(path).\(k)", into: &out) }
        case let (x as [Any], y as [Any]):
            if x.count != y.count { out.append("\(path): lengths differ"); return }
            for i in x.indices { compare(x[i], y[i], path: "\(path)[\(i)]", into: &out) }
        case let (x as NSNumber, y as NSNumber):
            if abs(x.doubleValue - y.doubleValue) > 1e-6 { out.append("\(path): \(x) vs \(y)") }
        case let (x as String, y as String):
            if x != y { out.append("\(path): \(x) vs \(y)") }
        case (is NSNull, is NSNull): break
        default: out.append("\(path): types differ")
        }
    }
}
