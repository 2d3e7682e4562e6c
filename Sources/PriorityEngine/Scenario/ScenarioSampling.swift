import Foundation
import MCDA

/// A scenario with ranges (`ScenarioRanges`) run many times: each sample draws every range, applies the scenario
/// (file-formats.md "Scenario") and runs how-the-engine-decides.md on the workshops; the result per gap is the share of samples per procurement route, the
/// median rank and P(rank ≤ k) in the pan-European list, next to the route and rank of the deterministic run
/// (every range at its typical value). Sample s draws from its own stream (seed, s), so the result does not depend
/// on the number of threads.
public enum ScenarioSampling {
    public struct GapShares: Sendable {
        public var gapRef: String
        public var title: String
        public var typicalRoute: ProcurementRoute
        public var typicalRank: Int
        /// Routes in enum order, those never taken left out.
        public var routeShares: [(route: ProcurementRoute, share: Double)]
        public var medianRank: Double
        public var pTopK: Double
    }

    public struct Options: Sendable {
        public var samples: Int, seed: UInt64, topK: Int, threads: Int
        public init(samples: Int, seed: UInt64, topK: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.samples = samples; self.seed = seed; self.topK = topK; self.threads = threads
        }
    }

    /// One run of the scenario `data` (ranges already resolved), on workshops parsed once; `decoded` holds the
    /// workshops the scenario leaves unchanged, decoded once. Only the gaps in scope are scored.
    static func execute(parsed: ParsedWorkshops, decoded: [String: Workshop] = [:], modelData: Data, modelFile: String, scenario data: Data,
                        scenarioFile: String, asOfDate: String) throws(RunFailure) -> (list: RankingList, run: PriorityRun) {
        let (scenario, diagnostics) = Scenario.read(data, file: scenarioFile)
        guard let scenario, !diagnostics.contains(where: { $0.level == .error }) else { throw RunFailure(diagnostics: diagnostics) }
        let (loaded, modelDiagnostics) = ScoringModel.read(modelData, file: modelFile,
                                                           thresholdOverrides: scenario.thresholdOverrides.map { ($0.path, $0.value.foundation) },
                                                           overridesFile: scenarioFile)
        guard let model = loaded?.model else { throw RunFailure(diagnostics: modelDiagnostics) }
        let run = try PriorityRun.execute(parsed: parsed, model: model, scenario: scenario, scenarioFile: scenarioFile,
                                          asOfDate: asOfDate, decoded: decoded, scopeOnly: true)
        guard let list = try? run.lists().last else {
            throw RunFailure(diagnostics: [Diagnostic(.error, file: scenarioFile, path: "scope", "no gap is in the scenario's scope")])
        }
        return (list, run)
    }

    /// The workshops a scenario's assumptions cannot change: not named by a gap or solution assumption and, when
    /// the buyers group names its gaps, not named there (a buyers group without gapRefs reaches every workshop).
    /// None when a range moves a rating-aggregation threshold, which decoding reads.
    static func untouched(_ run: PriorityRun, scenario: Scenario?, ranges: ScenarioRanges) -> [String: Workshop] {
        guard let scenario, !ranges.ranges.contains(where: { $0.path.hasPrefix("thresholdOverrides.ratingAggregation") }) else { return [:] }
        if let group = scenario.buyersGroup, group.gapRefs == nil { return [:] }
        var touched = Set<String>()
        for ref in scenario.gapAssumptions.map(\.ref) + scenario.solutionAssumptions.map(\.ref) + (scenario.buyersGroup?.gapRefs ?? []) {
            touched.insert(String(ref.split(separator: "/").first ?? ""))
        }
        return Dictionary(uniqueKeysWithValues: run.workshops.filter { !touched.contains($0.workshop.id) }.map { ($0.workshop.id, $0) })
    }

    /// Draws the ranges of the prepared run's scenario `options.samples` times and runs the workshops under each
    /// draw; the prepared run itself is the deterministic one (every range at its typical value).
    public static func run(_ prepared: PreparedRun, options: Options, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(RunFailure) -> [GapShares] {
        guard let scenarioFile = prepared.request.scenario?.path, let ranges = prepared.ranges else {
            throw RunFailure(diagnostics: [Diagnostic(.error, path: "", "scenario sampling needs a scenario")])
        }
        let parsed = ParsedWorkshops(prepared.request.workshops)
        let modelData = prepared.request.model?.data ?? Data(ScoringModel.defaultModelJSON.utf8)
        let modelFile = prepared.request.model?.path ?? PreparedRun.builtInModelName
        let asOfDate = prepared.settings.asOfDate
        let typical = prepared.panEuropean
        let decoded = untouched(prepared.run, scenario: prepared.scenario, ranges: ranges)
        let refs = typical.entries.map(\.result.gapRef)
        let index = Dictionary(uniqueKeysWithValues: refs.enumerated().map { ($1, $0) })
        let routes = ProcurementRoute.allCases
        final class Tally: @unchecked Sendable {
            var routes: [[Int]], ranks: [[Int]], failure: RunFailure?, done = 0
            init(gaps: Int, routes r: Int) {
                routes = Array(repeating: Array(repeating: 0, count: r), count: gaps)
                ranks = Array(repeating: Array(repeating: 0, count: gaps), count: gaps)
            }
        }
        let threads = max(1, min(options.threads, options.samples))
        let tallies = (0..<threads).map { _ in Tally(gaps: refs.count, routes: routes.count) }
        let counter = SampleCounter()
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let t = tallies[worker]
            var s = worker
            while s < options.samples, t.failure == nil {
                var rng = Xoshiro256(seed: MonteCarlo.runSeed(options.seed, s))
                let values = ranges.ranges.map { $0.draw(&rng) }
                let outcome = Result { () throws(RunFailure) -> RankingList in
                    try execute(parsed: parsed, decoded: decoded, modelData: modelData, modelFile: modelFile, scenario: ranges.resolved(values),
                                scenarioFile: scenarioFile, asOfDate: asOfDate).list
                }
                switch outcome {
                case let .success(list):
                    for entry in list.entries {
                        guard let g = index[entry.result.gapRef] else { continue }
                        t.routes[g][routes.firstIndex(of: entry.result.procurement.decision.route)!] += 1
                        t.ranks[g][min(entry.rank, refs.count) - 1] += 1
                    }
                case let .failure(error):
                    let drawn = zip(ranges.ranges, values).map { "\($0.path) = \($1)" }.joined(separator: ", ")
                    t.failure = RunFailure(diagnostics: error.diagnostics.map { d in
                        var d = d
                        d.message += " (sample \(s): \(drawn))"
                        return d
                    })
                }
                progress?(counter.increment(), options.samples)
                s += threads
            }
        }
        if let failure = tallies.lazy.compactMap(\.failure).first { throw failure }
        let n = Double(options.samples)
        return typical.entries.map { entry in
            let g = index[entry.result.gapRef]!
            var counts = Array(repeating: 0, count: refs.count)
            for t in tallies { for r in counts.indices { counts[r] += t.ranks[g][r] } }
            let shares: [(ProcurementRoute, Double)] = routes.indices.compactMap { r in
                let c = tallies.reduce(0) { $0 + $1.routes[g][r] }
                return c > 0 ? (routes[r], Double(c) / n) : nil
            }
            return GapShares(gapRef: entry.result.gapRef, title: entry.result.title, typicalRoute: entry.result.procurement.decision.route,
                             typicalRank: entry.rank, routeShares: shares,
                             medianRank: MonteCarlo.quantile(counts, 0.5, total: counts.reduce(0, +)),
                             pTopK: Double(counts.prefix(options.topK).reduce(0, +)) / n)
        }
    }
}

/// Samples finished so far, across workers.
final class SampleCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
