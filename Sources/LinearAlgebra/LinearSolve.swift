extension Matrix {
    /// Solves `A X = B` for square `A` by LU factorisation with partial pivoting (LAPACK `dgesv`).
    ///
    /// - Throws: `singular` when `A` is exactly singular, `dimensionMismatch` on shapes.
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        guard isSquare, b.rows == rows else {
            throw .dimensionMismatch("A is \(rows)x\(columns), B is \(b.rows)x\(b.columns)")
        }
        var a = storage
        var x = b.storage
        try LAPACK.gesv(n: rows, nrhs: b.columns, a: &a, b: &x)
        return Matrix(rows: b.rows, columns: b.columns, columnMajor: x)
    }

    /// Solves `A x = b` for one right-hand side (LAPACK `dgesv`).
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(Matrix(rows: b.count, columns: 1, columnMajor: b)).storage
    }

    /// Least-squares solution of `min ||A x - b||₂` for a full-rank `A` with `rows >= columns`, by QR
    /// (LAPACK `dgels`). For `rows < columns` it returns the minimum-norm solution.
    ///
    /// - Throws: `singular` when `A` is rank deficient, `dimensionMismatch` on shapes.
    public func leastSquares(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        guard b.count == rows else { throw .dimensionMismatch("A has \(rows) rows, b has \(b.count)") }
        var a = storage
        var x = b + [Double](repeating: 0, count: max(0, columns - rows))
        try LAPACK.gels(m: rows, n: columns, nrhs: 1, a: &a, b: &x)
        return Array(x.prefix(columns))
    }

    /// The lower-triangular Cholesky factor `L` with `A = L Lᵀ` (LAPACK `dpotrf`); only the lower triangle of
    /// `A` is read.
    ///
    /// - Throws: `notPositiveDefinite` naming the failing leading minor.
    public func cholesky() throws(LinearAlgebraError) -> Matrix {
        guard isSquare else { throw .dimensionMismatch("Cholesky needs a square matrix, got \(rows)x\(columns)") }
        var a = storage
        try LAPACK.potrf(n: rows, a: &a)
        var l = Matrix(rows: rows, columns: rows, columnMajor: a)
        for j in 0..<rows { for i in 0..<j { l[i, j] = 0 } }
        return l
    }
}
