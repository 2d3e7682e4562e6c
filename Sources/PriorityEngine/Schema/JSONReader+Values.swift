import JSONFormat
import MCDA

/// The value forms that several document kinds share (workshops, the technology watch), read once.
extension JSONReader {
    /// A 3pt value (`{min, mostLikely, max}`) or a plain number, each component in `range`, min <= ml <= max.
    func threePoint(range: ClosedRange<Double>, integer: Bool) -> ThreePoint? {
        // Most values are plain numbers: they need no test for an object (a dynamic cast per value).
        if JSONNumber.value(node) != nil { return checkedNumber(range: range, integer: integer).map(ThreePoint.init) }
        if isObject {
            guard expectObject(known: ["min", "mostLikely", "max"]) else { return nil }
            let lo = number("min", required: true, range: range, integer: integer)
            let ml = number("mostLikely", required: true, range: range, integer: integer)
            let hi = number("max", required: true, range: range, integer: integer)
            guard let lo, let ml, let hi else { return nil }
            guard lo <= ml, ml <= hi else {
                error("three-point value must satisfy min <= mostLikely <= max, got (\(JSONReader.show(lo)), \(JSONReader.show(ml)), \(JSONReader.show(hi)))")
                return nil
            }
            return ThreePoint(min: lo, mostLikely: ml, max: hi)
        }
        return checkedNumber(range: range, integer: integer).map(ThreePoint.init)
    }

    /// The required `schemaVersion` of a document, which must be a supported `1.<minor>`.
    func checkSchemaVersion() {
        if let v = string("schemaVersion", required: true), !SchemaVersion.isSupported(v) {
            error(SchemaVersion.unsupported(v), at: "schemaVersion")
        }
    }

    /// The envelope of a document: a supported `schemaVersion` and the required `kind`.
    func checkEnvelope(kind expected: String) {
        checkSchemaVersion()
        if let k = string("kind", required: true), k != expected {
            error("expected \"\(expected)\", got \"\(k)\"", at: "kind")
        }
    }

    /// The date YYYY-MM-DD under `key`, or an error naming it.
    func date(_ key: String, required: Bool = false) -> String? {
        guard let s = string(key, required: required) else { return nil }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        let valid = parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && Int(parts[0]) != nil && (1...12).contains(Int(parts[1]) ?? 0) && (1...31).contains(Int(parts[2]) ?? 0)
        if !valid { error("expected a date YYYY-MM-DD, got \"\(s)\"", at: childPath(key)); return nil }
        return s
    }
}
