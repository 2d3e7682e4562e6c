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

    @Option(help: ArgumentHelp("CSV only: the field delimiter: , (default), ; or tab. With ; or tab a comma in a number is its decimal separator (0,35).", valueName: "char"))
    var delimiter: String?

    @Option(help: ArgumentHelp("CSV only: SPOTIS bounds per criterion, min:max, or - for none, e.g. 1:10,1:9,-.", valueName: "list"))
    var bounds: String?

    @Option(help: ArgumentHelp("CSV only: PROMETHEE preference function per criterion: usual, ushape:q=1, vshape:p=2, level:q=1:p=3, linear:q=1:p=3 or gaussian:s=0.5, e.g. usual,vshape:p=2.", valueName: "list"))
    var preference: String?

    /// Reads and validates the problem. `weightsRequired` is false when weights will be derived.
    func load(weightsRequired: Bool) throws -> DecisionProblem {
        try ProblemLoader.load(problem, directions: directions, weights: weights, weightsRequired: weightsRequired,
                               settings: ProblemLoader.settings(delimiter: delimiter, bounds: bounds, preference: preference))
    }
}

/// Reads a decision problem file, JSON or CSV (by extension), mapping its errors to the file.
enum ProblemLoader {
    /// The CSV settings of the command line, each list checked item by item; `nil` when none was given.
    static func settings(delimiter: String?, bounds: String?, preference: String?) throws -> CSVProblemSettings? {
        guard delimiter != nil || bounds != nil || preference != nil else { return nil }
        var settings = CSVProblemSettings()
        if let delimiter {
            switch delimiter {
            case ",", ";": settings.delimiter = Character(delimiter)
            case "tab", "\t", "\\t": settings.delimiter = "\t"
            default: throw CLIError.usage("--delimiter: expected , or ; or tab, got '\(delimiter)'")
            }
        }
        if let bounds {
            settings.bounds = try bounds.split(separator: ",", omittingEmptySubsequences: false).map { token -> ClosedRange<Double>? in
                let t = token.trimmingCharacters(in: .whitespaces)
                if t == "-" { return nil }
                let parts = t.split(separator: ":").map { Double($0.trimmingCharacters(in: .whitespaces)) }
                guard parts.count == 2, let lo = parts[0], let hi = parts[1], lo.isFinite, hi.isFinite, lo < hi else {
                    throw CLIError.usage("--bounds: '\(t)' is not min:max with min < max (or - for none)")
                }
                return lo...hi
            }
        }
        if let preference {
            settings.preferences = try preference.split(separator: ",", omittingEmptySubsequences: false).map { token -> PreferenceFunction in
                let t = token.trimmingCharacters(in: .whitespaces)
                let parts = t.split(separator: ":").map(String.init)
                var values: [String: Double] = [:]
                for part in parts.dropFirst() {
                    let kv = part.split(separator: "=").map(String.init)
                    guard kv.count == 2, ["q", "p", "s"].contains(kv[0]), let x = Double(kv[1]) else {
                        throw CLIError.usage("--preference: '\(part)' in '\(t)' is not q=, p= or s= with a number")
                    }
                    values[kv[0]] = x
                }
                do throws(MCDAIssue) {
                    return try PreferenceFunction.make(name: parts.first ?? "", q: values["q"], p: values["p"], s: values["s"])
                } catch {
                    throw CLIError.usage("--preference: \(error)")
                }
            }
        }
        return settings
    }

    static func load(_ problem: String, directions: String?, weights: String?, weightsRequired: Bool,
                     settings: CSVProblemSettings? = nil) throws -> DecisionProblem {
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
                w = try OptionValues.numbers(weights, option: "--weights", omittingEmpty: true)
            } else if weightsRequired {
                throw CLIError.usage("a CSV problem needs --weights (or derive them with --weighting)")
            }
            return try attributing(to: problem) { () throws(MCDAError) in
                try DecisionProblem(csv: text, directions: parsed, weights: w, settings: settings ?? CSVProblemSettings())
            }
        }
        if directions != nil || weights != nil || settings != nil {
            throw CLIError.usage("--directions, --weights, --delimiter, --bounds and --preference apply to CSV problems; a JSON problem carries its own")
        }
        return try attributing(to: problem) { () throws(MCDAError) in
            try DecisionProblem(json: data, weightsRequired: weightsRequired)
        }
    }
}

/// `--method` and `--normalization`, shared by `rank` and `sensitivity`.
struct MethodChoice: ParsableArguments {
    @Option(name: [.customLong("method"), .customShort("m")], help: ArgumentHelp("Aggregation method (one; 'ilead compare' runs several).", valueName: "method"))
    var methods: [String] = []

    /// The one method asked for (checked by `validate`).
    var method: MethodName { MethodName(rawValue: methods[0])! }

    /// One known method: a repeated `--method` or a list is refused with a pointer to `ilead compare`, rather than
    /// silently keeping the last.
    func validate() throws {
        guard !methods.isEmpty else { throw ValidationError("Missing expected argument '--method <method>'") }
        guard methods.count == 1, !methods[0].contains(",") else {
            throw ValidationError("--method takes one method; to rank with several and compare them, use 'ilead compare PROBLEM --methods \(methods.joined(separator: ","))'")
        }
        guard MethodName(rawValue: methods[0]) != nil else {
            throw ValidationError("--method: '\(methods[0])' is not one of \(MethodName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

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
extension JudgmentCompletion: ExpressibleByArgument {}
