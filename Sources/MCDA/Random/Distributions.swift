import Foundation

/// Samplers used by the Monte-Carlo analyses and the synthetic data generator. Each is a plain function of a
/// `Xoshiro256` stream, so a seed gives the same numbers on every platform.
extension Xoshiro256 {
    /// Uniform integer in `range` (Lemire's unbiased multiply-shift via the standard library).
    public mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// Standard normal by the Box–Muller transform (one of the pair is used).
    public mutating func normal(mean: Double = 0, sd: Double = 1) -> Double {
        var u = uniform()
        while u <= 0 { u = uniform() }
        return mean + sd * (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * .pi * uniform())
    }

    /// Gamma(shape, 1) by Marsaglia & Tsang (2000); shapes below 1 use the boost x·U^(1/shape).
    public mutating func gamma(shape: Double) -> Double {
        GammaSampling.marsagliaTsang(shape: shape, source: &self, normal: { $0.normal() }, uniform: { $0.uniform() })
    }

    /// Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b).
    public mutating func beta(_ a: Double, _ b: Double) -> Double {
        let x = gamma(shape: a), y = gamma(shape: b)
        return x / (x + y)
    }

    /// Dirichlet(α) as normalised gammas.
    public mutating func dirichlet(_ alpha: [Double]) -> [Double] {
        let g = alpha.map { gamma(shape: $0) }
        let s = g.reduce(0, +)
        return g.map { $0 / s }
    }

    /// Poisson(λ) by Knuth's multiplication method (small λ).
    public mutating func poisson(_ lambda: Double) -> Int {
        let l = Foundation.exp(-lambda)
        var k = 0, p = 1.0
        repeat { k += 1; p *= uniform() } while p > l
        return k - 1
    }

    /// Triangular(lo, mode, hi).
    public mutating func triangular(_ lo: Double, _ mode: Double, _ hi: Double) -> Double {
        let u = uniform(), f = (mode - lo) / (hi - lo)
        return u < f ? lo + ((hi - lo) * (mode - lo) * u).squareRoot() : hi - ((hi - lo) * (hi - mode) * (1 - u)).squareRoot()
    }

    /// An index drawn with probabilities proportional to `weights`.
    public mutating func categorical(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var u = uniform() * total
        for (k, w) in weights.enumerated() {
            if u < w { return k }
            u -= w
        }
        return weights.count - 1
    }
}

/// Marsaglia & Tsang's (2000) gamma method, written once for every uniform and normal source: for shape ≥ 1,
/// d = shape − 1/3, c = 1/√(9d); draw x ~ N(0, 1) until v = (1 + c·x)³ > 0, accept d·v when
/// u < 1 − 0.0331·x⁴ or ln u < x²/2 + d·(1 − v + ln v); for shape < 1, Gamma(shape + 1)·U^(1/shape).
enum GammaSampling {
    @inline(__always)
    static func marsagliaTsang<Source>(shape: Double, source: inout Source, normal: (inout Source) -> Double,
                                       uniform: (inout Source) -> Double) -> Double {
        if shape < 1 {
            var u = uniform(&source)
            while u <= 0 { u = uniform(&source) }
            return marsagliaTsang(shape: shape + 1, source: &source, normal: normal, uniform: uniform) * Foundation.pow(u, 1 / shape)
        }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double, v: Double
            repeat { x = normal(&source); v = 1 + c * x } while v <= 0
            v = v * v * v
            let u = uniform(&source)
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if u > 0, Foundation.log(u) < 0.5 * x * x + d * (1 - v + Foundation.log(v)) { return d * v }
        }
    }
}
