import Foundation
import PriorityEngine
@testable import Reports
import Testing
import TestSupport

/// The HTML report's parts that decide what people read: section ids, ties, the weight tornado, the group's rank in
/// words. The page as a whole is opened in Chromium by `ReportBrowserTests` (ileadTests).
@Suite struct HTMLReportTests {
    static let root = Repository.root

    static func run(_ files: [String]) throws -> (PriorityRun, [RankingList]) {
        let sources = try files.map { WorkshopSource(path: $0, data: try Data(contentsOf: root.appendingPathComponent($0))) }
        let run = try PriorityRun.execute(sources: sources, model: .default, asOfDate: "2025-06-01")
        return (run, try run.lists())
    }

    @Test func sectionIdsAreSafeAndUnique() throws {
        let lists = ["WS a", "WS_a", "WS\"><b>"].map { RankingList(kind: .workshop, key: $0, entries: [], workshopIds: [$0]) }
            + [RankingList(kind: .practitionerGroup, key: "CYB", entries: [], workshopIds: []),
               RankingList(kind: .panEuropean, key: "all", entries: [], workshopIds: [])]
        let anchors = SectionAnchors(lists)
        #expect(lists.map { anchors[$0] } == ["ws-WS_a", "ws-WS_a-2", "ws-WS___b_", "pg-CYB", "overview"])
    }

    @Test func criteriaHaveNames() {
        #expect(Glossary.criterionName("operationalImpact") == "Operational impact")
        #expect(Glossary.criterionName("breadthMS") == "Breadth across Member States")
        #expect(Glossary.criterionName("procurementActionability") == "Procurement actionability")
    }

    /// Neighbours whose middle halves of ranks overlap are tied; a gap apart from both neighbours is not.
    @Test func neighboursWithOverlappingRanksAreTied() throws {
        let (_, lists) = try Self.run(["datasets/ilead-synthetic/workshops/WS-2019-CYB.json"])
        let entries = Array(try #require(lists.last).entries.prefix(4))
        let refs = entries.map(\.result.gapRef)
        // Middle halves: [1, 2], [1.5, 2.5], [3.5, 4.5], [5, 6]: the first two overlap, the others stand apart.
        let u = Dictionary(uniqueKeysWithValues: zip(refs, [(1.0, 1.0), (2.0, 1.0), (4.0, 1.0), (5.5, 1.0)].map {
            GapUncertainty(medianRank: $0.0, rankIQR: $0.1, pTopK: 0.5)
        }))
        #expect(RankingExplanation.statisticallyTied(entries, uncertainty: u) == [refs[0], refs[1]])
        #expect(RankingExplanation.middleHalf(GapUncertainty(medianRank: 1.2, rankIQR: 2, pTopK: 1)) == (1, 2.2))
    }

    /// Bars are the counts of gaps that change rank, largest total first; the description names the leader.
    @Test func theTornadoCountsTheGapsThatMove() {
        func changes(_ n: Int, by d: Int = 1) -> [(gapRef: String, from: Int, to: Int)] { (0..<n).map { ("G\($0)", $0 + 1, $0 + 1 + d) } }
        let rows = [
            WeightSensitivityRow(node: "root", child: "gapSeverity", delta: -0.2, rankChanges: [changes(1)]),
            WeightSensitivityRow(node: "root", child: "gapSeverity", delta: 0.2, rankChanges: [changes(2)]),
            WeightSensitivityRow(node: "gapSeverity", child: "urgency", delta: -0.2, rankChanges: [changes(3, by: 4)]),
            WeightSensitivityRow(node: "gapSeverity", child: "urgency", delta: 0.2, rankChanges: [changes(1)]),
            WeightSensitivityRow(node: "gapSeverity", child: "frequency", delta: -0.2, rankChanges: [[]]),
            WeightSensitivityRow(node: "gapSeverity", child: "frequency", delta: 0.2, rankChanges: [[]]),
        ]
        let svg = SVGCharts.weightTornado(rows, list: 0, gaps: 9)
        #expect(svg.contains("Urgency (in gap severity) moves the most: 3 gaps when lowered, 1 when raised, by at most 4 places"))
        let labels = svg.components(separatedBy: "class=\"label\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(labels == ["Urgency (in gap severity)", "Gap severity"], "frequency moves nothing and is left out")
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 4)
        #expect(SVGCharts.weightTornado(Array(rows.suffix(2)), list: 0, gaps: 9).isEmpty)
    }

    /// The sentence per priority area, checked against the workshop file read independently.
    @Test func theGroupsRankIsSaidBesideTheEngines() throws {
        let file = "datasets/ilead-synthetic/workshops/WS-2019-CYB.json"
        let (run, lists) = try Self.run([file])
        let list = try #require(lists.first { $0.kind == .workshop })
        let text = HTMLReport.declaredRanksInWords(list, workshop: try #require(run.workshops.first))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.root.appendingPathComponent(file))) as? [String: Any])
        let areas = try #require(json["priorityAreas"] as? [[String: Any]])
        let rank = Dictionary(uniqueKeysWithValues: list.entries.map { ($0.result.gapRef.components(separatedBy: "/").last!, $0.rank) })
        for area in areas {
            let ranks = (area["gapIds"] as! [String]).compactMap { rank[$0] }.sorted().map(String.init)
            let said = ranks.count == 1 ? ranks[0] : ranks.dropLast().joined(separator: ", ") + " and " + ranks.last!
            #expect(text.contains("\(area["id"]!) (\(area["title"]!))") && text.contains("its gaps \(said) of \(list.entries.count)"), "\(text)")
        }
        #expect(text.hasPrefix("The group ranked PA1"))
    }

    /// The report of one workshop has no group, year or workshop pages that would repeat the overview.
    @Test func aOneWorkshopReportIsOnePage() throws {
        let (run, lists) = try Self.run(["datasets/examples/WS-2019-CYB.json"])
        let manifest = RunManifest(generatedAt: "", modelId: "m", modelVersion: "1", scenarioId: nil, seed: 1, asOfDate: "2025-06-01", defaults: [], inputs: [])
        let html = HTMLReport.render(.init(lists: lists, run: run, manifest: manifest))
        #expect(html.contains("<title>i-LEAD priorities: Workshop WS-2019-CYB, all gaps</title>"))
        #expect(!html.contains("class=\"page\" aria-labelledby=\"pg-") && !html.contains("id=\"ws-") && html.contains("id=\"glossary\""))
    }
}
