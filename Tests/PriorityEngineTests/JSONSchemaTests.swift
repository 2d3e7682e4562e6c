import Foundation
import Testing
import Reports
import TestSupport

/// `ilead schema KIND`: the schemas accept the bundled documents and reject broken ones. A small validator for the
/// keywords the schemas use (type, enum, const, properties, required, additionalProperties, items, minItems,
/// maxItems, minimum, maximum, pattern, anyOf, oneOf, $ref); the full draft-2020-12 check was also run with
/// Python's `jsonschema` during development.
@Suite struct JSONSchemaTests {
    struct Validator {
        let root: [String: Any]

        func errors(_ value: Any, _ schema: [String: Any], path: String = "$") -> [String] {
            if let ref = schema["$ref"] as? String {
                let name = ref.replacingOccurrences(of: "#/$defs/", with: "")
                return errors(value, (root["$defs"] as! [String: Any])[name] as! [String: Any], path: path)
            }
            var out: [String] = []
            if let t = schema["type"] {
                let types = (t as? [String]) ?? [t as! String]
                if !types.contains(where: { Self.matches(value, $0) }) { return ["\(path): not \(types)"] }
            }
            if let e = schema["enum"] as? [Any], !e.contains(where: { Self.equal($0, value) }) { out.append("\(path): not in enum") }
            if let c = schema["const"], !Self.equal(c, value) { out.append("\(path): not \(c)") }
            if let n = value as? NSNumber, !Self.isBool(value) {
                if let lo = (schema["minimum"] as? NSNumber)?.doubleValue, n.doubleValue < lo { out.append("\(path): below \(lo)") }
                if let hi = (schema["maximum"] as? NSNumber)?.doubleValue, n.doubleValue > hi { out.append("\(path): above \(hi)") }
            }
            if let p = schema["pattern"] as? String, let s = value as? String, s.range(of: p, options: .regularExpression) == nil { out.append("\(path): pattern") }
            if let o = value as? [String: Any] {
                let props = schema["properties"] as? [String: Any] ?? [:]
                for r in schema["required"] as? [String] ?? [] where o[r] == nil { out.append("\(path).\(r): required") }
                for (k, v) in o {
                    if let s = props[k] as? [String: Any] { out += errors(v, s, path: "\(path).\(k)") }
                    else if let extra = schema["additionalProperties"] {
                        if Self.isBool(extra) { if !(extra as! NSNumber).boolValue { out.append("\(path).\(k): not allowed") } }
                        else if let s = extra as? [String: Any] { out += errors(v, s, path: "\(path).\(k)") }
                    }
                }
            }
            if let a = value as? [Any] {
                if let min = schema["minItems"] as? Int, a.count < min { out.append("\(path): fewer than \(min) items") }
                if let max = schema["maxItems"] as? Int, a.count > max { out.append("\(path): more than \(max) items") }
                if let items = schema["items"] as? [String: Any] { for (i, v) in a.enumerated() { out += errors(v, items, path: "\(path)[\(i)]") } }
            }
            if let any = schema["anyOf"] as? [[String: Any]], !any.contains(where: { errors(value, $0, path: path).isEmpty }) { out.append("\(path): no anyOf branch") }
            if let one = schema["oneOf"] as? [[String: Any]], one.filter({ errors(value, $0, path: path).isEmpty }).count != 1 { out.append("\(path): not exactly one oneOf branch") }
            return out
        }

        static func isBool(_ v: Any) -> Bool { (v as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false }
        static func matches(_ v: Any, _ t: String) -> Bool {
            switch t {
            case "object": v is [String: Any]
            case "array": v is [Any]
            case "string": v is String
            case "boolean": isBool(v)
            case "null": v is NSNull
            case "integer": !isBool(v) && (v as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } == true
            case "number": !isBool(v) && v is NSNumber
            default: false
            }
        }
        static func equal(_ a: Any, _ b: Any) -> Bool { (a as? NSObject)?.isEqual(b) ?? false }
    }

    static func validator(_ kind: JSONSchemas.Kind) throws -> Validator {
        let text = JSONSchemas.schema(kind).serialized()
        return Validator(root: try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any])
    }

    static func document(_ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: Repository.root.appendingPathComponent(path)))
    }

    @Test func bundledDocumentsAreValid() throws {
        let cases: [(JSONSchemas.Kind, String)] = [
            (.workshop, "datasets/examples/WS-2019-CYB.json"), (.workshop, "datasets/ilead-synthetic/workshops/WS-2021-CNI.json"),
            (.model, "models/ilead-default.json"), (.model, "models/research-agenda.json"),
            (.scenario, "datasets/examples/SCN-2019-CYB-joint-ppi.json"), (.scenario, "datasets/ilead-synthetic/scenarios/SCN-10-more-suppliers.json"),
            (.ranking, "datasets/ilead-synthetic/expected/E3.ranking.json"),
            (.decisionProblem, "datasets/problems/capability-gaps.json"), (.decisionProblem, "datasets/problems/capability-gaps-bounded.json"),
            (.pairwiseComparisons, "datasets/problems/ahp-saaty-leader.json"), (.pairwiseComparisons, "datasets/problems/ahp-group.json"),
            (.ahpHierarchy, "datasets/problems/ahp-hierarchy-leader.json"),
            (.technologyWatch, "datasets/ilead-synthetic/technology-watch.json"),
            (.recurringNeeds, "datasets/examples/needs.json"),
        ]
        for (kind, path) in cases {
            let v = try Self.validator(kind)
            let errors = v.errors(try Self.document(path), v.root)
            #expect(errors.isEmpty, "\(path): \(errors.prefix(3))")
        }
    }

    /// A problem with a direction misspelt and a pairwise document without items fail their schemas.
    @Test func brokenProblemsAreRejected() throws {
        var problem = try Self.document("datasets/problems/capability-gaps.json") as! [String: Any]
        var criteria = problem["criteria"] as! [[String: Any]]
        criteria[0]["direction"] = "more"
        problem["criteria"] = criteria
        let v = try Self.validator(.decisionProblem)
        #expect(!v.errors(problem, v.root).isEmpty)
        var pairwise = try Self.document("datasets/problems/ahp-saaty-leader.json") as! [String: Any]
        pairwise.removeValue(forKey: "items")
        let w = try Self.validator(.pairwiseComparisons)
        #expect(!w.errors(pairwise, w.root).isEmpty)
    }

    @Test func brokenWorkshopIsRejected() throws {
        var tree = try Self.document("datasets/examples/WS-2019-CYB.json") as! [String: Any]
        var gaps = tree["capabilityGaps"] as! [[String: Any]]
        var ratings = gaps[0]["ratings"] as! [[String: Any]]
        ratings[0]["urgency"] = 7
        gaps[0]["ratings"] = ratings
        gaps[1]["gapNature"] = "Process_Training"
        gaps[1]["title"] = nil
        tree["capabilityGaps"] = gaps
        let v = try Self.validator(.workshop)
        let errors = v.errors(tree, v.root)
        #expect(errors.contains { $0.hasPrefix("$.capabilityGaps[0].ratings[0].urgency") })
        #expect(errors.contains("$.capabilityGaps[1].gapNature: not in enum"))
        #expect(errors.contains("$.capabilityGaps[1].title: required"))
    }
}

/// The workshop schema describes itself: every property has a description, enumerations say what each value
/// means, rated criteria carry their anchors, ids have examples.
@Suite struct SelfDescribingSchemaTests {
    static func undescribed(_ node: Any?, _ path: String = "") -> [String] {
        guard let o = node as? [String: Any] else { return [] }
        var out: [String] = []
        if let properties = o["properties"] as? [String: Any] {
            for (k, v) in properties {
                if (v as? [String: Any])?["description"] == nil { out.append("\(path).\(k)") }
                out += undescribed(v, "\(path).\(k)")
            }
        }
        for k in ["items", "additionalProperties"] { out += undescribed(o[k], path) }
        for k in ["anyOf", "oneOf"] { for v in (o[k] as? [Any]) ?? [] { out += undescribed(v, path) } }
        for (k, v) in (o["$defs"] as? [String: Any]) ?? [:] { out += undescribed(v, "#\(k)") }
        return out
    }

    @Test func everyWorkshopPropertyIsDescribed() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(JSONSchemas.schema(.workshop).serialized().utf8)) as? [String: Any])
        #expect(Self.undescribed(schema).isEmpty, "\(Self.undescribed(schema))")
        let gap = ((schema["properties"] as! [String: Any])["capabilityGaps"] as! [String: Any])["items"] as! [String: Any]
        let properties = gap["properties"] as! [String: Any]
        #expect(((properties["gapNature"] as! [String: Any])["description"] as! String).contains("process_training: a matter of procedures or training"))
        let ratings = ((properties["ratings"] as! [String: Any])["items"] as! [String: Any])["properties"] as! [String: Any]
        #expect(((ratings["urgency"] as! [String: Any])["description"] as! String).contains("5 Now: already failing"))
        for kind in [JSONSchemas.Kind.model, .scenario, .decisionProblem, .pairwiseComparisons, .ahpHierarchy, .technologyWatch, .recurringNeeds] {
            let other = try #require(try JSONSerialization.jsonObject(with: Data(JSONSchemas.schema(kind).serialized().utf8)) as? [String: Any])
            #expect(Self.undescribed(other).isEmpty, "\(kind): \(Self.undescribed(other))")
        }
    }
}
