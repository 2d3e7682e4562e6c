/// A value echoed in a result's `settings`: what shaped the numbers, in a form any writer can serialise.
/// Objects keep their keys in insertion order, so outputs are stable.
public indirect enum SettingValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case list([SettingValue])
    case object([(String, SettingValue)])
    case null

    public static func == (a: SettingValue, b: SettingValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): x == y
        case let (.number(x), .number(y)): x == y
        case let (.integer(x), .integer(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case let (.list(x), .list(y)): x == y
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.null, .null): true
        default: false
        }
    }

    /// Whether every number inside is finite (a writer can serialise it).
    public var isFinite: Bool {
        switch self {
        case let .number(x): x.isFinite
        case let .list(xs): xs.allSatisfy(\.isFinite)
        case let .object(pairs): pairs.allSatisfy { $0.1.isFinite }
        default: true
        }
    }

    /// Looks up a key of an object value.
    public subscript(key: String) -> SettingValue? {
        if case let .object(pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }
}
