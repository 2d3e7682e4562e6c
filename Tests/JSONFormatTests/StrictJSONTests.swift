import Foundation
import Testing
import JSONFormat

/// StrictJSON accepts what RFC 8259 accepts, gives the same trees as JSONSerialization, and rejects the rest with
/// a line and column.
@Suite struct StrictJSONTests {
    static func error(_ text: String) -> JSONSyntaxError? { StrictJSON.check(Data(text.utf8)) }

    @Test func validDocumentsGiveTheSameTreeAsJSONSerialization() throws {
        let text = #"{"a": [1, -2.5, 1e3, 0, true, false, null, "x\"\u00e9\ud83d\ude00\n"], "b": {"c": 12345678901234567890}, "d": -0.0}"#
        let strict = try StrictJSON.parse(Data(text.utf8)).root
        let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8))
        #expect(Self.plain(strict) == Self.plain(foundation))
        let a = try #require((try StrictJSON.parse(Data(text.utf8)).root as? [String: Any])?["a"] as? [Any])
        #expect((a[7] as? String) == "x\"é😀\n")
        // Swift values, not NSNumber objects: integers stay Int, booleans stay Bool and are never numbers.
        #expect(type(of: a[0]) == Int.self && type(of: a[1]) == Double.self && type(of: a[4]) == Bool.self)
        #expect(JSONNumber.value(a[4]) == nil && JSONNumber.bool(a[4]) == true && JSONNumber.bool(a[0]) == nil && JSONNumber.value(a[0]) == 1)
        // Both kinds of tree read the same through JSONNumber.
        let f = try #require((foundation as? [String: Any])?["a"] as? [Any])
        #expect(JSONNumber.value(f[1]) == -2.5 && JSONNumber.value(f[4]) == nil && JSONNumber.bool(f[5]) == false && JSONNumber.bool(f[0]) == nil)
    }

    /// A tree as text with every number as a double and booleans by name: equal for equal documents.
    static func plain(_ x: Any) -> String {
        if let b = JSONNumber.bool(x) { return b ? "true" : "false" }
        if let v = JSONNumber.value(x) { return "\(v)" }
        switch x {
        case let s as String: return "\"\(s)\""
        case let a as [Any]: return "[" + a.map(plain).joined(separator: ",") + "]"
        case let o as [String: Any]: return "{" + o.keys.sorted().map { "\($0):" + plain(o[$0]!) }.joined(separator: ",") + "}"
        default: return "null"
        }
    }

    /// The `kind` of a document is found without building it, and only at the top level.
    @Test func topLevelStringIsFoundWithoutBuildingTheTree() {
        let doc = #"{"x": {"kind": "inner"}, "list": [1, [2, {"a": "b"}], "s\"]"], "kind": "workshop", "z": 1}"#
        #expect(StrictJSON.topLevelString("kind", in: Data(doc.utf8)) == "workshop")
        #expect(StrictJSON.topLevelString("kind", in: Data(#"{"x": {"kind": "inner"}}"#.utf8)) == nil)
        #expect(StrictJSON.topLevelString("kind", in: Data(#"{"kind": 3}"#.utf8)) == nil)
        #expect(StrictJSON.topLevelString("kind", in: Data("[1]".utf8)) == nil)
        #expect(StrictJSON.topLevelString("kind", in: Data(#"{"a": [1,, 2], "kind": "x"}"#.utf8)) == nil)
    }

    @Test func numbersAreCorrectlyRounded() throws {
        for literal in ["0.1", "2.2250738585072011e-308", "1.7976931348623157e308", "9007199254740993", "3.141592653589793238462643383279"] {
            let root = try StrictJSON.parse(Data("[\(literal)]".utf8)).root as! [Any]
            #expect(JSONNumber.value(root[0]) == Double(literal)!, "\(literal)")
        }
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9, "trailing comma"),
        ("[1, 2,]", 1, 7, "trailing comma"),
        ("{\"a\": 1,\n \"a\": 2}", 2, 2, "duplicate key \"a\" (first at line 1, column 2)"),
        ("[0, {\"b\": {\"x\": [1, {\"a\": 2}]},\n  \"c\": \"s\\\"\", \"b\": 3}]", 2, 15, "duplicate key \"b\" (first at line 1, column 6)"),
        (#"{"a": 1e400}"#, 1, 7, "too large"),
        ("[01]", 1, 2, "leading zero"),
        ("[NaN]", 1, 2, "unexpected 'N'"),
        ("[1] x", 1, 5, "after the end"),
        ("{\"a\":\n  [1,2,,3]}", 2, 8, "missing value"),
        (#"["\ud800"]"#, 1, 9, "lone high surrogate"),
        ("[\"a\u{01}\"]", 1, 4, "control character"),
        ("", 1, 1, "empty"),
        ("[tru]", 1, 2, "did you mean true"),
        ("{\"a\" 1}", 1, 6, "':' is expected"),
        ("[1.]", 1, 4, "digits after the decimal point"),
    ])
    func rejectsWhatRFC8259Rejects(text: String, line: Int, column: Int, message: String) {
        let e = Self.error(text)
        #expect(e?.line == line && e?.column == column, "\(String(describing: e))")
        #expect(e?.message.contains(message) == true, "\(String(describing: e))")
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let e = Self.error(String(repeating: "[", count: 100_000))
        #expect(e?.message.contains("nested deeper") == true)
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try StrictJSON.parse(Data([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))).root as? [Int] == [1])
    }

    @Test func literalsThatAreNotWholeButRoundToWholeDoublesAreListed() throws {
        let doc = try StrictJSON.parse(Data(#"{"a": [3.99999999999999999, 4.0, 40e-1, 1.5e1, 0.0, 1e2], "b": {"c": 1.00000000000000001}}"#.utf8))
        #expect(doc.inexactIntegers == ["a[0]", "b.c"])
    }

    @Test func invalidUTF8IsRejected() {
        #expect(StrictJSON.check(Data([0x5B, 0x22, 0xFF, 0x22, 0x5D]))?.message.contains("UTF-8") == true)
    }
}

extension StrictJSONTests {
    /// JSONSerialization reads 3.9999999999999996 as 4.0; the strict reader gives the correctly rounded double.
    @Test func theDoubleBelowFourIsNotFour() throws {
        let root = try StrictJSON.parse(Data("[3.9999999999999996]".utf8)).root as! [Any]
        #expect(JSONNumber.value(root[0]) == 4.0.nextDown)
    }

    /// Elements of the named arrays that hold only scalars become compact objects sharing one key list; any other
    /// object, and an element with a nested value, stays a dictionary; errors are the same as without compaction.
    @Test func compactingNamedArrays() throws {
        let text = #"{"ratings": [{"p": "P1", "u": 3, "longerThanFifteenBytes": null}, {"p": "P2", "u": 2.5, "longerThanFifteenBytes": true},"#
            + #" {"p": "P3", "u": {"min": 1, "mostLikely": 2, "max": 3}}], "other": [{"p": 1}], "o": {"a": 1}}"#
        let root = try #require(try StrictJSON.parse(Data(text.utf8), compacting: ["ratings"]).root as? [String: Any])
        let ratings = try #require(root["ratings"] as? [Any])
        let a = try #require(JSONScalarObject.compact(ratings[0])), b = try #require(JSONScalarObject.compact(ratings[1]))
        #expect(a.keys == ["p", "u", "longerThanFifteenBytes"] && a["p"] as? String == "P1" && JSONNumber.value(a["u"]) == 3 && a["x"] == nil)
        #expect(a["longerThanFifteenBytes"] is NSNull && JSONNumber.bool(b["longerThanFifteenBytes"]) == true)
        #expect(JSONScalarObject.compact(ratings[2]) == nil && JSONScalarObject.member("u", of: ratings[2]) is [String: Any])
        #expect(JSONScalarObject.compact((root["other"] as! [Any])[0]) == nil && root["o"] is [String: Any])
        #expect(Self.plain(try StrictJSON.parse(Data(text.utf8)).root) == Self.plain(JSONScalarObject.dictionary(of: root)!.mapValues { v -> Any in
            (v as? [Any]).map { $0.map { JSONScalarObject.dictionary(of: $0) ?? $0 } } ?? v }))
        for bad in [#"{"ratings": [{"a": 1, "a": 2}]}"#, #"{"ratings": [{"a": 1,}]}"#, #"{"ratings": [{"a": 01}]}"#, #"{"ratings": [{"a": [1,]}]}"#] {
            let plain = StrictJSON.check(Data(bad.utf8))
            var compacted: JSONSyntaxError?
            do { _ = try StrictJSON.parse(Data(bad.utf8), compacting: ["ratings"]) } catch { compacted = error }
            #expect(plain != nil && compacted == plain, "\(bad)")
        }
    }
}
