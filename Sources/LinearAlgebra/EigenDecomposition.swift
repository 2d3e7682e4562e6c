/// Eigenvalues and right eigenvectors of a general real square matrix, from LAPACK `dgeev`.
///
/// Complex eigenvalues come in conjugate pairs; for such a pair `(j, j+1)` the eigenvectors are
/// `v_j ± i v_{j+1}` (LAPACK's packed convention). Only the real eigenpairs are exposed through `realEigenvector`.
public struct GeneralEigenDecomposition: Sendable {
    /// Real parts of the eigenvalues, in LAPACK's order.
    public let real: [Double]
    /// Imaginary parts of the eigenvalues.
    public let imaginary: [Double]
    /// Right eigenvectors, column `j` for eigenvalue `j` (packed as LAPACK returns them).
    public let vectors: Matrix

    /// Decomposes `a` (square). The input is not modified.
    ///
    /// - Throws: `dimensionMismatch` for a non-square matrix, `noConvergence` when the QR algorithm fails.
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        guard a.isSquare else { throw .dimensionMismatch("dgeev needs a square matrix, got \(a.rows)x\(a.columns)") }
        var copy = a.storage
        let (wr, wi, vr) = try LAPACK.geev(n: a.rows, a: &copy)
        real = wr
        imaginary = wi
        vectors = Matrix(rows: a.rows, columns: a.rows, columnMajor: vr)
    }

    /// Index of the eigenvalue with the largest real part (the Perron root of a positive matrix).
    public var dominantIndex: Int {
        real.indices.max { real[$0] < real[$1] } ?? 0
    }

    /// Eigenvector `j` when eigenvalue `j` is real, `nil` otherwise.
    public func realEigenvector(_ j: Int) -> [Double]? {
        imaginary[j] == 0 ? vectors.column(j) : nil
    }
}

/// Eigenvalues (ascending) and orthonormal eigenvectors of a real symmetric matrix, from LAPACK `dsyevr`.
public struct SymmetricEigenDecomposition: Sendable {
    /// Eigenvalues in ascending order.
    public let values: [Double]
    /// Orthonormal eigenvectors, column `j` for `values[j]`.
    public let vectors: Matrix

    /// Decomposes the symmetric matrix `a`; only its upper triangle is read.
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        guard a.isSquare else { throw .dimensionMismatch("dsyevr needs a square matrix, got \(a.rows)x\(a.columns)") }
        var copy = a.storage
        let (w, z) = try LAPACK.syevr(n: a.rows, a: &copy)
        values = w
        vectors = Matrix(rows: a.rows, columns: a.rows, columnMajor: z)
    }
}
