import Foundation

/// The weights an SMAA run may take (Lahdelma & Salminen 2001: the feasible weight space).
public enum WeightSpace: Sendable, Equatable {
    /// Uniform on the simplex {w ≥ 0, Σw = 1}: normalised exponentials (no preference information).
    case simplex
    /// Uniform on the part of the simplex with `lower[j] ≤ w_j ≤ upper[j]`. Exact: w = l + (1 − Σl)·u with u
    /// uniform on the simplex (uniform on the shifted simplex that honours the lower bounds), and rejection of
    /// the samples that break an upper bound.
    case bounds(lower: [Double], upper: [Double])
    /// Uniform on {w_{o(1)} ≥ w_{o(2)} ≥ … ≥ w_{o(n)}} where `o` lists criterion indices from most to least
    /// important. Exact: a uniform simplex sample sorted in descending order is uniform on the ordered region
    /// (one of the n! congruent pieces of the simplex).
    case order([Int])

    /// Checks the space against n criteria.
    func validate(criteria n: Int) throws(MCDAError) {
        switch self {
        case .simplex: return
        case let .bounds(lower, upper):
            guard lower.count == n, upper.count == n,
                  zip(lower, upper).allSatisfy({ $0 >= 0 && $0 <= $1 && $1 <= 1 }) else {
                throw .invalidParameter(name: "weight bounds", rule: "one [lower, upper] per criterion with 0 <= lower <= upper <= 1")
            }
            guard lower.reduce(0, +) <= 1 + 1e-12, upper.reduce(0, +) >= 1 - 1e-12 else {
                throw .invalidParameter(name: "weight bounds", rule: "Σ lower <= 1 <= Σ upper is needed for any weight vector to exist")
            }
        case let .order(o):
            guard o.count == n, Set(o) == Set(0..<n) else {
                throw .invalidParameter(name: "weight order", rule: "a permutation of the \(n) criterion indices, most important first")
            }
        }
    }

    /// Draws one weight vector into `w` (n values). Returns `false` when a bounds sample was rejected.
    func draw(into w: UnsafeMutablePointer<Double>, n: Int, rng: inout Xoshiro256) -> Bool {
        var total = 0.0
        for j in 0..<n {
            var u = rng.uniform()
            while u <= 0 { u = rng.uniform() }
            let e = -Foundation.log(u)
            w[j] = e
            total += e
        }
        for j in 0..<n { w[j] /= total }
        switch self {
        case .simplex: return true
        case let .bounds(lower, upper):
            let free = 1 - lower.reduce(0, +)
            for j in 0..<n {
                w[j] = lower[j] + free * w[j]
                if w[j] > upper[j] { return false }
            }
            return true
        case let .order(o):
            var sorted = (0..<n).map { w[$0] }
            sorted.sort(by: >)
            for (rank, j) in o.enumerated() { w[j] = sorted[rank] }
            return true
        }
    }

    var label: String {
        switch self {
        case .simplex: "uniform on the simplex"
        case .bounds: "uniform within bounds (shifted simplex + rejection)"
        case .order: "uniform under a strict importance order (sorted simplex samples)"
        }
    }
}
