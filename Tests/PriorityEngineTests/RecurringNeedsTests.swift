import Foundation
import Testing
import TestSupport
@testable import PriorityEngine

/// Recurring needs: the three rules on the bundled dataset and by hand, one row per need in the pan-European list
/// only, and the rule in the output.
@Suite struct RecurringNeedsTests {
    static func prepared(needs: String? = nil) throws -> PreparedRun {
        var request = RunRequest(workshops: SyntheticWorkshops.sources, asOfDate: "2025-06-01", uncertainty: false)
        if let needs { request.needs = InputFile(path: "needs.json", data: Data(needs.utf8)) }
        return try PreparedRun.prepare(request)
    }

    @Test func bundledDatasetHasOneRowPerRecurringNeed() throws {
        let run = try Self.prepared()
        let all = run.panEuropean
        let needs = all.entries.compactMap(\.need)
        #expect(needs.map(\.gapRefs) == [["WS-2018-FOR/G02", "WS-2018-FOR/G01", "WS-2018-FOR/G05"],
                                         ["WS-2019-FOR/G01", "WS-2022-FOR/G02"]])
        #expect(needs[0].title == "Rapid DNA in custody suites" && needs[0].links.allSatisfy { $0.rule == .followUp })
        #expect(needs[1].links.map(\.rule) == [.followUp, .sameCatalogueItems] && needs[1].links[1].detail.contains("TW-9001"))
        #expect(needs[1].links[0].detail == "WS-2022-FOR/G02 follows up WS-2019-FOR/G01 (shared tag encrypted_devices)")
        // Every gap appears once: as a row, or as a source of the one row of its need.
        let refs = all.entries.flatMap { $0.need?.gapRefs ?? [$0.result.gapRef] }
        #expect(refs.count == run.run.results.count && Set(refs).count == refs.count)
        #expect(all.entries.map(\.rank) == Array(1...all.entries.count))
        // The row stands at its highest-ranked gap, and that gap leads it.
        let dna = try #require(all.entries.first { $0.need?.id == needs[0].id })
        #expect(dna.result.gapRef == "WS-2018-FOR/G01" && dna.needSources.map(\.rank).min() == dna.needSources.first { $0.result.gapRef == "WS-2018-FOR/G01" }?.rank)
        #expect(dna.crossCuttingTags == ["tool_validation"])
        // Workshop, group and year lists keep every gap.
        for list in run.lists.dropLast() {
            #expect(list.entries.allSatisfy { $0.need == nil })
        }
        let workshopRows = run.lists.filter { $0.kind == .workshop }.reduce(0) { $0 + $1.entries.count }
        #expect(workshopRows == run.run.results.count)
    }

    @Test func needsFileGroupsByHandAndIsChecked() throws {
        let run = try Self.prepared(needs: """
            {"schemaVersion": "1.0", "kind": "recurringNeeds", "needs": [
              {"id": "N1", "title": "Locked devices", "gapRefs": ["WS-2019-FOR/G02", "WS-2019-FOR/G05", "WS-2022-FOR/G02"]}]}
            """)
        let need = try #require(run.panEuropean.entries.compactMap(\.need).first { $0.id == "N1" })
        // The file's group and the catalogue rule's pair share WS-2022-FOR/G02: one need of four gaps.
        #expect(Set(need.gapRefs) == ["WS-2019-FOR/G01", "WS-2019-FOR/G02", "WS-2019-FOR/G05", "WS-2022-FOR/G02"])
        #expect(need.title == "Locked devices")
        #expect(Set(need.links.map(\.rule)) == [.needsFile, .sameCatalogueItems, .followUp])

        let (file, diagnostics) = NeedsFile.read(Data("""
            {"schemaVersion": "1.0", "kind": "recurringNeeds", "needs": [
              {"id": "N1", "gapRefs": ["WS-2019-FOR/G02"]},
              {"id": "N2", "gapRefs": ["WS-2019-FOR/G02", "G05", "WS-2019-FOR/G06"]}]}
            """.utf8), file: "needs.json")
        #expect(file == nil)
        let text = diagnostics.map(\.description).joined(separator: "\n")
        #expect(text.contains("needs[0].gapRefs: a need groups at least two gaps"))
        #expect(text.contains("needs[1].gapRefs[0]: WS-2019-FOR/G02 is already grouped in need 'N1'"))
        #expect(text.contains("needs[1].gapRefs[1]: \"G05\" is not a gap reference"))
    }

    /// The rules by hand on two workshops: a follow-up without a shared tag merges nothing (and is warned), the same
    /// catalogue item across groups without a shared tag merges nothing, with a shared tag it does.
    @Test func rulesByHand() throws {
        let source = SyntheticWorkshops.sources.first { $0.path.hasSuffix("WS-2019-FOR.json") }!
        var tree = try JSONSerialization.jsonObject(with: source.data) as! [String: Any]
        var gaps = tree["capabilityGaps"] as! [[String: Any]]
        gaps[2]["followsUp"] = "WS-2019-FOR/G01"       // G03 follows up G01, no shared tag
        gaps[3]["followsUp"] = "WS-2017-FOR/G01"       // an earlier workshop not in the run
        tree["capabilityGaps"] = gaps
        let data = try JSONSerialization.data(withJSONObject: tree)
        let run = try PriorityRun.execute(sources: [InputFile(path: "WS-2019-FOR.json", data: data)], model: .default, asOfDate: "2025-06-01")
        #expect(run.warnings.contains { $0.code == "FOLLOW_UP_WITHOUT_SHARED_TAG" && $0.ref == "WS-2019-FOR/G03" && $0.path == "capabilityGaps[2].followsUp" })
        #expect(run.warnings.contains { $0.code == "FOLLOW_UP_NOT_LOADED" && $0.ref == "WS-2019-FOR/G04" })
        #expect(try run.lists().last!.entries.allSatisfy { $0.need == nil })

        gaps[2]["crossCuttingTags"] = ["encrypted_devices"]   // now G03 shares G01's tag
        tree["capabilityGaps"] = gaps
        let tagged = try PriorityRun.execute(sources: [InputFile(path: "WS-2019-FOR.json", data: try JSONSerialization.data(withJSONObject: tree))],
                                             model: .default, asOfDate: "2025-06-01")
        let need = try #require(try tagged.lists().last!.entries.compactMap(\.need).first)
        #expect(need.gapRefs == ["WS-2019-FOR/G01", "WS-2019-FOR/G03"] && need.links.map(\.rule) == [.followUp])
    }

    @Test func aGapCannotFollowUpItself() throws {
        let source = SyntheticWorkshops.sources.first { $0.path.hasSuffix("WS-2019-FOR.json") }!
        var tree = try JSONSerialization.jsonObject(with: source.data) as! [String: Any]
        var gaps = tree["capabilityGaps"] as! [[String: Any]]
        gaps[0]["followsUp"] = "WS-2019-FOR/G01"
        gaps[1]["followsUp"] = "G01"
        tree["capabilityGaps"] = gaps
        let (w, diagnostics) = Workshop.read(try JSONSerialization.data(withJSONObject: tree), file: "w.json")
        #expect(w == nil)
        #expect(diagnostics.contains { $0.path == "capabilityGaps[0].followsUp" && $0.message.contains("cannot follow up itself") })
        #expect(diagnostics.contains { $0.path == "capabilityGaps[1].followsUp" && $0.message.contains("is not a gap reference") })
    }
}
