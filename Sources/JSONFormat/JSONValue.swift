import Foundation

/// A JSON value whose objects keep their keys in insertion order, so every output is byte-stable: the one value
/// type of the package for JSON, read (`init(tree:)` from a parsed tree) and written (`serialized`): the
/// settings a method echoes, the thresholds and actuals of a rule trace, the defaults of a run manifest, the
/// documents the writers build.
///
/// Numbers are written in Swift's shortest round-trip form (`0.1`, `1e-05`, `3.0`): parsing the text gives back
/// the same `Double`. Non-finite numbers cannot be written; the engine never produces them (it throws instead).
public indirect enum JSONValue: Equatable, Sendable {
    case string(String)
    case number(Double)
    /// A computed decimal, rounded half away from zero to 6 dp and written in fixed notation with at most 6
    /// fractional digits (docs/file-formats.md): `0.73517`, `3`, `0.000001`.
    case decimal(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Structural equality; objects compare their pairs in order.
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): x == y
        case let (.number(x), .number(y)), let (.decimal(x), .decimal(y)): x == y
        case let (.integer(x), .integer(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case (.null, .null): true
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The JSON text; `pretty` indents by two spaces, one key per line.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, indent: pretty ? 0 : nil)
        return out
    }

    private func write(into out: inout String, indent: Int?) {
        switch self {
        case let .string(s): Self.escape(s, into: &out)
        case let .number(d):
            precondition(d.isFinite, "a non-finite number reached the JSON writer")
            out += "\(d)"
        case let .decimal(d):
            precondition(d.isFinite, "a non-finite number reached the JSON writer")
            out += Self.fixed6(d)
        case let .integer(i): out += "\(i)"
        case let .bool(b): out += b ? "true" : "false"
        case .null: out += "null"
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            let scalar = items.allSatisfy { if case .object = $0 { false } else if case .array = $0 { false } else { true } }
            if scalar || indent == nil {
                out += "["
                for (k, v) in items.enumerated() {
                    if k > 0 { out += indent == nil ? "," : ", " }
                    v.write(into: &out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (k, v) in items.enumerated() {
                out += Self.spaces(indent! + 2)
                v.write(into: &out, indent: indent! + 2)
                out += k + 1 < items.count ? ",\n" : "\n"
            }
            out += Self.spaces(indent!) + "]"
        case let .object(pairs):
            if pairs.isEmpty { out += "{}"; return }
            guard let indent else {
                out += "{"
                for (k, (key, v)) in pairs.enumerated() {
                    if k > 0 { out += "," }
                    Self.escape(key, into: &out)
                    out += ":"
                    v.write(into: &out, indent: nil)
                }
                out += "}"
                return
            }
            out += "{\n"
            for (k, (key, v)) in pairs.enumerated() {
                out += Self.spaces(indent + 2)
                Self.escape(key, into: &out)
                out += ": "
                v.write(into: &out, indent: indent + 2)
                out += k + 1 < pairs.count ? ",\n" : "\n"
            }
            out += Self.spaces(indent) + "}"
        }
    }

    private static let indents = (0..<64).map { String(repeating: " ", count: $0) }
    private static func spaces(_ n: Int) -> String { n < indents.count ? indents[n] : String(repeating: " ", count: n) }

    /// `x` rounded half away from zero to 6 dp, in fixed notation without trailing zeros.
    public static func fixed6(_ x: Double) -> String { Decimal6.text(x) }

    private static func escape(_ s: String, into out: inout String) {
        out += "\""
        // Most text needs no escape: copied whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16)
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
    }
}

extension JSONValue {
    /// The value as a `JSONSerialization` tree, for merging into parsed documents.
    public var foundation: Any {
        switch self {
        case let .string(s): s
        case let .number(d), let .decimal(d): NSNumber(value: d)
        case let .integer(i): NSNumber(value: i)
        case let .bool(b): NSNumber(value: b)
        case .null: NSNull()
        case let .array(a): a.map(\.foundation)
        case let .object(pairs): Dictionary(pairs.map { ($0.0, $0.1.foundation) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// Whether every number inside is finite (a writer can serialise it).
    public var isFinite: Bool {
        switch self {
        case let .number(x), let .decimal(x): x.isFinite
        case let .array(xs): xs.allSatisfy(\.isFinite)
        case let .object(pairs): pairs.allSatisfy { $0.1.isFinite }
        default: true
        }
    }

    /// Looks up a key of an object value.
    public subscript(key: String) -> JSONValue? {
        if case let .object(pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }
}

extension JSONValue: CustomStringConvertible {
    /// As JSON would write it (numbers without a trailing ".0" when whole), for messages and explanations.
    public var description: String {
        switch self {
        case let .string(s): "\"\(s)\""
        case let .number(d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case let .decimal(d): Decimal6.text(d)
        case let .integer(i): String(i)
        case let .bool(b): String(b)
        case .null: "null"
        case let .array(items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case let .object(pairs): "{" + pairs.map { "\"\($0.0)\": \($0.1.description)" }.joined(separator: ", ") + "}"
        }
    }
}
