import Testing
@testable import MCDA

/// The column statistics a problem computes in its validation pass: their values, the validation they carry, and
/// TOPSIS giving the same numbers with them cached or computed again.
@Suite struct ColumnStatisticsTests {
    /// Σ x², min and max against a plain loop (relative 1e-12 on the sum: the orders of summation differ, and the
    /// plain loop alone errs by up to m·ε), on a small problem and on one large enough for the blocked path.
    @Test(arguments: [1003, StreamingTOPSIS.largeProblem + 5])
    func statisticsMatchAPlainLoop(_ m: Int) throws {
        var rng = Xoshiro256(seed: 41)
        let n = 3
        let values = (0..<(m * n)).map { _ in 10 * rng.uniform() - 3 }
        let problem = try DecisionProblem(criteria: (0..<n).map { Criterion(id: "c\($0)", direction: .benefit, weight: 1) },
                                          alternatives: (0..<m).map { "A\($0)" }, columnMajor: values)
        let stats = try #require(problem.columnStatistics)
        for j in 0..<n {
            let column = values[(j * m)..<((j + 1) * m)]
            let sum = column.reduce(0) { $0 + $1 * $1 }
            #expect(abs(stats[j].sumOfSquares - sum) <= 1e-12 * sum)
            #expect(stats[j].lo == column.min()! && stats[j].hi == column.max()!)
        }
        let byRows = try DecisionProblem(criteria: problem.criteria, alternatives: problem.alternatives, rows: (0..<m).map(problem.row))
        #expect(byRows.columnStatistics == stats)
        #expect(problem.replacingWeights([0.2, 0.3, 0.5]).columnStatistics == stats)
    }

    /// Cached statistics (one pass) and statistics computed again (two passes) give bit-identical TOPSIS scores,
    /// on both paths (Swift below `largeProblem` alternatives, the C kernel above).
    @Test(arguments: [2001, StreamingTOPSIS.largeProblem + 11])
    func topsisIsTheSameWithCachedStatistics(_ m: Int) throws {
        var rng = Xoshiro256(seed: 42)
        let n = 6
        let criteria = (0..<n).map { Criterion(id: "c\($0)", direction: $0 % 2 == 0 ? .benefit : .cost, weight: Double($0 + 1) / 21) }
        let problem = try DecisionProblem(criteria: criteria, alternatives: (0..<m).map { "A\($0)" },
                                          columnMajor: (0..<(m * n)).map { _ in 1 + 50 * rng.uniform() })
        let cached = try MethodName.topsis.evaluate(problem)
        let recomputed = try MethodName.topsis.evaluate(problem.droppingColumnStatistics())
        #expect(cached.scores == recomputed.scores)
        #expect(try MethodName.topsis.scores(problem) == cached.scores)
    }

    /// The one-pass check still finds every kind of bad value, and names it; huge but finite values whose squares
    /// overflow are not mistaken for bad ones.
    @Test func validationFindsBadValuesAndOnlyThose() throws {
        let criteria = [Criterion(id: "a", direction: .benefit, weight: 0.5),
                        Criterion(id: "b", direction: .cost, weight: 0.5, bounds: 0...10)]
        let ids = ["x", "y", "z"]
        for (bad, location) in [(Double.nan, "alternatives[1].values.a"), (-.infinity, "alternatives[1].values.a")] {
            #expect(throws: MCDAError.invalidInput([MCDAIssue(location: location,
                "alternative 'y', criterion 'a': value \(bad) is not finite or lies outside the bounds")])) {
                try DecisionProblem(criteria: criteria, alternatives: ids, columnMajor: [1, bad, 3, 4, 5, 6])
            }
        }
        #expect(throws: MCDAError.invalidInput([MCDAIssue(location: "alternatives[2].values.b",
            "alternative 'z', criterion 'b': value 11.0 is not finite or lies outside the bounds")])) {
            try DecisionProblem(criteria: criteria, alternatives: ids, columnMajor: [1, 2, 3, 4, 5, 11])
        }
        let huge = try DecisionProblem(criteria: criteria, alternatives: ids, columnMajor: [1e300, 2e300, 3e300, 4, 5, 6])
        #expect(huge.columnStatistics?[0].isFinite == false && huge.value(2, 0) == 3e300)
    }
}
