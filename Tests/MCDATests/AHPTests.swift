import Foundation
import Testing
@testable import MCDA

@Suite struct AHPTests {
    /// Wikipedia "AHP: choosing a leader", criteria matrix: published weights and λmax (6 dp), CR with RI = 0.90.
    @Test func choosingALeader() throws {
        let c = try PairwiseComparisons(items: ["experience", "education", "charisma", "age"],
                                        matrix: [[1, 4, 3, 7], [1.0 / 4, 1, 1.0 / 3, 3], [1.0 / 3, 3, 1, 5], [1.0 / 7, 1.0 / 3, 1.0 / 5, 1]])
        let r = try AHP.priorities(c)
        for (got, want) in zip(r.weights, [0.547569, 0.126555, 0.269950, 0.055926]) { #expect(abs(got - want) < 5e-7) }
        #expect(abs(r.lambdaMax - 4.118418) < 5e-7)
        #expect(abs(r.consistencyRatio - 0.043859) < 5e-7)
        #expect(r.isConsistent)
    }

    /// The peers' toy problem: λmax 4.11698, weights .56501/.26220/.11750/.05529; CR .04333 (Saaty RI .90) and .0471
    /// (Donegan–Dodd RI .8286).
    @Test func peersMatrixBothRandomIndexTables() throws {
        let c = try PairwiseComparisons(items: ["a", "b", "c", "d"],
                                        matrix: [[1, 3, 5, 7], [1.0 / 3, 1, 3, 5], [1.0 / 5, 1.0 / 3, 1, 3], [1.0 / 7, 1.0 / 5, 1.0 / 3, 1]])
        let saaty = try AHP.priorities(c)
        for (got, want) in zip(saaty.weights, [0.56501, 0.26220, 0.11750, 0.05529]) { #expect(abs(got - want) < 5e-6) }
        #expect(abs(saaty.lambdaMax - 4.11698) < 5e-6)
        #expect(abs(saaty.consistencyRatio - 0.04333) < 5e-6)
        let dd = try AHP.priorities(c, randomIndex: .doneganDodd)
        #expect(dd.randomIndex == 0.8286)
        #expect(abs(dd.consistencyRatio - 0.0471) < 5e-5)
        #expect(dd.weights == saaty.weights)
    }

    @Test func consistentMatrixIsExact() throws {
        let w = [0.5, 0.25, 0.125, 0.125]
        let c = try PairwiseComparisons(items: ["a", "b", "c", "d"], matrix: w.map { wi in w.map { wi / $0 } })
        let r = try AHP.priorities(c)
        #expect(close(r.weights, w, 1e-12))
        #expect(abs(r.lambdaMax - 4) < 1e-12 && abs(r.consistencyIndex) < 1e-12)
        let g = try AHP.priorities(c, derivation: .geometricMean)
        #expect(close(g.weights, w, 1e-12))
    }

    /// A spanning tree of consistent judgments determines the weights; Harker's method and log least squares
    /// both recover them exactly and complete the rest as w_i / w_j.
    @Test(arguments: [PriorityDerivation.eigenvector, .geometricMean])
    func incompleteSpanningTree(derivation: PriorityDerivation) throws {
        let c = try PairwiseComparisons(items: ["a", "b", "c", "d"],
                                        judgments: [("a", "b", 2), ("b", "c", 1.5), ("b", "d", 3)])
        let r = try AHP.priorities(c, derivation: derivation)
        let expected = [6.0, 3, 2, 1].map { $0 / 12 }
        #expect(close(r.weights, expected, 1e-12))
        #expect(r.completedPairs.count == 3)
        #expect(abs(r.consistencyRatio) < 1e-12)
    }

    /// Harker (1987): the eigenvector of the modified matrix is also the Perron vector of the completion.
    @Test func harkerCompletionIsSelfConsistent() throws {
        let c = try PairwiseComparisons(items: ["a", "b", "c", "d"],
                                        judgments: [("a", "b", 3), ("a", "c", 5), ("b", "c", 2), ("c", "d", 4), ("b", "d", 9)])
        let r = try AHP.priorities(c)
        for i in 0..<4 {
            let row = (0..<4).reduce(0) { $0 + r.completedMatrix[i][$1] * r.weights[$1] }
            #expect(close(row, r.lambdaMax * r.weights[i], 1e-10))
        }
    }

    @Test func disconnectedJudgmentsNameTheItems() throws {
        let c = try PairwiseComparisons(items: ["a", "b", "c", "d"], judgments: [("a", "b", 2), ("c", "d", 3)])
        #expect(throws: MCDAError.disconnectedComparisons(reachable: ["a", "b"], unreachable: ["c", "d"])) {
            try AHP.priorities(c)
        }
    }

    /// One judgment reversed in a consistent matrix is the first one a facilitator is told to revisit.
    @Test func mostInconsistentJudgment() throws {
        let w = [0.4, 0.3, 0.2, 0.1]
        var m = w.map { wi in w.map { wi / $0 } }
        m[0][3] = 1.0 / 4; m[3][0] = 4
        let r = try AHP.priorities(try PairwiseComparisons(items: ["a", "b", "c", "d"], matrix: m))
        #expect(!r.isConsistent)
        #expect(r.inconsistentJudgments.first.map { [$0.a, $0.b] } == ["a", "d"])
    }

    @Test func invalidMatrices() {
        #expect(throws: MCDAError.self) { try PairwiseComparisons(items: ["a", "b"], matrix: [[1, 2], [2, 1]]) }
        #expect(throws: MCDAError.self) { try PairwiseComparisons(items: ["a", "b"], matrix: [[1, -2], [-0.5, 1]]) }
        #expect(throws: MCDAError.self) { try PairwiseComparisons(items: ["a", "b"], judgments: [("a", "z", 2)]) }
        // 0.333 for 1/3 is accepted with a warning.
        let typed = try? PairwiseComparisons(items: ["a", "b"], matrix: [[1, 3], [0.333, 1]])
        #expect(typed?.warnings.isEmpty == false)
    }

    @Test func randomIndexTables() {
        #expect(RandomIndexTable.saaty.value(order: 10) == 1.49)
        #expect(RandomIndexTable.saaty.value(order: 16) == 1.5078)   // continued by Donegan–Dodd (RandomIndexTests)
        #expect(RandomIndexTable.doneganDodd.value(order: 2) == 0)
        #expect(close(RandomIndexTable.doneganDodd.value(order: 22)!, 1.5371 + (1.5619 - 1.5371) * 2 / 5))
    }
}

@Suite struct GroupAHPTests {
    func twoByTwo(_ a: Double) throws -> PairwiseComparisons {
        try PairwiseComparisons(items: ["x", "y"], matrix: [[1, a], [1 / a, 1]])
    }

    /// AIJ: the geometric mean of 4 and 1 is 2, so weights (2/3, 1/3).
    @Test func aijIsElementwiseGeometricMean() throws {
        let r = try AHP.group([("p1", try twoByTwo(4)), ("p2", try twoByTwo(1))], aggregation: .aij)
        #expect(close(r.weights, [2.0 / 3, 1.0 / 3], 1e-12))
    }

    /// AIP: the mean of (0.8, 0.2) and (0.5, 0.5) is (0.65, 0.35); participant weights 3:1 give (0.725, 0.275).
    @Test func aipAveragesPriorities() throws {
        let ps = [("p1", try twoByTwo(4)), ("p2", try twoByTwo(1))]
        #expect(close(try AHP.group(ps, aggregation: .aip).weights, [0.65, 0.35], 1e-12))
        #expect(close(try AHP.group(ps, participantWeights: [3, 1], aggregation: .aip).weights, [0.725, 0.275], 1e-12))
    }

    /// AIP by the weighted geometric mean: (0.8, 0.2) and (0.5, 0.5) give (2/3, 1/3) with equal weights; with 3:1,
    /// (0.8^¾ 0.5^¼, 0.2^¾ 0.5^¼) normalized.
    @Test func aipGeometricMeanOfPriorities() throws {
        let ps = [("p1", try twoByTwo(4)), ("p2", try twoByTwo(1))]
        #expect(close(try AHP.group(ps, aggregation: .aipGeometric).weights, [2.0 / 3, 1.0 / 3], 1e-12))
        let a = pow(0.8, 0.75) * pow(0.5, 0.25), b = pow(0.2, 0.75) * pow(0.5, 0.25)
        #expect(close(try AHP.group(ps, participantWeights: [3, 1], aggregation: .aipGeometric).weights, [a / (a + b), b / (a + b)], 1e-12))
    }

    /// Participants may list items in another order; a pair nobody judged stays missing and is completed.
    @Test func reorderedAndIncompleteParticipants() throws {
        let p1 = try PairwiseComparisons(items: ["a", "b", "c"], judgments: [("a", "b", 2)  , ("b", "c", 2)])
        let p2 = try PairwiseComparisons(items: ["c", "b", "a"], judgments: [("a", "b", 8), ("c", "b", 0.5)])
        let r = try AHP.group([("p1", p1), ("p2", p2)], aggregation: .aij)
        // a/b = sqrt(2 * 8) = 4, b/c = 2 → consistent weights (8, 2, 1) / 11.
        #expect(close(r.weights, [8.0 / 11, 2.0 / 11, 1.0 / 11], 1e-12))
    }

    @Test func differentItemsAreAnError() throws {
        let other = try PairwiseComparisons(items: ["x", "z"], matrix: [[1, 2], [0.5, 1]])
        #expect(throws: MCDAError.self) { try AHP.group([("p1", try twoByTwo(2)), ("p2", other)]) }
    }
}

/// Saaty's approximate priorities: column-normalized row means.
@Suite struct ColumnMeanPriorityTests {
    /// A consistent matrix a_ij = w_i / w_j gives back w exactly; the 3 × 3 example (1, 3, 5; 1/3, 1, 3; 1/5, 1/3, 1)
    /// gives 0.6333, 0.2605, 0.1062 as worked by hand to 4 dp (column sums 23/15, 13/3, 9).
    @Test func consistentAndWorkedExamples() throws {
        let w = [0.5, 0.3, 0.15, 0.05]
        let consistent = try PairwiseComparisons(items: ["a", "b", "c", "d"], matrix: w.map { wi in w.map { wi / $0 } })
        let r = try AHP.priorities(consistent, derivation: .columnMean)
        #expect(zip(r.weights, w).allSatisfy { abs($0 - $1) < 1e-12 })
        let three = try PairwiseComparisons(items: ["x", "y", "z"], matrix: [[1, 3, 5], [1.0 / 3, 1, 3], [0.2, 1.0 / 3, 1]])
        let t = try AHP.priorities(three, derivation: .columnMean)
        #expect(zip(t.weights, [0.6333, 0.2605, 0.1062]).allSatisfy { abs($0 - $1) < 5e-5 }, "\(t.weights)")
        let missing = try PairwiseComparisons(items: ["a", "b", "c"], judgments: [("a", "b", 2), ("b", "c", 3)])
        #expect(throws: MCDAError.self) { try AHP.priorities(missing, derivation: .columnMean) }
    }
}
