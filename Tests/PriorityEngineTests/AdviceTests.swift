import Foundation
import Testing
import MCDA
@testable import PriorityEngine
import SyntheticData
import TestSupport
import Advice

/// Distance to another route (checked by hand on the worked examples of docs/how-the-engine-decides.md §5) and portfolio selection
/// (checked against brute force on small instances).
@Suite struct AdviceTests {
    static func distance(_ id: String) throws -> RouteDistance {
        let c = WorkedExamples.cases.first { $0.id == id }!
        return RouteDistance(try PlantedCasesTests.run(c), rules: ScoringModel.default.procurementRules)
    }

    /// E8 (PPI by R06, TRL 8 limited_commercial, 2 suppliers, coverage 70, need clarity 4): TRL 7 makes R&D
    /// needed and R08 gives PCP_THEN_PPI (as the ROUTE_UNSTABLE re-run of how-the-engine-decides.md §5 says); TRL 9 stays PPI (coverage
    /// below 80); need clarity 2.75 is the first grid value below needClarityMin 3 (R02); no supplier count or
    /// coverage alone reaches R04, which needs both.
    @Test func e8IsOneTRLFromPCP() throws {
        let d = try Self.distance("E8")
        #expect(d.route == .PPI && d.ruleId == "R06")
        let trl = d.changes.filter { $0.input == .trlBest }
        #expect(trl.map(\.to) == ["7"] && trl.first?.route == .PCP_THEN_PPI)
        let clarity = d.changes.filter { $0.input == .needClarity }
        #expect(clarity.map(\.to) == ["2.75"] && clarity.first?.reason == .NEED_DEFINITION && clarity.first?.size == 1.25)
        #expect(!d.changes.contains { $0.input == .nSuppliersCommercial || $0.input == .coverageBestCommercial })
    }

    /// E1 (STANDARD by R04: 5 suppliers, coverage 85): 2 suppliers or coverage 79 fail R04 and R06 gives PPI.
    @Test func e1LosesR04WithTwoSuppliersOrCoverage79() throws {
        let d = try Self.distance("E1")
        #expect(d.route == .STANDARD_PROCUREMENT)
        #expect(d.changes.contains { $0.input == .nSuppliersCommercial && $0.from == "5" && $0.to == "2" && $0.route == .PPI })
        #expect(d.changes.contains { $0.input == .coverageBestCommercial && $0.from == "85" && $0.to == "79" && $0.route == .PPI })
    }

    /// E4: IP 0.875 with PCP 0.8 the runner-up (how-the-engine-decides.md §5); E7 (R00) and E5 at 2025 (BLOCKED) have no distance.
    @Test func marginsAndUnmovableRoutes() throws {
        let e4 = try Self.distance("E4")
        #expect(e4.margin?.chosen == 0.875 && e4.margin?.runnerUp == .PCP && e4.margin?.runnerUpValue == 0.8)
        #expect(try Self.distance("E7").changes.isEmpty)
        let e5 = WorkedExamples.cases.first { $0.id.hasPrefix("E5") && $0.route == .BLOCKED }!
        #expect(RouteDistance(try PlantedCasesTests.run(e5), rules: ScoringModel.default.procurementRules).changes.isEmpty)
    }

    /// Every change reported really gives the route it names, and is the nearest: one step less does not.
    @Test func changesAreRealAndNearest() throws {
        let run = try SyntheticWorkshops.run()
        let rules = run.model.procurementRules
        for r in run.results.prefix(60) {
            let d = RouteDistance(r, rules: rules)
            for c in d.changes where c.input == .nSuppliersCommercial {
                var x = r.procurement.inputs
                let target = Int(c.to)!, delta = target - x.nSuppliersCommercial
                x.nSuppliersCommercial = target
                x.nSuppliersMarket = max(0, x.nSuppliersMarket + delta)
                #expect(ProcurementRuleSet.decide(x, rules: rules).route == c.route)
                var y = r.procurement.inputs
                let nearer = target - delta.signum()
                y.nSuppliersMarket = max(0, y.nSuppliersMarket + nearer - y.nSuppliersCommercial)
                y.nSuppliersCommercial = nearer
                if nearer != r.procurement.inputs.nSuppliersCommercial { #expect(ProcurementRuleSet.decide(y, rules: rules).route == d.route) }
            }
        }
    }

    // MARK: Portfolio

    static func randomProblem(_ rng: inout SplitMix64, n: Int) -> PortfolioProblem {
        let groups = Array(PractitionerGroup.allCases.prefix(3))
        // Half the instances use two default-like costs only, where many gaps tie on cost (the cardinality bound).
        let fewCosts = rng.next() % 2 == 0
        let items = (0..<n).map { i in
            PortfolioItem(gapRef: "G\(i)", title: "gap \(i)", practitionerGroup: groups[Int(rng.next() % 3)],
                          priority: Double(rng.next() % 1_000_000) / 1e6, route: [.PCP, .PPI, .STANDARD_PROCUREMENT][Int(rng.next() % 3)],
                          instrument: Instrument.allCases[Int(rng.next() % 3)],
                          cost: fewCosts ? [1_000_000, 1_500_000][Int(rng.next() % 2)] : 500_000 + Int(rng.next() % 40) * 100_000, costBasis: "test")
        }
        var problem = PortfolioProblem(items: items, budgets: [.pcp: 2_000_000 + Int(rng.next() % 40) * 100_000,
                                                               .ppi: 1_000_000 + Int(rng.next() % 40) * 100_000,
                                                               .standard: Int(rng.next() % 30) * 100_000])
        if rng.next() % 2 == 0 { problem.mustNotFund = ["G\(rng.next() % UInt64(n))"] }
        if rng.next() % 2 == 0 { let g = "G\(rng.next() % UInt64(n))"; if !problem.mustNotFund.contains(g) { problem.mustFund = [g] } }
        for _ in 0..<Int(rng.next() % 3) {
            let (a, b) = (Int(rng.next() % UInt64(n)), Int(rng.next() % UInt64(n)))
            if a != b { problem.requires.append(("G\(a)", "G\(b)")) }
        }
        if rng.next() % 2 == 0 { problem.minPerGroup = [groups[0]: 1 + Int(rng.next() % 2)] }
        return problem
    }

    /// The best value over all 2^n subsets that meet every constraint, in millionths; nil if none does.
    static func bruteForce(_ p: PortfolioProblem) -> Int? {
        var best: Int?
        for mask in 0..<(1 << p.items.count) {
            let selected = p.items.indices.filter { mask & (1 << $0) != 0 }
            guard PortfolioSolver.check(p, selected: selected).isEmpty else { continue }
            let value = selected.reduce(0) { $0 + Int(($1 < 0 ? 0 : p.items[$1].priority * 1e6).rounded()) }
            best = max(best ?? -1, value)
        }
        return best
    }

    @Test func branchAndBoundMatchesBruteForce() {
        var rng = SplitMix64(seed: 42)
        for trial in 0..<160 {
            let problem = Self.randomProblem(&rng, n: 4 + trial % 11)
            let solution = PortfolioSolver.solve(problem)
            let expected = Self.bruteForce(problem)
            #expect(solution.optimal)
            if let expected {
                #expect(!solution.infeasible)
                #expect(Int((solution.value * 1e6).rounded()) == expected, "trial \(trial)")
                #expect(PortfolioSolver.check(problem, selected: solution.selected).isEmpty, "trial \(trial)")
            } else {
                #expect(solution.infeasible, "trial \(trial)")
            }
        }
    }

    /// A large instance stopped by a tiny time limit still returns a feasible portfolio with an honest bound.
    @Test func largeInstancesStayFeasibleUnderATimeLimit() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<5 {
            var problem = Self.randomProblem(&rng, n: 200)
            problem.minPerGroup = [:]
            problem.budgets = [.pcp: 30_000_000, .ppi: 25_000_000, .standard: 10_000_000]
            let solution = PortfolioSolver.solve(problem, timeLimit: 0.05)
            #expect(PortfolioSolver.check(problem, selected: solution.selected).isEmpty)
            #expect(!solution.infeasible && solution.bound >= solution.value - 1e-9 && solution.relativeGap >= 0 && solution.relativeGap < 0.05)
        }
    }

    /// Items from a run: instruments by route and costs by how-the-engine-decides.md §6 or the documented defaults.
    @Test func itemsFromTheDataset() throws {
        let run = try SyntheticWorkshops.run()
        let items = run.results.compactMap { PortfolioItem($0, rules: run.model.procurementRules) }
        #expect(!items.isEmpty)
        for item in items {
            switch item.route {
            case .PCP, .PCP_THEN_PPI, .INNOVATION_PARTNERSHIP: #expect(item.instrument == .pcp)
            case .PPI: #expect(item.instrument == .ppi)
            case .STANDARD_PROCUREMENT: #expect(item.instrument == .standard)
            default: Issue.record("\(item.gapRef) has route \(item.route) and should not be fundable")
            }
            if item.costBasis == "pcpMinBudgetEUR" { #expect(item.cost == 1_500_000) }
            if item.costBasis == "ppiMinVolumeEUR" { #expect(item.cost == 1_000_000) }
        }
    }
}


/// Scenario comparisons whose changes are known by hand: file-formats.md "Scenario" on the file-formats.md "Workshop" example, and the one-threshold flip of
/// the synthetic dataset (SCN-03: trlPpiMin 9 sends E8's TRL-8 solution from R06 to R09).
@Suite struct ScenarioComparisonTests {
    @Test func section84ExampleMovesToStandardProcurement() throws {
        let base = try PriorityRun.execute(sources: [WorkshopSource(path: "WS-2019-CYB.json", data: WorkshopReadingTests.example)],
                                           model: .default, asOfDate: "2020-01-15")
        let scenario = try ScenarioTests.run()
        let comparison = ScenarioComparison(base: .init(name: "base", list: try base.lists().last!),
                                            scenarios: [.init(name: "SCN-2019-CYB-joint-ppi", list: try scenario.lists().last!,
                                                              thresholdChanges: ["procurementRules.maxSuppliersPpi = 3"])], topK: 1)
        let g01 = comparison.rows.first { $0.gapRef == "WS-2019-CYB/G01" }!
        #expect(g01.cells[0]?.route == .PCP_THEN_PPI && g01.cells[0]?.ruleId == "R08" && g01.cells[0]?.priority == 0.73517)
        #expect(g01.cells[1]?.route == .STANDARD_PROCUREMENT && g01.cells[1]?.ruleId == "R04" && g01.cells[1]?.priority == 0.810711)
        let why = g01.why[0]
        // The rule change, then in plain words why the new route holds.
        #expect(why.first == "route PCP_THEN_PPI (R08) → STANDARD_PROCUREMENT (R04): Standard procurement: a commercial solution covers 80 % of the need (80 % needed) and 3 suppliers offer one (3 needed): a competitive market already meets the need")
        #expect(why.contains { $0.hasPrefix("routing inputs moved:") && $0.contains("routeSolution WS-2019-CYB/") && $0.contains("→ WS-2019-CYB/S01")
            && $0.contains("nSuppliersCommercial 0 → 3") && $0.contains("procurers") })
        #expect(comparison.summaries[0].routeChanges == 1 && comparison.summaries[0].pcpToPpi == 0)
        // G02 is R00 under both: no route change.
        #expect(comparison.rows.first { $0.gapRef == "WS-2019-CYB/G02" }!.why[0].allSatisfy { !$0.hasPrefix("route ") })
    }

    @Test func oneThresholdFlipsE8() throws {
        let url = SyntheticWorkshops.folder.appendingPathComponent("scenarios/SCN-03-threshold-flip.json")
        let scenario = Scenario.read(try Data(contentsOf: url), file: url.path).scenario!
        let model = ScoringModel.read(Data(ScoringModel.defaultModelJSON.utf8), file: "m",
                                      thresholdOverrides: scenario.thresholdOverrides.map { ($0.path, $0.value.foundation) }).loaded!.model
        let base = try SyntheticWorkshops.run()
        let flipped = try SyntheticWorkshops.run(model: model, scenario: scenario)
        let comparison = ScenarioComparison(base: .init(name: "base", list: try base.lists().last!),
                                            scenarios: [.init(name: scenario.id, list: try flipped.lists().last!,
                                                              thresholdChanges: ["procurementRules.trlPpiMin = 9"])], topK: 10)
        let e8 = comparison.rows.first { $0.title == "Vehicle infotainment data extraction" }!
        #expect(e8.cells[0]?.route == .PPI && e8.cells[0]?.ruleId == "R06")
        #expect(e8.cells[1]?.route == .FURTHER_RESEARCH_FIRST && e8.cells[1]?.ruleId == "R09")
        #expect(e8.why[0].contains { $0.hasPrefix("route PPI (R06) → FURTHER_RESEARCH_FIRST (R09): Research first: the inputs fit no route") })
        #expect(e8.why[0].contains { $0.contains("rdNeeded false → true") })
        #expect(e8.why[0].contains { $0.contains("procurementRules.trlPpiMin = 9") })
        // The scope is WS-2021-FLP: gaps of other workshops have no cell under the scenario.
        // (The base's pan-European list shows each recurring need once; the scenario's holds one workshop.)
        #expect(comparison.rows.filter { $0.cells[1] == nil }.count == (try base.lists().last!).entries.count - flipped.results.count)
        #expect(comparison.summaries[0].routeChanges >= 1)
    }
}

/// Ranges in scenarios and their sampling: the share of samples per route against a closed form.
@Suite struct ScenarioSamplingTests {
    static let file = Repository.root.appendingPathComponent("datasets/examples/SCN-ai-triage-ranges.json")
    static let workshop = SyntheticWorkshops.folder.appendingPathComponent("workshops/WS-2019-CYB.json")

    @Test func rangesAreFoundWithTheirPaths() throws {
        let (ranges, diagnostics) = ScenarioRanges.read(try Data(contentsOf: Self.file), file: "s.json")
        #expect(diagnostics.isEmpty)
        let r = try #require(ranges).ranges
        #expect(r.map(\.path) == ["assumptions.solutions[0].supplierCount.total", "assumptions.solutions[0].trl.mostLikely"])
        #expect(r.map(\.integer) == [true, true] && r.map(\.typical) == [3, 7])
        let typical = try JSONSerialization.jsonObject(with: try #require(ranges).typical) as! [String: Any]
        let solution = ((typical["assumptions"] as! [String: Any])["solutions"] as! [[String: Any]])[0]
        #expect((solution["trl"] as! [String: Any])["mostLikely"] as? Int == 7)
        #expect((solution["supplierCount"] as! [String: Any])["total"] as? Int == 3)
    }

    @Test func malformedRangesAreLocated() {
        let outside = #"{"kind": "scenario", "id": "x", "scope": {"years": [{"range": {"min": 1, "max": 2}}]}}"#
        #expect(ScenarioRanges.read(Data(outside.utf8), file: "s.json").diagnostics.map(\.path) == ["scope.years[0]"])
        let reversed = #"{"kind": "scenario", "id": "x", "assumptions": {"gaps": [{"ref": "W/G01", "x": {"range": {"min": 3, "max": 2}}}]}}"#
        let d = ScenarioRanges.read(Data(reversed.utf8), file: "s.json").diagnostics
        #expect(d.map(\.path) == ["assumptions.gaps[0].x.range"] && d.first?.message.contains("min ≤ mostLikely ≤ max") == true)
        let threshold = #"{"kind": "scenario", "id": "x", "thresholdOverrides": {"procurementRules.trlPpiMin": {"range": {"min": 8, "max": 9}}}}"#
        #expect(ScenarioRanges.read(Data(threshold.utf8), file: "s.json").ranges?.ranges.count == 1)
    }

    /// Samples reuse the workshops the scenario cannot change (decoded once) and score only the gaps in scope: the
    /// same list as decoding everything again.
    @Test func reusingUntouchedWorkshopsChangesNothing() throws {
        let ranges = ScenarioRanges.read(try Data(contentsOf: Self.file), file: "s.json").ranges!
        let parsed = ParsedWorkshops(SyntheticWorkshops.sources)
        let model = Data(ScoringModel.defaultModelJSON.utf8)
        let typical = try PreparedRun.resolvedRun(parsed: parsed, modelData: model, modelFile: "m", scenario: ranges.typical,
                                                  scenarioFile: "s.json", asOfDate: "2025-06-01").run
        let cache = PreparedRun.untouchedWorkshops(typical, scenario: typical.scenario, ranges: ranges)
        #expect(cache.count == typical.workshops.count - 1 && cache["WS-2019-CYB"] == nil)
        let scenario = ranges.resolved([4, 8])
        let fresh = try PreparedRun.resolvedRun(parsed: parsed, modelData: model, modelFile: "m", scenario: scenario, scenarioFile: "s.json",
                                                asOfDate: "2025-06-01").lists.last!
        let reused = try PreparedRun.resolvedRun(parsed: parsed, decoded: cache, modelData: model, modelFile: "m", scenario: scenario,
                                                 scenarioFile: "s.json", asOfDate: "2025-06-01").lists.last!
        #expect(fresh.entries.map(\.result.gapRef) == reused.entries.map(\.result.gapRef))
        #expect(fresh.entries.map(\.score) == reused.entries.map(\.score))
        #expect(fresh.entries.map(\.result.procurement.decision.route) == reused.entries.map(\.result.procurement.decision.route))
        #expect(fresh.entries.first { $0.result.gapRef == "WS-2019-CYB/G01" }?.result.procurement.decision.route == .PPI)
    }

    /// AI triage (WS-2019-CYB/G01): S01 limited_commercial with TRL_ml ~ round(6 + 2·Beta(3, 3)) (PERT 6/7/8) routes
    /// PPI exactly when the draw is 8 (near-market, R06), else PCP_THEN_PPI (R08). P(Beta(3,3) ≥ 0.75) = 1 − I_0.75(3,3)
    /// = 0.103515625. Tolerance 0.06 ≈ 4 standard errors at 400 samples. The shares do not depend on the thread count.
    @Test func routeSharesMatchTheClosedForm() throws {
        let prepared = try PreparedRun.prepare(RunRequest(workshops: [InputFile(path: "WS-2019-CYB.json", data: try Data(contentsOf: Self.workshop))],
                                                          scenario: InputFile(path: "s.json", data: try Data(contentsOf: Self.file))))
        func shares(_ samples: Int, threads: Int) throws -> [ScenarioSampling.GapShares] {
            try ScenarioSampling.run(prepared, options: .init(samples: samples, seed: 11, topK: 3, threads: threads))
        }
        let g01 = try #require(try shares(400, threads: 2).first { $0.gapRef == "WS-2019-CYB/G01" })
        #expect(g01.typicalRoute == .PCP_THEN_PPI)
        let ppi = g01.routeShares.first { $0.route == .PPI }?.share ?? 0
        let pcp = g01.routeShares.first { $0.route == .PCP_THEN_PPI }?.share ?? 0
        #expect(abs(ppi - 0.103515625) < 0.06 && abs(ppi + pcp - 1) < 1e-12)
        let one = try shares(30, threads: 1), two = try shares(30, threads: 2)
        #expect(one.map { $0.routeShares.map(\.share) } == two.map { $0.routeShares.map(\.share) } && one.map(\.pTopK) == two.map(\.pTopK))
    }
}

/// A scenario's ranges inside the Monte Carlo of a run.
@Suite struct RangedMonteCarloTests {
    static let scenario = try! Data(contentsOf: ScenarioSamplingTests.file)
    static func prepared(_ scenario: Data = scenario) throws -> PreparedRun {
        try PreparedRun.prepare(RunRequest(workshops: [InputFile(path: "WS-2019-CYB.json", data: try Data(contentsOf: ScenarioSamplingTests.workshop))],
                                           scenario: InputFile(path: "s.json", data: scenario), asOfDate: "2025-06-01"))
    }

    /// With the workshops' inputs held, run r of the Monte Carlo gives exactly the routes and top-3 places of the explained run
    /// of the scenario resolved with run r's drawn values (an independent path: JSON merge, decoding, `GapEvaluator`).
    @Test func eachRunIsTheExplainedRunOfItsDrawnScenario() throws {
        let prepared = try Self.prepared()
        let engine = prepared.monteCarlo()
        let variants = try #require(engine.variants)
        let runs = 24
        let shares = try engine.run(.init(runs: runs, seed: 3, threads: 2, topK: 3, drawsInputs: false)).last!
        var counts: [String: [ProcurementRoute: Int]] = [:], top: [String: Int] = [:]
        let ranges = try #require(prepared.ranges)
        for r in 0..<runs {
            let values = variants.values(seed: 3, run: r)
            #expect(values[1] >= 6 && values[1] <= 8 && values[0] >= 1 && values[0] <= 4)
            let list = try PreparedRun.resolvedRun(parsed: ParsedWorkshops(prepared.request.workshops), modelData: Data(ScoringModel.defaultModelJSON.utf8),
                                                   modelFile: "m", scenario: ranges.resolved(values), scenarioFile: "s.json",
                                                   asOfDate: "2025-06-01").lists.last!
            for entry in list.entries {
                counts[entry.result.gapRef, default: [:]][entry.result.procurement.decision.route, default: 0] += 1
                if entry.rank <= 3 { top[entry.result.gapRef, default: 0] += 1 }
            }
        }
        for (ref, byRoute) in counts {
            let expected = byRoute.map { ($0.key, Double($0.value) / Double(runs)) }.sorted { $0.0.rawValue < $1.0.rawValue }
            let got = try #require(shares[ref]).routeShares.map { ($0.route, $0.share) }.sorted { $0.0.rawValue < $1.0.rawValue }
            #expect(got.map(\.0) == expected.map(\.0) && got.map(\.1) == expected.map(\.1), "\(ref)")
            #expect(shares[ref]!.pTopK == Double(top[ref] ?? 0) / Double(runs), "\(ref)")
        }
        #expect(Set(counts["WS-2019-CYB/G01"]!.keys) == [.PPI, .PCP_THEN_PPI])
    }

    /// `ilead run --scenario` draws the ranges in its Monte Carlo, thresholds included: with the PPI TRL threshold
    /// drawn from 6…9 (uniform, whole), G01's drawn TRL (6–8) meets a threshold of 6 or 7 in about half the runs,
    /// where the threshold fixed at its midpoint (8) leaves PPI to the runs whose TRL reaches 8 (about one in six).
    @Test func aRunWithRangesDrawsThem() throws {
        let text = String(decoding: Self.scenario, as: UTF8.self).replacingOccurrences(
            of: #""asOfDate": "2025-06-01","#,
            with: #""asOfDate": "2025-06-01", "thresholdOverrides": {"procurementRules.trlPpiMin": {"range": {"min": 6, "max": 9}}},"#)
        let ranges = try #require(ScenarioRanges.read(Data(text.utf8), file: "s.json").ranges)
        #expect(ranges.ranges.count == 3 && ranges.ranges[2].typical == 8)
        let ranged = try Self.prepared(Data(text.utf8)).robustness().uncertainty!.last!["WS-2019-CYB/G01"]!
        let fixed = try Self.prepared(ranges.typical).robustness().uncertainty!.last!["WS-2019-CYB/G01"]!
        let ppi = { (u: GapUncertainty) in u.routeShares.first { $0.route == .PPI }?.share ?? 0 }
        #expect(ppi(fixed) < 0.25 && ppi(ranged) > ppi(fixed) + 0.2, "\(ranged.routeShares) against \(fixed.routeShares)")
    }

    /// A draw that breaks the scenario stops the Monte Carlo with the error, its path and the drawn values.
    @Test func anInvalidDrawIsAnErrorWithItsValues() throws {
        let text = String(decoding: Self.scenario, as: UTF8.self)
            .replacingOccurrences(of: #"{ "range": { "min": 6, "mostLikely": 7, "max": 8 } }"#, with: #"{ "range": { "min": 6, "mostLikely": 7, "max": 10 } }"#)
        #expect(text.contains("\"max\": 10"))
        let prepared = try Self.prepared(Data(text.utf8))
        #expect(throws: RunFailure.self) { try prepared.robustness() }
        do { _ = try prepared.robustness() } catch {
            let d = try #require(error.diagnostics.first)
            #expect(d.message.contains("with the drawn values") && d.message.contains("assumptions.solutions[0].trl.mostLikely = "), "\(d)")
        }
    }
}

/// An infeasible portfolio names what binds, with the amounts; money reads with thousands separators.
@Suite struct PortfolioDiagnosisTests {
    static func item(_ ref: String, _ group: PractitionerGroup, _ instrument: Instrument, cost: Int, basis: String = "budgetEstimateEUR") -> PortfolioItem {
        PortfolioItem(gapRef: ref, title: ref, practitionerGroup: group, priority: 0.5, route: instrument == .pcp ? .PCP : .PPI,
                      instrument: instrument, cost: cost, costBasis: basis)
    }
    static let items = [item("A", .CYB, .pcp, cost: 1_500_000), item("B", .CYB, .pcp, cost: 700_000),
                        item("C", .FOR, .ppi, cost: 2_000_000, basis: "ppiMinVolumeEUR"), item("D", .FOR, .ppi, cost: 3_000_000)]

    @Test func mustFundBeyondTheBudgetNamesBothAmounts() {
        let p = PortfolioProblem(items: Self.items, budgets: [.pcp: 1_000_000, .ppi: 5_000_000], mustFund: ["A"])
        #expect(PortfolioSolver.solve(p).infeasible)
        #expect(p.infeasibilityReasons() == ["must-fund A needs 1,500,000 EUR of pcp; the budget is 1,000,000 EUR"])
    }

    @Test func prerequisitesCountTowardsTheMustFundCost() {
        let p = PortfolioProblem(items: Self.items, budgets: [.pcp: 2_000_000], mustFund: ["B"], requires: [("B", "A")])
        #expect(p.infeasibilityReasons() == ["must-fund gaps A, B (with their prerequisites) need 2,200,000 EUR of pcp; the budget is 2,000,000 EUR"])
        let forbidden = PortfolioProblem(items: Self.items, budgets: [.pcp: 9_000_000], mustFund: ["B"], mustNotFund: ["A"], requires: [("B", "A")])
        #expect(forbidden.infeasibilityReasons() == ["must-fund B requires A, which is must-not-fund"])
    }

    @Test func groupMinimumsBeyondWhatExistsOrFits() {
        let few = PortfolioProblem(items: Self.items, budgets: [.ppi: 9_000_000], mustNotFund: ["D"], minPerGroup: [.FOR: 2])
        #expect(few.infeasibilityReasons().first?.hasPrefix("FOR needs at least 2 funded gaps; only 1 of its gaps can be funded") == true)
        let tight = PortfolioProblem(items: Self.items, budgets: [.ppi: 4_000_000], minPerGroup: [.FOR: 2])
        #expect(tight.infeasibilityReasons() == ["FOR needs at least 2 funded gaps; the budgets fund at most 1: 1 of 2 on ppi (budget 4,000,000 EUR, cheapest 2,000,000 EUR)"])
    }

    /// Each constraint fits alone, together they do not: the families whose removal frees the problem are named.
    @Test func jointConflictsNameTheFamiliesThatFreeTheProblem() {
        // A alone fits 2,000,000; two CYB gaps fit (B and E); A with another CYB gap does not.
        let p = PortfolioProblem(items: Self.items + [Self.item("E", .CYB, .pcp, cost: 600_000)], budgets: [.pcp: 2_000_000],
                                 mustFund: ["A"], minPerGroup: [.CYB: 2])
        #expect(PortfolioSolver.solve(p).infeasible)
        let reasons = p.infeasibilityReasons()
        #expect(reasons.count == 1 && reasons[0].contains("without the must-fund list (A)") && reasons[0].contains("without the minimum of 2 for CYB"), "\(reasons)")
    }

    @Test func placeholdersAndMoney() {
        let p = PortfolioProblem(items: Self.items, budgets: [.pcp: 1])
        #expect(p.placeholderCostItems.map(\.gapRef) == ["C"])
        #expect(Euros.text(1_500_000) == "1,500,000 EUR" && Euros.grouped(999) == "999" && Euros.grouped(1000) == "1,000" && Euros.grouped(-250_000) == "-250,000")
    }
}
