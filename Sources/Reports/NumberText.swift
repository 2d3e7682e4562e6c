import Foundation
import JSONFormat

/// Numbers as people read them in terminal tables: rounded to a stated number of significant digits, without
/// float noise (`0.11999999999999988` reads `0.12`), exponents or trailing zeros. JSON and CSV keep the exact values.
public enum NumberText {
    /// The significant digits of every terminal table.
    public static let digits = 6

    /// The line under a table that says so, naming the formats of the command that keep the exact values.
    public static func note(exact formats: String = "json or csv") -> String {
        "Numbers rounded to \(digits) significant digits; --format \(formats) keeps them exact."
    }

    /// `x` to `digits` significant digits, in fixed notation ("0.2", "-0.04", "1234570", "0.000123457").
    public static func significant(_ x: Double, digits: Int = digits) -> String {
        guard x.isFinite else { return "\(x)" }
        if x == 0 { return "0" }
        let exponent = Int(Foundation.floor(Foundation.log10(abs(x))))
        let decimals = Swift.max(0, Swift.min(17, digits - 1 - exponent))
        var text = String(format: "%.\(decimals)f", x)
        if decimals > 0 {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A JSON value for a table cell: numbers to `digits` significant digits, the rest as JSON writes it.
    public static func cell(_ v: JSONValue) -> String {
        switch v {
        case let .number(x), let .decimal(x): significant(x)
        case let .integer(i): String(i)
        case let .string(s): s
        case let .array(items): "[" + items.map(cell).joined(separator: ", ") + "]"
        default: v.serialized(pretty: false)
        }
    }
}
