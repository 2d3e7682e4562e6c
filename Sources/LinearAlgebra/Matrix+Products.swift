extension Matrix {
    /// `C = alpha * op(A) * op(B) + beta * C` through BLAS `dgemm`, writing into an existing `C`.
    ///
    /// - Throws: `LinearAlgebraError.dimensionMismatch` when the shapes do not fit.
    public static func gemm(
        _ a: Matrix, transposed transA: Bool = false,
        _ b: Matrix, transposed transB: Bool = false,
        alpha: Double = 1, beta: Double = 0, into c: inout Matrix
    ) throws(LinearAlgebraError) {
        let m = transA ? a.columns : a.rows
        let k = transA ? a.rows : a.columns
        let kb = transB ? b.columns : b.rows
        let n = transB ? b.rows : b.columns
        guard k == kb, c.rows == m, c.columns == n else {
            throw .dimensionMismatch("op(A) is \(m)x\(k), op(B) is \(kb)x\(n), C is \(c.rows)x\(c.columns)")
        }
        if m == 0 || n == 0 { return }
        if k == 0 {
            for i in c.storage.indices { c.storage[i] *= beta }
            return
        }
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    LAPACK.gemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
                                a: pa.baseAddress!, lda: max(1, a.rows), b: pb.baseAddress!, ldb: max(1, b.rows),
                                beta: beta, c: pc.baseAddress!, ldc: max(1, m))
                }
            }
        }
    }

    /// The product `A * B` (BLAS `dgemm`). Traps on a shape mismatch, as arithmetic operators do.
    public static func * (a: Matrix, b: Matrix) -> Matrix {
        precondition(a.columns == b.rows, "A is \(a.rows)x\(a.columns) but B is \(b.rows)x\(b.columns)")
        var c = Matrix(rows: a.rows, columns: b.columns)
        try! gemm(a, b, into: &c)
        return c
    }

    /// The matrix-vector product `op(A) * x` (BLAS `dgemv`).
    ///
    /// - Throws: `LinearAlgebraError.dimensionMismatch` when `x` has the wrong length.
    public func multiply(_ x: [Double], transposed: Bool = false) throws(LinearAlgebraError) -> [Double] {
        let inner = transposed ? rows : columns
        let outer = transposed ? columns : rows
        guard x.count == inner else {
            throw .dimensionMismatch("op(A) has \(inner) columns, x has \(x.count) elements")
        }
        var y = [Double](repeating: 0, count: outer)
        if outer == 0 || inner == 0 { return y }
        storage.withUnsafeBufferPointer { pa in
            x.withUnsafeBufferPointer { px in
                y.withUnsafeMutableBufferPointer { py in
                    LAPACK.gemv(trans: transposed, m: rows, n: columns, alpha: 1, a: pa.baseAddress!,
                                lda: max(1, rows), x: px.baseAddress!, beta: 0, y: py.baseAddress!)
                }
            }
        }
        return y
    }
}

/// Process-wide BLAS settings.
public enum BLAS {
    /// Sets the number of threads BLAS may use. Set it to 1 when the caller parallelises across its own threads.
    public static func setThreads(_ n: Int) { LAPACK.setThreads(n) }
    /// The kernel family BLAS picked for this CPU (OpenBLAS `openblas_get_corename`), or `Accelerate`.
    public static var coreName: String { LAPACK.coreName }

    /// `C = A · B` on raw column-major buffers (`A` is `m x k`, `B` is `k x n`, `C` is `m x n`), for callers that
    /// stream blocks through preallocated memory (Monte Carlo) instead of allocating a `Matrix` per block.
    public static func multiply(m: Int, n: Int, k: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
                                into c: UnsafeMutablePointer<Double>) {
        guard m > 0, n > 0, k > 0 else { return }
        LAPACK.gemm(transA: false, transB: false, m: m, n: n, k: k, alpha: 1, a: a, lda: m, b: b, ldb: k, beta: 0, c: c, ldc: m)
    }
}
