import ArgumentParser
import Foundation
import MCDA
import Reports

/// `ilead rank PROBLEM --method METHOD`: scores and ranks the alternatives of a decision problem.
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the alternatives of a decision problem with one MCDA method.",
        discussion: """
            Methods: \(MethodName.allCases.map(\.rawValue).joined(separator: ", ")).
            Normalizations: \(Normalization.allCases.map(\.rawValue).joined(separator: ", ")) \
            (default per method: wsm/wpm/copras/aras sum, waspas linear, topsis/moora vector, mabac minmax; \
            vikor, promethee2, edas and spotis use raw values; none takes values a source gives already \
            normalized, cost columns already turned round).
            --explain adds the method's intermediate tables as papers print them (normalized and weighted \
            matrices, ideal points and distances, VIKOR's S, R, Q and compromise conditions, PROMETHEE's \
            preference matrix and flows, COPRAS's S+, S- and utility degree); with --format csv they come as one \
            long table (table,row,column,value).
            Scores are unrounded; ties within a relative 1e-9 share the best rank (1, 2, 2, 4). Every default \
            that shaped the numbers is echoed under "settings".

            Examples:
              ilead rank datasets/problems/capability-gaps.json --method topsis
              ilead rank datasets/problems/capability-gaps.json --method vikor --v 0.6 --format json
              ilead rank datasets/problems/two-criteria.csv --method wsm --directions benefit,cost --weights 0.6,0.4 --format csv
              ilead rank datasets/problems/capability-gaps.json --method topsis --weighting entropy
              ilead rank datasets/problems/capability-gaps.json --method vikor --explain
              ilead rank datasets/problems/two-criteria.csv --method aras --directions benefit,cost --weights 0.6,0.4 --expected 10,50000 --explain
            """
    )

    @OptionGroup var input: ProblemInputOptions

    @OptionGroup var choice: MethodChoice
    var method: MethodName { choice.method }
    var normalization: Normalization? { choice.normalization }

    @Option(help: "VIKOR: weight of group utility S against regret R, in [0, 1].")
    var v: Double = 0.5

    @Option(help: "WASPAS: weight of WSM against WPM, in [0, 1].")
    var lambda: Double = 0.5

    @Option(help: ArgumentHelp("Replace the weights by an objective weighting: \(ObjectiveWeighting.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "method"))
    var weighting: ObjectiveWeighting?

    @Option(help: "Relative tolerance under which scores tie.")
    var tieTolerance: Double = Ranking.defaultTolerance

    @Option(help: ArgumentHelp("ARAS: the optimal alternative; SPOTIS: the expected solution point. One value per criterion, in criterion order, e.g. 10,50000.", valueName: "values"))
    var expected: String?

    @Flag(help: "Add the method's intermediate tables.")
    var explain = false

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    func run() throws {
        var problem = try input.load(weightsRequired: weighting == nil)
        if let weighting {
            let base = problem
            problem = try attributing(to: input.problem) { () throws(MCDAError) in
                try base.withWeights(weighting.weights(for: base))
            }
        }
        let point = try expected.map { try OptionValues.numbers($0, option: "--expected") }
        let options = MethodOptions(normalization: normalization, v: v, lambda: lambda, tieTolerance: tieTolerance,
                                    expectedSolution: point, explain: explain)
        let ranked = problem
        let result = try attributing(to: input.problem) { () throws(MCDAError) in
            try method.evaluate(ranked, options: options)
        }
        let text: String
        switch format {
        case .json:
            var json = result.json
            if let weighting, case var .object(pairs) = json,
               let k = pairs.firstIndex(where: { $0.0 == "settings" }), case var .object(s) = pairs[k].1 {
                s.append(("weighting", .string(weighting.rawValue)))
                pairs[k].1 = .object(s)
                json = .object(pairs)
            }
            text = json.serialized() + "\n"
        case .csv: text = result.csv
        case .table:
            text = result.table + (weighting.map { "weights: \($0.rawValue) (\(zip(problem.criteria, problem.weights).map { "\($0.id)=\($1)" }.joined(separator: ", ")))\n" } ?? "")
        }
        try Files.emit(text, to: output, inputs: [input.problem])
    }
}
