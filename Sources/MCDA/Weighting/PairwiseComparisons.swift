/// A positive reciprocal pairwise comparison matrix over named items, possibly with missing judgments.
///
/// `a_ij` says how much more important item i is than item j; `a_ji = 1 / a_ij`, `a_ii = 1`. Entries need not lie
/// on Saaty's 1–9 scale (group matrices aggregated by geometric mean do not). Missing pairs are `nil` and are
/// completed by the AHP (Harker 1987 for the eigenvector, logarithmic least squares for the geometric mean).
public struct PairwiseComparisons: Sendable {
    /// Item ids, in order.
    public let items: [String]
    /// Row-major entries, `nil` for a missing judgment.
    let entries: [Double?]
    /// Non-fatal remarks (e.g. entries reciprocal only approximately).
    public let warnings: [String]

    /// Number of items.
    public var count: Int { items.count }

    /// Entry `(i, j)`, `nil` when missing.
    public subscript(i: Int, j: Int) -> Double? { entries[i * items.count + j] }

    /// `true` when some off-diagonal judgment is missing.
    public var isIncomplete: Bool { entries.contains { $0 == nil } }

    /// A full matrix. Every entry must be positive and finite, the diagonal 1, and `a_ij · a_ji = 1` to a
    /// relative 1e-3 (typed values such as 0.333 for 1/3 pass with a warning); the matrix is used as given.
    ///
    /// - Throws: `MCDAError.invalidInput` listing every broken entry as `matrix[i][j]`.
    public init(items: [String], matrix: [[Double]]) throws(MCDAError) {
        var issues: [MCDAIssue] = []
        let n = items.count
        Self.checkItems(items, into: &issues)
        if matrix.count != n || matrix.contains(where: { $0.count != n }) {
            issues.append(MCDAIssue(location: "matrix", "must be \(n) x \(n) for \(n) items"))
            throw .invalidInput(issues)
        }
        var warnings: [String] = []
        var worst = 0.0
        for i in 0..<n {
            for j in 0..<n {
                let a = matrix[i][j]
                if !(a.isFinite && a > 0) {
                    issues.append(MCDAIssue(location: "matrix[\(i)][\(j)]", "comparison of '\(items[i])' with '\(items[j])' must be a positive finite number, got \(a)"))
                } else if i == j, a != 1 {
                    issues.append(MCDAIssue(location: "matrix[\(i)][\(j)]", "the diagonal must be 1, got \(a)"))
                } else if i < j, matrix[j][i].isFinite, matrix[j][i] > 0 {
                    let gap = abs(a * matrix[j][i] - 1)
                    if gap > 1e-3 {
                        issues.append(MCDAIssue(location: "matrix[\(j)][\(i)]", "must be the reciprocal of matrix[\(i)][\(j)] = \(a) ('\(items[i])' vs '\(items[j])'), got \(matrix[j][i])"))
                    }
                    worst = max(worst, gap)
                }
            }
        }
        if !issues.isEmpty { throw .invalidInput(issues) }
        if worst > 1e-9 {
            warnings.append("the matrix is reciprocal only to a relative \(worst); it is used as given")
        }
        self.items = items
        self.entries = matrix.flatMap { $0.map(Optional.some) }
        self.warnings = warnings
    }

    /// Judgments `(a, b, value)` meaning "a is `value` times as important as b"; pairs not given are missing.
    ///
    /// - Throws: `MCDAError.invalidInput` for unknown items, self-comparisons, non-positive values and pairs
    ///   judged twice.
    public init(items: [String], judgments: [(a: String, b: String, value: Double)]) throws(MCDAError) {
        var issues: [MCDAIssue] = []
        Self.checkItems(items, into: &issues)
        let n = items.count
        var index: [String: Int] = [:]
        for (k, id) in items.enumerated() where index[id] == nil { index[id] = k }
        var e = [Double?](repeating: nil, count: n * n)
        for i in 0..<n { e[i * n + i] = 1 }
        for (k, jd) in judgments.enumerated() {
            let loc = "judgments[\(k)]"
            guard let i = index[jd.a] else { issues.append(MCDAIssue(location: "\(loc).a", "unknown item '\(jd.a)'")); continue }
            guard let j = index[jd.b] else { issues.append(MCDAIssue(location: "\(loc).b", "unknown item '\(jd.b)'")); continue }
            if i == j { issues.append(MCDAIssue(location: loc, "an item cannot be compared with itself ('\(jd.a)')")); continue }
            guard jd.value.isFinite, jd.value > 0 else {
                issues.append(MCDAIssue(location: "\(loc).value", "must be a positive finite number, got \(jd.value)")); continue
            }
            if e[i * n + j] != nil {
                issues.append(MCDAIssue(location: loc, "the pair '\(jd.a)' / '\(jd.b)' is judged more than once")); continue
            }
            e[i * n + j] = jd.value
            e[j * n + i] = 1 / jd.value
        }
        if !issues.isEmpty { throw .invalidInput(issues) }
        self.items = items
        self.entries = e
        self.warnings = []
    }

    private static func checkItems(_ items: [String], into issues: inout [MCDAIssue]) {
        if items.isEmpty { issues.append(MCDAIssue(location: "items", "at least one item is needed")) }
        var seen: Set<String> = []
        for (k, id) in items.enumerated() where !seen.insert(id).inserted || id.isEmpty {
            issues.append(MCDAIssue(location: "items[\(k)]", id.isEmpty ? "id must not be empty" : "duplicate item '\(id)'"))
        }
    }

    /// Items reachable from item 0 through given judgments (breadth-first search).
    func reachableFromFirst() -> [Bool] {
        let n = count
        var seen = [Bool](repeating: false, count: n)
        guard n > 0 else { return seen }
        var queue = [0]
        seen[0] = true
        while let i = queue.popLast() {
            for j in 0..<n where !seen[j] && self[i, j] != nil {
                seen[j] = true
                queue.append(j)
            }
        }
        return seen
    }

    /// The entries as rows, missing ones `nil`.
    public var rows: [[Double?]] { (0..<count).map { i in (0..<count).map { self[i, $0] } } }
}
