import ArgumentParser
import Foundation
import MCDA

/// How a decision problem is read: JSON, or CSV with directions and weights on the command line.
struct ProblemInputOptions: ParsableArguments {
    @Argument(help: "Decision problem file: JSON (kind \"decisionProblem\") or CSV with a header 'id,<criteria>'.")
    var problem: String

    @Option(help: ArgumentHelp("CSV only: one direction per criterion, e.g. benefit,cost,benefit.", valueName: "list"))
    var directions: String?

    @Option(help: ArgumentHelp("CSV only: one weight per criterion, e.g. 0.3,0.5,0.2.", valueName: "list"))
    var weights: String?

    /// Reads and validates the problem. `weightsRequired` is false when weights will be derived.
    func load(weightsRequired: Bool) throws -> DecisionProblem {
        try ProblemLoader.load(problem, directions: directions, weights: weights, weightsRequired: weightsRequired)
    }
}

/// Reads a decision problem file, JSON or CSV (by extension), mapping its errors to the file.
enum ProblemLoader {
    static func load(_ problem: String, directions: String?, weights: String?, weightsRequired: Bool) throws -> DecisionProblem {
        let isCSV = problem.lowercased().hasSuffix(".csv")
        let data = try Files.read(problem)
        if isCSV {
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError.unreadable(path: problem, reason: "not UTF-8 text")
            }
            guard let directions else {
                throw CLIError.usage("a CSV problem needs --directions (one of benefit/cost per criterion)")
            }
            let parsed = try directions.split(separator: ",").map { token -> Direction in
                let t = token.trimmingCharacters(in: .whitespaces)
                guard let d = Direction(rawValue: t) else {
                    throw CLIError.usage("--directions: '\(t)' is not 'benefit' or 'cost'")
                }
                return d
            }
            var w: [Double]?
            if let weights {
                w = try weights.split(separator: ",").map { token -> Double in
                    let t = token.trimmingCharacters(in: .whitespaces)
                    guard let x = Double(t), x.isFinite else { throw CLIError.usage("--weights: '\(t)' is not a number") }
                    return x
                }
            } else if weightsRequired {
                throw CLIError.usage("a CSV problem needs --weights (or derive them with --weighting)")
            }
            return try attributing(to: problem) { () throws(MCDAError) in
                try DecisionProblem(csv: text, directions: parsed, weights: w)
            }
        }
        if directions != nil || weights != nil {
            throw CLIError.usage("--directions and --weights apply to CSV problems; a JSON problem carries its own")
        }
        return try attributing(to: problem) { () throws(MCDAError) in
            try DecisionProblem(json: data, weightsRequired: weightsRequired)
        }
    }
}

/// `--method` and `--normalization`, shared by `rank` and `sensitivity`.
struct MethodChoice: ParsableArguments {
    @Option(name: .shortAndLong, help: "Aggregation method.")
    var method: MethodName

    @Option(help: "Normalization (default: the method's own).")
    var normalization: Normalization?
}

/// `--format`, shared by commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv, table
}

/// The formats of commands whose output is a nested report (`weights`, `sensitivity`): only these are listed in
/// `--help` and accepted, so every listed value works.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, table
}

extension Normalization: ExpressibleByArgument {}
extension MethodName: ExpressibleByArgument {}
extension ObjectiveWeighting: ExpressibleByArgument {}
extension RandomIndexTable: ExpressibleByArgument {}
extension PriorityDerivation: ExpressibleByArgument {}
extension GroupAggregation: ExpressibleByArgument {}
