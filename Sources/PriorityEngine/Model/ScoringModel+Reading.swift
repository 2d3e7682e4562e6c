import Foundation
import MCDA
import JSONFormat

extension ScoringModel {
    /// A model read from a file: the model, and every setting that came from the default model (dotted path →
    /// value, for `run.defaults` of the manifest, file-formats.md "Ranking").
    public struct Loaded: Sendable {
        public var model: ScoringModel
        public var defaults: [(path: String, value: JSONValue)]
    }

    /// Subtrees that are taken whole, never merged with the defaults.
    static let atomicPaths: Set<String> = ["hierarchy", "weights.fixed", "ratingAggregation.roleWeights"]

    /// The text of the default model (`models/ilead-default.json`).
    public static var defaultModelJSON: String { DefaultModel.json }

    /// The default model of file-formats.md "Model" (`models/ilead-default.json`).
    public static let `default`: ScoringModel = {
        let loaded = read(Data(DefaultModel.json.utf8), file: "<default model>")
        guard let model = loaded.loaded?.model else { fatalError("the built-in default model is invalid: \(loaded.diagnostics)") }
        return model
    }()

    /// Reads a model file, completes it with the defaults of file-formats.md "Model", applies scenario `thresholdOverrides`
    /// (dotted paths that must exist in the model) and checks it (file-formats.md). Every problem is reported with its path.
    public static func read(_ data: Data, file: String, thresholdOverrides: [(path: String, value: Any)] = [],
                            overridesFile: String = "") -> (loaded: Loaded?, diagnostics: [Diagnostic]) {
        guard let root = JSONReader.parse(data, file: file), root.node != nil else {
            return (nil, JSONReader.parse(data, file: file)?.sink.diagnostics ?? [])
        }
        guard let object = root.object else {
            root.error("expected an object, got \(JSONReader.describe(root.node))")
            return (nil, root.sink.diagnostics)
        }
        let defaultTree = try! JSONSerialization.jsonObject(with: Data(DefaultModel.json.utf8)) as! [String: Any]
        var used: [(String, Any)] = []
        var tree = JSONTree.fillDefaults(object, from: defaultTree, atomic: atomicPaths, used: &used)
        for item in used where ["id", "version", "preset", "kind", "schemaVersion"].contains(item.0) {
            root.error("required key '\(item.0)' is missing", at: item.0)
        }
        used.removeAll { ["id", "version", "preset", "kind", "schemaVersion"].contains($0.0) }
        for (path, value) in thresholdOverrides {
            if JSONTree.value(at: path, in: tree) == nil || atomicPaths.contains(where: { path.hasPrefix($0) }) {
                root.sink.diagnostics.append(Diagnostic(.error, file: overridesFile, path: "thresholdOverrides.\(path)",
                                                        "'\(path)' is not a threshold of the model"))
            } else {
                tree = JSONTree.setting(value, at: path, in: tree)
                used.removeAll { $0.0 == path }
            }
        }
        let reader = JSONReader(node: tree, path: "", sink: root.sink)
        let model = ModelParser(root: reader).parse()
        // A value that a scenario's thresholdOverrides set is the scenario's: its errors are reported there.
        let overridden = thresholdOverrides.map(\.path)
        let diagnostics = root.sink.diagnostics.map { d -> Diagnostic in
            guard d.file == file, let p = overridden.first(where: { d.path == $0 || d.path.hasPrefix($0 + ".") || d.path.hasPrefix($0 + "[") })
            else { return d }
            var moved = d
            moved.file = overridesFile
            moved.path = "thresholdOverrides." + d.path
            moved.message += " (the value this scenario sets for '\(p)')"
            return moved
        }
        guard let model, !diagnostics.contains(where: { $0.level == .error }) else { return (nil, diagnostics) }
        return (Loaded(model: model, defaults: used.map { ($0.0, JSONValue(tree: $0.1).sortedKeys()) }), diagnostics)
    }
}

/// The reading pass behind `ScoringModel.read`.
private struct ModelParser {
    let root: JSONReader

    func parse() -> ScoringModel? {
        root.expectObject(known: ["schemaVersion", "kind", "id", "version", "description", "preset", "hierarchy",
                                  "rootAggregation", "weights", "ratingAggregation", "derived", "procurementRules",
                                  "standardisationRules", "bands", "sensitivity"])
        if let k = root.string("kind", required: true), k != "model" { root.error("expected \"model\", got \"\(k)\"", at: "kind") }
        root.checkSchemaVersion()
        let id = root.string("id", required: true), version = root.string("version", required: true)
        let preset = root.enumeration("preset", ScoringModel.Preset.self, required: true)
        let hierarchy = parseNode(root["hierarchy"])
        var rootAggregation: MethodName?
        if let name = root.string("rootAggregation"), name != "weightedSum" {
            rootAggregation = MethodName(rawValue: name)
            if rootAggregation == nil {
                root.error("unknown value \"\(name)\" (expected weightedSum or one of \(MethodName.allCases.map(\.rawValue).joined(separator: ", ")))", at: "rootAggregation")
            }
        }
        let weights = parseWeights(root["weights"], hierarchy: hierarchy)
        let aggregation = parseRatingAggregation(root["ratingAggregation"])
        let derived = parseDerived(root["derived"])
        let rules = parseProcurementRules(root["procurementRules"])
        let sr = root["standardisationRules"]
        sr.expectObject(known: ["noActionBelow", "promoteUptakeMaxGap", "forensicMinEvidential", "cwaMaxTrl", "interopMin"])
        let standardisation = StandardisationRules(
            noActionBelow: sr.number("noActionBelow", required: true) ?? 0, promoteUptakeMaxGap: sr.number("promoteUptakeMaxGap", required: true) ?? 0,
            forensicMinEvidential: sr.number("forensicMinEvidential", required: true) ?? 0, cwaMaxTrl: sr.number("cwaMaxTrl", required: true) ?? 0,
            interopMin: sr.number("interopMin", required: true) ?? 0)
        let b = root["bands"]
        b.expectObject(known: ["gapSeverity", "priority"])
        let bands = Bands(gapSeverity: ascending(b, "gapSeverity", count: 3), priority: ascending(b, "priority", count: 2))
        let s = root["sensitivity"]
        s.expectObject(known: ["runs", "seed", "weightConcentration", "topK", "oatDelta"])
        let sensitivity = SensitivitySettings(
            runs: Int(s.number("runs", required: true, range: 1...10_000_000, integer: true) ?? 1),
            seed: UInt64(s.number("seed", required: true, range: 0...9_007_199_254_740_991, integer: true) ?? 0),
            weightConcentration: s.number("weightConcentration", required: true, range: 1e-9...1e9) ?? 1,
            topK: Int(s.number("topK", required: true, range: 1...1_000_000, integer: true) ?? 1),
            oatDelta: s.number("oatDelta", required: true, range: 0...0.99) ?? 0.2)
        guard let id, let version, let preset, let hierarchy, let weights, let aggregation, let derived, let rules else { return nil }
        return ScoringModel(id: id, version: version, description: root.string("description"), preset: preset,
                            hierarchy: hierarchy, rootAggregation: rootAggregation, weights: weights,
                            ratingAggregation: aggregation, derived: derived, procurementRules: rules,
                            standardisationRules: standardisation, bands: bands, sensitivity: sensitivity)
    }

    func ascending(_ r: JSONReader, _ key: String, count: Int) -> [Double] {
        let xs = r.array(key, required: true).compactMap { $0.checkedNumber(range: 0...1, integer: false) }
        if xs.count != count || zip(xs, xs.dropFirst()).contains(where: { $0 > $1 }) {
            r.error("expected \(count) ascending bounds in [0, 1]", at: r.childPath(key))
        }
        return xs
    }

    // MARK: hierarchy

    func parseNode(_ r: JSONReader) -> HierarchyNode? {
        guard r.node != nil else { r.error("required key is missing"); return nil }
        guard r.expectObject(known: ["id", "label", "children", "source", "ratingKey", "derivation", "scale",
                                     "direction", "valueFunction"]) else { return nil }
        let id = r.string("id", required: true)
        if r.has("children") {
            let children = r.array("children").compactMap(parseNode)
            if children.isEmpty { r.error("an inner node needs at least one child", at: r.childPath("children")) }
            let ids = children.map(\.id)
            if Set(ids).count != ids.count { r.error("duplicate child ids", at: r.childPath("children")) }
            guard let id else { return nil }
            return HierarchyNode(id: id, label: r.string("label"), children: children, leaf: nil)
        }
        let source = r.enumeration("source", Leaf.Source.self, required: true)
        var input: Leaf.Input?
        if source == .rating { input = r.enumeration("ratingKey", RatingKey.self, required: true).map(Leaf.Input.rating) }
        if source == .derived { input = r.enumeration("derivation", Leaf.Derivation.self, required: true).map(Leaf.Input.derived) }
        let scale = r.enumeration("scale", Leaf.Scale.self, required: true)
        let direction = r.enumeration("direction", Direction.self, required: true)
        let vf = parseValueFunction(r["valueFunction"])
        guard let id, let input, let scale, let direction, let vf else { return nil }
        return HierarchyNode(id: id, label: r.string("label"), children: [],
                             leaf: Leaf(input: input, scale: scale, direction: direction, valueFunction: vf))
    }

    func parseValueFunction(_ r: JSONReader) -> ValueFunction? {
        guard r.node != nil else { r.error("required key is missing"); return nil }
        guard r.expectObject(known: ["type", "domain", "points"]) else { return nil }
        switch r.string("type", required: true) {
        case "linear":
            let d = r.array("domain", required: true).compactMap { $0.checkedNumber(range: -1e12...1e12, integer: false) }
            guard d.count == 2, d[0] < d[1] else { r.error("domain must be [lo, hi] with lo < hi", at: r.childPath("domain")); return nil }
            return .linear(lo: d[0], hi: d[1])
        case "piecewise":
            let pts: [(x: Double, y: Double)] = r.array("points", required: true).compactMap { p in
                guard let a = p.node as? [Any], a.count == 2, let x = JSONNumber.value(a[0]), let y = JSONNumber.value(a[1]),
                      (0...1).contains(y) else { p.error("expected a point [x, y] with y in [0, 1]"); return nil }
                return (x, y)
            }
            guard !pts.isEmpty, zip(pts, pts.dropFirst()).allSatisfy({ $0.x < $1.x }) else {
                r.error("points must be non-empty with ascending x", at: r.childPath("points")); return nil
            }
            return .piecewise(pts)
        case let t?:
            r.error("unknown value \"\(t)\" (expected one of linear, piecewise)", at: r.childPath("type")); return nil
        case nil: return nil
        }
    }

    // MARK: settings

    func parseWeights(_ r: JSONReader, hierarchy: HierarchyNode?) -> WeightSettings? {
        guard r.expectObject(known: ["mode", "fixed", "ahp"]) else { return nil }
        let mode = r.enumeration("mode", WeightSettings.Mode.self, required: true)
        var fixed: [String: [String: Double]] = [:]
        let f = r["fixed"]
        if let o = f.object {
            for node in o.keys.sorted() {
                let nr = f[node]
                guard let weights = nr.object else { nr.error("expected an object of child weights"); continue }
                fixed[node] = weights.keys.reduce(into: [:]) { acc, child in
                    acc[child] = nr.number(child, range: 0...1)
                }
            }
        } else { f.error("expected an object keyed by node id") }
        if let hierarchy {
            for node in hierarchy.innerNodes {
                let path = "\(f.path).\(node.id)"
                guard let w = fixed[node.id] else { f.error("no fixed weights for node '\(node.id)'", at: path); continue }
                let childIds = Set(node.children.map(\.id))
                for k in w.keys.sorted() where !childIds.contains(k) { f.error("'\(k)' is not a child of '\(node.id)'", at: "\(path).\(k)") }
                for c in node.children.map(\.id) where w[c] == nil { f.error("no weight for child '\(c)'", at: path) }
                let sum = w.values.reduce(0, +)
                if abs(sum - 1) > 1e-9 { f.error("weights at node '\(node.id)' sum to \(sum), not 1 ± 1e-9", at: path) }
            }
            for k in fixed.keys.sorted() where hierarchy.innerNodes.allSatisfy({ $0.id != k }) {
                f.error("'\(k)' is not an inner node of the hierarchy", at: "\(f.path).\(k)")
            }
        }
        let a = r["ahp"]
        a.expectObject(known: ["derivation", "aggregation", "consistencyThreshold", "onInconsistent", "minAcceptedParticipants", "countryBalanced"])
        let derivation = a.enumeration("derivation", WeightSettings.Derivation.self, required: true)
        let aggregation = a.enumeration("aggregation", WeightSettings.Aggregation.self, required: true)
        let threshold = a.number("consistencyThreshold", required: true, range: 0...1)
        let onInconsistent = a.enumeration("onInconsistent", WeightSettings.OnInconsistent.self, required: true)
        let minAccepted = a.number("minAcceptedParticipants", required: true, range: 1...10_000, integer: true)
        let balanced = a.bool("countryBalanced", required: true)
        guard let mode, let derivation, let aggregation, let threshold, let onInconsistent, let minAccepted, let balanced else { return nil }
        return WeightSettings(mode: mode, fixed: fixed, derivation: derivation, aggregation: aggregation,
                              consistencyThreshold: threshold, onInconsistent: onInconsistent,
                              minAcceptedParticipants: Int(minAccepted), countryBalanced: balanced)
    }

    func parseRatingAggregation(_ r: JSONReader) -> RatingAggregationSettings? {
        guard r.expectObject(known: ["statistic", "participantWeighting", "roleWeights", "debias", "threePoint", "minRaters", "consensus"]) else { return nil }
        var s = RatingAggregationSettings()
        if let v = r.enumeration("statistic", RatingAggregationSettings.Statistic.self, required: true) { s.statistic = v }
        if let v = r.enumeration("participantWeighting", RatingAggregationSettings.ParticipantWeighting.self, required: true) { s.participantWeighting = v }
        if let v = r.enumeration("debias", RatingAggregationSettings.Debias.self, required: true) { s.debias = v }
        if let t = r.string("threePoint", required: true), t != "pert" { r.error("unknown value \"\(t)\" (expected pert)", at: "ratingAggregation.threePoint") }
        if let v = r.number("minRaters", required: true, range: 1...1000, integer: true) { s.minRaters = Int(v) }
        let rw = r["roleWeights"]
        if let o = rw.object {
            for k in o.keys.sorted() {
                guard let role = ParticipantRole(rawValue: k) else { rw.error("unknown role \"\(k)\"", at: rw.childPath(k)); continue }
                if let w = rw.number(k, range: 0...1e6) { s.roleWeights[role] = w }
            }
        } else if rw.node != nil { rw.error("expected an object keyed by role") }
        let c = r["consensus"]
        c.expectObject(known: ["highMaxIQR", "highMinShareWithinOne", "lowMinIQR", "lowBelowShareWithinOne"])
        if let v = c.number("highMaxIQR", required: true, range: 0...4) { s.highMaxIQR = v }
        if let v = c.number("highMinShareWithinOne", required: true, range: 0...1) { s.highMinShareWithinOne = v }
        if let v = c.number("lowMinIQR", required: true, range: 0...4) { s.lowMinIQR = v }
        if let v = c.number("lowBelowShareWithinOne", required: true, range: 0...1) { s.lowBelowShareWithinOne = v }
        return s
    }

    func parseDerived(_ r: JSONReader) -> DerivedSettings? {
        guard r.expectObject(known: ["breadthThresholds", "countAssociated", "associatedCountries", "breadthIncludesLowBaseline",
                                     "minCoverageLink", "supplierCompetitionTable"]) else { return nil }
        let thresholds = r.array("breadthThresholds", required: true).compactMap { $0.checkedNumber(range: 0...100, integer: false) }
        let table: [(n: Double, value: Double)] = r.array("supplierCompetitionTable", required: true).compactMap { p in
            guard let a = p.node as? [Any], a.count == 2, let n = JSONNumber.value(a[0]), let v = JSONNumber.value(a[1]),
                  (0...1).contains(v) else { p.error("expected an entry [suppliers, value] with value in [0, 1]"); return nil }
            return (n, v)
        }
        if !zip(table, table.dropFirst()).allSatisfy({ $0.n < $1.n }) { r.error("keys must ascend", at: r.childPath("supplierCompetitionTable")) }
        let countries = r.strings("associatedCountries", required: true).map(MemberStates.isoCode)
        guard let count = r.bool("countAssociated", required: true), let low = r.bool("breadthIncludesLowBaseline", required: true),
              let link = r.number("minCoverageLink", required: true, range: 0...100) else { return nil }
        return DerivedSettings(breadthThresholds: thresholds, countAssociated: count, associatedCountries: countries,
                               breadthIncludesLowBaseline: low, minCoverageLink: link, supplierCompetitionTable: table)
    }

    func parseProcurementRules(_ r: JSONReader) -> ProcurementRules? {
        let numeric = ["needClarityMin", "trlResearchMax", "trlPcpMin", "trlPcpMax", "trlPpiMin", "trlIntegrationMin", "minCoverageRoute",
                       "coverageStandardMin", "minSuppliersStandard", "maxSuppliersPpi", "minCompetingApproachesPcp", "minProcurersJoint",
                       "minMsJoint", "pcpMinBudgetEUR", "ppiMinVolumeEUR", "suitabilityDisagreeMargin", "jointMinBreadthScore",
                       "highRiskMaxDataProtection", "cwaInParallelMinStandardsGap"]
        guard r.expectObject(known: Set(numeric + ["aiActProhibitionsFrom"])) else { return nil }
        var v: [String: Double] = [:]
        for k in numeric { v[k] = r.number(k, required: true, range: 0...1e12) }
        let date = r.string("aiActProhibitionsFrom", required: true)
        if let date, !IsoDate.isValid(date) { r.error("expected a date YYYY-MM-DD, got \"\(date)\"", at: r.childPath("aiActProhibitionsFrom")) }
        guard v.count == numeric.count, v.values.count == numeric.count, numeric.allSatisfy({ v[$0] != nil }), let date else { return nil }
        let rules = ProcurementRules(
            needClarityMin: v["needClarityMin"]!, trlResearchMax: v["trlResearchMax"]!, trlPcpMin: v["trlPcpMin"]!, trlPcpMax: v["trlPcpMax"]!,
            trlPpiMin: v["trlPpiMin"]!, trlIntegrationMin: v["trlIntegrationMin"]!, minCoverageRoute: v["minCoverageRoute"]!,
            coverageStandardMin: v["coverageStandardMin"]!, minSuppliersStandard: v["minSuppliersStandard"]!, maxSuppliersPpi: v["maxSuppliersPpi"]!,
            minCompetingApproachesPcp: v["minCompetingApproachesPcp"]!, minProcurersJoint: v["minProcurersJoint"]!, minMsJoint: v["minMsJoint"]!,
            pcpMinBudgetEUR: v["pcpMinBudgetEUR"]!, ppiMinVolumeEUR: v["ppiMinVolumeEUR"]!, suitabilityDisagreeMargin: v["suitabilityDisagreeMargin"]!,
            jointMinBreadthScore: v["jointMinBreadthScore"]!, highRiskMaxDataProtection: v["highRiskMaxDataProtection"]!,
            cwaInParallelMinStandardsGap: v["cwaInParallelMinStandardsGap"]!, aiActProhibitionsFrom: date)
        if let link = root["derived"].number("minCoverageLink"),
           !(link <= rules.minCoverageRoute && rules.minCoverageRoute <= rules.coverageStandardMin) {
            r.error("minCoverageLink (\(JSONReader.show(link))) <= minCoverageRoute (\(JSONReader.show(rules.minCoverageRoute))) <= coverageStandardMin (\(JSONReader.show(rules.coverageStandardMin))) does not hold", at: r.childPath("minCoverageRoute"))
        }
        return rules
    }
}

/// `YYYY-MM-DD` dates, compared as strings (their byte order is their time order).
public enum IsoDate {
    /// The legal evaluation date when neither the command line nor the scenario gives one: today, UTC. The one
    /// default of every command (`run`, `scenario compare`, `distance`, `sample`, `portfolio`).
    public static func today() -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date())
    }

    public static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && Int(parts[0]) != nil && (1...12).contains(Int(parts[1]) ?? 0) && (1...31).contains(Int(parts[2]) ?? 0)
    }
}
