import Foundation
import Testing
@testable import MCDA

/// The intermediate tables of `--explain`: each checked against an independent computation from the raw matrix,
/// and against the scores the method returns.
@Suite struct IntermediateTableTests {
    func explained(_ method: MethodName, _ p: DecisionProblem, _ options: MethodOptions = MethodOptions()) throws -> MethodResult {
        var o = options
        o.explain = true
        return try method.evaluate(p, options: o)
    }

    func table(_ r: MethodResult, _ key: String) throws -> IntermediateTable {
        try #require(r.intermediateTables.first { $0.key == key }, "no table \(key) for \(r.method.rawValue)")
    }

    @Test func noTablesUnlessAsked() throws {
        let p = try peersToyProblem()
        for method in MethodName.allCases where method != .spotis {
            #expect(try method.evaluate(p).intermediateTables.isEmpty)
        }
    }

    /// Explaining changes no score: TOPSIS (vector) goes through the general path then, equal to 1e-12.
    @Test(arguments: MethodName.allCases.filter { $0 != .spotis })
    func explainingKeepsTheScores(method: MethodName) throws {
        let p = try peersToyProblem()
        let plain = try method.evaluate(p), explained = try explained(method, p)
        #expect(close(plain.scores, explained.scores, 1e-12))
        #expect(plain.ranks == explained.ranks)
        #expect(!explained.intermediateTables.isEmpty)
        for t in explained.intermediateTables {
            #expect(t.values.count == t.rows.count)
            #expect(t.values.allSatisfy { $0.count == t.columns.count && $0.allSatisfy(\.isFinite) })
        }
    }

    @Test func topsisTablesFromTheRawMatrix() throws {
        let p = try peersToyProblem()
        let r = try explained(.topsis, p)
        let normalized = try table(r, "normalizedMatrix"), weighted = try table(r, "weightedMatrix")
        let ideals = try table(r, "idealSolutions"), distances = try table(r, "distances")
        for j in 0..<p.criterionCount {
            let x = p.column(j)
            let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let rj = x.map { p.criteria[j].direction == .benefit ? $0 / norm : 1 - $0 / norm }
            let vj = rj.map { $0 * p.weights[j] }
            #expect(close(normalized.values.map { $0[j] }, rj, 1e-14))
            #expect(close(weighted.values.map { $0[j] }, vj, 1e-14))
            #expect(ideals.values[0][j] == vj.max()! && ideals.values[1][j] == vj.min()!)
        }
        #expect(close(distances.values.map { $0[2] }, r.scores, 1e-15))
        let dPlus = r.details.first { $0.0 == "dPlus" }!.1
        #expect(close(distances.values.map { $0[0] }, dPlus, 1e-15))
    }

    @Test func vikorTablesAndConditions() throws {
        let p = try peersToyProblem()
        let r = try explained(.vikor, p)
        let srq = try table(r, "groupUtilityAndRegret"), conditions = try table(r, "compromiseConditions")
        #expect(close(srq.values.map { $0[2] }, r.scores, 1e-15))
        // Independent S for A1 (best / worst by hand: severity 9/4, trl 9/3, std 8/2, risk cost 1/8).
        let terms: [Double] = [0.40 * 0 / 5, 0.25 * 5 / 6, 0.20 * 5 / 6, 0.15 * 6 / 7]
        let s1 = terms.reduce(0, +)
        #expect(close(srq.values[0][0], s1, 1e-14))
        let q = r.scores.sorted()
        #expect(close(conditions.values[0][0], q[1] - q[0], 1e-14))
        #expect(close(conditions.values[0][1], 1 / Double(p.alternativeCount - 1), 1e-15))
        #expect((conditions.values[0][2] == 1) == (q[1] - q[0] >= 0.2))
    }

    /// The preference matrix's row and column sums over m − 1 are the leaving and entering flows.
    @Test func prometheePreferenceMatrixGivesTheFlows() throws {
        let toy = try peersToyProblem()
        var criteria = toy.criteria
        criteria[1].preference = .vshape(p: 3)
        criteria[3].preference = .linear(q: 1, p: 4)
        let p = try DecisionProblem(criteria: criteria, alternatives: toy.alternatives,
                                    rows: (0..<toy.alternativeCount).map { i in (0..<4).map { toy.value(i, $0) } })
        let r = try explained(.promethee2, p)
        let pi = try table(r, "preferenceMatrix"), flows = try table(r, "flows")
        let m = p.alternativeCount
        for a in 0..<m {
            let plus = pi.values[a].reduce(0, +) / Double(m - 1)
            let minus = (0..<m).reduce(0) { $0 + pi.values[$1][a] } / Double(m - 1)
            #expect(close(flows.values[a][0], plus, 1e-12))
            #expect(close(flows.values[a][1], minus, 1e-12))
            #expect(pi.values[a][a] == 0)
        }
        #expect(close(flows.values.map { $0[2] }, r.scores, 1e-15))
    }

    /// COPRAS: S⁺ and S⁻ kept apart, N = Q / Q_max · 100, the best alternative at 100 %.
    @Test func coprasUtilityDegree() throws {
        let p = try peersToyProblem()
        let r = try explained(.copras, p)
        let t = try table(r, "significance")
        let q = t.values.map { $0[2] }
        #expect(close(q, r.scores, 1e-15))
        #expect(close(t.values.map { $0[3] }, q.map { $0 / q.max()! * 100 }, 1e-14))
        // S⁻ of A1 by hand: cost criterion risk, sum-normalized 7 / 25, weight 0.15.
        #expect(close(t.values[0][1], 0.15 * 7 / 25, 1e-14))
    }

    @Test func arasOptimalRowAndGivenOptimal() throws {
        let p = try problem([[8, 120_000], [6, 90_000], [9, 200_000], [7, 60_000]], "+-", [0.6, 0.4])
        let own = try explained(.aras, p)
        let k = try table(own, "utilityDegree")
        #expect(k.rows[0] == "optimal alternative" && k.values[0][1] == 1)
        // Given optimal (10, 50 000): S_0 = 0.6 · 10/40 + 0.4 · (1/50000) / Σ(1/x), by hand.
        let given = try explained(.aras, p, MethodOptions(expectedSolution: [10, 50_000]))
        let inverse = [50_000.0, 120_000, 90_000, 200_000, 60_000].reduce(0) { $0 + 1 / $1 }
        let s0 = 0.6 * 10 / 40 + 0.4 * (1 / 50_000) / inverse
        let s1 = 0.6 * 8 / 40 + 0.4 * (1 / 120_000) / inverse
        #expect(close(given.scores[0], s1 / s0, 1e-14))
        #expect(close(try table(given, "utilityDegree").values[0][0], s0, 1e-14))
    }

    @Test func spotisExpectedSolutionPoint() throws {
        let p = try DecisionProblem(criteria: [Criterion(id: "c1", direction: .benefit, weight: 0.6, bounds: 1...10),
                                               Criterion(id: "c2", direction: .cost, weight: 0.4, bounds: 0...250_000)],
                                    alternatives: ["A1", "A2", "A3", "A4"],
                                    rows: [[8, 120_000], [6, 90_000], [9, 200_000], [7, 60_000]])
        let r = try explained(.spotis, p, MethodOptions(expectedSolution: [9, 80_000]))
        // d_1 = 0.6 |8 − 9| / 9 + 0.4 |120000 − 80000| / 250000, by hand.
        #expect(close(r.scores[0], 0.6 / 9 + 0.4 * 40_000 / 250_000, 1e-14))
        let point = try table(r, "boundsAndIdeal")
        #expect(point.values[2] == [9, 80_000])
        let delta = try table(r, "normalizedDistances")
        #expect(close(delta.values[0], [1.0 / 9, 40_000.0 / 250_000], 1e-14))
        #expect(throws: MCDAError.self) { try MethodName.spotis.evaluate(p, options: MethodOptions(expectedSolution: [9])) }
        #expect(throws: MCDAError.self) { try MethodName.topsis.evaluate(p, options: MethodOptions(expectedSolution: [9, 1])) }
    }

    @Test func edasAndMabacTablesAddUp() throws {
        let p = try peersToyProblem()
        let edas = try explained(.edas, p)
        let av = try table(edas, "averageSolution")
        #expect(close(av.values[0], (0..<4).map { j in p.column(j).reduce(0, +) / 6 }, 1e-15))
        let pda = try table(edas, "positiveDistances")
        // A1 severity 9 against the average 6.5: (9 − 6.5) / 6.5.
        #expect(close(pda.values[0][0], 2.5 / 6.5, 1e-15))
        #expect(close(try table(edas, "appraisalScores").values.map { $0[4] }, edas.scores, 1e-15))

        let mabac = try explained(.mabac, p)
        let q = try table(mabac, "distanceMatrix")
        #expect(close(q.values.map { $0.reduce(0, +) }, mabac.scores, 1e-12))
    }

    /// `none` uses the values as given: WSM is then Σ w x, and reading cost columns as benefit is warned about.
    @Test func normalizationNone() throws {
        let p = try problem([[0.2, 0.9], [0.6, 0.3], [0.9, 0.5]], "++", [0.7, 0.3])
        let r = try MethodName.wsm.evaluate(p, options: MethodOptions(normalization: .identity))
        let byHand: [Double] = [[0.2, 0.9], [0.6, 0.3], [0.9, 0.5]].map { 0.7 * $0[0] + 0.3 * $0[1] }
        #expect(close(r.scores, byHand, 1e-15))
        #expect(r.warnings.isEmpty)
        let withCost = try problem([[0.2, 0.9], [0.6, 0.3], [0.9, 0.5]], "+-", [0.7, 0.3])
        let warned = try MethodName.topsis.evaluate(withCost, options: MethodOptions(normalization: .identity))
        #expect(warned.warnings.contains { $0.contains("c2") })
        // COPRAS keeps cost criteria apart itself: no warning; VIKOR's none is its raw form.
        #expect(try MethodName.copras.evaluate(withCost, options: MethodOptions(normalization: .identity)).warnings.isEmpty)
        let vikorNone = try MethodName.vikor.evaluate(withCost, options: MethodOptions(normalization: .identity))
        #expect(vikorNone.scores == (try MethodName.vikor.evaluate(withCost)).scores)
    }
}
