/// One thing wrong with an input, located by alternative and criterion where they apply.
public struct MCDAIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is, e.g. `alternatives[2].values.cost` or `criteria[1].weight`; empty when global.
    public var location: String
    /// The rule broken, in plain words.
    public var message: String

    public init(location: String = "", _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { location.isEmpty ? message : "\(location): \(message)" }
}

/// Errors of the decision-analysis core. Each case carries the alternative, criterion or item it is about.
public enum MCDAError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input broke one or more validation rules; every issue found is listed.
    case invalidInput([MCDAIssue])
    /// A value lies outside the domain of a normalization or method (e.g. a non-positive value under `sum`).
    case outsideDomain(context: String, alternative: String, criterion: String, value: Double, rule: String)
    /// The data make a method's formula undefined (e.g. a constant column under VIKOR).
    case degenerate(context: String, reason: String)
    /// A method parameter is missing or out of range.
    case invalidParameter(name: String, rule: String)
    /// The pairwise comparison graph is not connected: these items cannot be reached from the first one.
    case disconnectedComparisons(reachable: [String], unreachable: [String])
    /// A numerical routine failed.
    case numerical(String)

    public var description: String {
        switch self {
        case let .invalidInput(issues):
            return issues.map(\.description).joined(separator: "\n")
        case let .outsideDomain(context, alternative, criterion, value, rule):
            return "\(context): alternative '\(alternative)', criterion '\(criterion)': value \(value) \(rule)"
        case let .degenerate(context, reason):
            return "\(context): \(reason)"
        case let .invalidParameter(name, rule):
            return "parameter '\(name)': \(rule)"
        case let .disconnectedComparisons(reachable, unreachable):
            return "the pairwise comparisons do not connect all items: "
                + "\(unreachable.map { "'\($0)'" }.joined(separator: ", ")) cannot be reached from "
                + "\(reachable.map { "'\($0)'" }.joined(separator: ", ")); add a judgment linking the two groups"
        case let .numerical(text):
            return "numerical failure: \(text)"
        }
    }
}

extension MCDAError {
    /// The error located under `path` (a part of a larger document, e.g. a node of a hierarchy): issues keep their
    /// own locations below it; other errors become one issue at `path` with their description.
    func located(at path: String) -> MCDAError {
        switch self {
        case let .invalidInput(issues):
            .invalidInput(issues.map { MCDAIssue(location: $0.location.isEmpty ? path : "\(path).\($0.location)", $0.message) })
        default:
            .invalidInput([MCDAIssue(location: path, description)])
        }
    }
}
