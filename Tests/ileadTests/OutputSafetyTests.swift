import Foundation
import Testing

/// Outputs cannot lose or leak data (OutputFolder, Files): replaced atomically, never onto an input, never outside
/// the output folder, published all or nothing, cleaned up after signals and serialised between processes.
@Suite struct OutputSafetyTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func workshop(id: String) throws -> String {
        let text = try String(contentsOfFile: CLI.root.appendingPathComponent("datasets/examples/WS-2019-CYB.json").path, encoding: .utf8)
        return text.replacingOccurrences(of: "\"WS-2019-CYB\"", with: "\"\(id)\"")
    }

    @Test func outputOntoAnExistingFileReplacesIt() throws {
        let dir = try Self.folder()
        let target = dir.appendingPathComponent("schema.json").path
        try Data("old content\n".utf8).write(to: URL(fileURLWithPath: target))
        let r = try CLI.run(["schema", "workshop", "--output", target])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: target, encoding: .utf8)
        #expect(text.contains("\"$schema\""))
        let rank = try CLI.run(["rank", "datasets/problems/capability-gaps.json", "--method", "topsis", "--output", target])
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("A3"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["schema.json"])   // no temporary left
    }

    @Test func theInputIsNeverTheOutput() throws {
        let dir = try Self.folder()
        let problem = dir.appendingPathComponent("p.json").path
        let original = try Data(contentsOf: CLI.root.appendingPathComponent("datasets/problems/capability-gaps.json"))
        try original.write(to: URL(fileURLWithPath: problem))
        for arguments in [["rank", problem, "--method", "wsm", "--output", problem],
                          ["sensitivity", problem, "--method", "wsm", "--output", problem],
                          ["weights", "entropy", problem, "--output", problem]] {
            let r = try CLI.run(arguments)
            #expect(r.status == 64, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains("is the input"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: problem)) == original)
        }
    }

    @Test(arguments: ["../../escape", "../pan-european", "WS/2019/CYB", "/tmp/x", "WS-2019-CYB\n"])
    func anIdThatIsNotAWorkshopIdIsRefused(id: String) throws {
        let dir = try Self.folder()
        let input = dir.appendingPathComponent("in/WS.json")
        try FileManager.default.createDirectory(at: input.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(try Self.workshop(id: id.replacingOccurrences(of: "\n", with: "\\n")).utf8).write(to: input)
        let out = dir.appendingPathComponent("a/b/out")
        for command in [["validate", input.path], ["run", input.path, "--out", out.path, "--no-uncertainty"]] {
            let r = try CLI.run(command)
            #expect(r.status == 65, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("workshop.id") && r.stderr.contains("WS-<year>-<group>"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let everything = FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []
        #expect(everything.sorted() == ["in", "in/WS.json"])
    }

    @Test func aFailureWhilePublishingLeavesTheFolderAsItWas() throws {
        let out = try Self.folder()
        try FileManager.default.createDirectory(at: out.appendingPathComponent("report.html"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let r = try CLI.run(["run", "datasets/examples/WS-2019-CYB.json", "--as-of", "2025-06-01", "--no-uncertainty", "--out", out.path])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains("report.html") && r.stderr.contains("folder"))
        #expect(RunCommandTests.files(under: out) == ["notes.txt", "report.html"])
    }

    @Test func aSmallerRunRemovesItsPredecessorsListsButNoForeignFile() throws {
        let out = try Self.folder()
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let first = try CLI.run(["run", "datasets/ilead-synthetic/workshops", "--as-of", "2025-06-01", "--no-uncertainty", "--out", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(RunCommandTests.files(under: out).count == 36 * 3 + 2)
        let second = try CLI.run(["run", "datasets/examples/WS-2019-CYB.json", "--as-of", "2025-06-01", "--no-uncertainty", "--out", out.path])
        #expect(second.status == 0, "\(second.stderr)")
        let files = RunCommandTests.files(under: out).filter { !$0.hasSuffix("/") }
        #expect(files.filter { $0.contains(".") } == [
            "notes.txt", "pan-european.ranking.csv", "pan-european.ranking.json", "pan-european.ranking.md",
            "practitioner-groups/CYB.ranking.csv", "practitioner-groups/CYB.ranking.json", "practitioner-groups/CYB.ranking.md",
            "report.html",
            "workshops/WS-2019-CYB.ranking.csv", "workshops/WS-2019-CYB.ranking.json", "workshops/WS-2019-CYB.ranking.md",
            "years/2019.ranking.csv", "years/2019.ranking.json", "years/2019.ranking.md",
        ])
    }

    @Test func staleStagingOfAKilledRunIsRemoved() throws {
        let out = try Self.folder()
        let stale = out.appendingPathComponent(".ilead-staging-999999/new")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        let r = try CLI.run(["run", "datasets/examples/WS-2019-CYB.json", "--as-of", "2025-06-01", "--no-uncertainty", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }.sorted()
        #expect(hidden == [".ilead-lock", ".ilead-outputs.json"])
    }

    @Test func sigtermStopsCleanly() throws {
        let out = try Self.folder()
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["run", "datasets/ilead-synthetic/workshops", "--runs", "200000", "--threads", "1", "--out", out.path]
        process.currentDirectoryURL = CLI.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".ilead-staging") }.isEmpty)
        #expect(RunCommandTests.files(under: out).isEmpty)
    }

    @Test func concurrentRunsIntoOneFolderAreSerialised() throws {
        let out = try Self.folder()
        func start(_ input: String) throws -> Process {
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = ["run", input, "--as-of", "2025-06-01", "--no-uncertainty", "--out", out.path]
            p.currentDirectoryURL = CLI.root
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        let a = try start("datasets/ilead-synthetic/workshops"), b = try start("datasets/examples/WS-2019-CYB.json")
        a.waitUntilExit(); b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        // The folder holds exactly the set of one of the two runs, as its manifest lists it.
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(".ilead-outputs.json"))) as? [String: Any]
        let listed = try #require(manifest?["files"] as? [String])
        #expect(RunCommandTests.files(under: out).filter { $0.contains(".") } == listed)
        #expect(listed.count == 13 || listed.count == 36 * 3 + 1)
    }
}
