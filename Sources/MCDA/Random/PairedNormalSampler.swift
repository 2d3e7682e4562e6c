import Foundation

/// A `Xoshiro256` stream with normals drawn in pairs by Marsaglia's polar method (1964): draw (u, v) uniform on
/// the square [−1, 1]² until s = u² + v² ∈ (0, 1); then u·√(−2 ln s / s) and v·√(−2 ln s / s) are independent
/// N(0, 1). One logarithm per two normals and no trigonometry: the Monte-Carlo inner loops draw thousands of
/// PERT values per run, each from two gammas. Seeded, so its numbers are the same on every platform, but not
/// the same numbers as `Xoshiro256.normal` (which the synthetic dataset keeps, so the files stay byte-identical).
public struct PairedNormalSampler: Sendable {
    public var base: Xoshiro256
    private var spare = Double.nan

    public init(seed: UInt64) { base = Xoshiro256(seed: seed) }

    public mutating func uniform() -> Double { base.uniform() }

    /// Uniform integer in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int { base.int(in: range) }

    public mutating func normal() -> Double {
        if !spare.isNaN {
            defer { spare = .nan }
            return spare
        }
        while true {
            let u = 2 * base.uniform() - 1, v = 2 * base.uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let f = (-2 * Foundation.log(s) / s).squareRoot()
                spare = v * f
                return u * f
            }
        }
    }

    /// Gamma(shape, 1) by Marsaglia & Tsang (2000), as `Xoshiro256.gamma`.
    public mutating func gamma(shape: Double) -> Double {
        GammaSampling.marsagliaTsang(shape: shape, source: &self, normal: { $0.normal() }, uniform: { $0.uniform() })
    }

    /// Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b).
    public mutating func beta(_ a: Double, _ b: Double) -> Double {
        let x = gamma(shape: a), y = gamma(shape: b)
        return x / (x + y)
    }

    /// PERT-Beta on [a, b] with mode m (docs/how-the-engine-decides.md §2): a + (b − a)·B, B ~ Beta(α, 6 − α), α = 1 + 4(m − a)/(b − a).
    /// When α is a whole number k (the mode at a quarter point of the range, as in most three-point ratings and
    /// TRLs), B is drawn exactly as the k-th smallest of 5 uniforms (the order-statistic representation of
    /// Beta(k, n + 1 − k)); otherwise from two gammas. The one PERT sampler of the package.
    public mutating func pert(min a: Double, mode m: Double, max b: Double) -> Double {
        guard b > a else { return a }
        let alpha = 1 + 4 * (m - a) / (b - a)
        if alpha == alpha.rounded(), alpha >= 1, alpha <= 5 {
            return a + (b - a) * Self.orderStatistic(Int(alpha), of: (base.uniform(), base.uniform(), base.uniform(), base.uniform(), base.uniform()))
        }
        return a + (b - a) * beta(alpha, 1 + 4 * (b - m) / (b - a))
    }

    /// The k-th smallest (1-based) of five numbers, by a fixed sorting network (9 compare-exchanges).
    @inline(__always)
    static func orderStatistic(_ k: Int, of u: (Double, Double, Double, Double, Double)) -> Double {
        var (x0, x1, x2, x3, x4) = u
        @inline(__always) func order(_ a: inout Double, _ b: inout Double) { if b < a { swap(&a, &b) } }
        order(&x0, &x1); order(&x3, &x4); order(&x2, &x4); order(&x2, &x3); order(&x1, &x4)
        order(&x0, &x3); order(&x0, &x2); order(&x1, &x3); order(&x1, &x2)
        switch k {
        case 1: return x0
        case 2: return x1
        case 3: return x2
        case 4: return x3
        default: return x4
        }
    }
}
