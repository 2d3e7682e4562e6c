import Foundation

extension Scenario {
    /// Merges the scenario's assumptions into parsed workshop trees (§8.4): gap and solution patches by global ref
    /// (objects merge recursively, scalars replace, arrays of objects with `id`/`gapId`/`participantId`/`orgRef`
    /// merge on that key, other arrays replace), then the buyers group by `orgRef` with the higher commitment and
    /// the new budget. A ref that names no gap or solution is an error at its scenario path.
    ///
    /// - Parameter inScope: whether a gap ref is in the scenario's scope (the buyers group without `gapRefs` joins
    ///   every gap in scope).
    public func applyAssumptions(to trees: inout [String: [String: Any]], file: String, inScope: (String) -> Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func patch(_ list: [(ref: String, patch: PlainValue)], key: String, path: String) {
            for (k, item) in list.enumerated() {
                let parts = item.ref.split(separator: "/").map(String.init)
                guard parts.count == 2, var tree = trees[parts[0]], var array = tree[key] as? [Any],
                      let i = array.firstIndex(where: { ($0 as? [String: Any])?["id"] as? String == parts[1] }) else {
                    diagnostics.append(Diagnostic(.error, file: file, path: "\(path)[\(k)].ref", "'\(item.ref)' names no loaded \(key == "capabilityGaps" ? "gap" : "solution")"))
                    continue
                }
                array[i] = JSONTree.merge(array[i], item.patch.foundation)
                tree[key] = array
                trees[parts[0]] = tree
            }
        }
        patch(gapAssumptions, key: "capabilityGaps", path: "assumptions.gaps")
        patch(solutionAssumptions, key: "candidateSolutions", path: "assumptions.solutions")
        guard let group = buyersGroup else { return diagnostics }
        var targets: [String] = group.gapRefs ?? []
        if group.gapRefs == nil {
            for (wid, tree) in trees.sorted(by: { $0.key < $1.key }) {
                for g in tree["capabilityGaps"] as? [Any] ?? [] {
                    if let id = (g as? [String: Any])?["id"] as? String, inScope("\(wid)/\(id)") { targets.append("\(wid)/\(id)") }
                }
            }
        }
        for (k, ref) in targets.enumerated() {
            let parts = ref.split(separator: "/").map(String.init)
            guard parts.count == 2, var tree = trees[parts[0]], var gaps = tree["capabilityGaps"] as? [Any],
                  let i = gaps.firstIndex(where: { ($0 as? [String: Any])?["id"] as? String == parts[1] }),
                  var gap = gaps[i] as? [String: Any] else {
                diagnostics.append(Diagnostic(.error, file: file, path: "assumptions.buyersGroup.gapRefs[\(k)]", "'\(ref)' names no loaded gap"))
                continue
            }
            guard var context = gap["procurementContext"] as? [String: Any] else { continue }
            var procurers = context["interestedProcurers"] as? [Any] ?? []
            for p in group.procurers {
                if let j = procurers.firstIndex(where: { ($0 as? [String: Any])?["orgRef"] as? String == p.orgRef }),
                   var old = procurers[j] as? [String: Any] {
                    let before = (old["commitment"] as? String).flatMap(Commitment.init(rawValue:)) ?? .interest
                    old["commitment"] = max(before, p.commitment).rawValue
                    if let b = p.budgetEUR { old["budgetEUR"] = b }
                    procurers[j] = old
                } else {
                    var new: [String: Any] = ["orgRef": p.orgRef, "country": p.country, "commitment": p.commitment.rawValue]
                    if let b = p.budgetEUR { new["budgetEUR"] = b }
                    procurers.append(new)
                }
            }
            context["interestedProcurers"] = procurers
            gap["procurementContext"] = context
            gaps[i] = gap
            tree["capabilityGaps"] = gaps
            trees[parts[0]] = tree
        }
        return diagnostics
    }

    /// Applies `weightOverrides` to the final weights of a workshop (§8.4): `others` scales the unchanged siblings
    /// so the node sums to 1; `none` sets the weight as given and the node must then sum to 1 ± 1e-9.
    public func applyWeightOverrides(to weights: inout WorkshopWeights, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var touchedNone: Set<String> = []
        for (k, o) in weightOverrides.enumerated() {
            let path = "weightOverrides[\(k)]"
            guard var node = weights.nodes[o.node] else {
                diagnostics.append(Diagnostic(.error, file: file, path: "\(path).node", "'\(o.node)' is not an inner node of the model")); continue
            }
            guard let i = node.weights.firstIndex(where: { $0.child == o.child }) else {
                diagnostics.append(Diagnostic(.error, file: file, path: "\(path).child", "'\(o.child)' is not a child of '\(o.node)'")); continue
            }
            let old = node.weights[i].weight
            node.weights[i].weight = o.weight
            if o.renormalise == .others {
                let rest = 1 - old
                for j in node.weights.indices where j != i {
                    node.weights[j].weight = rest > 0 ? node.weights[j].weight * (1 - o.weight) / rest
                        : (1 - o.weight) / Double(node.weights.count - 1)
                }
            } else {
                touchedNone.insert(o.node)
            }
            weights.nodes[o.node] = node
        }
        for id in touchedNone.sorted() {
            let sum = weights.nodes[id]!.weights.reduce(0) { $0 + $1.weight }
            if abs(sum - 1) > 1e-9 {
                diagnostics.append(Diagnostic(.error, file: file, path: "weightOverrides", "weights at node '\(id)' sum to \(sum) after overrides with renormalise none, not 1 ± 1e-9"))
            }
        }
        return diagnostics
    }
}
