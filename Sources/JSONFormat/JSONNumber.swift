import Foundation

/// Numbers and booleans of a parsed JSON tree, whichever reader made it: `StrictJSON` gives Swift `Int`, `Double`
/// and `Bool`; `JSONSerialization` gives `NSNumber`s, booleans among them (C type `char`). Booleans are never
/// numbers and numbers never booleans.
public enum JSONNumber {
    /// The number of a node, or nil when it is not a number (a boolean is not).
    @inline(__always)
    public static func value(_ node: Any?) -> Double? {
        guard let node else { return nil }
        let type = type(of: node)
        if type == Int.self { return Double(node as! Int) }
        if type == Double.self { return node as? Double }
        if type == Bool.self || node is String || Self.isContainer(type) { return nil }
        guard let n = node as? NSNumber, !isBool(n) else { return nil }
        return n.doubleValue
    }

    /// The boolean of a node, or nil when it is not `true` or `false` (a number is not).
    public static func bool(_ node: Any?) -> Bool? {
        guard let node else { return nil }
        let type = type(of: node)
        if type == Bool.self { return node as? Bool }
        if type == Int.self || type == Double.self || node is String || Self.isContainer(type) { return nil }
        guard let n = node as? NSNumber, isBool(n) else { return nil }
        return n.boolValue
    }

    /// Whether a node's exact type is one of the trees' containers: never a number, and a cast to `NSNumber` would
    /// first bridge the whole container to Foundation (slow).
    @inline(__always)
    static func isContainer(_ type: Any.Type) -> Bool {
        type == [String: Any].self || type == [Any].self || type == JSONScalarObject.self
    }

    /// JSONSerialization gives booleans as `NSNumber`s of C type `char`; numbers never are.
    @inline(__always)
    public static func isBool(_ n: NSNumber) -> Bool { n.objCType.pointee == CChar(UInt8(ascii: "c")) && n.objCType[1] == 0 }
}
