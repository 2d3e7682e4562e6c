import Foundation
import JSONFormat

extension Scenario {
    /// Merges the scenario's assumptions into parsed workshop trees (file-formats.md "Scenario"): gap and solution patches by global ref
    /// (objects merge recursively, scalars replace, arrays of objects with `id`/`gapId`/`participantId`/`orgRef`
    /// merge on that key, other arrays replace), then the buyers group by `orgRef` with the higher commitment and
    /// the new budget. A ref that names no gap or solution is an error at its scenario path.
    ///
    /// - Parameters:
    ///   - trees: the parsed workshop files by workshop id, changed in place.
    ///   - file: the scenario's file name, for the diagnostics.
    ///   - inScope: whether a gap ref is in the scenario's scope (the buyers group without `gapRefs` joins
    ///   every gap in scope).
    public func applyAssumptions(to trees: inout [String: [String: Any]], file: String, inScope: (String) -> Bool) -> [Diagnostic] {
        var origins = AssumptionOrigins()
        return applyAssumptions(to: &trees, file: file, origins: &origins, inScope: inScope)
    }

    /// The same, recording in `origins` which values of which workshop came from which scenario path.
    func applyAssumptions(to trees: inout [String: [String: Any]], file: String, origins: inout AssumptionOrigins,
                          inScope: (String) -> Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func patch(_ list: [(ref: String, patch: JSONValue)], key: String, path: String) {
            for (k, item) in list.enumerated() {
                let parts = item.ref.split(separator: "/").map(String.init)
                guard parts.count == 2, var tree = trees[parts[0]], var array = tree[key] as? [Any],
                      let i = array.firstIndex(where: { ($0 as? [String: Any])?["id"] as? String == parts[1] }) else {
                    diagnostics.append(Diagnostic(.error, file: file, path: "\(path)[\(k)].ref", "'\(item.ref)' names no loaded \(key == "capabilityGaps" ? "gap" : "solution")"))
                    continue
                }
                let value = item.patch.foundation
                array[i] = JSONTree.merge(array[i], value)
                origins.record(workshop: parts[0], target: "\(key)[\(i)]", scenarioPath: "\(path)[\(k)]", ref: item.ref, patch: value)
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

    /// Applies `weightOverrides` to the final weights of a workshop (file-formats.md "Scenario"): `others` scales the unchanged siblings
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

/// Where the values that a scenario merged into workshop trees came from, so that an error in a merged value is
/// reported against the scenario file and its JSON path, not against the workshop that never held it.
struct AssumptionOrigins {
    struct Origin {
        var target: String, scenarioPath: String, ref: String
        /// Relative paths of the patched values (`.supplierCount.total`); arrays count as one value.
        var leaves: [String]
    }
    private(set) var byWorkshop: [String: [Origin]] = [:]

    mutating func record(workshop: String, target: String, scenarioPath: String, ref: String, patch: Any) {
        var leaves: [String] = []
        func walk(_ node: Any, _ path: String) {
            if let o = node as? [String: Any], !o.isEmpty { for k in o.keys.sorted() { walk(o[k]!, "\(path).\(k)") } }
            else { leaves.append(path) }
        }
        walk(patch, "")
        byWorkshop[workshop, default: []].append(Origin(target: target, scenarioPath: scenarioPath, ref: ref, leaves: leaves))
    }

    /// `d` moved to the scenario file when its path lies on a value the scenario set.
    func attribute(_ d: Diagnostic, workshop: String, scenarioFile: String) -> Diagnostic {
        for origin in byWorkshop[workshop] ?? [] where d.path.hasPrefix(origin.target) {
            let rest = String(d.path.dropFirst(origin.target.count))
            guard rest.isEmpty || rest.first == "." || rest.first == "[" else { continue }
            let onPatch = origin.leaves.contains { leaf in
                rest == leaf || rest.hasPrefix(leaf + ".") || rest.hasPrefix(leaf + "[") || leaf.hasPrefix(rest + ".")
            }
            guard onPatch, origin.leaves != [""] || rest.isEmpty else { continue }
            var moved = d
            moved.file = scenarioFile
            moved.path = origin.scenarioPath + rest
            moved.message += " (a value this scenario sets for \(origin.ref))"
            return moved
        }
        return d
    }
}
