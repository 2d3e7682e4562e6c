import MCDA
import Testing

/// Random indices for every order: the tables, their continuation, and a consistent matrix beyond them.
@Suite struct RandomIndexTests {
    @Test func tabulatedValuesAndContinuation() throws {
        #expect(RandomIndexTable.saaty.value(order: 9) == 1.45)
        #expect(RandomIndexTable.saaty.value(order: 15) == 1.59)
        #expect(RandomIndexTable.saaty.value(order: 20) == 1.5371)           // Donegan–Dodd continues Saaty's table
        #expect(RandomIndexTable.doneganDodd.value(order: 35) == 1.5772 + (1.5976 - 1.5772) / 2)
        #expect(RandomIndexTable.doneganDodd.value(order: 250) == 1.6339)   // flat beyond n = 100
        #expect(RandomIndexTable.saaty.value(order: 2) == 0)
    }

    @Test func aConsistent30By30MatrixIsAcceptedByDefault() throws {
        let n = 30
        let w = (0..<n).map { Double($0 % 9 + 1) }
        let matrix = (0..<n).map { i in (0..<n).map { j in w[i] / w[j] } }
        let result = try AHP.priorities(PairwiseComparisons(items: (0..<n).map { "i\($0)" }, matrix: matrix))
        #expect(abs(result.consistencyRatio) < 1e-9 && result.isConsistent)
        #expect(abs(result.weights[8] - 9 / w.reduce(0, +)) < 1e-9)
    }
}

extension SMAATests {
    /// Rejection is bounded per sample: bounds keeping about 2 % of the simplex work for 300,000 samples (the old
    /// total cap of a million rejected draws failed them).
    @Test func narrowWeightBoundsWorkAtManySamples() throws {
        let values: [Double] = [1, 0, 0.5, 0, 1, 0.5, 0.3, 0.3, 0.9]   // column-major, 3 × 3
        let space = WeightSpace.bounds(lower: [0.6, 0, 0], upper: [0.7, 0.1, 1])
        let r = try SMAA.additive(values: values, alternatives: ["A", "B", "C"], criteria: ["x", "y", "z"],
                                  options: SMAAOptions(samples: 300_000, seed: 5, weights: space))
        #expect(r.rejectedSamples > 1_000_000)
        #expect(abs(r.acceptability[0].reduce(0, +) - 1) < 1e-12)
    }
}
