import MCDA
import JSONFormat

extension MethodResult {
    /// `{"method", "settings", "ranking": [{"id", "score", "rank", <details>}], "compromiseSet"?, "warnings"?,
    /// "intermediateTables"?}`,
    /// ranking best first, scores unrounded (docs/decision-problems.md).
    public var json: JSONValue {
        var top: [(String, JSONValue)] = [
            ("method", .string(method.rawValue)),
            ("settings", .object(settings)),
            ("ranking", .array(order.map { i in
                .object([("id", .string(alternatives[i])), ("score", .number(scores[i])), ("rank", .integer(ranks[i]))]
                    + details.map { ($0.0, .number($0.1[i])) })
            })),
        ]
        if method == .vikor { top.append(("compromiseSet", .array(compromiseSet.map(JSONValue.string)))) }
        if !warnings.isEmpty { top.append(("warnings", .array(warnings.map(JSONValue.string)))) }
        if !intermediateTables.isEmpty { top.append(("intermediateTables", .array(intermediateTables.map(\.json)))) }
        return .object(top)
    }
}

extension AHPResult {
    /// Weights, λmax, CI, CR with the random-index table, and the judgments to revisit.
    public var json: JSONValue {
        .object([
            ("method", .string("ahp")),
            ("weights", .object(zip(items, weights).map { ($0, .number($1)) })),
            ("lambdaMax", .number(lambdaMax)),
            ("consistencyIndex", .number(consistencyIndex)),
            ("consistencyRatio", .number(consistencyRatio)),
            ("randomIndex", .object([("table", .string(randomIndexTable.rawValue)), ("value", .number(randomIndex))])),
            ("consistent", .bool(isConsistent)),
            ("settings", .object([
                ("derivation", .string(derivation.rawValue)),
                ("randomIndex", .string(randomIndexTable.rawValue)),
                ("consistencyThreshold", .number(threshold)),
                ("completion", .string(completedPairs.isEmpty ? "none (complete matrix)"
                    : completion == .lambdaMaxOptimal ? "lambda-max-optimal (Bozoki, Fulop & Ronyai 2010)"
                    : derivation == .eigenvector ? "harker-1987" : "logarithmic-least-squares")),
            ])),
            ("completedPairs", .array(completedPairs.map { p in
                .object([("a", .string(p.0)), ("b", .string(p.1)),
                         ("value", .number(completedMatrix[items.firstIndex(of: p.0)!][items.firstIndex(of: p.1)!]))])
            })),
            ("inconsistentJudgments", .array(inconsistentJudgments.prefix(5).map { j in
                .object([("a", .string(j.a)), ("b", .string(j.b)), ("given", .number(j.given)),
                         ("consistentValue", .number(j.consistent)), ("error", .number(j.error))])
            })),
            ("warnings", .array(warnings.map(JSONValue.string))),
        ])
    }
}

extension GroupAHPResult {
    /// The group weights, the aggregation used, and each participant's own weights and consistency.
    public var json: JSONValue {
        var top: [(String, JSONValue)] = [
            ("method", .string("ahp")),
            ("aggregation", .string(aggregation.rawValue)),
            ("weights", .object(zip(items, weights).map { ($0, .number($1)) })),
        ]
        if let aggregate, case let .object(pairs) = aggregate.json {
            top += pairs.filter { !["method", "weights"].contains($0.0) }
        }
        top.append(("participants", .array(participants.enumerated().map { k, p in
            .object([
                ("id", .string(p.id)),
                ("weight", .number(participantWeights[k])),
                ("weights", .object(zip(p.result.items, p.result.weights).map { ($0, .number($1)) })),
                ("consistencyRatio", .number(p.result.consistencyRatio)),
                ("consistent", .bool(p.result.isConsistent)),
            ])
        })))
        return .object(top)
    }
}

/// `{"method", "weights": {...}, "settings"}` for an objective weighting.
public func objectiveWeightsJSON(method: ObjectiveWeighting, criteria: [String], weights: [Double],
                                 ignoringDirections: Bool = false) -> JSONValue {
    var settings = objectiveWeightingSettings(method)
    if ignoringDirections, method.readsDirections {
        let normalization = method == .critic ? "minmax, every criterion read as benefit" : "min/x, every criterion read as benefit"
        settings = settings.map { $0.0 == "normalization" ? ($0.0, .string(normalization)) : $0 }
        settings.append(("directions", .string("ignored (--ignore-directions)")))
    }
    return .object([
        ("method", .string(method.rawValue)),
        ("weights", .object(zip(criteria, weights).map { ($0, .number($1)) })),
        ("settings", .object(settings)),
    ])
}

/// The conventions each objective weighting uses, echoed in outputs.
public func objectiveWeightingSettings(_ method: ObjectiveWeighting) -> [(String, JSONValue)] {
    switch method {
    case .equal: [("formula", .string("1/n"))]
    case .entropy: [("normalization", .string("sum of the raw column")), ("zeroLogZero", .number(0)),
                    ("directions", .string("ignored (raw columns)"))]
    case .std: [("deviation", .string("sample (n - 1)")), ("directions", .string("ignored (raw columns)"))]
    case .critic: [("normalization", .string("minmax in each criterion's direction")),
                   ("deviation", .string("sample (n - 1)")), ("correlation", .string("pearson"))]
    case .gini: [("formula", .string("sum_i sum_k |x_ij - x_kj| / (2 m^2 mean_j)")),
                 ("directions", .string("ignored (raw columns)"))]
    case .merec: [("normalization", .string("min/x for benefit, x/max for cost"))]
    }
}
