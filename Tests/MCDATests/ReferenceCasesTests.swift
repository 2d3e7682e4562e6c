import Foundation
import Testing
@testable import MCDA

/// 30 random problems (4–30 alternatives, 2–8 criteria, cost criteria, a Likert column with ties) and 16 AHP
/// matrices up to 10x10 (half off the Saaty scale), computed independently in numpy by
/// scripts/reference_cases.py from the spec's formulas and cross-checked against pymcdm 1.4.0 where its
/// conventions coincide. Every number must agree to a relative 1e-9.
@Suite struct ReferenceCasesTests {
    struct Case: Decodable {
        var problem: AnyJSON
        var scores: [String: [Double]]
        var ranks: [String: [Int]]
        var vikorS: [Double]
        var vikorR: [Double]
        var weights: [String: [Double]]
    }
    struct AHPCase: Decodable {
        var items: [String]
        var matrix: [[Double]]
        var weights: [Double]
        var lambdaMax: Double
        var geometricMean: [Double]
    }
    struct Document: Decodable { var cases: [Case]; var ahp: [AHPCase] }

    static let document: Document = {
        try! JSONDecoder().decode(Document.self, from: fixture("reference-cases"))
    }()

    @Test(arguments: 0..<30)
    func everyMethodMatches(index: Int) throws {
        let c = Self.document.cases[index]
        let p = try DecisionProblem(json: c.problem.data)
        for (key, expected) in c.scores {
            let parts = key.split(separator: "/").map(String.init)
            let method = try #require(MethodName(rawValue: parts[0]))
            let normalization = parts.count > 1 ? Normalization(rawValue: parts[1]) : nil
            let result = try method.evaluate(p, options: MethodOptions(normalization: normalization))
            #expect(close(result.scores, expected), "\(key) case \(index)")
            #expect(result.ranks == c.ranks[key], "\(key) ranks, case \(index)")
            if method == .vikor {
                #expect(close(result.details[0].1, c.vikorS) && close(result.details[1].1, c.vikorR))
            }
        }
    }

    @Test(arguments: 0..<30)
    func everyObjectiveWeightingMatches(index: Int) throws {
        let c = Self.document.cases[index]
        let p = try DecisionProblem(json: c.problem.data)
        for method in ObjectiveWeighting.allCases {
            let w = try method.weights(for: p)
            #expect(close(w, try #require(c.weights[method.rawValue])), "\(method) case \(index)")
            #expect(abs(w.reduce(0, +) - 1) < 1e-12)
        }
    }

    @Test(arguments: 0..<16)
    func ahpMatchesNumpy(index: Int) throws {
        let c = Self.document.ahp[index]
        let pc = try PairwiseComparisons(items: c.items, matrix: c.matrix)
        let eig = try AHP.priorities(pc)
        #expect(close(eig.weights, c.weights))
        #expect(close(eig.lambdaMax, c.lambdaMax))
        let gm = try AHP.priorities(pc, derivation: .geometricMean)
        #expect(close(gm.weights, c.geometricMean))
        #expect(close(gm.lambdaMax, c.lambdaMax))
    }
}

/// Any JSON value, kept as bytes so a nested document can be handed to a decoder.
struct AnyJSON: Decodable {
    let data: Data
    init(from decoder: Decoder) throws {
        let value = try JSONValueBox(from: decoder)
        data = try JSONSerialization.data(withJSONObject: value.object)
    }
}

private struct JSONValueBox: Decodable {
    let object: Any
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
    init(from decoder: Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: Key.self) {
            var dict: [String: Any] = [:]
            for k in keyed.allKeys { dict[k.stringValue] = try keyed.decode(JSONValueBox.self, forKey: k).object }
            object = dict
        } else if var list = try? decoder.unkeyedContainer() {
            var items: [Any] = []
            while !list.isAtEnd { items.append(try list.decode(JSONValueBox.self).object) }
            object = items
        } else {
            let c = try decoder.singleValueContainer()
            if let d = try? c.decode(Double.self) { object = d }
            else if let s = try? c.decode(String.self) { object = s }
            else if let b = try? c.decode(Bool.self) { object = b }
            else { object = NSNull() }
        }
    }
}
