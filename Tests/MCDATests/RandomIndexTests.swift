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
        #expect(RandomIndexTable.saaty2005.value(order: 3) == 0.52)
        #expect(RandomIndexTable.saaty2005.value(order: 6) == 1.25)
        #expect(RandomIndexTable.saaty2005.value(order: 40) == 1.59)          // flat beyond its n = 15
        #expect(RandomIndexTable.aguaronMorenoJimenez.value(order: 4) == 0.882)
        #expect(RandomIndexTable.aguaronMorenoJimenez.value(order: 16) == 1.595)
        #expect(RandomIndexTable.aguaronMorenoJimenez.value(order: 17) == 1.595)
    }

    /// Every table increases with the order up to its last tabulated order but Saaty's 1980 dip at 12 and
    /// Donegan–Dodd's at 90, as published.
    @Test func tablesIncreaseAsPublished() throws {
        for table in RandomIndexTable.allCases {
            let values = (3...table.maximumOrder).compactMap { table.value(order: $0) }
            let dips = zip(values, values.dropFirst()).enumerated().filter { $0.element.1 < $0.element.0 }.map { $0.offset + 4 }
            #expect(dips == (table == .saaty ? [12] : table == .doneganDodd ? [81, 82, 83, 84, 85, 86, 87, 88, 89, 90] : []), "\(table)")
        }
    }

    /// The CR of Saaty's 4 × 4 example matrix under each table is CI / RI(4).
    @Test func crUsesTheChosenTable() throws {
        let m: [[Double]] = [[1, 3, 5, 9], [1.0 / 3, 1, 2, 4], [1.0 / 5, 1.0 / 2, 1, 3], [1.0 / 9, 1.0 / 4, 1.0 / 3, 1]]
        let items = ["a", "b", "c", "d"]
        for table in RandomIndexTable.allCases {
            let r = try AHP.priorities(PairwiseComparisons(items: items, matrix: m), randomIndex: table)
            #expect(abs(r.consistencyRatio - r.consistencyIndex / table.value(order: 4)!) < 1e-15)
        }
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
