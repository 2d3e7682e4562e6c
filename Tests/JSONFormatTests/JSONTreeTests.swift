import Foundation
import Testing
import JSONFormat

/// The scenario merge of docs/file-formats.md "Scenario" over workshop trees whose ratings were read compactly.
@Suite struct JSONTreeTests {
    @Test func ratingsMergeByParticipantWhenCompact() throws {
        let text = #"{"ratings": [{"participantId": "P1", "urgency": 3, "frequency": 2}, {"participantId": "P2", "urgency": 4}]}"#
        let base = try StrictJSON.parse(Data(text.utf8), compacting: ["ratings"]).root
        #expect(JSONScalarObject.compact(((base as! [String: Any])["ratings"] as! [Any])[0]) != nil)
        let patch: [String: Any] = ["ratings": [["participantId": "P2", "urgency": 1], ["participantId": "P3", "urgency": 5]]]
        let merged = try #require((JSONTree.merge(base, patch) as? [String: Any])?["ratings"] as? [Any])
        let rows = merged.compactMap { JSONScalarObject.dictionary(of: $0) }
        #expect(rows.count == 3)
        #expect(rows.map { $0["participantId"] as? String } == ["P1", "P2", "P3"])
        #expect(JSONNumber.value(rows[0]["frequency"]) == 2 && JSONNumber.value(rows[1]["urgency"]) == 1 && JSONNumber.value(rows[2]["urgency"]) == 5)
    }
}
