import Testing
@testable import LinearAlgebra

@Suite struct EigenDecompositionTests {
    /// Wikipedia "AHP: choosing a leader" criteria matrix; weights and λmax as published (6 dp).
    @Test func perronVectorOfSaatyMatrix() throws {
        let a = Matrix([[1, 4, 3, 7], [1.0 / 4, 1, 1.0 / 3, 3], [1.0 / 3, 3, 1, 5], [1.0 / 7, 1.0 / 3, 1.0 / 5, 1]])
        let eig = try GeneralEigenDecomposition(a)
        let k = eig.dominantIndex
        let v = try #require(eig.realEigenvector(k))
        let w = v.map { $0 / v.reduce(0, +) }
        let expected = [0.547569, 0.126555, 0.269950, 0.055926]
        for i in 0..<4 { #expect(abs(w[i] - expected[i]) < 5e-7) }
        #expect(abs(eig.real[k] - 4.118418) < 5e-7)
    }

    @Test func complexPairOfRotation() throws {
        let eig = try GeneralEigenDecomposition(Matrix([[0, -1], [1, 0]]))
        #expect(eig.real.allSatisfy { abs($0) < 1e-15 })
        #expect(Set(eig.imaginary.map { $0.rounded() }) == [1, -1])
        #expect(eig.realEigenvector(0) == nil)
    }

    @Test func symmetricTwoByTwo() throws {
        let eig = try SymmetricEigenDecomposition(Matrix([[2, 1], [1, 2]]))
        #expect(abs(eig.values[0] - 1) < 1e-14 && abs(eig.values[1] - 3) < 1e-14)
    }

    @Test func symmetricReconstruction() throws {
        let n = 40
        let r = Matrix(rows: n, columns: n, columnMajor: lcg(n * n, seed: 7))
        let a = r * r.transposed
        let eig = try SymmetricEigenDecomposition(a)
        let v = eig.vectors
        var d = Matrix(rows: n, columns: n)
        for i in 0..<n { d[i, i] = eig.values[i] }
        let back = v * d * v.transposed
        let orth = v.transposed * v
        for i in 0..<n {
            for j in 0..<n {
                #expect(abs(back[i, j] - a[i, j]) < 1e-11)
                #expect(abs(orth[i, j] - (i == j ? 1 : 0)) < 1e-12)
            }
        }
    }

    @Test func nonSquareIsAnError() {
        #expect(throws: LinearAlgebraError.self) { try GeneralEigenDecomposition(Matrix(rows: 2, columns: 3)) }
    }
}
