import ArgumentParser
import Foundation
import MCDA
import Reports

/// `ilead sensitivity PROBLEM --method M`: how robust the ranking of a decision problem is.
struct Sensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Robustness of a ranking: SMAA-2, weight-stability intervals, one-at-a-time weights, rank reversal.",
        discussion: """
            SMAA-2 (Lahdelma & Salminen 2001) samples weights uniformly on the simplex (or within --weight-bounds, \
            or under --weight-order) and reports rank acceptabilities with standard errors, central weights and \
            confidence factors; stability intervals are exact for wsm and bracketed to 1e-9 for other methods. \
            Results depend on --seed only, not on the number of threads.

            Examples:
              ilead sensitivity datasets/problems/capability-gaps.json --method topsis
              ilead sensitivity datasets/problems/capability-gaps.json --method wsm --samples 100000 --format json
              ilead sensitivity datasets/problems/capability-gaps.json --method wsm --weight-order severity,trl,standardisation,procurementRisk
            """
    )

    @OptionGroup var input: ProblemInputOptions

    @OptionGroup var choice: MethodChoice
    var method: MethodName { choice.method }
    var normalization: Normalization? { choice.normalization }

    @Option(help: "SMAA weight samples.")
    var samples = 10_000

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "One-at-a-time relative weight change.")
    var delta = 0.2

    @Option(name: .customLong("top-k"), help: "k of P(rank <= k) and of the top-k stability interval (default: 3, or the number of alternatives when fewer).")
    var topKOption: Int?

    @Option(help: ArgumentHelp("SMAA weights within bounds, one lo:hi per criterion, e.g. 0.2:0.6,0.1:0.3,...", valueName: "list"))
    var weightBounds: String?

    @Option(help: ArgumentHelp("SMAA weights under an importance order: criterion ids, most important first.", valueName: "ids"))
    var weightOrder: String?

    @Option(help: "Worker threads (default: all cores; results do not depend on it).")
    var threads: Int?

    @Option(help: "Output format (json or table).")
    var format: ReportFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    func run() throws {
        let problem = try input.load(weightsRequired: true)
        let m = problem.alternativeCount
        let topK = topKOption ?? min(3, m)
        guard (1...m).contains(topK) else { throw CLIError.usage("--top-k: must lie in 1…\(m)") }
        var space = WeightSpace.simplex
        if let weightBounds {
            let parts = weightBounds.split(separator: ",").map { $0.split(separator: ":").compactMap { Double($0) } }
            guard parts.count == problem.criterionCount, parts.allSatisfy({ $0.count == 2 }) else {
                throw CLIError.usage("--weight-bounds: one lo:hi pair per criterion (\(problem.criterionCount))")
            }
            space = .bounds(lower: parts.map { $0[0] }, upper: parts.map { $0[1] })
        }
        if let weightOrder {
            let ids = problem.criteria.map(\.id)
            let order = try weightOrder.split(separator: ",").map { token -> Int in
                guard let k = ids.firstIndex(of: String(token)) else { throw CLIError.usage("--weight-order: unknown criterion '\(token)'") }
                return k
            }
            space = .order(order)
        }
        let options = MethodOptions(normalization: normalization)
        var smaaOptions = SMAAOptions(samples: samples, seed: seed, weights: space, threads: threads, method: options)
        smaaOptions.progress = ProgressLine.reporter(label: "SMAA")
        let report = try attributing(to: input.problem) { () throws(MCDAError) in
            SensitivityReport(base: try method.evaluate(problem, options: options),
                              oneAtATime: try method.oneAtATime(problem, delta: delta, options: options),
                              intervals: try method.stabilityIntervals(problem, topK: topK, options: options), topK: topK,
                              smaa: try method.smaa(problem, options: smaaOptions),
                              reversals: try method.rankReversals(problem, options: options),
                              swaps: try method.neighbourSwaps(problem, options: options))
        }
        ProgressLine.finish()
        try Files.emit(format == .json ? report.json.serialized() + "\n" : report.table, to: output, inputs: [input.problem])
    }
}

