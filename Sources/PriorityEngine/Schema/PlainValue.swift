import Foundation
import MCDA

/// A JSON value as the engine hands it to writers: rule-trace thresholds and actuals, and the defaults echoed in
/// the run manifest. Object keys keep their order.
public indirect enum PlainValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([PlainValue])
    case object([Pair])

    public struct Pair: Sendable, Equatable {
        public var key: String
        public var value: PlainValue
        public init(_ key: String, _ value: PlainValue) { self.key = key; self.value = value }
    }

    /// Converts a parsed tree (`StrictJSON` or `JSONSerialization`; object keys sorted).
    public init(foundation node: Any?) {
        if let b = JSONNumber.bool(node) { self = .bool(b); return }
        if let x = JSONNumber.value(node) { self = .number(x); return }
        switch node {
        case let s as String: self = .string(s)
        case let a as [Any]: self = .array(a.map(PlainValue.init(foundation:)))
        case let o as [String: Any]: self = .object(o.keys.sorted().map { Pair($0, PlainValue(foundation: o[$0])) })
        default: self = .null
        }
    }
}

extension PlainValue: CustomStringConvertible {
    /// As JSON would write it (numbers without a trailing ".0" when whole), for messages and explanations.
    public var description: String {
        switch self {
        case let .string(s): "\"\(s)\""
        case let .number(d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case let .bool(b): String(b)
        case .null: "null"
        case let .array(items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case let .object(pairs): "{" + pairs.map { "\"\($0.key)\": \($0.value.description)" }.joined(separator: ", ") + "}"
        }
    }
}
