import Foundation
import Testing
import TestSupport

/// Runs the built `ilead` binary as a user would, on the bundled datasets.
struct CLI {
    struct Outcome { var status: Int32; var stdout: String; var stderr: String }

    /// The package root, found from this file's path.
    static let root = Repository.root

    /// The `ilead` executable next to the test bundle (SwiftPM builds it because this target depends on it).
    static let binary: URL = {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("ilead")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/ilead")
    }()

    static func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                       stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

@Suite struct RankCommandTests {
    @Test func jsonOutputFollowsTheSpec() throws {
        let r = try CLI.run(["rank", "datasets/problems/capability-gaps.json", "--method", "topsis", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["method"] as? String == "topsis")
        let settings = try #require(json["settings"] as? [String: Any])
        #expect(settings["normalization"] as? String == "vector")
        #expect(settings["scoreOrder"] as? String == "descending")
        let ranking = try #require(json["ranking"] as? [[String: Any]])
        #expect(ranking.map { $0["id"] as? String } == ["A3", "A5", "A6", "A2", "A1", "A4"])
        #expect(ranking.map { $0["rank"] as? Int } == [1, 2, 3, 4, 5, 6])
        let top = try #require(ranking.first?["score"] as? Double)
        #expect(abs(top - 0.570330171339701) < 1e-12)
    }

    @Test func vikorIsAscendingWithCompromiseSet() throws {
        let r = try CLI.run(["rank", "datasets/problems/capability-gaps.json", "--method", "vikor", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((json["settings"] as? [String: Any])?["scoreOrder"] as? String == "ascending")
        #expect(json["compromiseSet"] as? [String] == ["A2", "A5", "A1"])
    }

    @Test func csvInputAndOutput() throws {
        let path = try CLI.temporaryFile("p.csv", "id,price,quality\nA1,10,3\nA2,12,4\nA3,9,2\n")
        let r = try CLI.run(["rank", path, "--method", "wsm", "--directions", "cost,benefit", "--weights", "0.5,0.5", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("rank,id,score\n"))
        #expect(r.stdout.split(separator: "\n").count == 4)
    }

    @Test func objectiveWeightingReplacesWeights() throws {
        let r = try CLI.run(["rank", "datasets/problems/capability-gaps.json", "--method", "topsis", "--weighting", "entropy", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"weighting\": \"entropy\""))
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("r.json").path
        let r = try CLI.run(["rank", "datasets/problems/capability-gaps.json", "--method", "edas", "--format", "json", "--output", out])
        #expect(r.status == 0 && r.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.json"])
    }

    @Test func helpShowsAnExample() throws {
        let r = try CLI.run(["rank", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("ilead rank datasets/problems/capability-gaps.json --method topsis"))
    }
}

@Suite struct BadInputTests {
    func problem(_ values: String, criteria: String = #"[{"id":"c1","direction":"benefit","weight":0.5},{"id":"c2","direction":"cost","weight":0.5}]"#) -> String {
        #"{"schemaVersion":"1.0","kind":"decisionProblem","criteria":\#(criteria),"alternatives":\#(values)}"#
    }

    @Test func missingFileIs66() throws {
        let r = try CLI.run(["rank", "no/such/file.json", "--method", "wsm"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no/such/file.json: no such file"))
    }

    @Test func missingValueAndTextAreReportedTogether() throws {
        let path = try CLI.temporaryFile("bad.json", problem(#"[{"id":"A1","values":{"c1":"high","c2":2}},{"id":"A2","values":{"c1":3}}]"#))
        let r = try CLI.run(["rank", path, "--method", "topsis"])
        #expect(r.status == 65)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("alternatives[0].values.c1") && lines[0].contains("got text \"high\""))
        #expect(lines[1].contains("alternative 'A2' has no value for criterion 'c2'"))
        #expect(r.stdout.isEmpty)
    }

    @Test func zeroWeightsEverywhere() throws {
        let path = try CLI.temporaryFile("zero.json", problem(#"[{"id":"A1","values":{"c1":1,"c2":2}},{"id":"A2","values":{"c1":3,"c2":1}}]"#,
            criteria: #"[{"id":"c1","direction":"benefit","weight":0},{"id":"c2","direction":"cost","weight":0}]"#))
        let r = try CLI.run(["rank", path, "--method", "wsm", "--format", "json"])
        #expect(r.status == 65 && r.stderr.contains("all weights are zero"))
    }

    @Test func constantColumnUnderVIKOR() throws {
        let path = try CLI.temporaryFile("const.json", problem(#"[{"id":"A1","values":{"c1":1,"c2":2}},{"id":"A2","values":{"c1":1,"c2":1}}]"#))
        let r = try CLI.run(["rank", path, "--method", "vikor", "--format", "json"])
        #expect(r.status == 65 && r.stderr.contains("criterion 'c1' has the same value for every alternative"))
        #expect(!r.stdout.contains("NaN") && !r.stdout.contains("nan"))
    }

    @Test func negativeValueUnderSum() throws {
        let path = try CLI.temporaryFile("neg.json", problem(#"[{"id":"A1","values":{"c1":-1,"c2":2}},{"id":"A2","values":{"c1":3,"c2":1}}]"#))
        let r = try CLI.run(["rank", path, "--method", "wsm", "--normalization", "sum"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("alternative 'A1', criterion 'c1': value -1.0 must be ≥ 0"))
    }

    @Test func nanTextInCSV() throws {
        let path = try CLI.temporaryFile("nan.csv", "id,a,b\nx,1,NaN\ny,2,3\n")
        let r = try CLI.run(["rank", path, "--method", "topsis", "--directions", "benefit,benefit", "--weights", "0.5,0.5"])
        #expect(r.status == 65 && r.stderr.contains("row 2, column 'b'"))
    }

    @Test func truncatedJSON() throws {
        let path = try CLI.temporaryFile("cut.json", #"{"schemaVersion":"1.0","criteria":[{"id":"#)
        let r = try CLI.run(["rank", path, "--method", "topsis"])
        #expect(r.status == 65 && r.stderr.contains("not valid JSON"))
    }

    @Test func unknownMethodIsUsage() throws {
        let r = try CLI.run(["rank", "datasets/problems/capability-gaps.json", "--method", "electre"])
        #expect(r.status == 64)
    }

    @Test func outOfRangeParameterIsUsage() throws {
        let r = try CLI.run(["rank", "datasets/problems/capability-gaps.json", "--method", "vikor", "--v", "1.5"])
        #expect(r.status == 64 && r.stderr.contains("v"))
    }
}

@Suite struct WeightsCommandTests {
    @Test func ahpJSON() throws {
        let r = try CLI.run(["weights", "ahp", "datasets/problems/ahp-saaty-leader.json", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let w = try #require(json["weights"] as? [String: Double])
        #expect(abs(w["experience"]! - 0.547569) < 5e-7)
        #expect(abs((json["lambdaMax"] as? Double ?? 0) - 4.118418) < 5e-7)
        #expect((json["randomIndex"] as? [String: Any])?["table"] as? String == "saaty")
        #expect(json["consistencyRatio"] is Double && json["consistencyIndex"] is Double)
    }

    @Test func doneganDoddTable() throws {
        let r = try CLI.run(["weights", "ahp", "datasets/problems/ahp-saaty-leader.json", "--random-index", "donegan-dodd", "--format", "json"])
        #expect(r.stdout.contains("\"table\": \"donegan-dodd\"") && r.stdout.contains("0.8286"))
    }

    @Test func groupFile() throws {
        let r = try CLI.run(["weights", "ahp", "datasets/problems/ahp-group.json", "--aggregation", "aip", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"aggregation\": \"aip\"") && r.stdout.contains("\"participants\""))
    }

    @Test func disconnectedJudgments() throws {
        let path = try CLI.temporaryFile("d.json", #"{"schemaVersion":"1.0","kind":"pairwiseComparisons","items":["a","b","c"],"judgments":[{"a":"a","b":"b","value":2}]}"#)
        let r = try CLI.run(["weights", "ahp", path])
        #expect(r.status == 65 && r.stderr.contains("'c' cannot be reached"))
    }

    @Test func entropyWeights() throws {
        let r = try CLI.run(["weights", "entropy", "datasets/problems/capability-gaps.json", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let w = try #require(json["weights"] as? [String: Double])
        #expect(abs(w.values.reduce(0, +) - 1) < 1e-12 && w.count == 4)
    }
}

@Suite struct SensitivityCommandTests {
    @Test func jsonHasEveryAnalysis() throws {
        let r = try CLI.run(["sensitivity", "datasets/problems/capability-gaps.json", "--method", "wsm", "--samples", "4000", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        for key in ["base", "oneAtATime", "stabilityIntervals", "smaa", "rankReversal", "neighbourSwaps"] { #expect(json[key] != nil, "\(key)") }
        let smaa = try #require(json["smaa"] as? [String: Any])
        let alternatives = try #require(smaa["alternatives"] as? [[String: Any]])
        #expect(alternatives.count == 6)
        for a in alternatives {
            let acc = try #require(a["acceptability"] as? [Double])
            #expect(abs(acc.reduce(0, +) - 1) < 1e-12)
        }
        let intervals = try #require((json["stabilityIntervals"] as? [String: Any])?["criteria"] as? [[String: Any]])
        #expect(intervals.allSatisfy { $0["method"] as? String == "exact" })
    }

    @Test func sameSeedSameBytes() throws {
        let a = try CLI.run(["sensitivity", "datasets/problems/capability-gaps.json", "--method", "topsis", "--samples", "3000", "--seed", "4", "--format", "json", "--threads", "1"])
        let b = try CLI.run(["sensitivity", "datasets/problems/capability-gaps.json", "--method", "topsis", "--samples", "3000", "--seed", "4", "--format", "json", "--threads", "2"])
        #expect(a.status == 0 && a.stdout == b.stdout)
    }

    @Test func badWeightOrderIsAUsageError() throws {
        let r = try CLI.run(["sensitivity", "datasets/problems/capability-gaps.json", "--method", "wsm", "--weight-order", "severity,nope"])
        #expect(r.status == 64 && r.stderr.contains("unknown criterion 'nope'"))
    }
}

/// `ilead compare`: several methods side by side, in every format it lists.
@Suite struct CompareCommandTests {
    @Test func jsonHoldsEachMethodAndTheConsensus() throws {
        let r = try CLI.run(["compare", "datasets/problems/capability-gaps.json", "--methods", "topsis,vikor,wsm", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["kind"] as? String == "methodComparison")
        let methods = try #require(json["methods"] as? [[String: Any]])
        #expect(methods.map { $0["method"] as? String } == ["topsis", "vikor", "wsm"])
        // The same TOPSIS ranks as `ilead rank` (A3 first), VIKOR puts A2 first.
        #expect(methods[0]["ranks"] as? [Int] == [5, 4, 1, 6, 2, 3] && (methods[1]["ranks"] as? [Int])?[1] == 1)
        let spearman = try #require((json["correlations"] as? [String: Any])?["spearman"] as? [[Double]])
        #expect(spearman.count == 3 && spearman[0][0] == 1 && spearman[0][1] == spearman[1][0])
        let borda = try #require(((json["consensus"] as? [String: Any])?["borda"] as? [String: Any])?["scores"] as? [Int])
        // Borda by hand from the three rank columns (m − r points each).
        let ranks = methods.map { $0["ranks"] as! [Int] }
        #expect(borda == (0..<6).map { a in ranks.reduce(0) { $0 + 6 - $1[a] } })
    }

    @Test func tableAndCsvAndTheSkippedMethod() throws {
        let table = try CLI.run(["compare", "datasets/problems/capability-gaps.json"])
        #expect(table.status == 0 && table.stdout.contains("Kendall τ-b") && table.stdout.contains("skipped spotis"), "\(table.stderr)")
        #expect(!table.stdout.contains("0.0000000"), "numbers for people are rounded")
        let csv = try CLI.run(["compare", "datasets/problems/two-criteria.csv", "--directions", "benefit,cost", "--weights", "0.6,0.4",
                               "--methods", "wsm,topsis,vikor", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("id,rank.wsm,score.wsm,rank.topsis,score.topsis,rank.vikor,score.vikor,borda,rank.borda,copeland,rank.copeland"))
    }

    @Test func oneMethodOrAnUnknownOneIsAUsageError() throws {
        for methods in ["topsis", "topsis,electre"] {
            let r = try CLI.run(["compare", "datasets/problems/capability-gaps.json", "--methods", methods])
            #expect(r.status == 64 && r.stderr.contains("--methods"), "\(methods): \(r.stderr)")
        }
    }
}

/// CSV problems carry on the command line what JSON problems carry per criterion.
@Suite struct CSVProblemCommandTests {
    @Test func semicolonCSVWithBoundsAndPreferenceFunctions() throws {
        let path = try CLI.temporaryFile("problem.csv", "id;cost;quality\nA;1200,5;0,35\nB;900;0,5\nC;1500;0,8\n")
        let spotis = try CLI.run(["rank", path, "--directions", "cost,benefit", "--weights", "0.4,0.6", "--delimiter", ";",
                                  "--bounds", "0:2000,0:1", "--method", "spotis", "--format", "json"])
        #expect(spotis.status == 0, "\(spotis.stderr)")
        let promethee = try CLI.run(["rank", path, "--directions", "cost,benefit", "--weights", "0.4,0.6", "--delimiter", ";",
                                     "--preference", "vshape:p=300,linear:q=0.05:p=0.2", "--method", "promethee2", "--format", "json"])
        #expect(promethee.status == 0, "\(promethee.stderr)")
        let settings = try #require((try JSONSerialization.jsonObject(with: Data(promethee.stdout.utf8)) as? [String: Any])?["settings"] as? [String: Any])
        #expect("\(settings["preferenceFunctions"] ?? "")".contains("vshape"))
    }

    @Test func badListsAndJSONProblemsAreUsageErrors() throws {
        let path = try CLI.temporaryFile("problem.csv", "id,a,b\nA,1,2\nB,2,1\n")
        for extra in [["--bounds", "5:1,0:1"], ["--preference", "vshape:x=1,usual"], ["--delimiter", "|"]] {
            let r = try CLI.run(["rank", path, "--directions", "benefit,benefit", "--weights", "0.5,0.5", "--method", "wsm"] + extra)
            #expect(r.status == 64, "\(extra): \(r.stderr)")
        }
        let json = try CLI.run(["rank", "datasets/problems/capability-gaps.json", "--method", "spotis", "--bounds", "0:10,0:10,0:10,0:10"])
        #expect(json.status == 64 && json.stderr.contains("CSV problems"), "\(json.stderr)")
    }
}

/// `--method` takes one method: a repeated option or a list points to `ilead compare` instead of keeping the last.
@Suite struct MethodOptionTests {
    @Test func severalMethodsPointToCompare() throws {
        for extra in [["--method", "topsis", "--method", "vikor"], ["--method", "topsis,vikor"]] {
            let r = try CLI.run(["rank", "datasets/problems/capability-gaps.json"] + extra)
            #expect(r.status == 64 && r.stderr.contains("ilead compare"), "\(extra): \(r.stderr)")
        }
        let unknown = try CLI.run(["sensitivity", "datasets/problems/capability-gaps.json", "--method", "electre"])
        #expect(unknown.status == 64 && unknown.stderr.contains("not one of"), "\(unknown.stderr)")
    }
}
