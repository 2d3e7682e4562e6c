/// A JSON scalar decoded without failing, so that every wrong value of a file can be reported at once.
enum LooseValue: Decodable {
    case number(Double)
    case text(String)
    case bool(Bool)
    case null
    case other

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let s = try? c.decode(String.self) { self = .text(s) }
        else { self = .other }
    }

    /// A short description for error messages.
    var shown: String {
        switch self {
        case let .number(d): "\(d)"
        case let .text(s): "text \"\(s)\""
        case let .bool(b): "\(b)"
        case .null: "null"
        case .other: "an array or object"
        }
    }

    /// The number, accepting a ratio written as text ("1/3") when `ratios` is set.
    func number(ratios: Bool = false) -> Double? {
        switch self {
        case let .number(d): return d
        case let .text(s) where ratios:
            let parts = s.split(separator: "/", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 1 { return Double(parts[0]) }
            if parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]), b != 0 { return a / b }
            return nil
        default: return nil
        }
    }
}

/// Turns a `DecodingError` into a located issue (`criteria[2].direction: ...`).
func issue(from error: Error) -> MCDAIssue {
    func path(_ keys: [CodingKey]) -> String {
        keys.reduce("") { acc, key in
            if let i = key.intValue { return acc + "[\(i)]" }
            return acc.isEmpty ? key.stringValue : acc + "." + key.stringValue
        }
    }
    switch error {
    case let DecodingError.typeMismatch(type, ctx):
        return MCDAIssue(location: path(ctx.codingPath), "expected \(describe(type))")
    case let DecodingError.valueNotFound(type, ctx):
        return MCDAIssue(location: path(ctx.codingPath), "expected \(describe(type)), found null")
    case let DecodingError.keyNotFound(key, ctx):
        return MCDAIssue(location: path(ctx.codingPath + [key]), "required key is missing")
    case let DecodingError.dataCorrupted(ctx):
        let detail = (ctx.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
        return MCDAIssue(location: path(ctx.codingPath),
                         "not valid JSON" + (detail.map { " (\($0))" } ?? (ctx.debugDescription.isEmpty ? "" : " (\(ctx.debugDescription))")))
    default:
        return MCDAIssue("\(error)")
    }
}

private func describe(_ type: Any.Type) -> String {
    switch type {
    case is Double.Type, is Int.Type: "a number"
    case is String.Type: "a string"
    case is Bool.Type: "true or false"
    default: type is any Collection.Type ? "an array" : "an object"
    }
}

/// Checks the `schemaVersion` / `kind` envelope shared by every document.
func checkEnvelope(schemaVersion: String?, kind: String?, expected: String, into issues: inout [MCDAIssue]) {
    if let kind {
        if kind != expected { issues.append(MCDAIssue(location: "kind", "expected \"\(expected)\", got \"\(kind)\"")) }
    } else {
        issues.append(MCDAIssue(location: "kind", "required key is missing (\"kind\": \"\(expected)\")"))
    }
    if let v = schemaVersion, !SchemaVersion.isSupported(v) {
        issues.append(MCDAIssue(location: "schemaVersion", SchemaVersion.unsupported(v)))
    }
}

/// The `schemaVersion` every input file carries: `"1.<minor>"` (docs/file-formats.md writes `"1.0"`); any other text,
/// `"1.0garbage"` or `"2.0"` included, is refused.
public enum SchemaVersion {
    public static func isSupported(_ v: String) -> Bool {
        let parts = v.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == "1" && !parts[1].isEmpty && parts[1].count <= 4
            && parts[1].allSatisfy { ("0"..."9").contains($0) }
    }

    public static func unsupported(_ v: String) -> String {
        "unsupported schema version \"\(v.count > 40 ? String(v.prefix(37)) + "..." : v)\" (this engine reads \"1.0\" and later 1.x versions)"
    }
}

/// Decodes `data` after checking it is strict JSON (`StrictJSON`): a syntax error names its line and column.
func decodeStrictly<T: Decodable>(_: T.Type, from data: Data) throws(MCDAError) -> T {
    if let syntax = StrictJSON.check(data) {
        throw .invalidInput([MCDAIssue(location: "line \(syntax.line), column \(syntax.column)", "not valid JSON: \(syntax.message)")])
    }
    do { return try JSONDecoder().decode(T.self, from: data) } catch { throw .invalidInput([issue(from: error)]) }
}

import Foundation
import JSONFormat
