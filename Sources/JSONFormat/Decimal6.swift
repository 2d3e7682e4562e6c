import Foundation

/// Rounding of computed quantities (docs/file-formats.md): every threshold comparison on a computed value uses the value
/// rounded half away from zero to 6 decimal places, which is also the value written to the output.
public enum Decimal6 {
    /// `x` rounded half away from zero to 6 dp.
    @inlinable
    public static func round(_ x: Double) -> Double { (x * 1e6).rounded(.toNearestOrAwayFromZero) / 1e6 }

    /// `x` rounded to 6 dp as text, without trailing zeros or exponent ("0.73517", "9", "-0.01"): how numbers
    /// are written in the outputs and explanations.
    public static func text(_ x: Double) -> String {
        let micro = (x * 1e6).rounded(.toNearestOrAwayFromZero)
        if micro == 0 { return "0" }
        let negative = micro < 0
        // Below 2^53 millionths every value is an exact integer: whole and fraction by integer division.
        if abs(micro) < 9_007_199_254_740_992 {
            let m = Int(abs(micro))
            var whole = String(m / 1_000_000), frac = m % 1_000_000
            if frac == 0 { return negative ? "-" + whole : whole }
            var width = 6
            while frac % 10 == 0 { frac /= 10; width -= 1 }
            let digits = String(frac)
            whole += "."
            if digits.count < width { whole += String(repeating: "0", count: width - digits.count) }
            return (negative ? "-" : "") + whole + digits
        }
        let digits = String(format: "%.0f", abs(micro))
        let padded = String(repeating: "0", count: max(0, 7 - digits.count)) + digits
        var whole = String(padded.dropLast(6)), frac = String(padded.suffix(6))
        while frac.hasSuffix("0") { frac.removeLast() }
        if whole.isEmpty { whole = "0" }
        return (negative ? "-" : "") + whole + (frac.isEmpty ? "" : "." + frac)
    }
}
