// The only file of the package that talks to C. Every BLAS and LAPACK call goes through `LAPACK` below, so
// swapping the provider (OpenBLAS + LAPACKE on Linux, Accelerate on Apple platforms) touches this file alone.
//
// Storage is column-major throughout. LAPACK's `info` is turned into `LinearAlgebraError` here and nowhere else.

#if canImport(Accelerate)
import Accelerate
typealias LAPACKInt = __CLPK_integer
#else
import CLAPACK
typealias LAPACKInt = Int32
#endif

/// Thin, typed wrappers over the C routines. Callers pass column-major buffers and leading dimensions.
enum LAPACK {
    private static func char(_ c: Character) -> CChar { CChar(c.asciiValue!) }

    /// Maps LAPACK's `info` to an error: negative values are illegal arguments, positive ones are handed to
    /// `positive` to build the routine-specific error.
    private static func check(
        _ info: LAPACKInt, _ routine: String, positive: (Int) -> LinearAlgebraError
    ) throws(LinearAlgebraError) {
        if info < 0 { throw .illegalArgument(routine: routine, index: Int(-info)) }
        if info > 0 { throw positive(Int(info)) }
    }

    // MARK: BLAS level 3 and 2

    /// `C = alpha * op(A) * op(B) + beta * C` (`cblas_dgemm`); `C` is `m x n`, `op(A)` is `m x k`.
    static func gemm(
        transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
        alpha: Double, a: UnsafePointer<Double>, lda: Int,
        b: UnsafePointer<Double>, ldb: Int,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        cblas_dgemm(CblasColMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// `y = alpha * op(A) * x + beta * y` (`cblas_dgemv`); `A` is `m x n` as stored.
    static func gemv(
        trans: Bool, m: Int, n: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
        x: UnsafePointer<Double>, beta: Double, y: UnsafeMutablePointer<Double>
    ) {
        cblas_dgemv(CblasColMajor, trans ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), alpha, a, Int32(lda),
                    x, 1, beta, y, 1)
    }

    /// Number of threads BLAS may use (no-op on Apple platforms, where `VECLIB_MAXIMUM_THREADS` rules).
    static func setThreads(_ n: Int) {
        #if !canImport(Accelerate)
        openblas_set_num_threads(Int32(n))
        #endif
    }

    /// The BLAS kernel family in use (e.g. `SkylakeX`, `Haswell`, `Prescott`), or `Accelerate`.
    static var coreName: String {
        #if canImport(Accelerate)
        return "Accelerate"
        #else
        return String(cString: openblas_get_corename())
        #endif
    }

    // MARK: LAPACK

    /// General eigenproblem, right eigenvectors only (`dgeev`). `a` (n x n) is overwritten.
    /// Returns real parts, imaginary parts and the right eigenvectors (column-major, n x n).
    static func geev(n: Int, a: inout [Double]) throws(LinearAlgebraError) -> (wr: [Double], wi: [Double], vr: [Double]) {
        var wr = [Double](repeating: 0, count: n), wi = wr
        var vr = [Double](repeating: 0, count: n * n)
        var vl = [0.0]
        var nn = LAPACKInt(n), lda = LAPACKInt(n), ldvl = LAPACKInt(1), ldvr = LAPACKInt(n)
        var jobvl = char("N"), jobvr = char("V")
        var query = 0.0, lwork = LAPACKInt(-1), info = LAPACKInt(0)
        #if canImport(Accelerate)
        dgeev_(&jobvl, &jobvr, &nn, &a, &lda, &wr, &wi, &vl, &ldvl, &vr, &ldvr, &query, &lwork, &info)
        try check(info, "dgeev") { .noConvergence(routine: "dgeev", info: $0) }
        lwork = LAPACKInt(query)
        var work = [Double](repeating: 0, count: max(1, Int(lwork)))
        dgeev_(&jobvl, &jobvr, &nn, &a, &lda, &wr, &wi, &vl, &ldvl, &vr, &ldvr, &work, &lwork, &info)
        #else
        info = LAPACKE_dgeev_work(LAPACK_COL_MAJOR, jobvl, jobvr, nn, &a, lda, &wr, &wi, &vl, ldvl, &vr, ldvr,
                                  &query, lwork)
        try check(info, "dgeev") { .noConvergence(routine: "dgeev", info: $0) }
        lwork = LAPACKInt(query)
        var work = [Double](repeating: 0, count: max(1, Int(lwork)))
        info = LAPACKE_dgeev_work(LAPACK_COL_MAJOR, jobvl, jobvr, nn, &a, lda, &wr, &wi, &vl, ldvl, &vr, ldvr,
                                  &work, lwork)
        _ = (jobvl, jobvr, nn, lda, ldvl, ldvr)
        #endif
        try check(info, "dgeev") { .noConvergence(routine: "dgeev", info: $0) }
        return (wr, wi, vr)
    }

    /// Symmetric eigenproblem by relatively robust representations (`dsyevr`), all eigenpairs, upper triangle
    /// read. Eigenvalues ascending; eigenvectors column-major (n x n).
    static func syevr(n: Int, a: inout [Double]) throws(LinearAlgebraError) -> (w: [Double], z: [Double]) {
        var w = [Double](repeating: 0, count: n)
        var z = [Double](repeating: 0, count: n * n)
        var isuppz = [LAPACKInt](repeating: 0, count: 2 * max(1, n))
        var nn = LAPACKInt(n), lda = LAPACKInt(n), ldz = LAPACKInt(max(1, n))
        var jobz = char("V"), range = char("A"), uplo = char("U")
        var vl = 0.0, vu = 0.0, il = LAPACKInt(0), iu = LAPACKInt(0), abstol = 0.0, found = LAPACKInt(0)
        var query = 0.0, iquery = LAPACKInt(0), lwork = LAPACKInt(-1), liwork = LAPACKInt(-1), info = LAPACKInt(0)
        #if canImport(Accelerate)
        dsyevr_(&jobz, &range, &uplo, &nn, &a, &lda, &vl, &vu, &il, &iu, &abstol, &found, &w, &z, &ldz, &isuppz,
                &query, &lwork, &iquery, &liwork, &info)
        try check(info, "dsyevr") { .noConvergence(routine: "dsyevr", info: $0) }
        lwork = LAPACKInt(query); liwork = iquery
        var work = [Double](repeating: 0, count: max(1, Int(lwork)))
        var iwork = [LAPACKInt](repeating: 0, count: max(1, Int(liwork)))
        dsyevr_(&jobz, &range, &uplo, &nn, &a, &lda, &vl, &vu, &il, &iu, &abstol, &found, &w, &z, &ldz, &isuppz,
                &work, &lwork, &iwork, &liwork, &info)
        #else
        info = LAPACKE_dsyevr_work(LAPACK_COL_MAJOR, jobz, range, uplo, nn, &a, lda, vl, vu, il, iu, abstol, &found,
                                   &w, &z, ldz, &isuppz, &query, lwork, &iquery, liwork)
        try check(info, "dsyevr") { .noConvergence(routine: "dsyevr", info: $0) }
        lwork = LAPACKInt(query); liwork = iquery
        var work = [Double](repeating: 0, count: max(1, Int(lwork)))
        var iwork = [LAPACKInt](repeating: 0, count: max(1, Int(liwork)))
        info = LAPACKE_dsyevr_work(LAPACK_COL_MAJOR, jobz, range, uplo, nn, &a, lda, vl, vu, il, iu, abstol, &found,
                                   &w, &z, ldz, &isuppz, &work, lwork, &iwork, liwork)
        _ = (jobz, range, uplo, nn, lda, ldz, vl, vu, il, iu, abstol)
        #endif
        try check(info, "dsyevr") { .noConvergence(routine: "dsyevr", info: $0) }
        return (w, z)
    }

    /// Solves `A X = B` by LU with partial pivoting (`dgesv`). `a` (n x n) and `b` (n x nrhs) are overwritten;
    /// `b` holds `X` on return.
    static func gesv(n: Int, nrhs: Int, a: inout [Double], b: inout [Double]) throws(LinearAlgebraError) {
        var ipiv = [LAPACKInt](repeating: 0, count: max(1, n))
        var nn = LAPACKInt(n), nr = LAPACKInt(nrhs), lda = LAPACKInt(max(1, n)), ldb = LAPACKInt(max(1, n))
        var info = LAPACKInt(0)
        #if canImport(Accelerate)
        dgesv_(&nn, &nr, &a, &lda, &ipiv, &b, &ldb, &info)
        #else
        info = LAPACKE_dgesv_work(LAPACK_COL_MAJOR, nn, nr, &a, lda, &ipiv, &b, ldb)
        _ = (nn, nr, lda, ldb)
        #endif
        try check(info, "dgesv") { .singular(routine: "dgesv", pivot: $0) }
    }

    /// Least squares `min ||A x - b||` for a full-rank `m x n` `A` by QR (`dgels`), `b` is `max(m,n) x nrhs` and
    /// holds the solution in its first `n` rows on return.
    static func gels(m: Int, n: Int, nrhs: Int, a: inout [Double], b: inout [Double]) throws(LinearAlgebraError) {
        var trans = char("N")
        var mm = LAPACKInt(m), nn = LAPACKInt(n), nr = LAPACKInt(nrhs)
        var lda = LAPACKInt(max(1, m)), ldb = LAPACKInt(max(1, m, n))
        var query = 0.0, lwork = LAPACKInt(-1), info = LAPACKInt(0)
        #if canImport(Accelerate)
        dgels_(&trans, &mm, &nn, &nr, &a, &lda, &b, &ldb, &query, &lwork, &info)
        try check(info, "dgels") { .singular(routine: "dgels", pivot: $0) }
        lwork = LAPACKInt(query)
        var work = [Double](repeating: 0, count: max(1, Int(lwork)))
        dgels_(&trans, &mm, &nn, &nr, &a, &lda, &b, &ldb, &work, &lwork, &info)
        #else
        info = LAPACKE_dgels_work(LAPACK_COL_MAJOR, trans, mm, nn, nr, &a, lda, &b, ldb, &query, lwork)
        try check(info, "dgels") { .singular(routine: "dgels", pivot: $0) }
        lwork = LAPACKInt(query)
        var work = [Double](repeating: 0, count: max(1, Int(lwork)))
        info = LAPACKE_dgels_work(LAPACK_COL_MAJOR, trans, mm, nn, nr, &a, lda, &b, ldb, &work, lwork)
        _ = (trans, mm, nn, nr, lda, ldb)
        #endif
        try check(info, "dgels") { .singular(routine: "dgels", pivot: $0) }
    }

    /// Cholesky factorisation `A = L Lᵀ` (`dpotrf`, lower triangle). `a` is overwritten by `L` in its lower
    /// triangle; the strict upper triangle is left as it was.
    static func potrf(n: Int, a: inout [Double]) throws(LinearAlgebraError) {
        var uplo = char("L")
        var nn = LAPACKInt(n), lda = LAPACKInt(max(1, n)), info = LAPACKInt(0)
        #if canImport(Accelerate)
        dpotrf_(&uplo, &nn, &a, &lda, &info)
        #else
        info = LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, uplo, nn, &a, lda)
        _ = (uplo, nn, lda)
        #endif
        try check(info, "dpotrf") { .notPositiveDefinite(routine: "dpotrf", minor: $0) }
    }
}
