import Foundation

/// Alternatives scored on criteria: the validated input of every aggregation method and objective weighting.
///
/// Validation happens once, here: ids are unique and non-empty, every value is present and finite, weights are
/// finite and non-negative and not all zero, there are at least two alternatives and one criterion, SPOTIS
/// bounds are ordered and contain every value. Method-specific domains (e.g. positive values under the `sum`
/// normalization) are checked by the method that needs them, with an error naming the alternative and criterion.
public struct DecisionProblem: Sendable {
    /// The criteria, in input order.
    public let criteria: [Criterion]
    /// Alternative ids, in input order.
    public let alternatives: [String]
    /// Column-major values: `values[i + j * alternatives.count]` is alternative `i` on criterion `j`.
    @usableFromInline let values: [Double]
    /// Non-fatal remarks found during validation (e.g. weights that do not sum to 1).
    public let warnings: [String]
    /// Σ x², min and max of every column, from the validation pass; `nil` for values replaced without validation.
    let columnStatistics: [ColumnStatistics]?

    /// Number of alternatives (m).
    public var alternativeCount: Int { alternatives.count }
    /// Number of criteria (n).
    public var criterionCount: Int { criteria.count }

    /// Creates and validates a problem from a row-per-alternative table `rows[i][j]`.
    ///
    /// - Throws: `MCDAError.invalidInput` listing every issue found.
    public init(criteria: [Criterion], alternatives: [String], rows: [[Double]]) throws(MCDAError) {
        var issues = Self.structuralIssues(criteria: criteria, alternatives: alternatives)
        if rows.count != alternatives.count {
            issues.append(MCDAIssue(location: "alternatives", "\(alternatives.count) ids but \(rows.count) rows of values"))
        }
        let m = alternatives.count, n = criteria.count
        var flat = [Double](repeating: 0, count: m * n)
        for (i, row) in rows.prefix(m).enumerated() {
            let name = alternatives[i]
            if row.count != n {
                issues.append(MCDAIssue(location: "alternatives[\(i)]", "alternative '\(name)' has \(row.count) values for \(n) criteria"))
                continue
            }
            for (j, v) in row.enumerated() {
                let c = criteria[j]
                if !v.isFinite {
                    issues.append(MCDAIssue(location: "alternatives[\(i)].values.\(c.id)",
                                            "alternative '\(name)', criterion '\(c.id)': value must be a finite number, got \(v)"))
                } else if let b = c.bounds, b.lowerBound < b.upperBound, !b.contains(v) {
                    issues.append(MCDAIssue(location: "alternatives[\(i)].values.\(c.id)",
                                            "alternative '\(name)', criterion '\(c.id)': value \(v) lies outside the bounds [\(b.lowerBound), \(b.upperBound)]"))
                }
                flat[i + j * m] = v
            }
        }
        if !issues.isEmpty { throw .invalidInput(issues) }
        self.criteria = criteria
        self.alternatives = alternatives
        self.values = flat
        let total = criteria.reduce(0) { $0 + $1.weight }
        self.warnings = abs(total - 1) > 1e-9
            ? ["weights sum to \(total), not 1; they are used as given"] : []
        self.columnStatistics = Self.statistics(flat, m: m, n: n)
    }

    /// Creates and validates a problem from a column-major matrix, `values[i + j·m]` for alternative i and
    /// criterion j: one allocation for large problems (a million alternatives).
    ///
    /// - Throws: `MCDAError.invalidInput` listing the issues found (at most 100 value issues are listed).
    public init(criteria: [Criterion], alternatives: [String], columnMajor values: [Double]) throws(MCDAError) {
        var issues = Self.structuralIssues(criteria: criteria, alternatives: alternatives)
        let m = alternatives.count
        let statistics = Self.statistics(values, m: m, n: criteria.count)
        if values.count != m * criteria.count {
            issues.append(MCDAIssue(location: "values", "\(values.count) values for \(m) alternatives × \(criteria.count) criteria"))
        } else if let statistics,
                  zip(statistics, criteria).allSatisfy({ s, c in s.isFinite && (c.bounds.map { s.lo >= $0.lowerBound && s.hi <= $0.upperBound } ?? true) }) {
            // One pass: the statistics are finite exactly when every value is (or a square overflowed, which the
            // value-by-value check below lets through), and lie within the bounds exactly when every value does.
        } else {
            var listed = 0
            for (k, v) in values.enumerated() where listed < 100 {
                let i = k % m, c = criteria[k / m]
                if !v.isFinite || (c.bounds.map { !$0.contains(v) } ?? false) {
                    issues.append(MCDAIssue(location: "alternatives[\(i)].values.\(c.id)",
                                            "alternative '\(alternatives[i])', criterion '\(c.id)': value \(v) is not finite or lies outside the bounds"))
                    listed += 1
                }
            }
        }
        if !issues.isEmpty { throw .invalidInput(issues) }
        let total = criteria.reduce(0) { $0 + $1.weight }
        self.init(validated: criteria, alternatives: alternatives, values: values,
                  warnings: abs(total - 1) > 1e-9 ? ["weights sum to \(total), not 1; they are used as given"] : [],
                  statistics: statistics)
    }

    /// The column statistics of a column-major m × n matrix (`nil` when it is empty), on all cores from
    /// `StreamingTOPSIS.largeProblem` alternatives on.
    private static func statistics(_ values: [Double], m: Int, n: Int) -> [ColumnStatistics]? {
        guard m > 0, n > 0, values.count == m * n else { return nil }
        return values.withUnsafeBufferPointer {
            ColumnStatistics.of($0, m: m, n: n, threads: m >= StreamingTOPSIS.largeProblem ? ParallelBlocks.defaultThreads : 1)
        }
    }

    /// The checks that do not involve the values: counts, ids, weights and SPOTIS bounds.
    private static func structuralIssues(criteria: [Criterion], alternatives: [String]) -> [MCDAIssue] {
        var issues: [MCDAIssue] = []
        if criteria.isEmpty { issues.append(MCDAIssue(location: "criteria", "at least one criterion is needed")) }
        if alternatives.count < 2 {
            issues.append(MCDAIssue(location: "alternatives", "at least two alternatives are needed, got \(alternatives.count)"))
        }
        checkIds(criteria.map(\.id), kind: "criteria", into: &issues)
        checkIds(alternatives, kind: "alternatives", into: &issues)
        for (j, c) in criteria.enumerated() {
            if !c.weight.isFinite || c.weight < 0 {
                issues.append(MCDAIssue(location: "criteria[\(j)].weight",
                                        "weight of '\(c.id)' must be a finite non-negative number, got \(c.weight)"))
            }
            if let b = c.bounds, !(b.lowerBound.isFinite && b.upperBound.isFinite && b.lowerBound < b.upperBound) {
                issues.append(MCDAIssue(location: "criteria[\(j)].bounds",
                                        "bounds of '\(c.id)' must be finite with min < max, got [\(b.lowerBound), \(b.upperBound)]"))
            }
        }
        if criteria.allSatisfy({ $0.weight.isFinite && $0.weight >= 0 }), !criteria.reduce(0, { $0 + $1.weight }).isFinite {
            issues.append(MCDAIssue(location: "criteria", "the weights sum beyond the largest number (1.8e308); scale them down (only their ratios count)"))
        }
        if !criteria.isEmpty, criteria.allSatisfy({ $0.weight == 0 }) {
            issues.append(MCDAIssue(location: "criteria", "all weights are zero: at least one criterion must count"))
        }
        return issues
    }

    private static func checkIds(_ ids: [String], kind: String, into issues: inout [MCDAIssue]) {
        var seen: Set<String> = []
        for (k, id) in ids.enumerated() {
            if id.trimmingCharacters(in: .whitespaces).isEmpty {
                issues.append(MCDAIssue(location: "\(kind)[\(k)].id", "id must not be empty"))
            } else if !seen.insert(id).inserted {
                issues.append(MCDAIssue(location: "\(kind)[\(k)].id", "duplicate id '\(id)'"))
            }
        }
    }

    /// The value of alternative `i` on criterion `j`.
    @inlinable
    public func value(_ i: Int, _ j: Int) -> Double { values[i + j * alternatives.count] }

    /// Column `j`: every alternative's value on criterion `j`.
    public func column(_ j: Int) -> [Double] {
        let m = alternativeCount
        return Array(values[(j * m)..<((j + 1) * m)])
    }

    /// Row `i`: alternative `i`'s values on every criterion.
    public func row(_ i: Int) -> [Double] { (0..<criterionCount).map { value(i, $0) } }

    /// The weights, in criterion order.
    public var weights: [Double] { criteria.map(\.weight) }

    /// A copy with other weights (validated again).
    public func withWeights(_ w: [Double]) throws(MCDAError) -> DecisionProblem {
        precondition(w.count == criterionCount, "one weight per criterion")
        var cs = criteria
        for j in cs.indices { cs[j].weight = w[j] }
        return try DecisionProblem(criteria: cs, alternatives: alternatives, rows: (0..<alternativeCount).map(row))
    }

    /// A copy in which every criterion has `direction` (the values need no validation again).
    func replacingDirections(with direction: Direction) -> DecisionProblem {
        var cs = criteria
        for j in cs.indices { cs[j].direction = direction }
        return DecisionProblem(validated: cs, alternatives: alternatives, values: values, warnings: warnings, statistics: columnStatistics)
    }

    /// A copy with other weights (finite, non-negative, not all zero), without validating the unchanged values
    /// again: the inner loop of Monte-Carlo and sensitivity analyses.
    func replacingWeights(_ w: [Double]) -> DecisionProblem {
        var cs = criteria
        for j in cs.indices { cs[j].weight = w[j] }
        return DecisionProblem(validated: cs, alternatives: alternatives, values: values, warnings: [], statistics: columnStatistics)
    }

    /// The same problem without its cached column statistics, so that TOPSIS computes them again (the benchmark's
    /// two-pass figure).
    package func droppingColumnStatistics() -> DecisionProblem {
        DecisionProblem(validated: criteria, alternatives: alternatives, values: values, warnings: warnings, statistics: nil)
    }

    /// A copy with other values (column-major), already known to be finite and within any bounds.
    func replacingValues(_ v: [Double]) -> DecisionProblem {
        DecisionProblem(validated: criteria, alternatives: alternatives, values: v, warnings: warnings, statistics: nil)
    }

    private init(validated criteria: [Criterion], alternatives: [String], values: [Double], warnings: [String],
                 statistics: [ColumnStatistics]?) {
        self.criteria = criteria
        self.alternatives = alternatives
        self.values = values
        self.warnings = warnings
        self.columnStatistics = statistics
    }
}
