import Reports
import JSONFormat

/// Small helpers to write JSON trees tersely; keys are sorted when the generator writes a file (GENERATOR.md).
typealias J = JSONValue

extension JSONValue {
    static func obj(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { k, v in v.map { (k, $0) } })
    }
    static func int(_ i: Int) -> JSONValue { .integer(i) }
    static func str(_ s: String) -> JSONValue { .string(s) }
    static func strs(_ s: [String]) -> JSONValue { .array(s.map(JSONValue.string)) }
    static func threePoint(_ a: Int, _ m: Int, _ b: Int) -> JSONValue { .obj(["min": .int(a), "mostLikely": .int(m), "max": .int(b)]) }

}
