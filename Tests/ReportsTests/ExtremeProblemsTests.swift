import Foundation
import MCDA
import Reports
import Testing

/// No trap is reachable from a decision problem: every method × normalization × writer, over degenerate and
/// extreme problems, either refuses the problem with an `MCDAError` or gives finite numbers, ranks 1…m, and text
/// without `nan` or `inf` in every format (JSON, CSV, table).
@Suite struct ExtremeProblemsTests {
    static let directions: [Direction] = [.benefit, .cost, .benefit]

    static func problem(_ rows: [[Double]], weights: [Double] = [0.5, 0.3, 0.2]) throws -> DecisionProblem? {
        let criteria = zip(["c1", "c2", "c3"], zip(directions, weights)).map { id, dw in
            Criterion(id: id, direction: dw.0, weight: dw.1, bounds: -1.7e308...1.7e308)
        }
        return try? DecisionProblem(criteria: criteria, alternatives: rows.indices.map { "A\($0 + 1)" }, rows: rows)
    }

    static let cases: [(String, [[Double]], [Double])] = [
        ("ordinary", [[7, 3, 5], [4, 6, 2], [9, 1, 8], [5, 5, 5]], [0.5, 0.3, 0.2]),
        ("weights near the largest double", [[7, 3, 5], [4, 6, 2], [9, 1, 8]], [1e308, 1e308, 1e307]),
        ("one huge weight", [[7, 3, 5], [4, 6, 2], [9, 1, 8]], [1e308, 1, 1]),
        ("subnormal weight", [[7, 3, 5], [4, 6, 2], [9, 1, 8]], [Double.leastNonzeroMagnitude, 1, 1]),
        ("huge values", [[1e308, 1e308, 1e308], [1, 2, 3], [-1e308, 5, 1e-308]], [0.5, 0.3, 0.2]),
        ("constant columns", [[3, 3, 3], [3, 3, 3], [3, 3, 3]], [0.5, 0.3, 0.2]),
        ("all zero", [[0, 0, 0], [0, 0, 0]], [0.5, 0.3, 0.2]),
        ("negative and zero", [[-5, 0, 2], [0, -1, 0], [3, 2, -7]], [0.5, 0.3, 0.2]),
        ("tiny spread", [[1, 1, 1], [1 + 1e-15, 1, 1], [1, 1 - 1e-15, 1]], [0.5, 0.3, 0.2]),
        ("zero weights but one", [[7, 3, 5], [4, 6, 2]], [0, 0, 1]),
    ]

    @Test func everyMethodNormalizationAndFormatIsFiniteOrRefused() throws {
        var evaluated = 0, refused = 0
        for (name, rows, weights) in Self.cases {
            guard let problem = try Self.problem(rows, weights: weights) else { refused += 1; continue }
            for method in MethodName.allCases {
                for normalization in [nil] + Normalization.allCases.map(Optional.some) {
                    let label = "\(name) / \(method.rawValue) / \(normalization?.rawValue ?? "default")"
                    let result: MethodResult
                    do { result = try method.evaluate(problem, options: MethodOptions(normalization: normalization)) }
                    catch { refused += 1; continue }
                    evaluated += 1
                    #expect(result.scores.allSatisfy { $0.isFinite }, "\(label)")
                    #expect(result.ranks.allSatisfy { (1...problem.alternatives.count).contains($0) }, "\(label)")
                    #expect(Set(result.order) == Set(problem.alternatives.indices), "\(label)")
                    for text in [result.json.serialized(), result.csv, result.table] {
                        let lower = text.lowercased()
                        #expect(!lower.contains("nan") && !lower.contains("inf,") && !lower.contains("=inf") && !lower.contains(": inf"), "\(label)")
                    }
                }
            }
        }
        // Both branches are exercised: most combinations evaluate, the overflowing ones are refused.
        #expect(evaluated > 300 && refused > 10, "evaluated \(evaluated), refused \(refused)")
    }

    @Test func weightsThatOverflowTheirSumAreRefusedWithTheRule() throws {
        let criteria = [Criterion(id: "a", direction: .benefit, weight: 1e308), Criterion(id: "b", direction: .cost, weight: 1e308)]
        #expect(throws: MCDAError.self) { _ = try DecisionProblem(criteria: criteria, alternatives: ["x", "y"], rows: [[1, 2], [3, 4]]) }
        do { _ = try DecisionProblem(criteria: criteria, alternatives: ["x", "y"], rows: [[1, 2], [3, 4]]) }
        catch { #expect("\(error)".contains("largest number")) }
    }
}
