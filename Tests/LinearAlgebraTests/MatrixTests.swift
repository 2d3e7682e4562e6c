import Testing
@testable import LinearAlgebra

/// Deterministic pseudo-random values for shape tests (no global RNG).
func lcg(_ count: Int, seed: UInt64) -> [Double] {
    var s = seed
    return (0..<count).map { _ in
        s = s &* 6364136223846793005 &+ 1442695040888963407
        return Double(s >> 11) / Double(1 << 53) * 2 - 1
    }
}

func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
    var c = Matrix(rows: a.rows, columns: b.columns)
    for i in 0..<a.rows { for j in 0..<b.columns { for k in 0..<a.columns { c[i, j] += a[i, k] * b[k, j] } } }
    return c
}

@Suite struct MatrixProductTests {
    @Test func smallProductIsExact() {
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        let b = Matrix([[7, 8], [9, 10], [11, 12]])
        #expect((a * b).rowArrays == [[58, 64], [139, 154]])
    }

    @Test func transposesAlphaBeta() throws {
        let a = Matrix([[1, 2], [3, 4], [5, 6]])        // 3x2
        let b = Matrix([[1, 0, 2], [0, 1, 3]])          // 2x3
        var c = Matrix(rows: 2, columns: 2, repeating: 1)
        // C = 2 * Aᵀ * Bᵀ + 3 * C
        try Matrix.gemm(a, transposed: true, b, transposed: true, alpha: 2, beta: 3, into: &c)
        let expected = naiveProduct(a.transposed, b.transposed)
        for i in 0..<2 { for j in 0..<2 { #expect(c[i, j] == 2 * expected[i, j] + 3) } }
    }

    @Test func largerProductMatchesNaiveLoop() {
        let a = Matrix(rows: 37, columns: 12, columnMajor: lcg(37 * 12, seed: 1))
        let b = Matrix(rows: 12, columns: 53, columnMajor: lcg(12 * 53, seed: 2))
        let fast = a * b, slow = naiveProduct(a, b)
        for k in fast.storage.indices { #expect(abs(fast.storage[k] - slow.storage[k]) < 1e-12) }
    }

    @Test func shapeMismatchThrows() {
        var c = Matrix(rows: 2, columns: 2)
        #expect(throws: LinearAlgebraError.self) {
            try Matrix.gemm(Matrix(rows: 2, columns: 3), Matrix(rows: 2, columns: 2), into: &c)
        }
    }

    @Test func gemvBothWays() throws {
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(try a.multiply([1, 1, 1]) == [6, 15])
        #expect(try a.multiply([1, -1], transposed: true) == [-3, -3, -3])
        #expect(throws: LinearAlgebraError.self) { try a.multiply([1, 2]) }
    }
}
