/// Column normalizations of a decision matrix, each with a benefit and a cost form.
///
/// | name | benefit | cost | domain |
/// |---|---|---|---|
/// | `vector` | x / sqrt(Σx²) | 1 − x / sqrt(Σx²) | column not all zero |
/// | `minmax` | (x − min) / (max − min) | (max − x) / (max − min) | any; a constant column becomes all 1 |
/// | `max` | x / max | 1 − x / max | column max > 0 |
/// | `sum` | x / Σx | (1/x) / Σ(1/x) | benefit: every x ≥ 0 with Σx > 0; cost: every x > 0 |
/// | `linear` | x / max | min / x | benefit: max > 0; cost: every x ≠ 0 |
/// | `none` | x | x | any: the values are already normalized |
///
/// The benefit/cost forms follow pymcdm's conventions (docs/decision-problems.md), so that cost columns become
/// "more is better" after normalization. `none` is for matrices a source prints already normalized (pymcdm and
/// pyrepo-mcda accept a method without a normalization function for this): the values are used as given, so a
/// direction-aware method reads every column as "more is better" and the cost columns must already be turned
/// round; methods that treat cost criteria in the aggregation (COPRAS, MOORA, ARAS's optimal row, VIKOR's raw
/// form) still honour the directions.
public enum Normalization: String, CaseIterable, Sendable {
    case vector, minmax, max, sum, linear
    /// The values as given (`none` on the command line and in outputs).
    case identity = "none"

    /// Normalizes one column.
    ///
    /// - Parameters:
    ///   - x: the column, one value per alternative.
    ///   - direction: the criterion's direction; the cost form is used for `.cost`.
    ///   - criterion: criterion id, for error messages.
    ///   - alternatives: alternative ids, for error messages.
    /// - Throws: `MCDAError.outsideDomain` naming the first offending alternative, or `.degenerate` for a column
    ///   the formula cannot normalize.
    public func apply(
        _ x: [Double], direction: Direction, criterion: String, alternatives: [String]
    ) throws(MCDAError) -> [Double] {
        let context = "normalization '\(rawValue)'"
        switch self {
        case .identity:
            return x
        case .vector:
            let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else {
                throw .degenerate(context: context, reason: "criterion '\(criterion)' is zero for every alternative")
            }
            return direction == .benefit ? x.map { $0 / norm } : x.map { 1 - $0 / norm }
        case .minmax:
            let lo = x.min()!, hi = x.max()!
            let range = hi - lo
            if range == 0 { return x.map { _ in 1 } }
            return direction == .benefit ? x.map { ($0 - lo) / range } : x.map { (hi - $0) / range }
        case .max:
            let hi = x.max()!
            guard hi > 0 else {
                throw .degenerate(context: context,
                                  reason: "criterion '\(criterion)' needs a positive maximum, got \(hi)")
            }
            return direction == .benefit ? x.map { $0 / hi } : x.map { 1 - $0 / hi }
        case .sum:
            if direction == .benefit {
                // x / Σx needs no value above zero but a positive sum: a 0 in a benefit column is valid.
                if let i = x.firstIndex(where: { !($0 >= 0) }) {
                    throw .outsideDomain(context: context, alternative: alternatives[i], criterion: criterion,
                                         value: x[i], rule: "must be ≥ 0")
                }
                let s = x.reduce(0, +)
                guard s > 0 else { throw .degenerate(context: context, reason: "criterion '\(criterion)' is zero for every alternative") }
                return x.map { $0 / s }
            }
            if let i = x.firstIndex(where: { !($0 > 0) }) {
                throw .outsideDomain(context: context, alternative: alternatives[i], criterion: criterion,
                                     value: x[i], rule: "must be > 0 (the cost form takes 1/x)")
            }
            let s = x.reduce(0) { $0 + 1 / $1 }
            return x.map { (1 / $0) / s }
        case .linear:
            if direction == .benefit {
                // x / max needs a positive maximum only.
                let hi = x.max()!
                guard hi > 0 else { throw .degenerate(context: context, reason: "criterion '\(criterion)' needs a positive maximum, got \(hi)") }
                return x.map { $0 / hi }
            }
            if let i = x.firstIndex(where: { $0 == 0 }) {
                throw .outsideDomain(context: context, alternative: alternatives[i], criterion: criterion,
                                     value: x[i], rule: "must be non-zero (the cost form takes min / x)")
            }
            let lo = x.min()!
            return x.map { lo / $0 }
        }
    }

    /// Normalizes every column of `problem`; returns the columns.
    ///
    /// - Parameters:
    ///   - problem: the decision problem whose columns are normalized.
    ///   - directional: when `false`, every column is normalized with its benefit form (COPRAS and
    ///   MOORA take the direction into account in the aggregation instead).
    public func columns(of problem: DecisionProblem, directional: Bool = true) throws(MCDAError) -> [[Double]] {
        var out: [[Double]] = []
        out.reserveCapacity(problem.criterionCount)
        for (j, c) in problem.criteria.enumerated() {
            out.append(try apply(problem.column(j), direction: directional ? c.direction : .benefit,
                                 criterion: c.id, alternatives: problem.alternatives))
        }
        return out
    }

    /// The formula of the normalization in words, for explanations: the benefit form, and the cost form when
    /// `directional`.
    public func formula(directional: Bool = true) -> String {
        let (benefit, cost): (String, String) = switch self {
        case .vector: ("r = x / √Σx²", "r = 1 − x / √Σx²")
        case .minmax: ("r = (x − min) / (max − min)", "r = (max − x) / (max − min)")
        case .max: ("r = x / max", "r = 1 − x / max")
        case .sum: ("r = x / Σx", "r = (1/x) / Σ(1/x)")
        case .linear: ("r = x / max", "r = min / x")
        case .identity: ("r = x (values as given)", "r = x (values as given)")
        }
        return directional && benefit != cost ? "benefit: \(benefit); cost: \(cost)" : benefit
    }
}
