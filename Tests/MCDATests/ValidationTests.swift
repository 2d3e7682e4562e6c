import Foundation
import Testing
@testable import MCDA

/// Bad inputs end in one clear error naming the alternative and criterion, never a NaN.
@Suite struct ValidationTests {
    func issues(_ body: () throws -> Void) -> [MCDAIssue] {
        do { try body() } catch let MCDAError.invalidInput(list) { return list } catch { return [MCDAIssue("\(error)")] }
        return []
    }

    @Test func nanAndInfinityAreRejected() {
        let found = issues { _ = try problem([[1, .nan], [2, .infinity]], "++", [0.5, 0.5]) }
        #expect(found.count == 2)
        #expect(found[0].message.contains("alternative 'A1', criterion 'c2'"))
        #expect(found[1].location == "alternatives[1].values.c2")
    }

    @Test func zeroWeightsEverywhere() {
        let found = issues { _ = try problem([[1, 2], [2, 1]], "++", [0, 0]) }
        #expect(found.contains { $0.message.contains("all weights are zero") })
    }

    @Test func negativeWeightAndDuplicateIds() {
        let found = issues { _ = try problem([[1, 2], [2, 1]], "++", [-1, 2], ids: ["A", "A"]) }
        #expect(found.contains { $0.location == "criteria[0].weight" })
        #expect(found.contains { $0.message.contains("duplicate id 'A'") })
    }

    @Test func jsonMissingValueAndTextInNumberColumn() {
        let json = """
            {"schemaVersion": "1.0", "kind": "decisionProblem",
             "criteria": [{"id": "cost", "direction": "cost", "weight": 0.5}, {"id": "q", "direction": "benefit", "weight": 0.5}],
             "alternatives": [{"id": "A1", "values": {"cost": "cheap", "q": 3}}, {"id": "A2", "values": {"cost": 2}}]}
            """
        let found = issues { _ = try DecisionProblem(json: Data(json.utf8)) }
        #expect(found.map(\.location) == ["alternatives[0].values.cost", "alternatives[1].values.q"])
        #expect(found[0].message.contains("expected a number, got text \"cheap\""))
    }

    @Test func jsonUnknownDirectionAndTruncatedFile() {
        let bad = #"{"criteria": [{"id": "a", "direction": "up", "weight": 1}], "alternatives": []}"#
        #expect(issues { _ = try DecisionProblem(json: Data(bad.utf8)) }.contains { $0.location == "criteria[0].direction" })
        let truncated = #"{"criteria": [{"id": "a", "#
        #expect(issues { _ = try DecisionProblem(json: Data(truncated.utf8)) }.first?.message.contains("not valid JSON") == true)
    }

    @Test func csvTextAndEmptyCells() {
        let csv = "id,price,quality\nA1,10,abc\nA2,,4\nA3,nan,5\n"
        let found = issues { _ = try DecisionProblem(csv: csv, directions: [.cost, .benefit], weights: [0.5, 0.5]) }
        #expect(found.map(\.location) == ["row 2, column 'quality'", "row 3, column 'price'", "row 4, column 'price'"])
    }

    /// A broken quote is one error with its line and field, not a cell that swallows the rest of the file.
    @Test(arguments: [
        ("id,a,b\nX,1,2\nY,\"3,4\nZ,5,6\n", "line 3, field 2", "never closed"),
        ("id,a,b\nX,1,2\nY,3\"x\",4\n", "line 3, field 2", "a quote inside a field"),
        ("id,a,b\nX,\"1\"2,2\n", "line 2, field 2", "text after the closing quote"),
        ("id,a,b\n\"multi\nline\",1,2\nY,3,\"4\n", "line 4, field 3", "never closed"),
    ])
    func csvQuoteErrorsAreLocated(_ csv: String, _ location: String, _ message: String) {
        let found = issues { _ = try DecisionProblem(csv: csv, directions: [.cost, .benefit], weights: [0.5, 0.5]) }
        #expect(found.count == 1 && found.first?.location == location && found.first?.message.contains(message) == true, "\(found)")
    }

    @Test func csvQuotingThatRFC4180Allows() {
        #expect(CSVSyntax.check("a,\"b \"\"c\"\"\",\"\"\r\n\"x\ny\",2\n") == nil)
        #expect(CSVSyntax.check("a;\"1;5\";2", delimiter: ";") == nil)
    }

    @Test func csvHappyPath() throws {
        let p = try DecisionProblem(csv: "\u{FEFF}id,price,quality\nA1,10,3\n\"A, two\",12,4\n", directions: [.cost, .benefit], weights: [0.4, 0.6])
        #expect(p.alternatives == ["A1", "A, two"])
        #expect(p.value(1, 0) == 12)
    }

    @Test func constantColumnUnderVIKOR() throws {
        let p = try problem([[1, 3], [1, 5], [1, 4]], "++", [0.5, 0.5])
        #expect(throws: MCDAError.self) { try MethodName.vikor.evaluate(p) }
        do { _ = try MethodName.vikor.evaluate(p) } catch {
            #expect("\(error)".contains("criterion 'c1' has the same value for every alternative"))
        }
        // The same constant column is harmless under TOPSIS and MABAC.
        #expect(try MethodName.topsis.evaluate(p).scores.allSatisfy(\.isFinite))
        #expect(try MethodName.mabac.evaluate(p).scores.allSatisfy(\.isFinite))
    }

    @Test func negativeValuesUnderSum() throws {
        let p = try problem([[1, 3], [-2, 5]], "++", [0.5, 0.5])
        #expect(throws: MCDAError.outsideDomain(context: "normalization 'sum'", alternative: "A2", criterion: "c1", value: -2, rule: "must be ≥ 0")) {
            try MethodName.wsm.evaluate(p)
        }
    }

    /// Only the cost form of `sum` needs positive values: a 0 in a benefit column is valid input.
    @Test func zeroInABenefitColumnUnderSum() throws {
        let p = try problem([[0, 3], [2, 5], [6, 1]], "+-", [0.5, 0.5])
        let r = try MethodName.wsm.evaluate(p, options: MethodOptions(normalization: .sum))
        let cost = [1.0 / 3, 1.0 / 5, 1.0].map { $0 / (1.0 / 3 + 1.0 / 5 + 1) }
        for (i, x) in [0.0, 0.25, 0.75].enumerated() { #expect(abs(r.scores[i] - (0.5 * x + 0.5 * cost[i])) < 1e-12) }
        let zeroCost = try problem([[1, 0], [2, 5]], "+-", [0.5, 0.5])
        #expect(throws: MCDAError.self) { try MethodName.wsm.evaluate(zeroCost, options: MethodOptions(normalization: .sum)) }
    }

    @Test func allIdenticalAlternativesUnderTOPSIS() throws {
        let p = try problem([[1, 3], [1, 3]], "++", [0.5, 0.5])
        #expect(throws: MCDAError.self) { try MethodName.topsis.evaluate(p) }
    }

    @Test func parametersOutOfRange() throws {
        let p = try peersToyProblem()
        #expect(throws: MCDAError.invalidParameter(name: "v", rule: "must lie in [0, 1], got 2.0")) {
            try MethodName.vikor.evaluate(p, options: MethodOptions(v: 2))
        }
        #expect(throws: MCDAError.self) { try MethodName.promethee2.evaluate(p, options: MethodOptions(normalization: .sum)) }
    }

    @Test func weightsNotSummingToOneWarn() throws {
        let p = try problem([[1, 2], [2, 1]], "++", [1, 1])
        #expect(p.warnings.first?.contains("used as given") == true)
    }
}
