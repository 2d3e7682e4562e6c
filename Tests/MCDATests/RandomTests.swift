import Testing
@testable import MCDA

/// The seeded generator and samplers (DOMAIN.md §7.3, §9.7).
@Suite struct RandomTests {
    /// Reference outputs from an independent Python implementation of SplitMix64 → xoshiro256**.
    @Test func xoshiroMatchesReferenceStream() {
        var g = Xoshiro256(seed: 12345)
        #expect([g.next(), g.next(), g.next()] == [13720838825685603483, 2398916695208396998, 17770384849984869256])
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
        let pert = (0..<n).map { _ in g.pert(min: 3, mode: 4, max: 5) }.reduce(0, +) / Double(n)
        #expect(abs(pert - 4) < 0.01)                               // PERT mean (a + 4m + b)/6
    }
}
