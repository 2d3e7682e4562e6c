import Foundation

/// Walks a parsed JSON tree and records every problem with its JSON path instead of stopping at the first
/// (docs/file-formats.md: all errors of all files are reported at once).
///
/// Readers are cheap value types over a node; the diagnostics go to a shared `Sink`.
package struct JSONReader {
    package final class Sink {
        package var diagnostics: [Diagnostic] = []
        package let file: String
        package let strict: Bool
        /// JSON paths of literals such as `3.9999999999999996` that are not whole although their double is.
        package var inexactIntegers: Set<String> = []
        package init(file: String, strict: Bool) { self.file = file; self.strict = strict }
    }

    package let node: Any?
    package let path: String
    package let sink: Sink

    package init(node: Any?, path: String, sink: Sink) {
        self.node = node
        self.path = path
        self.sink = sink
    }

    /// Parses `data` strictly (RFC 8259, `StrictJSON`); a syntax error is one error at the root naming its line
    /// and column.
    package static func parse(_ data: Data, file: String, strict: Bool = false, compacting: Set<String> = []) -> JSONReader? {
        let sink = Sink(file: file, strict: strict)
        do throws(JSONSyntaxError) {
            let document = try StrictJSON.parse(data, compacting: compacting)
            sink.inexactIntegers = document.inexactIntegers
            return JSONReader(node: document.root, path: "", sink: sink)
        } catch {
            sink.diagnostics.append(Diagnostic(.error, file: file, path: "", "not valid JSON: \(error)"))
            return JSONReader(node: nil, path: "", sink: sink)
        }
    }

    package func error(_ message: String, at sub: String? = nil) {
        sink.diagnostics.append(Diagnostic(.error, file: sink.file, path: sub ?? path, message))
    }

    package func warning(_ code: String, _ message: String, at sub: String? = nil, ref: String? = nil) {
        sink.diagnostics.append(Diagnostic(.warning, file: sink.file, path: sub ?? path, code: code, ref: ref, message))
    }

    package func info(_ code: String, _ message: String, at sub: String? = nil) {
        sink.diagnostics.append(Diagnostic(.info, file: sink.file, path: sub ?? path, code: code, message))
    }

    package func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    package func childPath(_ index: Int) -> String { "\(path)[\(index)]" }

    package var isNull: Bool { node is NSNull }
    /// The node as a dictionary, of either kind of object.
    package var object: [String: Any]? { JSONScalarObject.dictionary(of: node) }

    /// Whether the node is an object (a dictionary, or a `JSONScalarObject` of a compacted array).
    package var isObject: Bool { JSONScalarObject.isObject(node) }

    /// The member `key`, present or not (an absent key reads as `nil` node).
    package subscript(key: String) -> JSONReader {
        JSONReader(node: JSONScalarObject.member(key, of: node), path: childPath(key), sink: sink)
    }

    package func has(_ key: String) -> Bool { JSONScalarObject.member(key, of: node) != nil }

    /// Checks that the node is an object, and reports keys outside `known` (an error in strict mode, a
    /// warning otherwise).
    @discardableResult
    package func expectObject(known: Set<String>) -> Bool {
        guard let keys = JSONScalarObject.keys(of: node) else {
            error("expected an object, got \(Self.describe(node))")
            return false
        }
        guard keys.contains(where: { !known.contains($0) }) else { return true }
        for key in keys.sorted() where !known.contains(key) {
            if sink.strict { error("unknown key '\(key)'", at: childPath(key)) }
            else { warning("UNKNOWN_KEY", "unknown key '\(key)' is ignored", at: childPath(key)) }
        }
        return true
    }

    /// The member `key` when present; when absent, `nil`, and an error if the key is required.
    package func member(_ key: String, required: Bool) -> JSONReader? {
        let child = self[key]
        if child.node != nil { return child }
        if required { error("required key '\(key)' is missing", at: child.path) }
        return nil
    }

    /// The elements of an array member; a missing required array is an error, a missing optional one empty.
    package func array(_ key: String, required: Bool = false) -> [JSONReader] {
        guard let child = member(key, required: required), let value = child.node else { return [] }
        guard let list = value as? [Any] else {
            child.error("expected an array, got \(Self.describe(value))")
            return []
        }
        return list.enumerated().map { JSONReader(node: $1, path: child.childPath($0), sink: sink) }
    }

    /// The string elements of an array member; each non-string element is an error.
    package func strings(_ key: String, required: Bool = false) -> [String] {
        array(key, required: required).compactMap { element in
            guard let s = element.node as? String else {
                element.error("expected a string, got \(Self.describe(element.node))")
                return nil
            }
            return s
        }
    }

    package func string(_ key: String, required: Bool = false) -> String? {
        // The usual case, a string, needs no reader of its own (nor its path).
        if let s = JSONScalarObject.member(key, of: node) as? String { return s }
        guard let child = member(key, required: required), let value = child.node else { return nil }
        guard let s = value as? String else {
            child.error("expected a string, got \(Self.describe(value))")
            return nil
        }
        return s
    }

    /// User text for a message: control characters shown escaped, long text cut.
    package static func printable(_ s: String) -> String {
        let shown = s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        return shown.count > 80 ? String(shown.prefix(77)) + "..." : shown
    }

    package func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let child = member(key, required: required), let value = child.node else { return nil }
        guard let b = JSONNumber.bool(value) else {
            child.error("expected true or false, got \(Self.describe(value))")
            return nil
        }
        return b
    }

    /// A JSON number of this node (booleans are not numbers).
    package var number: Double? { JSONNumber.value(node) }

    package func number(_ key: String, required: Bool = false, range: ClosedRange<Double>? = nil, integer: Bool = false) -> Double? {
        // The usual case, a valid number, needs no reader of its own (nor its path); anything else takes the
        // reader's checks, which name the path.
        if let x = JSONNumber.value(JSONScalarObject.member(key, of: node)), x.isFinite, range?.contains(x) ?? true,
           !integer || (x == x.rounded() && sink.inexactIntegers.isEmpty) {
            return x
        }
        return member(key, required: required)?.checkedNumber(range: range, integer: integer)
    }

    /// This node as a number within `range` (and integral when asked), else an error.
    package func checkedNumber(range: ClosedRange<Double>?, integer: Bool) -> Double? {
        guard let x = number, x.isFinite else {
            error("expected \(integer ? "an integer" : "a number"), got \(Self.describe(node))")
            return nil
        }
        if integer, x != x.rounded() || (!sink.inexactIntegers.isEmpty && sink.inexactIntegers.contains(path)) {
            error("expected an integer, got \(x != x.rounded() ? "\(x)" : "a number that is not whole (it rounds to \(Self.show(x)))")")
            return nil
        }
        if let range, !range.contains(x) {
            error("\(Self.show(x)) is outside \(Self.show(range.lowerBound))–\(Self.show(range.upperBound))")
            return nil
        }
        return x
    }

    /// An enum member; a value not listed (or with another case) is an error naming the allowed values.
    package func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type, required: Bool = false) -> E?
        where E.RawValue == String {
        guard let raw = string(key, required: required) else { return nil }
        if let e = E(rawValue: raw) { return e }
        error("unknown value \"\(raw)\" (expected one of \(E.allCases.map { "\($0.rawValue)" }.joined(separator: ", ")))", at: childPath(key))
        return nil
    }


    package static func show(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)" }

    package static func describe(_ value: Any?) -> String {
        switch value {
        case nil: return "nothing"
        case is NSNull: return "null"
        case let s as String: return "text \"\(s)\""
        case let v? where JSONNumber.bool(v) != nil: return JSONNumber.bool(v)! ? "true" : "false"
        case let v? where JSONNumber.value(v) != nil: return show(JSONNumber.value(v)!)
        case is [Any]: return "an array"
        default: return "an object"
        }
    }
}
