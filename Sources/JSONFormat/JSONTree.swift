import Foundation

/// Operations on parsed JSON trees (`JSONSerialization` objects): filling defaults, dotted-path overrides and the
/// scenario merge of docs/file-formats.md "Scenario".
public enum JSONTree {
    /// `file` completed by `defaults`: objects merge recursively, everything else is taken whole from the file
    /// when present. Keys in `atomic` (dotted paths) are never merged into. Every value taken from `defaults` is
    /// reported by its dotted path (objects are reported leaf by leaf).
    public static func fillDefaults(_ file: [String: Any], from defaults: [String: Any], atomic: Set<String>,
                             prefix: String = "", used: inout [(String, Any)]) -> [String: Any] {
        var out = file
        for key in defaults.keys.sorted() {
            let path = prefix.isEmpty ? key : "\(prefix).\(key)"
            let d = defaults[key]!
            if let f = file[key] {
                if let fo = f as? [String: Any], let dobj = d as? [String: Any], !atomic.contains(path) {
                    out[key] = fillDefaults(fo, from: dobj, atomic: atomic, prefix: path, used: &used)
                }
            } else {
                out[key] = d
                reportLeaves(d, path: path, atomic: atomic, into: &used)
            }
        }
        return out
    }

    private static func reportLeaves(_ v: Any, path: String, atomic: Set<String>, into used: inout [(String, Any)]) {
        if let o = v as? [String: Any], !atomic.contains(path), !o.isEmpty {
            for k in o.keys.sorted() { reportLeaves(o[k]!, path: "\(path).\(k)", atomic: atomic, into: &used) }
        } else {
            used.append((path, v))
        }
    }

    /// The value at a dotted path (`procurementRules.maxSuppliersPpi`), or `nil`.
    public static func value(at path: String, in tree: [String: Any]) -> Any? {
        var node: Any = tree
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let o = node as? [String: Any], let next = o[String(part)] else { return nil }
            node = next
        }
        return node
    }

    /// `tree` with the value at an existing dotted path replaced.
    public static func setting(_ value: Any, at path: String, in tree: [String: Any]) -> [String: Any] {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        func set(_ node: [String: Any], _ k: Int) -> [String: Any] {
            var copy = node
            if k == parts.count - 1 { copy[parts[k]] = value }
            else { copy[parts[k]] = set(node[parts[k]] as? [String: Any] ?? [:], k + 1) }
            return copy
        }
        return set(tree, 0)
    }

    /// Keys by which arrays of objects are merged (file-formats.md "Scenario").
    static let mergeKeys = ["id", "gapId", "participantId", "orgRef"]

    /// The scenario merge of file-formats.md "Scenario": objects merge recursively, scalars replace, arrays of objects that carry one
    /// of `mergeKeys` merge element by element on that key (new elements are appended), other arrays replace.
    public static func merge(_ base: Any, _ patch: Any) -> Any {
        // Compact objects (elements of `Workshop.compactedArrays`) merge as dictionaries.
        if let b = JSONScalarObject.compact(base) { return merge(b.dictionary, patch) }
        if let b = base as? [Any], b.contains(where: { JSONScalarObject.compact($0) != nil }) {
            return merge(b.map { JSONScalarObject.compact($0)?.dictionary ?? $0 }, patch)
        }
        if let b = base as? [String: Any], let p = patch as? [String: Any] {
            var out = b
            for (k, v) in p { out[k] = b[k].map { merge($0, v) } ?? v }
            return out
        }
        if let b = base as? [Any], let p = patch as? [Any],
           let key = mergeKeys.first(where: { k in
               !p.isEmpty && p.allSatisfy { ($0 as? [String: Any])?[k] is String }
                   && b.allSatisfy { ($0 as? [String: Any])?[k] is String } }) {
            var out = b
            for element in p {
                let o = element as! [String: Any]
                if let i = out.firstIndex(where: { ($0 as! [String: Any])[key] as? String == o[key] as? String }) {
                    out[i] = merge(out[i], o)
                } else {
                    out.append(o)
                }
            }
            return out
        }
        return patch
    }
}
