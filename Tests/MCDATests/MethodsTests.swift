import Testing
@testable import MCDA

/// Published and hand-computed examples for the aggregation methods.
@Suite struct MethodsTests {
    /// The peers' toy problem: classic (vector) TOPSIS on the toy problem, as pyDecision and skcriteria compute it.
    @Test func topsisVectorOnPeersToy() throws {
        let r = try MethodName.topsis.evaluate(try peersToyProblem())
        let published = [0.486, 0.552, 0.570, 0.382, 0.570, 0.562]
        for i in 0..<6 { #expect(abs(r.scores[i] - published[i]) < 5e-4) }
        #expect(r.ranks == [5, 4, 1, 6, 2, 3])
    }

    /// The peers' toy problem: pymcdm's default min-max TOPSIS gives another winner; ours reproduces it when asked.
    @Test func topsisMinmaxOnPeersToy() throws {
        let r = try MethodName.topsis.evaluate(try peersToyProblem(), options: MethodOptions(normalization: .minmax))
        let published = [0.577, 0.561, 0.486, 0.469, 0.519, 0.469]  // as the peers publish it, 3 dp
        for i in 0..<6 { #expect(abs(r.scores[i] - published[i]) < 1e-3) }
        // pymcdm 1.4.0 `TOPSIS()(X, w, types)`, printed to 8 dp on this machine.
        let pymcdm = [0.57707796, 0.56123229, 0.48548049, 0.46887039, 0.51926724, 0.46918161]
        for i in 0..<6 { #expect(abs(r.scores[i] - pymcdm[i]) < 5e-9) }
        #expect(r.order.first == 0)
    }

    /// The peers' toy problem: VIKOR v = 0.5 Q values (identical in five libraries) and the compromise set {A2, A5, A1}:
    /// acceptable advantage fails (Q(A5) − Q(A2) < 1/5), stability holds.
    @Test func vikorOnPeersToy() throws {
        let r = try MethodName.vikor.evaluate(try peersToyProblem())
        let published = [0.286, 0.088, 0.363, 0.688, 0.225, 0.500]
        for i in 0..<6 { #expect(abs(r.scores[i] - published[i]) < 5e-4) }
        #expect(r.ranks == [3, 1, 4, 6, 2, 5])
        #expect(r.compromiseSet == ["A2", "A5", "A1"])
        #expect(r.settings.first { $0.0 == "compromise" }?.1["acceptableAdvantage"] == .bool(false))
    }

    /// When advantage and stability hold, the compromise set is the single best alternative.
    @Test func vikorClearWinner() throws {
        let p = try problem([[10, 1], [5, 5], [1, 9]], "+-", [0.5, 0.5])
        let r = try MethodName.vikor.evaluate(p)
        #expect(r.scores == [0, 1, 1] || r.order.first == 0)
        #expect(r.compromiseSet == ["A1"])
    }

    /// Hand computation: usual functions, one cost criterion. π(A2,A1) = π(A3,A1) = 1, π(A2,A3) = π(A3,A2) = ½,
    /// so φ = (−1, ½, ½) and A2, A3 tie for rank 1.
    @Test func prometheeHonoursDirections() throws {
        let p = try problem([[1, 5], [2, 3], [3, 4]], "+-", [0.5, 0.5])
        let r = try MethodName.promethee2.evaluate(p)
        #expect(close(r.scores, [-1, 0.5, 0.5]))
        #expect(r.ranks == [3, 1, 1])
        #expect(close(r.details[0].1, [0, 0.75, 0.75]) && close(r.details[1].1, [1, 0.25, 0.25]))
    }

    @Test func preferenceFunctionShapes() throws {
        let linear = try PreferenceFunction.make(name: "linear", q: 1, p: 3, s: nil)
        #expect(linear(0.5) == 0 && linear(2) == 0.5 && linear(4) == 1 && linear(-2) == 0)
        let level = try PreferenceFunction.make(name: "level", q: 1, p: 3, s: nil)
        #expect(level(1) == 0 && level(2) == 0.5 && level(3.5) == 1)
        let gaussian = try PreferenceFunction.make(name: "gaussian", q: nil, p: nil, s: 2)
        #expect(close(gaussian(2), 1 - 1 / 2.718281828459045.squareRoot()))
        #expect(throws: MCDAIssue.self) { try PreferenceFunction.make(name: "linear", q: 3, p: 1, s: nil) }
        #expect(throws: MCDAIssue.self) { try PreferenceFunction.make(name: "vshape", q: nil, p: nil, s: nil) }
    }

    /// Hand computation: sum-normalized S⁺ = (1/6, 1/3), S⁻ = (1/3, 1/6), so Q = (1/3, 2/3). A COPRAS that adds
    /// the cost sums (the pymcdm 1.4 defect) would give (1/2, 1/2).
    @Test func coprasKeepsCostsApart() throws {
        let p = try problem([[2, 4], [4, 2]], "+-", [0.5, 0.5])
        let r = try MethodName.copras.evaluate(p)
        #expect(close(r.scores, [1.0 / 3, 2.0 / 3]))
        let benefitOnly = try MethodName.copras.evaluate(try problem([[2, 4], [4, 2]], "++", [0.5, 0.5]))
        #expect(close(benefitOnly.scores, [0.5, 0.5]))
    }

    /// SPOTIS: distance to the ideal bound, lower is better.
    @Test func spotisHandExample() throws {
        let criteria = [Criterion(id: "a", direction: .benefit, weight: 0.5, bounds: 0...10),
                        Criterion(id: "b", direction: .cost, weight: 0.5, bounds: 0...4)]
        let p = try DecisionProblem(criteria: criteria, alternatives: ["x", "y"], rows: [[10, 2], [5, 0]])
        let r = try MethodName.spotis.evaluate(p)
        #expect(close(r.scores, [0.25, 0.25]))
        #expect(r.ranks == [1, 1])
        let noBounds = try peersToyProblem()
        #expect(throws: MCDAError.self) { try MethodName.spotis.evaluate(noBounds) }
    }

    /// WASPAS with λ = 1 is WSM and with λ = 0 is WPM on the same normalization.
    @Test func waspasEndpoints() throws {
        let p = try peersToyProblem()
        let wsm = try MethodName.wsm.evaluate(p, options: MethodOptions(normalization: .linear))
        let wpm = try MethodName.wpm.evaluate(p, options: MethodOptions(normalization: .linear))
        #expect(close(try MethodName.waspas.evaluate(p, options: MethodOptions(lambda: 1)).scores, wsm.scores))
        #expect(close(try MethodName.waspas.evaluate(p, options: MethodOptions(lambda: 0)).scores, wpm.scores))
    }

    /// Scaling a benefit column by a positive constant leaves vector-normalized TOPSIS unchanged.
    @Test(arguments: [0.001, 3.0, 1000.0])
    func topsisIsScaleInvariant(factor: Double) throws {
        let base = try peersToyProblem()
        let rows = (0..<base.alternativeCount).map { i in base.row(i).enumerated().map { $0 == 1 ? $1 * factor : $1 } }
        let scaled = try DecisionProblem(criteria: base.criteria, alternatives: base.alternatives, rows: rows)
        #expect(close(try MethodName.topsis.evaluate(scaled).scores, try MethodName.topsis.evaluate(base).scores, 1e-12))
    }

    /// Improving one alternative on a benefit criterion never lowers its WSM rank (seeded random problems).
    @Test func improvingNeverHurtsWSM() throws {
        var g = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let m = 3 + Int(g.next() % 8), n = 2 + Int(g.next() % 4)
            let rows = (0..<m).map { _ in (0..<n).map { _ in 1 + Double(g.next() % 1000) / 10 } }
            let w = (0..<n).map { _ in 0.05 + Double(g.next() % 100) / 100 }
            let p = try problem(rows, String(repeating: "+", count: n - 1) + "-", w)
            let i = Int(g.next() % UInt64(m)), j = Int(g.next() % UInt64(n - 1))
            var better = rows
            better[i][j] *= 1.5
            let before = try MethodName.wsm.evaluate(p).ranks[i]
            let after = try MethodName.wsm.evaluate(try problem(better, String(repeating: "+", count: n - 1) + "-", w)).ranks[i]
            #expect(after <= before)
        }
    }
}


/// Objective weights from the matrix alone: `ignoringDirections` reads every criterion as benefit.
@Suite struct ObjectiveWeightingDirectionTests {
    @Test func criticAndMerecIgnoringDirectionsEqualTheAllBenefitProblem() throws {
        let p = try peersToyProblem()
        let allBenefit = try problem([[9, 4, 3, 7], [7, 6, 5, 4], [5, 8, 7, 2], [8, 3, 2, 8], [6, 7, 6, 3], [4, 9, 8, 1]],
                                     "++++", [0.40, 0.25, 0.20, 0.15])
        for method in [ObjectiveWeighting.critic, .merec] {
            let ignoring = try method.weights(for: p, ignoringDirections: true)
            #expect(ignoring == (try method.weights(for: allBenefit)))
            #expect(ignoring != (try method.weights(for: p)))
        }
        // Methods on raw columns do not change.
        #expect(try ObjectiveWeighting.entropy.weights(for: p, ignoringDirections: true) == (try ObjectiveWeighting.entropy.weights(for: p)))
    }
}
