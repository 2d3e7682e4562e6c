import Foundation
import Testing
@testable import PriorityEngine
import JSONFormat

/// Reading and validating workshop files (docs/file-formats.md "Workshop", file-formats.md).
@Suite struct WorkshopReadingTests {
    static let example: Data = {
        let url = Bundle.module.url(forResource: "WS-2019-CYB", withExtension: "json", subdirectory: "Fixtures")!
        return try! Data(contentsOf: url)
    }()

    /// The example file with one edit applied to its JSON tree.
    func edited(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        var tree = try #require(try JSONSerialization.jsonObject(with: Self.example) as? [String: Any])
        edit(&tree)
        return try JSONSerialization.data(withJSONObject: tree)
    }

    func errors(_ data: Data) -> [Diagnostic] { Workshop.read(data, file: "w.json").diagnostics.filter { $0.level == .error } }

    @Test func theDomainExampleReadsCleanly() throws {
        let (w, diagnostics) = Workshop.read(Self.example, file: "WS-2019-CYB.json")
        #expect(diagnostics.filter { $0.level == .error }.isEmpty, "\(diagnostics)")
        let workshop = try #require(w)
        #expect(workshop.workshop.id == "WS-2019-CYB" && workshop.workshop.memberStateBasis == .EU28)
        #expect(workshop.capabilityGaps.map(\.id) == ["G01", "G02"])
        let g01 = workshop.capabilityGaps[0]
        #expect(g01.ratings[0].cells[.urgency] == .value(ThreePoint(min: 3, mostLikely: 4, max: 5)))
        #expect(g01.ratings[2].cells[.publicSafetyImpact] == .abstained)
        #expect(workshop.capabilityGaps[1].ratings[0].cells[.interoperabilityNeed] == nil)   // not collected
        #expect(g01.procurementContext?.interestedProcurers.count == 3)
        #expect(workshop.candidateSolutions[1].trl == ThreePoint(min: 4, mostLikely: 5, max: 6))
        // Three voting raters, so no FEW_RATERS; BE is an EU Member State.
        #expect(diagnostics.filter { $0.code == "FEW_RATERS" || $0.code == "NON_EU_AFFECTED_COUNTRY" }.isEmpty)
    }

    @Test func ratingOutOfScaleIsLocated() throws {
        let data = try edited { tree in
            var gaps = tree["capabilityGaps"] as! [[String: Any]]
            var ratings = gaps[0]["ratings"] as! [[String: Any]]
            ratings[1]["urgency"] = 7
            ratings[2]["frequency"] = ["min": 4, "mostLikely": 3, "max": 5]
            gaps[0]["ratings"] = ratings
            tree["capabilityGaps"] = gaps
        }
        let found = errors(data)
        #expect(found.map(\.path) == ["capabilityGaps[0].ratings[1].urgency", "capabilityGaps[0].ratings[2].frequency"])
        #expect(found[0].message.contains("7 is outside 1–5"))
        #expect(found[1].message.contains("min <= mostLikely <= max"))
    }

    @Test func everyErrorOfAFileAtOnce() throws {
        let data = try edited { tree in
            var participants = tree["participants"] as! [[String: Any]]
            participants[1]["id"] = "P01"                      // duplicate id
            participants[2]["role"] = "Investigator"           // wrong case
            tree["participants"] = participants
            var solutions = tree["candidateSolutions"] as! [[String: Any]]
            solutions[0]["linkedGaps"] = [["gapId": "G99", "coveragePct": 55]]   // dangling
            solutions[1]["trl"] = 10
            solutions[1]["supplierCount"] = ["total": 2, "supplierIds": ["x"]]
            tree["candidateSolutions"] = solutions
            var gaps = tree["capabilityGaps"] as! [[String: Any]]
            gaps[0].removeValue(forKey: "procurementContext")  // required for novel_capability
            gaps[1]["gapNature"] = "training"
            tree["capabilityGaps"] = gaps
        }
        let paths = Set(errors(data).map(\.path))
        for expected in ["participants[1].id", "participants[2].role", "candidateSolutions[0].linkedGaps[0].gapId",
                         "candidateSolutions[1].trl", "candidateSolutions[1].supplierCount.supplierIds",
                         "capabilityGaps[0].procurementContext", "capabilityGaps[1].gapNature"] {
            #expect(paths.contains(expected), "missing \(expected) in \(paths)")
        }
        #expect(Workshop.read(data, file: "w.json").workshop == nil)
    }

    @Test func truncatedFile() {
        let data = Self.example.prefix(300)
        let found = errors(Data(data))
        #expect(found.count == 1 && found[0].message.hasPrefix("not valid JSON"))
    }

    @Test func wrongTypesAndMissingRequiredKeys() throws {
        let data = try edited { tree in
            var info = tree["workshop"] as! [String: Any]
            info["year"] = "2019"
            info.removeValue(forKey: "practitionerGroup")
            tree["workshop"] = info
        }
        let found = errors(data)
        #expect(found.contains { $0.path == "workshop.year" && $0.message.contains("text \"2019\"") })
        #expect(found.contains { $0.path == "workshop.practitionerGroup" && $0.message.contains("missing") })
    }

    @Test func suspiciousButValidFilesWarn() throws {
        let data = try edited { tree in
            var info = tree["workshop"] as! [String: Any]
            info["id"] = "WS-2020-CYB"
            tree["workshop"] = info
            var participants = tree["participants"] as! [[String: Any]]
            participants[0]["voting"] = false
            tree["participants"] = participants
            var gaps = tree["capabilityGaps"] as! [[String: Any]]
            gaps[0]["affectedMemberStates"] = ["NL", "NO"]
            gaps[0]["colour"] = "red"
            tree["capabilityGaps"] = gaps
        }
        let (w, diagnostics) = Workshop.read(data, file: "w.json")
        #expect(w != nil)
        let codes = Set(diagnostics.compactMap(\.code))
        #expect(codes.isSuperset(of: ["WORKSHOP_ID_MISMATCH", "NON_VOTING_RATINGS", "FEW_RATERS", "NON_EU_AFFECTED_COUNTRY", "UNKNOWN_KEY"]))
        #expect(!Workshop.read(data, file: "w.json", strict: true).diagnostics.filter { $0.level == .error }.isEmpty)
    }

    /// One root cause, one error: a participant or gap with an error of its own is not reported again by every
    /// reference to it, and elements after one that was left out keep their own positions in messages.
    @Test func oneRootCauseOneError() throws {
        let data = try edited { tree in
            var participants = tree["participants"] as! [[String: Any]]
            participants[1]["country"] = "Germany"            // P02: one error; it rates both gaps
            tree["participants"] = participants
            var gaps = tree["capabilityGaps"] as! [[String: Any]]
            gaps[0]["gapNature"] = "unheard_of"               // G01: one error; two solutions link to it
            var ratings = gaps[1]["ratings"] as! [[String: Any]]
            ratings[0]["urgency"] = 9                         // G02, rating 0: one error
            ratings[2]["participantId"] = "P99"               // G02, rating 2: a real unknown participant
            gaps[1]["ratings"] = ratings
            tree["capabilityGaps"] = gaps
        }
        let found = errors(data)
        #expect(found.count == 4, "\(found)")
        #expect(found.contains { $0.path == "participants[1].country" })
        #expect(found.contains { $0.path == "capabilityGaps[0].gapNature" })
        #expect(found.contains { $0.path == "capabilityGaps[1].ratings[0].urgency" })
        // G02 is the second gap in the file and P99 its third rating, although G01 and one rating were left out.
        #expect(found.contains { $0.path == "capabilityGaps[1].ratings[2].participantId" && $0.message.contains("unknown participant 'P99'") })
    }
}
