import Foundation

/// The JSON form of pairwise comparisons (docs/decision-problems.md): one matrix or judgment list, or several
/// participants each with their own, for group AHP.
///
/// ```json
/// {"schemaVersion": "1.0", "kind": "pairwiseComparisons", "items": ["a", "b", "c"],
///  "matrix": [[1, 3, 5], [0.3333333333, 1, 2], ["1/5", 0.5, 1]]}
/// {"schemaVersion": "1.0", "kind": "pairwiseComparisons", "items": ["a", "b", "c"],
///  "judgments": [{"a": "a", "b": "b", "value": 3}, {"a": "b", "b": "c", "value": 2}]}
/// {"schemaVersion": "1.0", "kind": "pairwiseComparisons", "items": ["a", "b", "c"],
///  "participants": [{"id": "p1", "weight": 1, "matrix": [[...]]}, {"id": "p2", "judgments": [...]}]}
/// ```
/// Matrix entries may be numbers or ratios written as text ("1/5").
public struct PairwiseComparisonsDocument: Sendable {
    /// Item ids.
    public let items: [String]
    /// Participants `(id, weight, comparisons)`; a single-matrix document has one participant with id "".
    public let participants: [(id: String, weight: Double, comparisons: PairwiseComparisons)]
    /// `true` when the document lists participants (a group judgment).
    public let isGroup: Bool

    private struct Raw: Decodable {
        var schemaVersion: String?
        var kind: String?
        var items: [String]
        var matrix: [[LooseValue]]?
        var judgments: [Judgment]?
        var participants: [Participant]?
    }
    struct Judgment: Decodable { var a: String; var b: String; var value: LooseValue }
    struct Participant: Decodable {
        var id: String
        var weight: Double?
        var matrix: [[LooseValue]]?
        var judgments: [Judgment]?
    }

    /// Reads the document, collecting every issue (located by JSON path) before throwing.
    public init(json data: Data) throws(MCDAError) {
        let raw = try decodeStrictly(Raw.self, from: data)
        var issues: [MCDAIssue] = []
        checkEnvelope(schemaVersion: raw.schemaVersion, kind: raw.kind, expected: "pairwiseComparisons", into: &issues)
        let participants = Self.participants(items: raw.items, matrix: raw.matrix, judgments: raw.judgments,
                                             participants: raw.participants, at: "", issues: &issues)
        if !issues.isEmpty { throw .invalidInput(issues) }
        self.init(items: raw.items, participants: participants, isGroup: raw.participants != nil)
    }

    init(items: [String], participants: [(id: String, weight: Double, comparisons: PairwiseComparisons)], isGroup: Bool) {
        self.items = items
        self.participants = participants
        self.isGroup = isGroup
    }

    /// One set of comparisons of `items`, as a matrix, judgments or participants (the same keys in a
    /// `pairwiseComparisons` file and in each node of an AHP hierarchy); issues are located under `path`.
    static func participants(items: [String], matrix: [[LooseValue]]?, judgments: [Judgment]?, participants ps: [Participant]?,
                             at path: String, issues: inout [MCDAIssue]) -> [(id: String, weight: Double, comparisons: PairwiseComparisons)] {
        let dot = path.isEmpty ? "" : path + "."
        func build(_ prefix: String, matrix: [[LooseValue]]?, judgments: [Judgment]?) -> PairwiseComparisons? {
            let at = prefix.isEmpty ? "" : prefix + "."
            do throws(MCDAError) {
                switch (matrix, judgments) {
                case let (m?, nil):
                    var numbers: [[Double]] = []
                    for (i, row) in m.enumerated() {
                        numbers.append(row.enumerated().map { j, v in
                            if let x = v.number(ratios: true) { return x }
                            issues.append(MCDAIssue(location: "\(at)matrix[\(i)][\(j)]", "expected a number or a ratio such as \"1/3\", got \(v.shown)"))
                            return 1
                        })
                    }
                    return try PairwiseComparisons(items: items, matrix: numbers)
                case let (nil, js?):
                    let list = js.enumerated().map { k, j -> (a: String, b: String, value: Double) in
                        guard let x = j.value.number(ratios: true) else {
                            issues.append(MCDAIssue(location: "\(at)judgments[\(k)].value", "expected a number, got \(j.value.shown)"))
                            return (j.a, j.b, 1)
                        }
                        return (j.a, j.b, x)
                    }
                    return try PairwiseComparisons(items: items, judgments: list)
                default:
                    issues.append(MCDAIssue(location: prefix, "give exactly one of \"matrix\" and \"judgments\""))
                    return nil
                }
            } catch {
                if case let .invalidInput(found) = error {
                    issues += found.map { MCDAIssue(location: at + $0.location, $0.message) }
                }
                return nil
            }
        }
        var participants: [(id: String, weight: Double, comparisons: PairwiseComparisons)] = []
        if let ps {
            if matrix != nil || judgments != nil {
                issues.append(MCDAIssue(location: path, "give either \"participants\" or a \"matrix\"/\"judgments\", not both"))
            }
            if ps.isEmpty { issues.append(MCDAIssue(location: "\(dot)participants", "at least one participant is needed")) }
            for (k, p) in ps.enumerated() {
                if let w = p.weight, !(w.isFinite && w >= 0) {
                    issues.append(MCDAIssue(location: "\(dot)participants[\(k)].weight", "must be a non-negative number, got \(w)"))
                }
                if let c = build("\(dot)participants[\(k)]", matrix: p.matrix, judgments: p.judgments) {
                    participants.append((p.id, p.weight ?? 1, c))
                }
            }
            var seen: Set<String> = []
            for (k, p) in ps.enumerated() where !seen.insert(p.id).inserted {
                issues.append(MCDAIssue(location: "\(dot)participants[\(k)].id", "duplicate participant '\(p.id)'"))
            }
        } else if let c = build(path, matrix: matrix, judgments: judgments) {
            participants.append(("", 1, c))
        }
        return participants
    }
}
