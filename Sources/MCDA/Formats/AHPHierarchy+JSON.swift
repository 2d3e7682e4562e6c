import Foundation

/// The JSON form of an AHP hierarchy (`kind: "ahpHierarchy"`, docs/decision-problems.md): a tree of nodes, each
/// with the items it compares (`items`, or the ids of its `children`) and their comparisons as in a
/// `pairwiseComparisons` file (`matrix`, `judgments` or `participants`), or measured `values` of the items.
///
/// ```json
/// {"schemaVersion": "1.0", "kind": "ahpHierarchy",
///  "root": {"id": "goal", "matrix": [[1, 3], ["1/3", 1]],
///           "children": [{"id": "cost", "items": ["A", "B"], "judgments": [{"a": "A", "b": "B", "value": 2}]},
///                        {"id": "quality", "items": ["A", "B"], "matrix": [[1, "1/4"], [4, 1]]}]}}
/// ```
extension AHPHierarchy {
    private struct Raw: Decodable {
        var schemaVersion: String?
        var kind: String?
        var description: String?
        var root: RawNode
    }
    private final class RawNode: Decodable, Sendable {
        let id: String
        let description: String?
        let items: [String]?
        let matrix: [[LooseValue]]?
        let judgments: [PairwiseComparisonsDocument.Judgment]?
        let participants: [PairwiseComparisonsDocument.Participant]?
        let values: [String: LooseValue]?
        let children: [RawNode]?
    }

    /// Reads the hierarchy, collecting every issue (located by JSON path, e.g. `root.children[1].matrix[0][2]`)
    /// before throwing.
    public init(json data: Data) throws(MCDAError) {
        let raw = try decodeStrictly(Raw.self, from: data)
        var issues: [MCDAIssue] = []
        checkEnvelope(schemaVersion: raw.schemaVersion, kind: raw.kind, expected: "ahpHierarchy", into: &issues)
        func build(_ node: RawNode, at path: String, ancestors: [String]) -> Node {
            let children = node.children ?? []
            let childIds = children.map(\.id)
            // The items: as listed, else the children's ids, else (measured values) the values' keys.
            let items = node.items ?? (childIds.isEmpty ? (node.values?.keys.sorted() ?? []) : childIds)
            if items.isEmpty {
                issues.append(MCDAIssue(location: path, "node '\(node.id)' compares nothing: give \"items\" or \"children\""))
            }
            for (k, id) in childIds.enumerated() where !items.contains(id) {
                issues.append(MCDAIssue(location: "\(path).children[\(k)].id", "'\(id)' is not one of the items of '\(node.id)' (\(items.joined(separator: ", ")))"))
            }
            var seen: Set<String> = []
            for (k, id) in childIds.enumerated() where !seen.insert(id).inserted {
                issues.append(MCDAIssue(location: "\(path).children[\(k)].id", "'\(id)' is broken down twice under '\(node.id)'"))
            }
            if ancestors.contains(node.id) {
                issues.append(MCDAIssue(location: "\(path).id", "'\(node.id)' appears again below itself (\((ancestors + [node.id]).joined(separator: " > ")))"))
            }
            var values: [Double]?
            var participants: [(id: String, weight: Double, comparisons: PairwiseComparisons)] = []
            if let given = node.values {
                if node.matrix != nil || node.judgments != nil || node.participants != nil {
                    issues.append(MCDAIssue(location: "\(path).values", "give either values or comparisons (matrix, judgments, participants), not both"))
                }
                values = items.map { key in
                    guard let v = given[key]?.number(ratios: true), v.isFinite, v > 0 else {
                        issues.append(MCDAIssue(location: "\(path).values.\(key)", "item '\(key)' needs a positive number"))
                        return 1
                    }
                    return v
                }
                for key in given.keys.sorted() where !items.contains(key) {
                    issues.append(MCDAIssue(location: "\(path).values.\(key)", "'\(key)' is not one of the items of '\(node.id)'"))
                }
            } else if !items.isEmpty {
                participants = PairwiseComparisonsDocument.participants(
                    items: items, matrix: node.matrix, judgments: node.judgments, participants: node.participants,
                    at: path, issues: &issues)
            }
            let below = children.enumerated().map { k, child in
                build(child, at: "\(path).children[\(k)]", ancestors: ancestors + [node.id])
            }
            return Node(id: node.id, items: items, participants: participants, isGroup: node.participants != nil,
                        values: values, children: below)
        }
        let root = build(raw.root, at: "root", ancestors: [])
        if !issues.isEmpty { throw .invalidInput(issues) }
        self.init(root: root)
    }
}
