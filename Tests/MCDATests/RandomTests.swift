import Foundation
import Testing
@testable import MCDA

/// The seeded generator and samplers (docs/how-the-engine-decides.md §8, GENERATOR.md).
@Suite struct RandomTests {
    /// SplitMix64 from seed 0 gives the first outputs of Vigna's reference splitmix64.c (0xE220A8397B1DCDAF, …);
    /// a stream seed is the (index + 1)-th output from seed ⊕ salt (Python, 64-bit wrap-around).
    @Test func splitMixMatchesTheReference() {
        var g = SplitMix64(seed: 0)
        #expect([g.next(), g.next(), g.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
        #expect(SplitMix64.streamSeed(7, stream: 2, salt: 0xD1B5_4A32_D192_ED03) == 4_947_436_840_658_157_891)
    }

    /// Reference outputs from an independent Python implementation of SplitMix64 → xoshiro256**.
    @Test func xoshiroMatchesReferenceStream() {
        var g = Xoshiro256(seed: 12345)
        #expect([g.next(), g.next(), g.next()] == [13720838825685603483, 2398916695208396998, 17770384849984869256])
    }

    /// The polar-method sampler: N(0, 1) moments, Gamma(k) mean k and variance k, PERT mean (a + 4m + b)/6;
    /// tolerances are about 5 standard errors at n = 200,000.
    @Test func pairedNormalSamplerMoments() {
        var g = PairedNormalSampler(seed: 11)
        let n = 200_000
        let z = (0..<n).map { _ in g.normal() }
        let mean = z.reduce(0, +) / Double(n)
        let variance = z.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let kurtosis = z.reduce(0) { $0 + pow($1 - mean, 4) } / Double(n) / (variance * variance)
        #expect(abs(mean) < 0.012 && abs(variance - 1) < 0.016 && abs(kurtosis - 3) < 0.06)
        let gammas = (0..<n).map { _ in g.gamma(shape: 2.5) }
        let gm = gammas.reduce(0, +) / Double(n)
        let gv = gammas.reduce(0) { $0 + ($1 - gm) * ($1 - gm) } / Double(n - 1)
        #expect(abs(gm - 2.5) < 0.02 && abs(gv - 2.5) < 0.06)
        let small = (0..<n).map { _ in g.gamma(shape: 0.4) }.reduce(0, +) / Double(n)
        #expect(abs(small - 0.4) < 0.008)
        // Whole α (order statistics): PERT(1, 2, 5) = 1 + 4·Beta(2, 4), mean 14/6, variance 16·8/252.
        let perts = (0..<n).map { _ in g.pert(min: 1, mode: 2, max: 5) }
        let pm = perts.reduce(0, +) / Double(n)
        let pv = perts.reduce(0) { $0 + ($1 - pm) * ($1 - pm) } / Double(n - 1)
        #expect(abs(pm - 14 / 6.0) < 0.008 && abs(pv - 128 / 252.0) < 0.01)
        // Fractional α (gammas): PERT(0, 1, 3) = 3·Beta(7/3, 11/3), mean 7/6, variance 9·(77/9)/(36·7).
        let fractional = (0..<n).map { _ in g.pert(min: 0, mode: 1, max: 3) }
        let fm = fractional.reduce(0, +) / Double(n)
        let fv = fractional.reduce(0) { $0 + ($1 - fm) * ($1 - fm) } / Double(n - 1)
        #expect(abs(fm - 7 / 6.0) < 0.006 && abs(fv - 77 / 252.0) < 0.006)
        var a = PairedNormalSampler(seed: 5), b = PairedNormalSampler(seed: 5)
        #expect((0..<100).map { _ in a.pert(min: 0, mode: 1, max: 3) } == (0..<100).map { _ in b.pert(min: 0, mode: 1, max: 3) })
    }

    @Test func samplerMomentsWithinTolerance() {
        var g = Xoshiro256(seed: 7)
        let n = 200_000
        let betas = (0..<n).map { _ in g.beta(5, 3) }
        let mean = betas.reduce(0, +) / Double(n)
        #expect(abs(mean - 5.0 / 8) < 0.003)                       // Beta(5,3) mean 0.625, sd of mean ≈ 0.0004
        let normals = (0..<n).map { _ in g.normal() }
        let m = normals.reduce(0, +) / Double(n)
        let v = normals.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(n - 1)
        #expect(abs(m) < 0.01 && abs(v - 1) < 0.02)
        let poisson = (0..<n).map { _ in Double(g.poisson(1.5)) }.reduce(0, +) / Double(n)
        #expect(abs(poisson - 1.5) < 0.02)
    }
}
