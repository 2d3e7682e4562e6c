import Foundation
import MCDA
import PriorityEngine
import JSONFormat

/// A scenario with ranges (`ScenarioRanges`) seen through the Monte Carlo (how-the-engine-decides.md §8): each
/// run draws every range and is scored on the scenario with those values; by default the workshops' own inputs
/// (ratings, TRLs, costs, weights) stay at their deterministic values, so the shares show what the ranges alone
/// do. Per gap of the scenario's list: the share of runs per procurement route with its Monte-Carlo standard
/// error √(p(1 − p)/n), the median rank and P(rank ≤ k), next to the route and rank of the deterministic run
/// (every range at its typical value). Run s draws from its own streams, so the result does not depend on the
/// number of threads.
public enum ScenarioSampling {
    public struct GapShares: Sendable {
        public var gapRef: String
        public var title: String
        public var typicalRoute: ProcurementRoute
        public var typicalRank: Int
        /// Routes in enum order, those never taken left out; each with its standard error.
        public var routeShares: [(route: ProcurementRoute, share: Double, standardError: Double)]
        public var medianRank: Double
        public var pTopK: Double
        /// The standard error of `pTopK`.
        public var pTopKStandardError: Double
    }

    public struct Options: Sendable {
        public var samples: Int, seed: UInt64, topK: Int, threads: Int
        /// Whether every sample also draws the workshops' inputs, as `ilead run`'s Monte Carlo does.
        public var drawsInputs: Bool
        public init(samples: Int, seed: UInt64, topK: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount, drawsInputs: Bool = false) {
            self.samples = samples; self.seed = seed; self.topK = topK; self.threads = threads; self.drawsInputs = drawsInputs
        }
    }

    /// Runs the Monte Carlo of the prepared run (ranges drawn per run) and reads the shares of its scenario's list.
    /// - Throws: `RunFailure` when the run has no scenario, or drawn values make the scenario invalid.
    public static func run(_ prepared: PreparedRun, options: Options, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(RunFailure) -> [GapShares] {
        guard prepared.scenario != nil else {
            throw RunFailure(diagnostics: [Diagnostic(.error, path: "", "scenario sampling needs a scenario")])
        }
        let engine = prepared.monteCarlo()
        let uncertainty = try engine.run(.init(runs: options.samples, seed: options.seed, threads: options.threads, topK: options.topK,
                                               drawsInputs: options.drawsInputs, progress: progress))
        let list = uncertainty[prepared.lists.count - 1]
        let n = Double(options.samples)
        func standardError(_ p: Double) -> Double { (p * (1 - p) / n).squareRoot() }
        return prepared.panEuropean.entries.map { entry in
            let u = list[entry.result.gapRef]!
            return GapShares(gapRef: entry.result.gapRef, title: entry.result.title, typicalRoute: entry.result.procurement.decision.route,
                             typicalRank: entry.rank, routeShares: u.routeShares.map { ($0.route, $0.share, standardError($0.share)) },
                             medianRank: u.medianRank, pTopK: u.pTopK, pTopKStandardError: standardError(u.pTopK))
        }
    }
}
