import Foundation
import Testing
import TestSupport
@testable import MCDA

/// AHP hierarchies: hierarchic composition against the published leader example and hand computations, and
/// errors located at the node.
@Suite struct AHPHierarchyTests {
    func hierarchy(_ json: String) throws -> AHPHierarchy { try AHPHierarchy(json: Data(json.utf8)) }

    /// Wikipedia's "Choosing a leader": Tom 0.358, Dick 0.493, Harry 0.149 as published; the values below are an
    /// independent eigenvector implementation's (numpy), to 1e-9.
    @Test func leaderExample() throws {
        let data = try Data(contentsOf: Repository.url("datasets/problems/ahp-hierarchy-leader.json"))
        let r = try AHPHierarchy(json: data).evaluate()
        let targets = Dictionary(uniqueKeysWithValues: r.targets.map { ($0.id, $0.weight) })
        #expect(abs(targets["Tom"]! - 0.35813676942236533) < 1e-9)
        #expect(abs(targets["Dick"]! - 0.49278818823437454) < 1e-9)
        #expect(abs(targets["Harry"]! - 0.14907504234326027) < 1e-9)
        #expect(abs(r.targets.reduce(0) { $0 + $1.weight } - 1) < 1e-12)
        #expect(r.nodes.count == 5 && r.bottom.count == 12)
        // The global weight of a criterion node is its local priority under the goal.
        let experience = try #require(r.nodes.first { $0.path == ["choose a leader", "experience"] })
        #expect(experience.globalWeight == r.nodes[0].localWeights[0])
        #expect(r.nodes.allSatisfy { $0.isConsistent })
    }

    /// Three levels with consistent matrices: every global priority is the product of the ratios by hand.
    @Test func threeLevelsComposeByProducts() throws {
        let r = try hierarchy("""
            {"schemaVersion": "1.0", "kind": "ahpHierarchy", "root": {"id": "goal", "matrix": [[1, 3], ["1/3", 1]],
              "children": [{"id": "cost", "matrix": [[1, 4], ["1/4", 1]], "children": [
                              {"id": "capex", "items": ["A", "B"], "matrix": [[1, 1], [1, 1]]}],
                            "items": ["capex", "opex"]},
                           {"id": "quality", "items": ["A", "B"], "judgments": [{"a": "A", "b": "B", "value": "1/2"}]}]}}
            """).evaluate()
        // goal: cost 3/4, quality 1/4; cost: capex 4/5, opex 1/5; capex: A 1/2, B 1/2; quality: A 1/3, B 2/3.
        let bottom = Dictionary(uniqueKeysWithValues: r.bottom.map { ($0.path.joined(separator: ">"), $0.weight) })
        #expect(abs(bottom["goal>cost>capex>A"]! - 0.75 * 0.8 * 0.5) < 1e-12)
        #expect(abs(bottom["goal>cost>opex"]! - 0.75 * 0.2) < 1e-12)
        #expect(abs(bottom["goal>quality>B"]! - 0.25 * 2 / 3) < 1e-12)
        let targets = Dictionary(uniqueKeysWithValues: r.targets.map { ($0.id, $0.weight) })
        #expect(abs(targets["A"]! - (0.75 * 0.8 * 0.5 + 0.25 / 3)) < 1e-12)
        #expect(r.targets.map(\.id) == ["A", "B", "opex"])
    }

    /// A node of measured values: local priorities are the values over their sum, CR 0.
    @Test func measuredValuesNode() throws {
        let r = try hierarchy("""
            {"schemaVersion": "1.0", "kind": "ahpHierarchy", "root": {"id": "goal", "matrix": [[1, 3], ["1/3", 1]],
              "children": [{"id": "cost", "values": {"A": 2, "B": 6}},
                           {"id": "quality", "items": ["A", "B"], "matrix": [[1, 1], [1, 1]]}]}}
            """).evaluate()
        let cost = try #require(r.nodes.first { $0.path.last == "cost" })
        #expect(cost.items == ["A", "B"] && cost.localWeights == [0.25, 0.75] && cost.consistencyRatio == 0)
        let targets = Dictionary(uniqueKeysWithValues: r.targets.map { ($0.id, $0.weight) })
        #expect(abs(targets["A"]! - (0.75 * 0.25 + 0.25 * 0.5)) < 1e-12)
        #expect(throws: MCDAError.self) {
            _ = try hierarchy("""
                {"schemaVersion": "1.0", "kind": "ahpHierarchy", "root": {"id": "g", "values": {"A": 0, "B": 1}}}
                """)
        }
    }

    /// A node with participants aggregates them; an incomplete node is completed and listed.
    @Test func groupAndIncompleteNodes() throws {
        let json = """
            {"schemaVersion": "1.0", "kind": "ahpHierarchy", "root": {"id": "goal", "items": ["x", "y", "z"],
              "judgments": [{"a": "x", "b": "y", "value": 2}, {"a": "y", "b": "z", "value": 3}],
              "children": [{"id": "x", "items": ["A", "B"], "participants": [
                  {"id": "p1", "matrix": [[1, 4], ["1/4", 1]]}, {"id": "p2", "matrix": [[1, 1], [1, 1]]}]}]}}
            """
        let r = try hierarchy(json).evaluate(completion: .lambdaMaxOptimal)
        // The consistent completion of x/z is 6: priorities 6/10, 3/10, 1/10.
        #expect(abs(r.nodes[0].localWeights[0] - 0.6) < 1e-9)
        #expect(r.nodes[0].result?.completedPairs.count == 1)
        // AIJ of 4 and 1: geometric mean 2, priorities 2/3, 1/3.
        #expect(abs(r.nodes[1].localWeights[0] - 2.0 / 3) < 1e-12)
        #expect(r.nodes[1].group?.participants.count == 2)
    }

    @Test func errorsNameTheNode() throws {
        let bad = """
            {"schemaVersion": "1.0", "kind": "ahpHierarchy", "root": {"id": "goal", "items": ["cost", "quality"], "matrix": [[1, 3], ["1/3", 1]],
              "children": [{"id": "cost", "items": ["A", "B"], "matrix": [[1, 0], [1, 1]]},
                           {"id": "speed", "items": ["A", "B"], "matrix": [[1, 2], ["1/2", 1]]}]}}
            """
        do {
            _ = try hierarchy(bad)
            Issue.record("accepted a broken hierarchy")
        } catch let MCDAError.invalidInput(issues) {
            let text = issues.map(\.description).joined(separator: "\n")
            #expect(text.contains("root.children[0].matrix[0][1]"))
            #expect(text.contains("root.children[1].id: 'speed' is not one of the items"))
        }
        let disconnected = """
            {"schemaVersion": "1.0", "kind": "ahpHierarchy", "root": {"id": "goal", "items": ["a", "b", "c", "d"],
              "judgments": [{"a": "a", "b": "b", "value": 2}, {"a": "c", "b": "d", "value": 3}]}}
            """
        do {
            _ = try hierarchy(disconnected).evaluate()
            Issue.record("accepted disconnected judgments")
        } catch let MCDAError.invalidInput(issues) {
            #expect(issues.first?.location == "root")
        }
    }
}
