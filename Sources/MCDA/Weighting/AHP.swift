import Foundation
internal import LinearAlgebra

/// How priorities are derived from a pairwise comparison matrix.
public enum PriorityDerivation: String, CaseIterable, Sendable {
    /// Saaty's principal (Perron) right eigenvector, from LAPACK `dgeev`, normalized to sum 1.
    case eigenvector
    /// Row geometric means normalized to sum 1 (Crawford & Williams 1985); for incomplete matrices the
    /// logarithmic least-squares solution over the given judgments (Kwiesielewicz 1996), solved with `dgels`.
    case geometricMean = "geometric-mean"
    /// Saaty's approximation, as several tools compute priorities: each column divided by its sum, then the mean
    /// of each row (Saaty 1980). A complete matrix only.
    case columnMean = "column-mean"
}

/// A judgment that departs from the priorities, for the facilitator to revisit.
public struct InconsistentJudgment: Sendable, Equatable {
    /// The pair compared (row item, column item).
    public let a: String, b: String
    /// The value given, `a_ab`.
    public let given: Double
    /// The value consistent with the priorities, `w_a / w_b`.
    public let consistent: Double
    /// `e_ab = a_ab · w_b / w_a`; 1 is perfect agreement. Judgments are listed by `|ln e|`, largest first.
    public var error: Double { given / consistent }
}

/// The outcome of an AHP weighting.
public struct AHPResult: Sendable {
    /// Item ids.
    public let items: [String]
    /// Priorities, summing to 1, never rounded.
    public let weights: [Double]
    /// Principal eigenvalue of the (completed) matrix.
    public let lambdaMax: Double
    /// `CI = (λmax − n) / (n − 1)` (0 for n <= 2).
    public let consistencyIndex: Double
    /// `CR = CI / RI(n)` (0 for n <= 2).
    public let consistencyRatio: Double
    /// The random-index table used.
    public let randomIndexTable: RandomIndexTable
    /// RI(n) from that table.
    public let randomIndex: Double
    /// How the priorities were derived.
    public let derivation: PriorityDerivation
    /// The matrix with missing judgments completed by `a_ij = w_i / w_j` (rows).
    public let completedMatrix: [[Double]]
    /// Pairs that were missing and completed.
    public let completedPairs: [(String, String)]
    /// Given judgments ordered by how far they depart from the priorities (largest `|ln e|` first).
    public let inconsistentJudgments: [InconsistentJudgment]
    /// The CR threshold the result is judged against (default 0.10).
    public let threshold: Double
    /// Non-fatal remarks.
    public let warnings: [String]
    /// How missing judgments were filled in (`harker` also stands for log least squares under the geometric mean).
    public let completion: JudgmentCompletion

    /// `true` when `CR <= threshold`.
    public var isConsistent: Bool { consistencyRatio <= threshold }
}

/// The analytic hierarchy process (Saaty 1977, 1980): priorities, consistency, incomplete judgments.
public enum AHP {
    /// Derives priorities and consistency from pairwise comparisons.
    ///
    /// - Eigenvector: the principal eigenvector of `A` (of Harker's matrix when judgments are missing: missing
    ///   `a_ij` set to 0 and `a_ii = 1 + k_i`, `k_i` the number missing in row i; Harker 1987). Its eigenvalue is
    ///   also the principal eigenvalue of the completion `a_ij = w_i / w_j`.
    /// - λmax is always the principal eigenvalue of the (completed) matrix, CI = (λmax − n)/(n − 1),
    ///   CR = CI / RI(n).
    /// - With `completion: .lambdaMaxOptimal` missing judgments are first filled in so that λmax is smallest
    ///   (Bozóki, Fülöp & Rónyai 2010), and the priorities are derived from the completed matrix.
    ///
    /// - Throws: `disconnectedComparisons` naming the unreachable items; `invalidParameter` when n exceeds the
    ///   random-index table.
    public static func priorities(
        _ comparisons: PairwiseComparisons,
        derivation: PriorityDerivation = .eigenvector,
        randomIndex table: RandomIndexTable = .saaty,
        threshold: Double = 0.10,
        completion: JudgmentCompletion = .harker
    ) throws(MCDAError) -> AHPResult {
        let n = comparisons.count
        let reach = comparisons.reachableFromFirst()
        if reach.contains(false) {
            throw .disconnectedComparisons(
                reachable: comparisons.items.indices.filter { reach[$0] }.map { comparisons.items[$0] },
                unreachable: comparisons.items.indices.filter { !reach[$0] }.map { comparisons.items[$0] })
        }
        let ri = table.value(order: n) ?? 0
        /// Harker's priorities: the Perron vector of the matrix with missing a_ij = 0 and a_ii = 1 + k_i.
        func harkerPriorities() throws(MCDAError) -> [Double] {
            var harker = Matrix(rows: n, columns: n)
            for i in 0..<n {
                var missing = 0
                for j in 0..<n where i != j {
                    if let a = comparisons[i, j] { harker[i, j] = a } else { missing += 1 }
                }
                harker[i, i] = 1 + Double(missing)
            }
            return try perronVector(harker).vector
        }
        // The λmax-optimal completion fills the matrix first; the priorities come from the completed matrix.
        let working = completion == .lambdaMaxOptimal && comparisons.isIncomplete
            ? try PairwiseComparisons(items: comparisons.items,
                                      matrix: OptimalCompletion.complete(comparisons, start: try harkerPriorities()))
            : comparisons
        let weights: [Double]
        switch derivation {
        case .eigenvector:
            weights = working.isIncomplete ? try harkerPriorities() : try perronVector(Matrix(working.rows.map { $0.map { $0! } })).vector
        case .geometricMean:
            weights = working.isIncomplete
                ? try logLeastSquares(working) : geometricMeans(working)
        case .columnMean:
            guard !working.isIncomplete else {
                throw .invalidParameter(name: "derivation", rule: "column-mean needs every pair judged; use eigenvector or geometric-mean for missing judgments, or the lambda-max-optimal completion")
            }
            weights = columnMeans(working)
        }
        var completed = Matrix(rows: n, columns: n)
        var completedPairs: [(String, String)] = []
        for i in 0..<n {
            for j in 0..<n {
                if comparisons[i, j] == nil, i < j { completedPairs.append((comparisons.items[i], comparisons.items[j])) }
                if let a = working[i, j] {
                    completed[i, j] = a
                } else {
                    completed[i, j] = weights[i] / weights[j]
                }
            }
        }
        let lambda = n == 1 ? 1 : try perronVector(completed).value
        let ci = n <= 2 ? 0 : (lambda - Double(n)) / Double(n - 1)
        let cr = n <= 2 ? 0 : ci / ri
        var judged: [InconsistentJudgment] = []
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                if let a = comparisons[i, j] {
                    judged.append(InconsistentJudgment(a: comparisons.items[i], b: comparisons.items[j], given: a,
                                                       consistent: weights[i] / weights[j]))
                }
            }
        }
        judged.sort { abs(log($0.error)) > abs(log($1.error)) }
        return AHPResult(
            items: comparisons.items, weights: weights, lambdaMax: lambda, consistencyIndex: ci,
            consistencyRatio: cr, randomIndexTable: table, randomIndex: ri, derivation: derivation,
            completedMatrix: completed.rowArrays, completedPairs: completedPairs, inconsistentJudgments: judged,
            threshold: threshold, warnings: comparisons.warnings, completion: completion)
    }

    /// The Perron root and its eigenvector (normalized to sum 1) of a positive (or irreducible non-negative)
    /// matrix, from `dgeev`. Checks that the eigenvalue is real and the vector of one sign.
    static func perronVector(_ a: Matrix) throws(MCDAError) -> (value: Double, vector: [Double]) {
        let eig: GeneralEigenDecomposition
        do { eig = try GeneralEigenDecomposition(a) } catch { throw .numerical(error.description) }
        let k = eig.dominantIndex
        guard eig.imaginary[k] == 0, let v = eig.realEigenvector(k) else {
            throw .numerical("the dominant eigenvalue of the comparison matrix is complex")
        }
        let sum = v.reduce(0, +)
        let w = v.map { $0 / sum }
        guard sum != 0, w.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw .numerical("the principal eigenvector is not positive (Perron check failed)")
        }
        return (eig.real[k], w)
    }

    /// Row geometric means, normalized to sum 1.
    /// Row means of the column-normalized matrix: `w_i = (1/n) Σ_j a_ij / Σ_k a_kj`.
    static func columnMeans(_ c: PairwiseComparisons) -> [Double] {
        let n = c.count
        let sums = (0..<n).map { j in (0..<n).reduce(0) { $0 + c[$1, j]! } }
        return (0..<n).map { i in (0..<n).reduce(0) { $0 + c[i, $1]! / sums[$1] } / Double(n) }
    }

    static func geometricMeans(_ c: PairwiseComparisons) -> [Double] {
        let n = c.count
        let g = (0..<n).map { i in exp((0..<n).reduce(0) { $0 + log(c[i, $1]!) } / Double(n)) }
        let s = g.reduce(0, +)
        return g.map { $0 / s }
    }

    /// Logarithmic least squares over the given judgments: minimise `Σ (ln a_ij − y_i + y_j)²` subject to
    /// `Σ y = 0`, `w = exp(y)` normalized. Solved as one overdetermined system by QR (`dgels`).
    static func logLeastSquares(_ c: PairwiseComparisons) throws(MCDAError) -> [Double] {
        let n = c.count
        var rows: [[Double]] = [], rhs: [Double] = []
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                if let a = c[i, j] {
                    var r = [Double](repeating: 0, count: n)
                    r[i] = 1; r[j] = -1
                    rows.append(r); rhs.append(log(a))
                }
            }
        }
        rows.append([Double](repeating: 1, count: n)); rhs.append(0)
        let y: [Double]
        do { y = try Matrix(rows).leastSquares(rhs) } catch { throw .numerical(error.description) }
        let g = y.map { exp($0) }
        let s = g.reduce(0, +)
        return g.map { $0 / s }
    }
}
