/// A JSON object whose members are all scalars (numbers, strings, booleans, null), held as one shared key list and
/// an array of values instead of a hash table: the 250,000 rating objects of a large workshop then cost about 400
/// bytes each instead of about 800, and reading one member is a short scan of at most a dozen keys.
///
/// `StrictJSON.parse(_:compacting:)` makes these for the elements of arrays under the keys it is given; every other
/// object stays a `[String: Any]`. Code that walks such trees asks `JSONScalarObject.member(_:of:)` and
/// `keys(of:)`, or `dictionary(of:)` for either kind of object.
public final class JSONScalarObject: @unchecked Sendable {
    /// The member names in document order, shared by every object with the same names in the same order.
    public let keys: [String]
    public let values: [Any]

    init(keys: [String], values: [Any]) { self.keys = keys; self.values = values }

    public subscript(key: String) -> Any? {
        for k in keys.indices where keys[k] == key { return values[k] }
        return nil
    }

    /// The members as a dictionary.
    public var dictionary: [String: Any] { Dictionary(uniqueKeysWithValues: zip(keys, values)) }

    /// The member `key` of an object of either kind; nil for a missing member or a node that is no object.
    @inline(__always)
    public static func member(_ key: String, of node: Any?) -> Any? {
        if let o = compact(node) { return o[key] }
        return (node as? [String: Any])?[key]
    }

    /// The member names of an object of either kind (nil for a node that is no object).
    public static func keys(of node: Any?) -> [String]? {
        if let o = compact(node) { return o.keys }
        return (node as? [String: Any]).map { Array($0.keys) }
    }

    /// An object of either kind as a dictionary (nil for a node that is no object).
    public static func dictionary(of node: Any?) -> [String: Any]? {
        if let o = compact(node) { return o.dictionary }
        return node as? [String: Any]
    }

    /// Whether the node is an object of either kind.
    public static func isObject(_ node: Any?) -> Bool { compact(node) != nil || node is [String: Any] }

    /// The node when it is a compact object. The exact type is compared first: a plain `as? JSONScalarObject` on
    /// a Swift dictionary or array would try to bridge it to a Foundation object before failing, which is slow.
    @inline(__always)
    public static func compact(_ node: Any?) -> JSONScalarObject? {
        guard let node, type(of: node) == JSONScalarObject.self else { return nil }
        return (node as! JSONScalarObject)
    }
}
