import MCDA
import JSONFormat

extension AHPHierarchyResult {
    /// `{"method": "ahp-hierarchy", "settings", "targets": {id: weight}, "bottom": [{"path", "weight"}],
    /// "nodes": [{"id", "path", "globalWeight", "items": [{"id", "local", "global"}], "consistencyRatio",
    /// "consistent", "completedPairs", "inconsistentJudgments", "participants"?}]}`, every number exact.
    public var json: JSONValue {
        .object([
            ("method", .string("ahp-hierarchy")),
            ("settings", .object([
                ("derivation", .string(derivation.rawValue)), ("randomIndex", .string(randomIndex.rawValue)),
                ("consistencyThreshold", .number(threshold)), ("completion", .string(completion.rawValue)),
                ("aggregation", .string(aggregation.rawValue)),
                ("synthesis", .string("distributive: global = product of local priorities on the path; targets sum a bottom item's global priorities")),
            ])),
            ("targets", .object(targets.map { ($0.id, .number($0.weight)) })),
            ("bottom", .array(bottom.map { .object([("path", .array($0.path.map(JSONValue.string))), ("weight", .number($0.weight))]) })),
            ("nodes", .array(nodes.map(\.json))),
        ])
    }

    /// For people: the target priorities, then each node indented under its parent with its local and global
    /// priorities and consistency, then the judgments to revisit where a node is inconsistent.
    public var table: String {
        var out = "AHP hierarchy: \(nodes.first?.path.first ?? "")\n\n"
        out += TextTable.render(header: ["rank", "item", "priority"],
                                rows: targets.enumerated().sorted { $0.element.weight > $1.element.weight }.enumerated().map { k, t in
                                    ["\(k + 1)", t.element.id, NumberText.significant(t.element.weight)]
                                }, rightAligned: [0, 2])
        /// The consistency ratio of the node at `path`, marked when above the threshold.
        func ratio(_ node: NodeResult) -> String {
            NumberText.significant(node.consistencyRatio) + (node.isConsistent ? "" : " (above \(NumberText.significant(threshold)))")
        }
        var rows: [[String]] = []
        func show(_ node: NodeResult) {
            let indent = String(repeating: "  ", count: node.path.count)
            for (k, item) in node.items.enumerated() {
                let below = nodes.first { $0.path == node.path + [item] }
                rows.append([indent + item, NumberText.significant(node.localWeights[k]),
                             NumberText.significant(node.globalWeights[k]), below.map(ratio) ?? ""])
                if let below { show(below) }
            }
        }
        if let root = nodes.first {
            rows.append([root.path[0], "", "1", ratio(root)])
            show(root)
        }
        out += "\nThe hierarchy: each item's local priority (within its node) and global priority (from the goal), and the\nconsistency ratio (CR) of the comparisons below a node\n\n"
        out += TextTable.render(header: ["goal / criterion / item", "local", "global", "CR"], rows: rows, rightAligned: [1, 2])
        let revisit = nodes.filter { !$0.isConsistent }
        for node in revisit {
            out += "\n\(node.path.joined(separator: " > ")): the consistency ratio \(NumberText.significant(node.consistencyRatio)) is above \(NumberText.significant(threshold)).\n"
            if let r = node.result {
                for j in r.inconsistentJudgments.prefix(3) {
                    out += "  revisit \(j.a) over \(j.b): given \(NumberText.significant(j.given)), consistent with the priorities \(NumberText.significant(j.consistent))\n"
                }
            } else if let g = node.group {
                for p in g.participants where !p.result.isConsistent {
                    out += "  participant \(p.id): CR \(NumberText.significant(p.result.consistencyRatio))\n"
                }
            }
        }
        let filled = nodes.filter { !($0.result?.completedPairs.isEmpty ?? true) }
        for node in filled {
            out += "\n\(node.path.joined(separator: " > ")): missing judgments completed (\(completion.rawValue)): "
                + node.result!.completedPairs.map { "\($0.0)–\($0.1)" }.joined(separator: ", ") + "\n"
        }
        out += "\nsettings: derivation=\(derivation.rawValue); randomIndex=\(randomIndex.rawValue); completion=\(completion.rawValue); aggregation=\(aggregation.rawValue); threshold=\(NumberText.significant(threshold))\n"
        return out + NumberText.note(exact: "json") + "\n"
    }
}

extension AHPHierarchyResult.NodeResult {
    var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(path.last!)), ("path", .array(path.map(JSONValue.string))), ("globalWeight", .number(globalWeight)),
            ("items", .array(items.indices.map { k in
                .object([("id", .string(items[k])), ("local", .number(localWeights[k])), ("global", .number(globalWeights[k]))])
            })),
            ("consistencyRatio", .number(consistencyRatio)), ("consistent", .bool(isConsistent)),
        ]
        if let result, case let .object(detail) = result.json {
            pairs += detail.filter { ["lambdaMax", "consistencyIndex", "randomIndex", "completedPairs", "inconsistentJudgments", "warnings"].contains($0.0) }
        }
        if let group, case let .object(detail) = group.json, let participants = detail.first(where: { $0.0 == "participants" }) {
            pairs.append(participants)
        }
        return .object(pairs)
    }
}
