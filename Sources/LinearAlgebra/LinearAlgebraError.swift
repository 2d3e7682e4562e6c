/// Failures reported by LAPACK through its `info` argument, or shape mismatches caught before a call.
///
/// LAPACK's convention: `info < 0` means argument `-info` was illegal (a programming error on our side, still
/// reported rather than trapped), `info > 0` is a routine-specific numerical failure.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Argument number `index` passed to `routine` was illegal (`info = -index`).
    case illegalArgument(routine: String, index: Int)
    /// The iterative algorithm of `routine` did not converge (`info > 0` for eigen solvers).
    case noConvergence(routine: String, info: Int)
    /// The matrix is exactly singular: `U(pivot, pivot)` is zero (`dgesv`), or the matrix has not full rank (`dgels`).
    case singular(routine: String, pivot: Int)
    /// The leading minor of order `minor` is not positive definite (`dpotrf`).
    case notPositiveDefinite(routine: String, minor: Int)
    /// Operand shapes do not fit the operation.
    case dimensionMismatch(String)

    public var description: String {
        switch self {
        case let .illegalArgument(routine, index):
            return "\(routine): argument \(index) had an illegal value"
        case let .noConvergence(routine, info):
            return "\(routine): the algorithm failed to converge (info = \(info))"
        case let .singular(routine, pivot):
            return "\(routine): the matrix is singular (pivot \(pivot) is zero)"
        case let .notPositiveDefinite(routine, minor):
            return "\(routine): the leading minor of order \(minor) is not positive definite"
        case let .dimensionMismatch(text):
            return "dimension mismatch: \(text)"
        }
    }
}
