import Foundation
import MCDA
import JSONFormat

extension Scenario {
    /// Reads and checks a scenario file (file-formats.md "Scenario"); every problem is reported with its JSON path.
    public static func read(_ data: Data, file: String) -> (scenario: Scenario?, diagnostics: [Diagnostic]) {
        guard let root = JSONReader.parse(data, file: file), root.node != nil else {
            return (nil, JSONReader.parse(data, file: file)?.sink.diagnostics ?? [])
        }
        guard root.expectObject(known: ["schemaVersion", "kind", "id", "title", "author", "baseModel", "createdOn", "scope", "asOfDate",
                                        "weightOverrides", "thresholdOverrides", "assumptions", "excludeSolutions", "output"]) else {
            return (nil, root.sink.diagnostics)
        }
        if let k = root.string("kind", required: true), k != "scenario" { root.error("expected \"scenario\", got \"\(k)\"", at: "kind") }
        root.checkSchemaVersion()
        var s = Scenario(id: root.string("id", required: true) ?? "")
        s.title = root.string("title")
        if let a = root.member("author", required: false), a.expectObject(known: ["role"]) { s.authorRole = a.string("role") }
        if let b = root.member("baseModel", required: false), b.expectObject(known: ["id", "version"]) {
            s.baseModelId = b.string("id", required: true)
            s.baseModelVersion = b.string("version")
        }
        s.createdOn = date(root, "createdOn")
        s.asOfDate = date(root, "asOfDate")
        if let sc = root.member("scope", required: false), sc.expectObject(known: ["workshops", "practitionerGroups", "years", "gapRefs"]) {
            s.scope.workshops = sc.strings("workshops")
            s.scope.practitionerGroups = sc.array("practitionerGroups").compactMap { g in
                guard let raw = g.node as? String, let pg = PractitionerGroup(rawValue: raw) else {
                    g.error("expected one of \(PractitionerGroup.allCases.map(\.rawValue).joined(separator: ", "))"); return nil
                }
                return pg
            }
            s.scope.years = sc.array("years").compactMap { $0.checkedNumber(range: 1990...2100, integer: true).map { Int($0) } }
            s.scope.gapRefs = sc.strings("gapRefs")
        }
        s.weightOverrides = root.array("weightOverrides").compactMap { o in
            guard o.expectObject(known: ["node", "child", "weight", "renormalise"]) else { return nil }
            let node = o.string("node", required: true), child = o.string("child", required: true)
            let weight = o.number("weight", required: true, range: 0...1)
            let mode = o.enumeration("renormalise", WeightOverride.Renormalise.self, required: true)
            guard let node, let child, let weight, let mode else { return nil }
            return WeightOverride(node: node, child: child, weight: weight, renormalise: mode)
        }
        let t = root["thresholdOverrides"]
        if let o = t.object {
            s.thresholdOverrides = o.keys.sorted().map { ($0, JSONValue(tree: o[$0]).sortedKeys()) }
        } else if t.node != nil { t.error("expected an object keyed by dotted model path") }
        if let a = root.member("assumptions", required: false), a.expectObject(known: ["gaps", "solutions", "buyersGroup"]) {
            func patches(_ key: String) -> [(ref: String, patch: JSONValue)] {
                a.array(key).compactMap { p in
                    guard var o = p.object else { p.error("expected an object with a ref"); return nil }
                    guard let ref = p.string("ref", required: true) else { return nil }
                    if ref.split(separator: "/").count != 2 { p.error("expected a global ref <workshopId>/<localId>, got \"\(ref)\"", at: p.childPath("ref")) }
                    o["ref"] = nil
                    return (ref, JSONValue(tree: o).sortedKeys())
                }
            }
            s.gapAssumptions = patches("gaps")
            s.solutionAssumptions = patches("solutions")
            if let b = a.member("buyersGroup", required: false), b.expectObject(known: ["gapRefs", "procurers"]) {
                let procurers: [Workshop.InterestedProcurer] = b.array("procurers", required: true).compactMap { p in
                    guard p.expectObject(known: ["orgRef", "country", "commitment", "budgetEUR"]) else { return nil }
                    let org = p.string("orgRef", required: true), country = p.string("country", required: true).map(MemberStates.isoCode)
                    let commitment = p.enumeration("commitment", Commitment.self, required: true)
                    let budget = p.number("budgetEUR", range: 0...1e13, integer: true)
                    guard let org, let country, let commitment else { return nil }
                    return Workshop.InterestedProcurer(orgRef: org, country: country, commitment: commitment, budgetEUR: budget.map { Int($0) })
                }
                s.buyersGroup = BuyersGroup(gapRefs: b.has("gapRefs") ? b.strings("gapRefs") : nil, procurers: procurers)
            }
        }
        s.excludeSolutions = root.strings("excludeSolutions")
        if let o = root.member("output", required: false), o.expectObject(known: ["topK", "includeRuleTrace", "includeMonteCarlo", "groupBy"]) {
            s.output.topK = o.number("topK", range: 1...1_000_000, integer: true).map { Int($0) }
            s.output.includeRuleTrace = o.bool("includeRuleTrace") ?? true
            s.output.includeMonteCarlo = o.bool("includeMonteCarlo") ?? true
            s.output.given = Set(["topK", "includeRuleTrace", "includeMonteCarlo", "groupBy"].filter(o.has))
            s.output.groupBy = o.enumeration("groupBy", GroupBy.self) ?? .none
        }
        let diagnostics = root.sink.diagnostics
        return (diagnostics.contains { $0.level == .error } ? nil : s, diagnostics)
    }

    private static func date(_ r: JSONReader, _ key: String) -> String? {
        guard let s = r.string(key) else { return nil }
        if !IsoDate.isValid(s) { r.error("expected a date YYYY-MM-DD, got \"\(s)\"", at: r.childPath(key)); return nil }
        return s
    }
}
