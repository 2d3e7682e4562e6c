import Foundation
import PriorityEngine
import Reports
import Advice

/// The whole batch run on the synthetic dataset (read, score, rank every list, render JSON/CSV/Markdown).
func runBatchCases(wanted: (String) -> Bool, threads: Int?) throws {
    let folder = "datasets/ilead-synthetic/workshops"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
    let sources = try names.map { WorkshopSource(path: "\(folder)/\($0)", data: try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\($0)"))) }
    if wanted("ilead-run") {
        var bytes = 0, gaps = 0
        let t = try repeatedSeconds(3) {
            bytes = 0
            let run = try PriorityRun.execute(sources: sources, model: .default, asOfDate: "2025-06-01")
            let manifest = RunManifest(generatedAt: "", modelId: run.model.id, modelVersion: run.model.version, scenarioId: nil,
                                       seed: 1, asOfDate: run.asOfDate, defaults: [], inputs: [])
            for list in try run.lists() {
                bytes += RankingDocument.json(list, run: run, manifest: manifest).serialized().utf8.count
                bytes += RankingViews.csv(list).utf8.count + RankingViews.markdown(list, run: run, manifest: manifest).utf8.count
            }
            gaps = run.results.count
        }
        emit("ilead-run", seconds: t.median, [("minSeconds", t.min), ("repetitions", 3), ("workshops", sources.count), ("gaps", gaps), ("outputBytes", bytes)])
    }
    if wanted("report-html") {
        // The HTML report (every list's page, the Monte-Carlo block of 1,000 runs, the weight tornado), on top of the run.
        let run = try PriorityRun.execute(sources: sources, model: .default, asOfDate: "2025-06-01")
        let lists = try run.lists()
        let engine = MonteCarlo(run: run, lists: lists)
        let uncertainty = try engine.run(.init(runs: 1000, seed: 20170901, topK: 5))
        let weightChanges = engine.oneAtATime(delta: 0.2)
        let manifest = RunManifest(generatedAt: "", modelId: run.model.id, modelVersion: run.model.version, scenarioId: nil,
                                   seed: 1, asOfDate: run.asOfDate, defaults: [], inputs: [])
        var bytes = 0
        let t = repeatedSeconds(5) {
            bytes = HTMLReport.render(.init(lists: lists, run: run, manifest: manifest, uncertainty: uncertainty, weightChanges: weightChanges)).utf8.count
        }
        emit("report-html", seconds: t.median, [("minSeconds", t.min), ("repetitions", 5), ("gaps", run.results.count), ("htmlBytes", bytes),
                                                 ("targetSeconds", 0.3)])
    }
    if wanted("monte-carlo") {
        let run = try PriorityRun.execute(sources: sources, model: .default, asOfDate: "2025-06-01")
        let lists = try run.lists()
        let runs = Int(ProcessInfo.processInfo.environment["ILEAD_MC_RUNS"] ?? "") ?? 10_000
        var shares = 0.0
        let t = try repeatedSeconds(3) {
            let mc = MonteCarlo(run: run, lists: lists)
            let result = try mc.run(.init(runs: runs, seed: 20170901, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, topK: 5))
            shares = result.last!.values.reduce(0) { $0 + $1.pTopK }
        }
        emit("monte-carlo", seconds: t.median, [("minSeconds", t.min), ("repetitions", 3), ("gaps", run.results.count), ("runs", runs),
                                                ("sumPTopK", shares)])
    }
    if wanted("scenario-sample") || wanted("ranged-run") {
        try runRangedScenarioCases(sources: sources, wanted: wanted, threads: threads)
    }
}

/// A scenario with ranges (datasets/examples/SCN-ai-triage-ranges.json: a TRL and a supplier count) over the 25
/// workshops: `scenario sample` with 10,000 samples, and `ilead run --scenario` (scoring, ranking and the Monte
/// Carlo of the model's runs) against the same scenario with the ranges fixed at their typical values.
func runRangedScenarioCases(sources: [WorkshopSource], wanted: (String) -> Bool, threads: Int?) throws {
    let path = "datasets/examples/SCN-ai-triage-ranges.json"
    let ranged = InputFile(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path)))
    let samples = Int(ProcessInfo.processInfo.environment["ILEAD_SAMPLES"] ?? "") ?? 10_000
    if wanted("scenario-sample") {
        let prepared = try PreparedRun.prepare(RunRequest(workshops: sources, scenario: ranged, uncertainty: false, threads: threads))
        var routes = 0
        let t = try repeatedSeconds(3) {
            let shares = try ScenarioSampling.run(prepared, options: .init(samples: samples, seed: 1, topK: 5,
                                                                           threads: prepared.settings.threads))
            routes = shares.reduce(0) { $0 + $1.routeShares.count }
        }
        emit("scenario-sample", seconds: t.median, [("minSeconds", t.min), ("repetitions", 3), ("samples", samples),
                                                    ("gaps", prepared.panEuropean.entries.count), ("routesSeen", routes), ("targetSeconds", 2)])
    }
    if wanted("ranged-run") {
        guard let ranges = ScenarioRanges.read(ranged.data, file: path).ranges else { return }
        let fixed = InputFile(path: path, data: ranges.typical)
        func once(_ scenario: InputFile) throws -> Double {
            try seconds {
                let prepared = try PreparedRun.prepare(RunRequest(workshops: sources, scenario: scenario, threads: threads))
                _ = try prepared.robustness()
            }
        }
        // Interleaved, so that a slower spell of the machine weighs on both.
        var withTimes: [Double] = [], withoutTimes: [Double] = []
        for _ in 0..<7 {
            withTimes.append(try once(ranged))
            withoutTimes.append(try once(fixed))
        }
        func median(_ v: [Double]) -> Double { v.sorted()[v.count / 2] }
        let with = (median: median(withTimes), min: withTimes.min()!), without = (median: median(withoutTimes), min: withoutTimes.min()!)
        emit("ranged-run", seconds: with.median, [("minSeconds", with.min), ("repetitions", 7), ("secondsWithoutRanges", without.median),
                                                  ("minSecondsWithoutRanges", without.min),
                                                  ("ratioToUnranged", with.median / without.median), ("targetRatio", 1.3)])
    }
}
