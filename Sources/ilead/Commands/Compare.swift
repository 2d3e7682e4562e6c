import ArgumentParser
import Foundation
import MCDA
import Reports

/// `ilead compare PROBLEM --methods ...`: several MCDA methods on one problem, side by side.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank a decision problem with several methods and compare the rankings.",
        discussion: """
            Each method ranks the problem with its own default normalization (or --normalization where the method \
            takes one). The table shows every method's ranks side by side, ordered by the Borda consensus, then \
            how far the rankings agree (Spearman ρ, Kendall τ-b, weighted Spearman, WS similarity) and the \
            alternatives whose rank varies most. A method that cannot rank the problem is skipped with its reason. \
            JSON keeps every score exact.

            Methods: \(MethodName.allCases.map(\.rawValue).joined(separator: ", ")), or all.

            Examples:
              ilead compare datasets/problems/capability-gaps.json --methods topsis,vikor,promethee2
              ilead compare datasets/problems/capability-gaps.json --methods all --format json
              ilead compare datasets/problems/two-criteria.csv --directions benefit,cost --weights 0.6,0.4 --methods wsm,topsis,vikor --format csv
            """
    )

    @OptionGroup var input: ProblemInputOptions

    @Option(help: ArgumentHelp("Comma-separated methods, or all.", valueName: "list"))
    var methods: String = "all"

    @Option(help: "Normalization for the methods that take one (default: each method's own).")
    var normalization: Normalization?

    @Option(help: "VIKOR: weight of group utility S against regret R, in [0, 1].")
    var v: Double = 0.5

    @Option(help: "WASPAS: weight of WSM against WPM, in [0, 1].")
    var lambda: Double = 0.5

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    /// The methods asked for, in order, each once.
    static func parse(_ list: String) throws -> [MethodName] {
        if list.trimmingCharacters(in: .whitespaces) == "all" { return MethodName.allCases }
        var out: [MethodName] = []
        for token in list.split(separator: ",") {
            let t = token.trimmingCharacters(in: .whitespaces)
            guard let m = MethodName(rawValue: t) else {
                throw CLIError.usage("--methods: '\(t)' is not a method (one of \(MethodName.allCases.map(\.rawValue).joined(separator: ", ")), or all)")
            }
            if !out.contains(m) { out.append(m) }
        }
        guard out.count >= 2 else { throw CLIError.usage("--methods: give at least two methods, or all") }
        return out
    }

    func run() throws {
        let chosen = try Self.parse(methods)
        let problem = try input.load(weightsRequired: true)
        let options = MethodOptions(normalization: normalization, v: v, lambda: lambda)
        let comparison = try attributing(to: input.problem) { () throws(MCDAError) in
            try MethodComparison.compare(problem, methods: chosen, options: options)
        }
        let text: String
        switch format {
        case .json: text = comparison.json.serialized() + "\n"
        case .csv: text = comparison.csv
        case .table: text = comparison.table
        }
        try Files.emit(text, to: output, inputs: [input.problem])
    }
}
