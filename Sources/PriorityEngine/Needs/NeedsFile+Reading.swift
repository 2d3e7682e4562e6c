import Foundation
import JSONFormat

extension NeedsFile {
    /// Reads a needs file (`kind: "recurringNeeds"`): `{"needs": [{"id", "title"?, "gapRefs": [two or more]}]}`.
    /// Every problem is collected with its JSON path; a gap grouped twice is an error.
    public static func read(_ data: Data, file: String) -> (needs: NeedsFile?, diagnostics: [Diagnostic]) {
        guard let root = JSONReader.parse(data, file: file) else { return (nil, []) }
        if root.node == nil { return (nil, root.sink.diagnostics) }
        guard root.expectObject(known: ["schemaVersion", "kind", "description", "needs"]) else { return (nil, root.sink.diagnostics) }
        root.checkEnvelope(kind: "recurringNeeds")
        var needs: [(id: String, title: String?, gapRefs: [String])] = []
        var grouped: [String: String] = [:], ids: Set<String> = []
        for n in root.array("needs", required: true) {
            guard n.expectObject(known: ["id", "title", "gapRefs"]) else { continue }
            let id = n.localId()
            let refs = n.array("gapRefs", required: true).compactMap { r -> String? in
                guard let s = r.node as? String else { r.error("expected a gap reference, got \(JSONReader.describe(r.node))"); return nil }
                guard JSONReader.isGapRef(s) else { r.error(JSONReader.notAGapRef(s)); return nil }
                if let other = grouped[s] { r.error("\(s) is already grouped in need '\(other)'"); return nil }
                grouped[s] = id ?? ""
                return s
            }
            if refs.count < 2 { n.error("a need groups at least two gaps", at: n.childPath("gapRefs")) }
            guard let id else { continue }
            if !ids.insert(id).inserted { n.error("duplicate need id '\(id)'", at: n.childPath("id")) }
            needs.append((id, n.string("title"), refs))
        }
        let diagnostics = root.sink.diagnostics
        return (diagnostics.contains { $0.level == .error } ? nil : NeedsFile(needs: needs), diagnostics)
    }
}
