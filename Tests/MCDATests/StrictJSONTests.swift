import Foundation
import MCDA
import Testing

/// StrictJSON accepts what RFC 8259 accepts, gives the same trees as JSONSerialization, and rejects the rest with
/// a line and column.
@Suite struct StrictJSONTests {
    static func error(_ text: String) -> JSONSyntaxError? { StrictJSON.check(Data(text.utf8)) }

    @Test func validDocumentsGiveTheSameTreeAsJSONSerialization() throws {
        let text = #"{"a": [1, -2.5, 1e3, 0, true, false, null, "x\"\u00e9\ud83d\ude00\n"], "b": {"c": 12345678901234567890}, "d": -0.0}"#
        let strict = try StrictJSON.parse(Data(text.utf8)).root as? NSDictionary
        let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary
        #expect(strict == foundation)
        let a = try #require((try StrictJSON.parse(Data(text.utf8)).root as? [String: Any])?["a"] as? [Any])
        #expect((a[7] as? String) == "x\"é😀\n")
        #expect(String(cString: (a[4] as! NSNumber).objCType) == "c")   // booleans stay booleans
    }

    @Test func numbersAreCorrectlyRounded() throws {
        for literal in ["0.1", "2.2250738585072011e-308", "1.7976931348623157e308", "9007199254740993", "3.141592653589793238462643383279"] {
            let root = try StrictJSON.parse(Data("[\(literal)]".utf8)).root as! [Any]
            #expect((root[0] as! NSNumber).doubleValue == Double(literal)!, "\(literal)")
        }
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9, "trailing comma"),
        ("[1, 2,]", 1, 7, "trailing comma"),
        ("{\"a\": 1,\n \"a\": 2}", 2, 2, "duplicate key \"a\" (first at line 1, column 2)"),
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
        #expect((root[0] as! NSNumber).doubleValue == 4.0.nextDown)
    }
}
