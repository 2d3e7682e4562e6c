import Testing
@testable import MCDA

/// SMAA-2 (Lahdelma & Salminen 2001) against cases with closed-form answers, and the speed-related machinery.
@Suite struct SMAATests {
    /// Two criteria, w = (t, 1 − t) with t ~ U(0, 1): A = (1, 0) scores t, B = (0, 1) scores 1 − t,
    /// C = (0.6, 0.6) scores 0.6. So A is first for t > 0.6 (then C, B), B for t < 0.4 (then C, A), and C for
    /// t in (0.4, 0.6), followed by A when t > 0.5.
    static let values: [Double] = [1, 0, 0.6, 0, 1, 0.6]                     // column-major, 3 × 2

    @Test func acceptabilitiesAndCentralWeightsMatchTheClosedForm() throws {
        let r = try SMAA.additive(values: Self.values, alternatives: ["A", "B", "C"], criteria: ["x", "y"],
                                  options: SMAAOptions(samples: 200_000, seed: 3))
        let expected: [[Double]] = [[0.4, 0.1, 0.5], [0.4, 0.1, 0.5], [0.2, 0.8, 0]]
        for i in 0..<3 {
            for k in 0..<3 {
                let se = (expected[i][k] * (1 - expected[i][k]) / 200_000).squareRoot()
                #expect(abs(r.acceptability[i][k] - expected[i][k]) <= 5 * se, "b[\(i)][\(k)] = \(r.acceptability[i][k])")
                #expect(abs(r.standardErrors[i][k] - se) < 1e-3)
            }
        }
        // Central weights: A is first for t in (0.6, 1), so its mean weight is (0.8, 0.2); C's is (0.5, 0.5).
        #expect(abs(r.centralWeights[0]![0] - 0.8) < 0.003)
        #expect(abs(r.centralWeights[1]![0] - 0.2) < 0.003)
        #expect(abs(r.centralWeights[2]![0] - 0.5) < 0.003)
        #expect(r.confidence == [1, 1, 1])
        #expect(r.probabilityOfTop(2)[2] == 1)
    }

    @Test func resultsDoNotDependOnTheThreadCount() throws {
        let x = (0..<(40 * 5)).map { k in Double((k * 7919) % 1000) / 1000 }
        let ids = (0..<40).map { "A\($0)" }, criteria = (0..<5).map { "c\($0)" }
        let one = try SMAA.additive(values: x, alternatives: ids, criteria: criteria, options: SMAAOptions(samples: 5000, seed: 9, blockSize: 128, threads: 1))
        let two = try SMAA.additive(values: x, alternatives: ids, criteria: criteria, options: SMAAOptions(samples: 5000, seed: 9, blockSize: 128, threads: 2))
        let four = try SMAA.additive(values: x, alternatives: ids, criteria: criteria, options: SMAAOptions(samples: 5000, seed: 9, blockSize: 128, threads: 4))
        #expect(one.acceptability == two.acceptability && two.acceptability == four.acceptability)
        #expect(one.centralWeights.map { $0 ?? [] } == four.centralWeights.map { $0 ?? [] })
        let other = try SMAA.additive(values: x, alternatives: ids, criteria: criteria, options: SMAAOptions(samples: 5000, seed: 10, blockSize: 128))
        #expect(other.acceptability != one.acceptability)
    }

    @Test func topsisKernelEqualsTheMethod() throws {
        let problem = try DecisionProblem(
            criteria: [Criterion(id: "a", direction: .benefit, weight: 0.3), Criterion(id: "b", direction: .cost, weight: 0.5),
                       Criterion(id: "c", direction: .benefit, weight: 0.2)],
            alternatives: ["x", "y", "z", "u"], rows: [[3, 9, 0.5], [4, 7, 0.9], [2, 8, 0.1], [5, 10, 0.7]])
        for normalization in [Normalization.vector, .minmax] {
            let options = MethodOptions(normalization: normalization)
            let kernel = try SMAAKernel(method: .topsis, problem: problem, options: options)
            let w: [Double] = [0.2, 0.5, 0.3]
            var out = [Double](repeating: 0, count: 4), extra = [Double](repeating: 0, count: 8)
            try w.withUnsafeBufferPointer { wp in try out.withUnsafeMutableBufferPointer { op in try extra.withUnsafeMutableBufferPointer { ep in
                try kernel.scores(weights: wp.baseAddress!, samples: 1, into: op.baseAddress!, scratch: ep.baseAddress!)
            } } }
            let direct = try MethodName.topsis.evaluate(try problem.withWeights(w), options: options).scores
            for i in 0..<4 { #expect(abs(out[i] - direct[i]) < 1e-12) }
        }
    }

    @Test func genericMethodsRunPerSample() throws {
        let problem = try DecisionProblem(
            criteria: [Criterion(id: "a", direction: .benefit, weight: 0.5), Criterion(id: "b", direction: .benefit, weight: 0.5)],
            alternatives: ["A", "B", "C"], rows: [[1, 0], [0, 1], [0.6, 0.6]])
        let r = try MethodName.vikor.smaa(problem, options: SMAAOptions(samples: 2000, seed: 1))
        #expect(r.acceptability.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 })
        #expect(r.settings.contains { $0.0 == "scoreKernel" })
    }

    @Test func weightSpacesAreHonoured() throws {
        var rng = Xoshiro256(seed: 5)
        var w = [Double](repeating: 0, count: 3)
        let order = WeightSpace.order([2, 0, 1])
        let bounds = WeightSpace.bounds(lower: [0.1, 0.2, 0], upper: [0.5, 0.6, 0.4])
        var accepted = 0
        for _ in 0..<2000 {
            w.withUnsafeMutableBufferPointer { _ = order.draw(into: $0.baseAddress!, n: 3, rng: &rng) }
            #expect(w[2] >= w[0] && w[0] >= w[1] && abs(w.reduce(0, +) - 1) < 1e-12)
            let ok = w.withUnsafeMutableBufferPointer { bounds.draw(into: $0.baseAddress!, n: 3, rng: &rng) }
            if ok {
                accepted += 1
                #expect((0.1...0.5).contains(w[0]) && (0.2...0.6).contains(w[1]) && (0...0.4).contains(w[2]))
            }
        }
        #expect(accepted > 500)
        #expect(throws: MCDAError.self) { try WeightSpace.order([0, 0, 1]).validate(criteria: 3) }
        #expect(throws: MCDAError.self) { try WeightSpace.bounds(lower: [0.5, 0.6], upper: [1, 1]).validate(criteria: 2) }
    }

    /// Shapes: spread evenly; exact ties; a few huge scores among tiny ones (the fallback sort); scores a few ulps
    /// apart around a larger spread (equal 31-bit keys, decided on the doubles); negative scores. m = 703 leaves a
    /// tail for the four-wide key loop; m = 1…7 the short path.
    @Test(arguments: ["uniform", "ties", "skewed", "ulps", "negative"], [703, 1, 2, 7])
    func rankOrderEqualsAStableSort(_ shape: String, _ m: Int) {
        var rng = Xoshiro256(seed: 11)
        var sorter = RankOrder(count: m)
        for _ in 0..<30 {
            var s = (0..<m).map { _ in rng.uniform() }
            if shape == "ties" { s = s.map { ($0 * 20).rounded() / 20 } }
            if shape == "skewed" { s = s.map { $0 < 0.01 ? 1e6 : $0 * 1e-9 } }
            if shape == "ulps" { s = s.enumerated().map { $0.offset % 10 == 0 ? $0.element * 100 : 0.5 + Double(Int($0.element * 8)) * 0x1p-52 } }
            if shape == "negative" { s = s.map { -1e3 * $0 } }
            for descending in [true, false] {
                var order = [Int32](repeating: 0, count: m)
                s.withUnsafeBufferPointer { sp in order.withUnsafeMutableBufferPointer { sorter.sort(sp.baseAddress!, descending: descending, into: $0.baseAddress!) } }
                let expected = (0..<m).sorted { a, b in s[a] != s[b] ? (descending ? s[a] > s[b] : s[a] < s[b]) : a < b }
                #expect(order.map(Int.init) == expected)
                // The portable C path (what a CPU without AVX2 runs) hands the same samples back to the fallback
                // sort as the dispatched path, and gives the same order on the others.
                var words = [UInt64](repeating: 0, count: m), words2 = words
                var portable = [Int32](repeating: -1, count: m), dispatched = portable
                let done = Kernels.rankOrder(s, count: m, descending: descending, into: &portable, scratch: &words, &words2, portable: true)
                #expect(done == Kernels.rankOrder(s, count: m, descending: descending, into: &dispatched, scratch: &words, &words2))
                #expect(!done || portable.map(Int.init) == expected)
            }
        }
    }
}

/// The streaming TOPSIS kernel (vector normalization) against the column-by-column textbook form.
@Suite struct StreamingTOPSISTests {
    @Test func equalsTheTextbookForm() throws {
        var rng = Xoshiro256(seed: 21)
        let m = 5003, n = 7
        let criteria = (0..<n).map { Criterion(id: "c\($0)", direction: $0 % 3 == 1 ? .cost : .benefit, weight: Double($0 + 1) / 28) }
        let values = (0..<(m * n)).map { _ in 1 + 9 * rng.uniform() }
        let problem = try DecisionProblem(criteria: criteria, alternatives: (0..<m).map { "A\($0)" }, columnMajor: values)
        let fast = try MethodName.topsis.evaluate(problem)
        let r = try Normalization.vector.columns(of: problem)
        var silent = Explanation(recording: false)
        let slow = try TOPSIS.evaluate(columns: r, weights: problem.weights, problem: problem, explanation: &silent)
        for i in 0..<m { #expect(abs(fast.scores[i] - slow.scores[i]) <= 1e-12) }
        #expect(try MethodName.topsis.scores(problem) == fast.scores)
    }

    /// The large-problem path (C kernel, possibly AVX2/FMA) against the textbook form, relative 1e-12.
    @Test func largeProblemKernelEqualsTheTextbookForm() throws {
        var rng = Xoshiro256(seed: 22)
        let m = StreamingTOPSIS.largeProblem + 37, n = 11
        let criteria = (0..<n).map { Criterion(id: "c\($0)", direction: $0 % 4 == 2 ? .cost : .benefit, weight: 1 / Double(n)) }
        let problem = try DecisionProblem(criteria: criteria, alternatives: (0..<m).map { "A\($0)" },
                                          columnMajor: (0..<(m * n)).map { _ in 1 + 99 * rng.uniform() })
        let fast = try MethodName.topsis.evaluate(problem)
        var silent = Explanation(recording: false)
        let slow = try TOPSIS.evaluate(columns: try Normalization.vector.columns(of: problem), weights: problem.weights,
                                       problem: problem, explanation: &silent)
        var worst = 0.0
        for i in 0..<m { worst = Swift.max(worst, abs(fast.scores[i] - slow.scores[i]) / slow.scores[i]) }
        #expect(worst < 1e-12)
    }
}
