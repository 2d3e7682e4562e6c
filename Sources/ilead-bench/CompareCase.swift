import Foundation
import JSONFormat
import MCDA
import Reports

/// `ilead compare` on 1,000 alternatives × 20 criteria with all 12 methods (PROMETHEE II included), from reading the
/// JSON file to the rendered table, as the command does it.
func runCompareCase() throws {
    let m = 1000, n = 20
    let x = referenceMatrix(m: m, n: n)
    let criteria: [JSONValue] = (0..<n).map { j in
        .object([("id", .string("c\(j)")), ("direction", .string(j % 4 == 3 ? "cost" : "benefit")), ("weight", .number(1.0 / Double(n))),
                 ("bounds", .array([.number(0), .number(1)]))])
    }
    let alternatives: [JSONValue] = (0..<m).map { i in
        .object([("id", .string("A\(i)")), ("values", .object((0..<n).map { j in ("c\(j)", .number(0.01 + 0.98 * x[i + j * m])) }))])
    }
    let document = JSONValue.object([("schemaVersion", .string("1.0")), ("kind", .string("decisionProblem")),
                                     ("criteria", .array(criteria)), ("alternatives", .array(alternatives))])
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-bench-compare-\(getpid()).json")
    try Data(document.serialized(pretty: false).utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    var bytes = 0, methods = 0
    let t = try repeatedSeconds(5) {
        let problem = try DecisionProblem(json: try Data(contentsOf: file), weightsRequired: true)
        let comparison = try MethodComparison.compare(problem, methods: MethodName.allCases)
        methods = comparison.results.count
        bytes = comparison.table.utf8.count
    }
    emit("compare-1000", seconds: t.median, [("minSeconds", t.min), ("repetitions", 5), ("m", m), ("n", n), ("methods", methods),
                                             ("tableBytes", bytes), ("targetSeconds", 0.1)])
}

/// PROMETHEE II with V-shape preference functions, and the Gini weights, on 200,000 alternatives × 30 criteria.
func runPrometheeCase() throws {
    let m = 200_000, n = 30
    let x = referenceMatrix(m: m, n: n)
    let criteria = (0..<n).map { j in Criterion(id: "c\(j)", direction: j % 4 == 3 ? .cost : .benefit, weight: 1.0 / Double(n), preference: .vshape(p: 0.3)) }
    let problem = try DecisionProblem(criteria: criteria, alternatives: (0..<m).map { "A\($0)" }, columnMajor: x)
    var top = ""
    let t = try repeatedSeconds(3) {
        let r = try MethodName.promethee2.evaluate(problem)
        top = r.alternatives[r.order[0]]
    }
    emit("promethee-200k", seconds: t.median, [("minSeconds", t.min), ("repetitions", 3), ("m", m), ("n", n), ("best", top), ("targetSeconds", 5)])
    var first = 0.0
    let g = try repeatedSeconds(3) { first = try ObjectiveWeighting.gini.weights(for: problem)[0] }
    emit("gini-200k", seconds: g.median, [("minSeconds", g.min), ("repetitions", 3), ("m", m), ("n", n), ("firstWeight", first), ("targetSeconds", 5)])
}
