import Foundation
import Testing

/// `ilead portfolio` and `ilead scenario compare|distance|sample` as an adviser meets them: outputs, and bad
/// input refused with a clear message, a non-zero exit and nothing written.
@Suite struct AdviceCommandTests {
    static let workshop = "datasets/examples/WS-2019-CYB.json"
    static let scenario = "datasets/examples/SCN-2019-CYB-joint-ppi.json"

    @Test func portfolioWritesItsThreeViewsAndNeverBreaksABudget() throws {
        let out = try RunCommandTests.temporaryFolder()
        let r = try CLI.run(["portfolio", "datasets/ilead-synthetic/workshops", "--budget", "pcp=4000000,ppi=3000000", "--as-of", "2025-06-01",
                             "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(RunCommandTests.files(under: out) == ["portfolio.csv", "portfolio.json", "portfolio.md"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("portfolio.json"))) as? [String: Any])
        let spent = try #require(json["spent"] as? [String: Int]), budgets = try #require(json["budgets"] as? [String: Int])
        #expect(spent["pcp"]! <= budgets["pcp"]! && spent["ppi"]! <= budgets["ppi"]! && spent["standard"] == 0)
        #expect(json["optimal"] as? Bool == true)
        let items = try #require(json["items"] as? [[String: Any]])
        let funded = items.filter { $0["funded"] as? Bool == true }
        #expect(funded.reduce(0) { $0 + (($1["instrument"] as? String) == "pcp" ? $1["costEUR"] as! Int : 0) } == spent["pcp"])
    }

    @Test(arguments: [
        (["--budget", "pcp=abc"], "is not an amount of euros"),
        (["--budget", "rd=100"], "is not instrument=euros"),
        (["--budget", "pcp=100", "--must", "WS-2019-CYB/G99"], "must-fund 'WS-2019-CYB/G99' is not a fundable gap"),
        (["--budget", "pcp=100", "--requires", "A"], "is not B:A"),
        (["--budget", "pcp=100", "--min-per-group", "XYZ=1"], "is not GROUP=count"),
    ])
    func portfolioRefusesBadOptions(_ options: [String], _ message: String) throws {
        let out = try RunCommandTests.temporaryFolder().appendingPathComponent("never")
        let r = try CLI.run(["portfolio", Self.workshop, "--out", out.path] + options)
        #expect(r.status == 64 && r.stderr.contains(message), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func infeasiblePortfolioIsAnErrorNotAnEmptyAnswer() throws {
        let out = try RunCommandTests.temporaryFolder()
        // G01 is a PCP_THEN_PPI gap costing at least 1.5 M€: it cannot be forced into a 1 € budget.
        let r = try CLI.run(["portfolio", Self.workshop, "--budget", "pcp=1", "--must", "WS-2019-CYB/G01", "--as-of", "2025-06-01", "--out", out.path])
        #expect(r.status == 65 && r.stderr.contains("no portfolio meets every constraint"), "\(r.stderr)")
        #expect(r.stderr.contains("must-fund WS-2019-CYB/G01 needs ") && r.stderr.contains(" EUR of pcp; the budget is 1 EUR"), "\(r.stderr)")
        let md = try String(contentsOf: out.appendingPathComponent("portfolio.md"), encoding: .utf8)
        #expect(md.contains("What binds:") && md.contains("must-fund WS-2019-CYB/G01 needs"))
    }

    /// Placeholder costs are announced before anything else, and money reads with separators.
    @Test func placeholderCostsAreAHeadlineWarning() throws {
        let out = try RunCommandTests.temporaryFolder()
        let r = try CLI.run(["portfolio", "datasets/ilead-synthetic/workshops", "--budget", "pcp=4M,ppi=3M", "--as-of", "2025-06-01", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Warning: ") && r.stdout.contains("candidate costs are placeholders"), "\(r.stdout)")
        #expect(r.stdout.contains(" of 4,000,000 EUR spent"))
        let md = try String(contentsOf: out.appendingPathComponent("portfolio.md"), encoding: .utf8)
        #expect(md.contains("> **Warning:** ") && md.contains("| pcp | 4,000,000 |") && md.contains("placeholder: minimum PCP budget"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("portfolio.json"))) as? [String: Any])
        let placeholders = try #require(json["placeholderCosts"] as? [String: Int])
        #expect(placeholders["candidates"]! > 0 && placeholders["candidates"]! <= placeholders["of"]!)
    }

    @Test func compareNeedsAScenarioAndExplainsTheChange() throws {
        let out = try RunCommandTests.temporaryFolder()
        let none = try CLI.run(["scenario", "compare", Self.workshop, "--out", out.path])
        #expect(none.status == 64 && none.stderr.contains("give at least one scenario file"))
        let r = try CLI.run(["scenario", "compare", Self.scenario, Self.workshop, "--as-of", "2020-01-15", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("WS-2019-CYB/G01 under SCN-2019-CYB-joint-ppi: route PCP_THEN_PPI (R08) → STANDARD_PROCUREMENT (R04)"))
        let md = try String(contentsOf: out.appendingPathComponent("comparison.md"), encoding: .utf8)
        #expect(md.contains("| SCN-2019-CYB-joint-ppi | 1 | 0 | 0 |"))
    }

    @Test func distanceRejectsAnUnknownGap() throws {
        let r = try CLI.run(["scenario", "distance", Self.workshop, "--gap", "WS-2019-CYB/G42", "--out", "/tmp/never-\(UUID().uuidString)"])
        #expect(r.status == 64 && r.stderr.contains("'WS-2019-CYB/G42' is not a gap of the run"))
    }

    @Test func sampleReportsAMalformedRangeAtItsPath() throws {
        let bad = try CLI.temporaryFile("bad.json", #"""
            {"schemaVersion": "1.0", "kind": "scenario", "id": "bad",
             "assumptions": {"solutions": [{"ref": "WS-2019-CYB/S01", "supplierCount": {"total": {"range": {"min": 4, "max": 1}}}}]}}
            """#)
        let r = try CLI.run(["scenario", "sample", bad, Self.workshop, "--samples", "5", "--out", "/tmp/never-\(UUID().uuidString)"])
        #expect(r.status == 65 && r.stderr.contains("assumptions.solutions[0].supplierCount.total.range") && r.stderr.contains("min ≤ mostLikely ≤ max"),
                "\(r.stderr)")
        // The same file in `ilead run` is refused the same way (ranges are resolved before the scenario is read).
        let run = try CLI.run(["run", Self.workshop, "--scenario", bad, "--out", "/tmp/never-\(UUID().uuidString)"])
        #expect(run.status == 65 && run.stderr.contains("min ≤ mostLikely ≤ max"))
    }
}

/// Budgets are read as people write them: `6M`, `1.5m`, `250k`, `6_000_000`, upper-case instruments.
@Suite struct PortfolioBudgetTests {
    @Test func shorthandAmountsGiveTheSamePortfolio() throws {
        func funded(_ budget: String) throws -> String {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-budget-\(UUID().uuidString)").path
            let r = try CLI.run(["portfolio", "datasets/ilead-synthetic/workshops", "--budget", budget, "--as-of", "2025-06-01", "--out", out])
            #expect(r.status == 0, "\(budget): \(r.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/portfolio.json"))) as? [String: Any])
            let budgets = try #require(json["budgets"] as? [String: Int])
            #expect(budgets["pcp"] == 4_000_000 && budgets["ppi"] == 1_500_000, "\(budget): \(budgets)")
            let items = try #require(json["items"] as? [[String: Any]])
            return items.filter { $0["funded"] as? Bool == true }.compactMap { $0["gapRef"] as? String }.sorted().joined(separator: ",")
        }
        let plain = try funded("pcp=4000000,ppi=1500000")
        #expect(!plain.isEmpty)
        #expect(try funded("PCP=4M,ppi=1.5M") == plain)
        #expect(try funded("pcp=4_000_000,PPI=1500k") == plain)
        let bad = try CLI.run(["portfolio", "datasets/ilead-synthetic/workshops", "--budget", "pcp=-4M"])
        #expect(bad.status == 64 && bad.stderr.contains("6M"))
    }
}

/// `scenario compare` counts changes both into and out of BLOCKED.
@Suite struct ScenarioCompareBlockedTests {
    @Test func gapsThatLeaveBlockedAreCounted() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-compare-\(UUID().uuidString)").path
        let r = try CLI.run(["scenario", "compare", "datasets/ilead-synthetic/scenarios/SCN-04-before-ai-act.json",
                             "datasets/ilead-synthetic/workshops", "--out", out])   // base: today, after the AI Act applies
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/comparison.json"))) as? [String: Any])
        let summary = try #require((json["summary"] as? [[String: Any]])?.first)
        // Before the AI Act applies, the two gaps it blocks today are not blocked.
        #expect(summary["leftBlocked"] as? Int == 2 && summary["becameBlocked"] as? Int == 0, "\(summary)")
        // Every scenario cell says how many gaps its list ranks.
        let gaps = try #require(json["gaps"] as? [[String: Any]])
        let under = try #require(gaps.first?["under"] as? [[String: Any]])
        #expect(under.allSatisfy { $0["ranked"] as? Int != nil || $0["inScope"] as? Bool == false })
        #expect(try String(contentsOfFile: out + "/comparison.md", encoding: .utf8).contains("leave BLOCKED"))
    }
}

/// A scenario with a narrower scope is compared with the base order among the same gaps, and says so.
@Suite struct ScenarioCompareScopeTests {
    @Test func narrowerScopeShowsTheBaseRankAmongTheSameGaps() throws {
        let scope = try CLI.temporaryFile("scope.json", #"""
            {"schemaVersion": "1.0", "kind": "scenario", "id": "cyb-only", "scope": {"practitionerGroups": ["CYB"]}}
            """#)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-compare-\(UUID().uuidString)").path
        let r = try CLI.run(["scenario", "compare", scope, "datasets/ilead-synthetic/workshops", "--as-of", "2025-06-01", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/comparison.json"))) as? [String: Any])
        let gaps = try #require(json["gaps"] as? [[String: Any]])
        let cells = gaps.compactMap { ($0["under"] as? [[String: Any]])?.last }.filter { $0["rank"] != nil }
        #expect(!cells.isEmpty)
        // Same model, same gaps: the scenario's rank equals the base rank among the same gaps, for every gap.
        #expect(cells.allSatisfy { $0["baseRankInScope"] as? Int == $0["rank"] as? Int }, "\(cells.prefix(3))")
        let summary = try #require((json["summary"] as? [[String: Any]])?.first)
        #expect(summary["rankChanges"] as? Int == 0)
        #expect(try String(contentsOfFile: out + "/comparison.md", encoding: .utf8).contains("base rank in scope"))
    }
}
