import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func domainExampleIsValid() throws {
        let r = try CLI.run(["validate", "datasets/examples/WS-2019-CYB.json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("1 file(s): 0 error(s)"))
    }

    @Test func errorsOfSeveralFilesInOneRun() throws {
        let a = try CLI.temporaryFile("a.json", #"{"schemaVersion":"1.0","kind":"workshop","workshop":{"id":"#)
        let b = try CLI.temporaryFile("b.json", #"{"schemaVersion":"1.0","kind":"workshop","workshop":{"id":"WS-2020-FLP","practitionerGroup":"XYZ","year":2020,"startDate":"2020-05-01"},"participants":[],"capabilityGaps":[]}"#)
        let r = try CLI.run(["validate", a, b])
        #expect(r.status == 65)
        #expect(r.stderr.contains("a.json: not valid JSON"))
        #expect(r.stderr.contains("b.json: workshop.practitionerGroup: unknown value \"XYZ\""))
        #expect(r.stderr.contains("b.json: capabilityGaps: at least one capability gap is needed"))
    }

    @Test func emptyFolderIsAnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let r = try CLI.run(["validate", dir.path])
        #expect(r.status == 64 && r.stderr.contains("holds no .json files"))
    }
}
