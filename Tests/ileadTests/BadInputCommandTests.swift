import Foundation
import Testing

/// Bad input reaches no trap and is reported where it was written: the file, the JSON path and the rule.
@Suite struct BadInputCommandTests {
    static func scenario(_ edit: (inout [String: Any]) -> Void) throws -> String {
        let data = try Data(contentsOf: CLI.root.appendingPathComponent("datasets/examples/SCN-ai-triage-ranges.json"))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&object)
        return try CLI.temporaryFile("scenario.json", String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
    }

    @Test func aRangeBeyondTheIntegersIsAnErrorOfTheScenarioNotATrap() throws {
        let path = try Self.scenario { s in
            var a = s["assumptions"] as! [String: Any]
            var sols = a["solutions"] as! [[String: Any]]
            sols[0]["supplierCount"] = ["total": ["range": ["min": 1, "max": 2e19]], "euBased": 1]
            a["solutions"] = sols
            s["assumptions"] = a
        }
        for command in [["run", "datasets/examples/WS-2019-CYB.json", "--scenario", path, "--no-uncertainty", "--out", path + ".out"],
                        ["scenario", "sample", path, "datasets/examples/WS-2019-CYB.json", "--samples", "5", "--out", path + ".out"]] {
            let r = try CLI.run(command)
            #expect(r.status == 65, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("\(path): assumptions.solutions[0].supplierCount.total"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: path + ".out"))
        }
    }

    @Test func aThresholdOverrideOutOfRangeIsAnErrorOfTheScenario() throws {
        let path = try Self.scenario { s in
            s["thresholdOverrides"] = ["procurementRules.maxSuppliersPpi": ["range": ["min": 1, "max": 1e300]]]
        }
        let r = try CLI.run(["run", "datasets/examples/WS-2019-CYB.json", "--scenario", path, "--no-uncertainty", "--out", path + ".out"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("\(path): thresholdOverrides.procurementRules.maxSuppliersPpi"), "\(r.stderr)")
        #expect(!r.stderr.contains("built-in"))
    }

    @Test func weightsThatOverflowAreRefusedInEveryFormat() throws {
        let csv = try CLI.temporaryFile("p.csv", "id,a,b\nx,1,2\ny,3,4\nz,5,7\n")
        for format in ["json", "table", "csv"] {
            let r = try CLI.run(["rank", csv, "--directions", "benefit,cost", "--weights", "1e308,1e308", "--method", "aras",
                                 "--normalization", "minmax", "--format", format])
            #expect(r.status == 65, "\(format): \(r.stderr)")
            #expect(r.stderr.contains("largest number") && r.stdout.isEmpty)
        }
    }
}

/// A workshop whose texts try to inject formulas and HTML is written inertly in CSV, Markdown and HTML.
@Suite struct InjectionCommandTests {
    @Test func hostileTitlesAreWrittenInertly() throws {
        let text = try String(contentsOfFile: CLI.root.appendingPathComponent("datasets/examples/WS-2019-CYB.json").path, encoding: .utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var object = json
        var gaps = try #require(object["capabilityGaps"] as? [[String: Any]])
        gaps[0]["title"] = "=HYPERLINK(\"http://evil\",\"x\")"
        gaps[1]["title"] = "<img src=x onerror=alert(1)> [a](javascript:alert(1))\n| broken | row"
            + " </td></tr></table><script>alert(1)</script> &lt;b&gt; \" onmouseover=\"alert(1)"
        object["capabilityGaps"] = gaps
        let input = try CLI.temporaryFile("WS-2019-CYB.json", String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        let out = input + ".out"
        let r = try CLI.run(["run", input, "--as-of", "2025-06-01", "--no-uncertainty", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let csv = try String(contentsOfFile: out + "/pan-european.ranking.csv", encoding: .utf8)
        #expect(csv.contains(",\"'=HYPERLINK(") && !csv.contains(",=HYPERLINK"))
        let md = try String(contentsOfFile: out + "/pan-european.ranking.md", encoding: .utf8)
        #expect(!md.contains("<img") && !md.contains("a](javascript:") && md.contains("\\[a\\](javascript:") && md.contains("&lt;img"))
        let rows = md.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("WS-2019-CYB/G0") }
        #expect(rows.count == 2 && rows.allSatisfy { $0.components(separatedBy: " | ").count == rows[0].components(separatedBy: " | ").count })
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(!html.contains("<img") && html.contains("&lt;img"))
        // No script at all; a closing tag, a quote and an entity in a title show as typed.
        #expect(!html.contains("<script") && html.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;"))
        #expect(html.contains("&amp;lt;b&amp;gt; &quot; onmouseover=&quot;alert(1)") && !html.contains("\" onmouseover"))
    }
}

/// Strict, located reading of every input kind.
@Suite struct StrictReadingCommandTests {
    static var example: String {
        get throws { try String(contentsOfFile: CLI.root.appendingPathComponent("datasets/examples/WS-2019-CYB.json").path, encoding: .utf8) }
    }

    @Test func aTrailingCommaIsASyntaxErrorWithLineAndColumn() throws {
        let text = try Self.example.replacingOccurrences(of: "\"kind\": \"workshop\",", with: "\"kind\": \"workshop\",,")
        let path = try CLI.temporaryFile("WS-2019-CYB.json", text)
        let r = try CLI.run(["validate", path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("not valid JSON: line 3, column"), "\(r.stderr)")
    }

    @Test func aDuplicateKeyNamesBothPositions() throws {
        let text = try Self.example.replacingOccurrences(of: "\"kind\": \"workshop\",", with: "\"kind\": \"workshop\", \"kind\": \"workshop\",")
        let r = try CLI.run(["validate", try CLI.temporaryFile("WS-2019-CYB.json", text)])
        #expect(r.status == 65 && r.stderr.contains("duplicate key \"kind\"") && r.stderr.contains("first at line 3"), "\(r.stderr)")
    }

    @Test func aSchemaVersionMustBeExact() throws {
        let text = try Self.example.replacingOccurrences(of: "\"schemaVersion\": \"1.0\"", with: "\"schemaVersion\": \"1.0garbage\"")
        let r = try CLI.run(["validate", try CLI.temporaryFile("WS-2019-CYB.json", text)])
        #expect(r.status == 65 && r.stderr.contains("schemaVersion: unsupported schema version \"1.0garbage\""), "\(r.stderr)")
    }

    @Test func aNumberThatRoundsToAWholeOneIsNotAnInteger() throws {
        let text = try Self.example.replacingOccurrences(of: "\"targetMaturity\": 4", with: "\"targetMaturity\": 3.99999999999999999")
        #expect(text != (try Self.example))
        let r = try CLI.run(["validate", try CLI.temporaryFile("WS-2019-CYB.json", text)])
        #expect(r.status == 65 && r.stderr.contains("targetMaturity: expected an integer"), "\(r.stderr)")
    }

    @Test func aDecisionProblemNeedsItsKind() throws {
        let text = try String(contentsOfFile: CLI.root.appendingPathComponent("datasets/problems/capability-gaps.json").path, encoding: .utf8)
            .replacingOccurrences(of: "\"kind\": \"decisionProblem\",", with: "")
        let r = try CLI.run(["rank", try CLI.temporaryFile("p.json", text), "--method", "wsm"])
        #expect(r.status == 65 && r.stderr.contains("kind: required key is missing"), "\(r.stderr)")
        let bad = try CLI.run(["rank", try CLI.temporaryFile("p.json", "{\"kind\": \"decisionProblem\", \"criteria\": [1e400]}"), "--method", "wsm"])
        #expect(bad.status == 65 && bad.stderr.contains("line 1, column") && bad.stderr.contains("too large"), "\(bad.stderr)")
    }
}

/// Every documented root aggregation of a model runs on the bundled dataset.
@Suite struct RootAggregationCommandTests {
    @Test func everyRootAggregationRunsOnTheBundledData() throws {
        let data = try Data(contentsOf: CLI.root.appendingPathComponent("models/ilead-default.json"))
        var model = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for method in ["weightedSum", "wsm", "wpm", "waspas", "topsis", "vikor", "promethee2", "copras", "edas", "moora", "aras", "mabac", "spotis"] {
            model["rootAggregation"] = method
            let path = try CLI.temporaryFile("model.json", String(decoding: try JSONSerialization.data(withJSONObject: model), as: UTF8.self))
            let r = try CLI.run(["run", "datasets/ilead-synthetic/workshops", "--model", path, "--runs", "20", "--as-of", "2025-06-01", "--out", path + ".out"])
            #expect(r.status == 0, "\(method): \(r.stderr)")
        }
    }
}
