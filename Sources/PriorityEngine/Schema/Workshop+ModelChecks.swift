import JSONFormat
extension Workshop {
    /// The file-formats.md checks of a workshop that need the model: every judgment's `node` is an inner node of the hierarchy,
    /// `a` and `b` are AHP children of that node (children with fixed weight > 0, how-the-engine-decides.md §1), and `a` comes before `b`
    /// in the model's child order.
    public func checkComparisons(against model: ScoringModel, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (c, comparison) in criteriaComparisons.enumerated() {
            let at = "criteriaComparisons[\(c)]"
            guard let node = model.hierarchy.node(comparison.node), !node.isLeaf else {
                out.append(Diagnostic(.error, file: file, path: "\(at).node", "'\(comparison.node)' is not a node with children in model '\(model.id)'"))
                continue
            }
            let fixed = model.weights.fixed[node.id] ?? [:]
            let order = node.children.map(\.id).filter { (fixed[$0] ?? 0) > 0 }
            for (j, judgment) in comparison.judgments.enumerated() {
                let ia = order.firstIndex(of: judgment.a), ib = order.firstIndex(of: judgment.b)
                if ia == nil { out.append(Diagnostic(.error, file: file, path: "\(at).judgments[\(j)].a", "'\(judgment.a)' is not an AHP child of '\(node.id)' (\(order.joined(separator: ", ")))")) }
                if ib == nil { out.append(Diagnostic(.error, file: file, path: "\(at).judgments[\(j)].b", "'\(judgment.b)' is not an AHP child of '\(node.id)' (\(order.joined(separator: ", ")))")) }
                if let ia, let ib, ia > ib {
                    out.append(Diagnostic(.error, file: file, path: "\(at).judgments[\(j)]", "pair ('\(judgment.a)', '\(judgment.b)') is not in the model's child order; write it as ('\(judgment.b)', '\(judgment.a)') with value 1/\(judgment.value)"))
                }
            }
        }
        return out
    }
}
