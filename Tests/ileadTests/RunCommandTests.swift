import Foundation
import Testing

/// `ilead run` as a user meets it (docs/file-formats.md "Ranking", file-formats.md; issue: judged on errors, no partial outputs, determinism).
@Suite struct RunCommandTests {
    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The files a user sees under `dir` (the engine's hidden lock and manifest are left out).
    static func files(under dir: URL) -> [String] {
        (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? [])
            .filter { $0.contains(".") && !$0.hasPrefix(".") }.sorted()
    }

    @Test func exampleRunWritesEveryList() throws {
        let out = try Self.temporaryFolder()
        let r = try CLI.run(["run", "datasets/examples/WS-2019-CYB.json", "--as-of", "2025-06-01", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("WS-2019-CYB/G01") && r.stdout.contains("PCP_THEN_PPI") && r.stdout.contains("0.73517"))
        #expect(Self.files(under: out) == [
            "pan-european.ranking.csv", "pan-european.ranking.json", "pan-european.ranking.md",
            "practitioner-groups/CYB.ranking.csv", "practitioner-groups/CYB.ranking.json", "practitioner-groups/CYB.ranking.md",
            "report.html", "workshops/WS-2019-CYB.ranking.csv", "workshops/WS-2019-CYB.ranking.json", "workshops/WS-2019-CYB.ranking.md",
            "years/2019.ranking.csv", "years/2019.ranking.json", "years/2019.ranking.md",
        ])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("pan-european.ranking.json"))) as? [String: Any])
        #expect(json["kind"] as? String == "ranking")
        let run = try #require(json["run"] as? [String: Any])
        #expect(run["asOfDate"] as? String == "2025-06-01" && run["scenarioId"] is NSNull)
        let inputs = try #require(run["inputs"] as? [[String: Any]])
        #expect(inputs.first?["path"] as? String == "datasets/examples/WS-2019-CYB.json")
        #expect((inputs.first?["sha256"] as? String)?.count == 64)
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.map { $0["gapRef"] as? String } == ["WS-2019-CYB/G01", "WS-2019-CYB/G02"])
        #expect(entries[0]["priorityScore"] as? Double == 0.73517)
        let procurement = try #require(entries[0]["procurement"] as? [String: Any])
        #expect(procurement["ruleId"] as? String == "R08")
        #expect((procurement["trace"] as? [Any])?.count == 9)
    }

    @Test func twoRunsAreByteIdenticalApartFromTheTimestamp() throws {
        let a = try Self.temporaryFolder(), b = try Self.temporaryFolder()
        for out in [a, b] {
            let r = try CLI.run(["run", "datasets/ilead-synthetic/workshops", "--as-of", "2025-06-01", "--seed", "7", "--runs", "300", "--out", out.path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let files = Self.files(under: a)
        #expect(files == Self.files(under: b) && files.count == (25 + 5 + 5 + 1) * 3 + 1)   // lists × (JSON, CSV, Markdown) + report.html
        for f in files {
            func text(_ dir: URL) throws -> String {
                try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
                    .split(separator: "\n").filter { !$0.contains("\"generatedAt\"") }.joined(separator: "\n")
            }
            #expect(try text(a) == text(b), "\(f)")
        }
    }

    @Test func malformedFilesGiveEveryErrorAndNoOutput() throws {
        let dir = try Self.temporaryFolder()
        let truncated = dir.appendingPathComponent("truncated.json")
        try Data(#"{"schemaVersion":"1.0","kind":"workshop","workshop":{"id":"#.utf8).write(to: truncated)
        var tree = try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.root.appendingPathComponent("datasets/examples/WS-2019-CYB.json"))) as! [String: Any]
        var gaps = tree["capabilityGaps"] as! [[String: Any]]
        var ratings = gaps[0]["ratings"] as! [[String: Any]]
        ratings[1]["urgency"] = 7
        ratings[2]["frequency"] = "often"
        gaps[0]["ratings"] = ratings
        gaps[1]["id"] = "G01"
        tree["capabilityGaps"] = gaps
        var solutions = tree["candidateSolutions"] as! [[String: Any]]
        solutions[1]["linkedGaps"] = [["gapId": "G09", "coveragePct": 70]]
        tree["candidateSolutions"] = solutions
        try JSONSerialization.data(withJSONObject: tree).write(to: dir.appendingPathComponent("bad.json"))
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["run", dir.path, "--out", out.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("truncated.json: not valid JSON"))
        #expect(r.stderr.contains("bad.json: capabilityGaps[0].ratings[1].urgency: 7 is outside 1–5"))
        #expect(r.stderr.contains("bad.json: capabilityGaps[0].ratings[2].frequency"))
        #expect(r.stderr.contains("G09"))
        #expect(r.stderr.contains("duplicate"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func emptyFolderIsAUsageError() throws {
        let dir = try Self.temporaryFolder()
        let r = try CLI.run(["run", dir.path, "--out", dir.appendingPathComponent("out").path])
        #expect(r.status == 64 && r.stderr.contains("holds no .json files"))
    }

    @Test func suspiciousButValidFileWarnsAndRuns() throws {
        var tree = try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.root.appendingPathComponent("datasets/examples/WS-2019-CYB.json"))) as! [String: Any]
        var info = tree["workshop"] as! [String: Any]
        info["id"] = "WS-2019-XYZ"
        tree["workshop"] = info
        let dir = try Self.temporaryFolder()
        try JSONSerialization.data(withJSONObject: tree).write(to: dir.appendingPathComponent("w.json"))
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["run", dir.appendingPathComponent("w.json").path, "--as-of", "2025-06-01", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("WORKSHOP_ID_MISMATCH"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("pan-european.ranking.json"))) as! [String: Any]
        let warnings = json["warnings"] as! [[String: Any]]
        #expect(warnings.contains { $0["code"] as? String == "WORKSHOP_ID_MISMATCH" && $0["ref"] as? String == "WS-2019-XYZ" })
    }

    @Test func workshopWithoutVotingParticipantsStillRuns() throws {
        var tree = try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.root.appendingPathComponent("datasets/examples/WS-2019-CYB.json"))) as! [String: Any]
        tree["participants"] = (tree["participants"] as! [[String: Any]]).map { p in var p = p; p["voting"] = false; return p }
        let dir = try Self.temporaryFolder()
        try JSONSerialization.data(withJSONObject: tree).write(to: dir.appendingPathComponent("w.json"))
        let r = try CLI.run(["run", dir.appendingPathComponent("w.json").path, "--as-of", "2025-06-01", "--runs", "50",
                             "--out", dir.appendingPathComponent("out").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("FEW_RATERS") && r.stderr.contains("NON_VOTING_RATINGS"))
    }

    @Test func scenarioRunRecordsTheScenario() throws {
        let out = try Self.temporaryFolder()
        let r = try CLI.run(["run", "datasets/examples/WS-2019-CYB.json", "--scenario", "datasets/examples/SCN-2019-CYB-joint-ppi.json", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("STANDARD_PROCUREMENT") && r.stdout.contains("0.810711"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("pan-european.ranking.json"))) as! [String: Any]
        let run = json["run"] as! [String: Any]
        #expect(run["scenarioId"] as? String == "SCN-2019-CYB-joint-ppi" && run["asOfDate"] as? String == "2020-01-15")
        #expect((run["inputs"] as! [Any]).count == 2)
    }
}
