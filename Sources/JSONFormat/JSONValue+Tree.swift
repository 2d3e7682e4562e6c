import Foundation

extension JSONValue {
    /// A parsed JSON tree (from `StrictJSON` or `JSONSerialization`, compact objects included) as a value:
    /// whole numbers within ±2^53 as integers, other numbers as `number`, object keys in the order the tree gives
    /// them (use `sortedKeys()` for a stable order).
    public init(tree: Any?) {
        if let b = JSONNumber.bool(tree) { self = .bool(b); return }
        if let x = JSONNumber.value(tree) {
            if type(of: tree!) == Int.self { self = .integer(tree as! Int); return }
            self = x == x.rounded() && abs(x) < 9_007_199_254_740_992 ? .integer(Int(x)) : .number(x)
            return
        }
        switch tree {
        case let s as String: self = .string(s)
        case let a as [Any]: self = .array(a.map(JSONValue.init(tree:)))
        case let o?:
            if let d = JSONScalarObject.dictionary(of: o) { self = .object(d.map { ($0.key, JSONValue(tree: $0.value)) }) }
            else { self = .null }
        default: self = .null
        }
    }

    /// The same tree with every object's keys in byte order.
    public func sortedKeys() -> JSONValue {
        switch self {
        case let .object(pairs): .object(pairs.map { ($0.0, $0.1.sortedKeys()) }.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) })
        case let .array(items): .array(items.map { $0.sortedKeys() })
        default: self
        }
    }
}
