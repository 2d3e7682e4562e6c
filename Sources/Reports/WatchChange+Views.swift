import PriorityEngine
import JSONFormat

extension WatchChange {
    /// `{"solutionRef", "catalogId", "gapRefs", "ownDate", "assessedOn", "fields": [{"name", "before", "after"}], "evidence"?}`.
    public var json: JSONValue {
        .object([
            ("solutionRef", .string(solutionRef)), ("catalogId", .string(catalogId)),
            ("gapRefs", .array(gapRefs.map(JSONValue.string))), ("ownDate", .string(ownDate)), ("assessedOn", .string(assessedOn)),
            ("fields", .array(fields.map { .object([("name", .string($0.name)), ("before", .string($0.before)), ("after", .string($0.after))]) })),
        ] + (evidence.map { [("evidence", JSONValue.string($0))] } ?? []))
    }

    /// In plain words: "TW-9001 (assessed 2022-06-30, after the workshop's 2019-10-03): TRL 5–6–7 → 8, availability
    /// pilot → limited commercial, suppliers 1 → 2".
    public var sentence: String {
        let what = fields.isEmpty ? "confirmed the workshop's values"
            : fields.map { "\(Self.label($0.name)) \(Self.value($0.before)) → \(Self.value($0.after))" }.joined(separator: ", ")
        return "\(catalogId) (assessed \(assessedOn), after the workshop's \(ownDate)): \(what)"
            + (evidence.map { " — \($0)" } ?? "")
    }

    static func label(_ field: String) -> String {
        switch field {
        case "trl": "TRL"
        case "availability": "availability"
        case "supplierCount.total": "suppliers"
        case "supplierCount.euBased": "EU-based suppliers"
        case "supplierCount.supplierIds": "supplier ids"
        case "adoptionReadiness.aiActCategory": "AI Act category"
        case "trlEvidence": "TRL evidence"
        default: field
        }
    }

    static func value(_ v: String) -> String { v.replacingOccurrences(of: "_", with: " ") }
}
