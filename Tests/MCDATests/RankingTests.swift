import Testing
@testable import MCDA

@Suite struct RankingTests {
    @Test func competitionRanksWithTies() {
        let r = Ranking.rank([0.5, 0.7, 0.7, 0.1], order: .descending)
        #expect(r.ranks == [3, 1, 1, 4])
        #expect(r.order == [1, 2, 0, 3])
    }

    @Test func tolerance() {
        #expect(Ranking.rank([1, 1 + 1e-12, 0.5], order: .descending).ranks == [1, 1, 3])
        #expect(Ranking.rank([1, 1 + 1e-6, 0.5], order: .descending).ranks == [2, 1, 3])
        #expect(Ranking.rank([1, 1 + 1e-6, 0.5], order: .descending, tolerance: 1e-5).ranks == [1, 1, 3])
        // Net flows that should be zero but carry rounding noise tie at the scale of the problem.
        #expect(Ranking.rank([1e-17, -1e-17, 0.8], order: .descending).ranks == [2, 2, 1])
    }

    @Test func ascending() {
        #expect(Ranking.rank([0.3, 0.1, 0.2], order: .ascending).ranks == [3, 1, 2])
    }
}

@Suite struct RankCorrelationTests {
    let x: [Double] = [1, 2, 3, 4, 5], y: [Double] = [2, 1, 4, 3, 5]

    /// Hand values: Σd² = 4 → ρ = 1 − 24/120; 2 discordant pairs of 10 → τ = 0.6;
    /// r_w = 1 − 6·28/720; WS = 1 − (1/8 + 1/12 + 1/16 + 1/48).
    @Test func handValues() throws {
        #expect(close(try #require(RankCorrelation.spearman(x, y)), 0.8))
        #expect(close(try #require(RankCorrelation.kendallTauB(x, y)), 0.6))
        #expect(close(RankCorrelation.weightedSpearman(x, y), 1 - 168.0 / 720))
        let ws: Double = 1 - (0.125 + 1.0 / 12 + 0.0625 + 1.0 / 48)
        #expect(close(RankCorrelation.wsSimilarity(x, y), ws))
    }

    @Test func identicalAndReversed() throws {
        #expect(try #require(RankCorrelation.spearman(x, x)) == 1)
        #expect(close(try #require(RankCorrelation.kendallTauB(x, x.reversed())), -1))
        #expect(RankCorrelation.weightedSpearman(x, x) == 1)
        #expect(RankCorrelation.wsSimilarity(x, x) == 1)
    }

    /// τ-b with ties: x = (1, 2, 2, 4), y = (1, 2, 3, 4): n_c = 5, n_d = 0, one tie in x → 5 / sqrt(5 · 6).
    @Test func kendallWithTies() throws {
        #expect(close(try #require(RankCorrelation.kendallTauB([1, 2, 2, 4], [1, 2, 3, 4])), 5 / (30.0).squareRoot()))
        #expect(RankCorrelation.spearman([1, 1, 1], [1, 2, 3]) == nil)
    }
}
