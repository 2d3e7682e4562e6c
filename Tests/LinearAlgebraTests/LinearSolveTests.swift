import Testing
@testable import LinearAlgebra

@Suite struct LinearSolveTests {
    @Test func solvesSquareSystem() throws {
        let a = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
        let x = try a.solve([8, -11, -3])
        for (got, want) in zip(x, [2.0, 3, -1]) { #expect(abs(got - want) < 1e-13) }
    }

    @Test func singularMatrixNamesThePivot() {
        #expect(throws: LinearAlgebraError.singular(routine: "dgesv", pivot: 2)) {
            try Matrix([[1, 2], [2, 4]]).solve([1, 2])
        }
    }

    @Test func leastSquaresLine() throws {
        // y = 1 + 2t fitted exactly through four points.
        let t = [0.0, 1, 2, 3]
        let a = Matrix(t.map { [1, $0] })
        let coef = try a.leastSquares(t.map { 1 + 2 * $0 })
        #expect(abs(coef[0] - 1) < 1e-13 && abs(coef[1] - 2) < 1e-13)
        // Overdetermined, inconsistent: the normal equations give (5/3, 1/2)... checked against (AᵀA)⁻¹Aᵀb.
        let b = [1.0, 2, 2, 4]
        let fit = try a.leastSquares(b)
        let normal = try (a.transposed * a).solve(try a.multiply(b, transposed: true))
        for k in 0..<2 { #expect(abs(fit[k] - normal[k]) < 1e-12) }
    }

    @Test func choleskyFactor() throws {
        let a = Matrix([[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
        let l = try a.cholesky()
        #expect(l.rowArrays == [[2, 0, 0], [6, 1, 0], [-8, 5, 3]])
    }

    @Test func notPositiveDefinite() {
        #expect(throws: LinearAlgebraError.notPositiveDefinite(routine: "dpotrf", minor: 2)) {
            try Matrix([[1, 2], [2, 1]]).cholesky()
        }
    }
}
