import Foundation

/// A JSON text that RFC 8259 rejects, located by line and column (1-based; columns count characters).
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "line \(line), column \(column): \(message)" }
}

/// A strict RFC 8259 reader producing trees of `[String: Any]`, `[Any]`, `String`, `Int`, `Double`, `Bool` and
/// `NSNull`: the shape of `JSONSerialization`'s trees with Swift numbers instead of `NSNumber` objects (a number
/// costs no allocation, which keeps a 70 MB workshop in a few hundred MB). Readers take numbers through
/// `JSONNumber`, which accepts both kinds of tree.
///
/// Unlike `JSONSerialization` it rejects trailing commas, duplicate object keys (naming both positions), numbers
/// that overflow a double (`1e400`), lone surrogates, control characters in strings and nesting deeper than
/// `maximumDepth`; it skips a UTF-8 byte-order mark. Numbers are read correctly rounded (`Double(String)`), and
/// integer literals within `Int` stay integers. A literal such as `3.9999999999999996`, which rounds to a whole
/// double but is not a whole number, is listed in `inexactIntegers` by its JSON path (`a.b[2].c`), so that a
/// field that must be an integer can refuse it.
public enum StrictJSON {
    public static let maximumDepth = 256

    public struct Document: @unchecked Sendable {
        public let root: Any
        /// JSON paths of number literals that are not whole although their double is.
        public let inexactIntegers: Set<String>
    }

    /// Parses a JSON document strictly (RFC 8259: no trailing commas, comments or duplicate keys).
    ///
    /// - Parameters:
    ///   - data: the UTF-8 bytes of the document.
    ///   - compacting: names of arrays (`"ratings"`) whose elements, when they are objects of scalars only,
    ///   become `JSONScalarObject`s; every other object is a `[String: Any]`.
    public static func parse(_ data: Data, compacting: Set<String> = []) throws(JSONSyntaxError) -> Document {
        let result: Result<Document, JSONSyntaxError> = data.withUnsafeBytes { raw in
            var parser = Parser(bytes: raw.bindMemory(to: UInt8.self))
            parser.compacting = compacting
            do throws(JSONSyntaxError) { return .success(try parser.document()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The string member `key` of a top-level object, found without building the tree (the rest of the document
    /// is only stepped over); nil when the text is no object, has no such string member, or breaks the syntax
    /// before it. Used to tell a file's `kind` before reading it whole.
    public static func topLevelString(_ key: String, in data: Data) -> String? {
        data.withUnsafeBytes { raw -> String? in
            var p = Parser(bytes: raw.bindMemory(to: UInt8.self))
            if p.bytes.count >= 3, p.bytes[0] == 0xEF, p.bytes[1] == 0xBB, p.bytes[2] == 0xBF { p.i = 3 }
            p.skipWhitespace()
            guard p.i < p.bytes.count, p.bytes[p.i] == UInt8(ascii: "{") else { return nil }
            p.i += 1
            while true {
                p.skipWhitespace()
                guard p.i < p.bytes.count, p.bytes[p.i] == UInt8(ascii: "\""), let k = try? p.string() else { return nil }
                p.skipWhitespace()
                guard p.i < p.bytes.count, p.bytes[p.i] == UInt8(ascii: ":") else { return nil }
                p.i += 1
                p.skipWhitespace()
                if k == key { return (try? p.value(depth: 1)) as? String }
                guard (try? p.skip(depth: 1)) != nil else { return nil }
                p.skipWhitespace()
                guard p.i < p.bytes.count, p.bytes[p.i] == UInt8(ascii: ",") else { return nil }
                p.i += 1
            }
        }
    }

    /// Whether `data` is strict JSON; the error when it is not.
    public static func check(_ data: Data) -> JSONSyntaxError? {
        do { _ = try parse(data); return nil } catch { return error }
    }

    private enum PathPart { case key(String), index(Int) }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var path: [PathPart] = []
        var inexact: Set<String> = []
        var sharedKeys: [String: String] = [:]
        var compacting: Set<String> = []
        /// One key list per distinct sequence of names, shared by the compact objects that have it.
        var sharedKeyLists: [[String]: [String]] = [:]

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func document() throws(JSONSyntaxError) -> Document {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
            skipWhitespace()
            guard i < bytes.count else { throw fail("the file is empty; a JSON value is expected") }
            let root = try value(depth: 0)
            skipWhitespace()
            if i < bytes.count { throw fail("unexpected \(shown(i)) after the end of the JSON value") }
            return Document(root: root, inexactIntegers: inexact)
        }

        // MARK: values

        mutating func value(depth: Int) throws(JSONSyntaxError) -> Any {
            guard i < bytes.count else { throw fail("the file ends where a value is expected") }
            switch bytes[i] {
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["):
                if !compacting.isEmpty, case let .key(name)? = path.last, compacting.contains(name) {
                    return try array(depth: depth + 1, compact: true)
                }
                return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return try string()
            case UInt8(ascii: "t"): try literal("true"); return true
            case UInt8(ascii: "f"): try literal("false"); return false
            case UInt8(ascii: "n"): try literal("null"); return NSNull()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default:
                throw fail("unexpected \(shown(i)); a value (object, array, string, number, true, false or null) is expected")
            }
        }

        mutating func object(depth: Int) throws(JSONSyntaxError) -> [String: Any] {
            guard depth <= maximumDepth else { throw fail("nested deeper than \(maximumDepth) levels") }
            let objectStart = i
            i += 1
            var out: [String: Any] = [:]
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return out }
            while true {
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    if i < bytes.count, bytes[i] == UInt8(ascii: "}") { throw fail("trailing comma before '}'") }
                    throw fail(i < bytes.count ? "unexpected \(shown(i)); a key in double quotes is expected" : "the file ends inside an object")
                }
                let keyStart = i
                var key = try string()
                // Keys longer than 15 UTF-8 bytes live on the heap: one copy per distinct key serves the whole tree.
                if key.utf8.count > 15 {
                    if let shared = sharedKeys[key] { key = shared } else { sharedKeys[key] = key }
                }
                if out[key] != nil {
                    let (l, c) = location(firstKey(key, inObjectAt: objectStart))
                    throw fail("duplicate key \"\(key)\" (first at line \(l), column \(c))", at: keyStart)
                }
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                    throw fail(i < bytes.count ? "unexpected \(shown(i)); ':' is expected after the key \"\(key)\"" : "the file ends inside an object")
                }
                i += 1
                skipWhitespace()
                path.append(.key(key))
                out[key] = try value(depth: depth)
                path.removeLast()
                skipWhitespace()
                guard i < bytes.count else { throw fail("the file ends inside an object; '}' is missing") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return out }
                throw fail("unexpected \(shown(i)); ',' or '}' is expected")
            }
        }

        /// An object read as a `JSONScalarObject` when all its members are scalars, else as a dictionary (the
        /// same checks as `object`).
        mutating func scalarObject(depth: Int) throws(JSONSyntaxError) -> Any {
            let start = i
            var keys: [String] = [], values: [Any] = []
            keys.reserveCapacity(12); values.reserveCapacity(12)
            i += 1
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return [String: Any]() }
            while true {
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), keys.count < 64 else { i = start; return try object(depth: depth) }
                let keyStart = i
                var key = try string()
                if key.utf8.count > 15 {
                    if let shared = sharedKeys[key] { key = shared } else { sharedKeys[key] = key }
                }
                if keys.contains(key) {
                    let (l, c) = location(firstKey(key, inObjectAt: start))
                    throw fail("duplicate key \"\(key)\" (first at line \(l), column \(c))", at: keyStart)
                }
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { i = start; return try object(depth: depth) }
                i += 1
                skipWhitespace()
                // A member that is an object or an array: read the whole object the usual way.
                guard i < bytes.count, bytes[i] != UInt8(ascii: "{"), bytes[i] != UInt8(ascii: "[") else { i = start; return try object(depth: depth) }
                path.append(.key(key))
                values.append(try value(depth: depth))
                path.removeLast()
                keys.append(key)
                skipWhitespace()
                guard i < bytes.count else { throw fail("the file ends inside an object; '}' is missing") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                throw fail("unexpected \(shown(i)); ',' or '}' is expected")
            }
            if let shared = sharedKeyLists[keys] { keys = shared } else { sharedKeyLists[keys] = keys }
            return JSONScalarObject(keys: keys, values: values)
        }

        /// The offset of the first occurrence of `key` among the keys of the object opening at `start` (read again
        /// only when a duplicate is found, so that objects need no table of key positions).
        func firstKey(_ key: String, inObjectAt start: Int) -> Int {
            var p = Parser(bytes: bytes)
            p.i = start + 1
            while true {
                p.skipWhitespace()
                let at = p.i
                guard let k = try? p.string(), k != key else { return at }
                p.skipWhitespace(); p.i += 1; p.skipWhitespace()
                guard (try? p.skip(depth: 1)) != nil else { return at }
                p.skipWhitespace(); p.i += 1
            }
        }

        /// Steps over one value, checking its syntax without building it.
        mutating func skip(depth: Int) throws(JSONSyntaxError) {
            guard i < bytes.count else { throw fail("the file ends where a value is expected") }
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard depth < maximumDepth else { throw fail("nested deeper than \(maximumDepth) levels") }
                let isObject = bytes[i] == UInt8(ascii: "{")
                let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                i += 1
                skipWhitespace()
                if i < bytes.count, bytes[i] == close { i += 1; return }
                while true {
                    skipWhitespace()
                    if isObject {
                        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("unexpected \(shown(i)); a key in double quotes is expected") }
                        _ = try string()
                        skipWhitespace()
                        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("unexpected \(shown(i)); ':' is expected") }
                        i += 1
                        skipWhitespace()
                    }
                    try skip(depth: depth + 1)
                    skipWhitespace()
                    guard i < bytes.count else { throw fail("the file ends inside \(isObject ? "an object" : "an array")") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == close { i += 1; return }
                    throw fail("unexpected \(shown(i)); ',' or '\(Character(Unicode.Scalar(close)))' is expected")
                }
            default:
                _ = try value(depth: depth)
            }
        }

        mutating func array(depth: Int, compact: Bool = false) throws(JSONSyntaxError) -> [Any] {
            guard depth <= maximumDepth else { throw fail("nested deeper than \(maximumDepth) levels") }
            i += 1
            var out: [Any] = []
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return out }
            while true {
                skipWhitespace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { throw fail("trailing comma before ']'") }
                if i < bytes.count, bytes[i] == UInt8(ascii: ",") { throw fail("missing value between two commas") }
                path.append(.index(out.count))
                if compact, i < bytes.count, bytes[i] == UInt8(ascii: "{") { out.append(try scalarObject(depth: depth + 1)) }
                else { out.append(try value(depth: depth)) }
                path.removeLast()
                skipWhitespace()
                guard i < bytes.count else { throw fail("the file ends inside an array; ']' is missing") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return out }
                throw fail("unexpected \(shown(i)); ',' or ']' is expected")
            }
        }

        mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
            let n = word.utf8CodeUnitCount
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: n)
            guard i + n <= bytes.count, (0..<n).allSatisfy({ bytes[i + $0] == expected[$0] }) else {
                throw fail("unexpected \(shown(i)); did you mean \(word)?")
            }
            i += n
        }

        // MARK: strings

        mutating func string() throws(JSONSyntaxError) -> String {
            let open = i
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
                let s = try decode(start..<i)
                i += 1
                return s
            }
            var buffer = Array(bytes[start..<i])
            while true {
                guard i < bytes.count else { throw fail("the file ends inside a string (opened here)", at: open) }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; break }
                if b < 0x20 { throw fail("a control character (\(b < 10 ? "0" : "")\(String(b, radix: 16))) inside a string; write it as an escape such as \\n") }
                if b != UInt8(ascii: "\\") { buffer.append(b); i += 1; continue }
                guard i + 1 < bytes.count else { throw fail("the file ends inside a string") }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "\""): buffer.append(0x22)
                case UInt8(ascii: "\\"): buffer.append(0x5C)
                case UInt8(ascii: "/"): buffer.append(0x2F)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw fail("a lone high surrogate \\u\(String(scalar, radix: 16, uppercase: true)) without its low half")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("a high surrogate followed by \\u\(String(low, radix: 16, uppercase: true)), not a low surrogate") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail("a lone low surrogate \\u\(String(scalar, radix: 16, uppercase: true))")
                    }
                    buffer.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                default:
                    i -= 1
                    throw fail("unknown escape \\\(shown(i)) in a string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
                }
            }
            guard let s = String(validating: buffer, as: UTF8.self) else { throw fail("a string that is not valid UTF-8", at: open) }
            return s
        }

        mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
            guard i + 4 <= bytes.count else { throw fail("\\u needs four hexadecimal digits") }
            var v: UInt32 = 0
            for k in 0..<4 {
                let b = bytes[i + k]
                let d: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
                default: throw fail("\\u needs four hexadecimal digits", at: i + k)
                }
                v = v << 4 | d
            }
            i += 4
            return v
        }

        func decode(_ range: Range<Int>) throws(JSONSyntaxError) -> String {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            if slice.allSatisfy({ $0 < 0x80 }) { return String(decoding: slice, as: UTF8.self) }
            guard let s = String(validating: slice, as: UTF8.self) else { throw fail("a string that is not valid UTF-8", at: range.lowerBound - 1) }
            return s
        }

        // MARK: numbers

        mutating func number() throws(JSONSyntaxError) -> Any {
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            let intStart = i
            let intDigits = digits()
            guard intDigits > 0 else { throw fail("a number needs digits after '-'") }
            if intDigits > 1, bytes[intStart] == UInt8(ascii: "0") { throw fail("a number with a leading zero", at: intStart) }
            var fraction = 0..<0, exponent = 0
            var isInteger = true
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                let f = i
                guard digits() > 0 else { throw fail("a number needs digits after the decimal point") }
                fraction = f..<i
                isInteger = false
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                var negative = false
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { negative = bytes[i] == UInt8(ascii: "-"); i += 1 }
                let e = i
                guard digits() > 0 else { throw fail("a number needs digits in its exponent") }
                let magnitude = (e..<i).prefix(9).reduce(0) { $0 * 10 + Int(bytes[$1] - UInt8(ascii: "0")) }
                exponent = negative ? -magnitude : magnitude
                isInteger = false
            }
            if i < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[i])
                || (i < bytes.count && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[i] | 0x20)) {
                throw fail("unexpected \(shown(i)) in a number")
            }
            // Integers of up to 18 digits are read from the bytes (no text is made for them).
            if isInteger, intDigits <= 18 {
                var n = 0
                for k in intStart..<(intStart + intDigits) { n = n &* 10 &+ Int(bytes[k] &- UInt8(ascii: "0")) }
                return start == intStart ? n : -n
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            if isInteger, let n = Int(text) { return n }
            guard let x = Double(text), x.isFinite else {
                throw fail("the number \(text.count > 40 ? String(text.prefix(37)) + "..." : text) is too large (beyond ±1.8e308)", at: start)
            }
            if !isInteger, x == x.rounded(), !literalIsWhole(intStart..<(intStart + intDigits), fraction, exponent) {
                inexact.insert(pathText())
            }
            return x
        }

        /// Whether digits·10^exponent (fraction digits appended) is a whole number.
        func literalIsWhole(_ integer: Range<Int>, _ fraction: Range<Int>, _ exponent: Int) -> Bool {
            var lastNonZero: Int?
            for k in fraction.reversed() where bytes[k] != UInt8(ascii: "0") { lastNonZero = k; break }
            var scale = exponent
            if let last = lastNonZero {
                scale -= last - fraction.lowerBound + 1
            } else {
                var zeros = 0
                for k in integer.reversed() { if bytes[k] == UInt8(ascii: "0") { zeros += 1 } else { break } }
                if zeros == integer.count { return true }   // zero
                scale += zeros
            }
            return scale >= 0
        }

        mutating func digits() -> Int {
            let start = i
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i - start
        }

        mutating func skipWhitespace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        // MARK: errors

        func pathText() -> String {
            var out = ""
            for part in path {
                switch part {
                case let .key(k): out += out.isEmpty ? k : "." + k
                case let .index(n): out += "[\(n)]"
                }
            }
            return out
        }

        func shown(_ at: Int) -> String {
            guard at < bytes.count else { return "end of file" }
            let b = bytes[at]
            if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
            return b < 0x80 ? "character 0x\(String(b, radix: 16))" : "a non-ASCII character"
        }

        /// Line and column (characters, 1-based) of byte offset `at`.
        func location(_ at: Int) -> (Int, Int) {
            var line = 1, column = 1
            for k in 0..<min(at, bytes.count) {
                if bytes[k] == 0x0A { line += 1; column = 1 }
                else if bytes[k] & 0xC0 != 0x80 { column += 1 }
            }
            return (line, column)
        }

        func fail(_ message: String, at: Int? = nil) -> JSONSyntaxError {
            let (line, column) = location(at ?? i)
            return JSONSyntaxError(line: line, column: column, message: message)
        }
    }
}
