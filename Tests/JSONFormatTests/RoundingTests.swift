import Foundation
import Testing
import JSONFormat

/// `Decimal6.text` (integer arithmetic below 2^53 millionths) against the formatted-text reference it replaced.
@Suite struct RoundingTests {
    /// The former implementation: `%.0f` of the rounded millionths, split and trimmed as text.
    static func reference(_ x: Double) -> String {
        let micro = (x * 1e6).rounded(.toNearestOrAwayFromZero)
        if micro == 0 { return "0" }
        let digits = String(format: "%.0f", abs(micro))
        let padded = String(repeating: "0", count: max(0, 7 - digits.count)) + digits
        var whole = String(padded.dropLast(6)), frac = String(padded.suffix(6))
        while frac.hasSuffix("0") { frac.removeLast() }
        if whole.isEmpty { whole = "0" }
        return (micro < 0 ? "-" : "") + whole + (frac.isEmpty ? "" : "." + frac)
    }

    @Test func sameTextAsTheReference() {
        var rng = SystemRandomNumberGenerator()
        let fixed: [Double] = [0, -0.0, 1, -1, 0.5, 0.0000005, -0.0000005, 0.0000004999, 0.73517, 9, -0.01, 1e-7, 123456.000001,
                               0.1 + 0.2, 2.5e9, 9_007_199_254.740991, 9_007_199_254.740993, 1e12, -1e15, 1e20, 1.5e300, Double.ulpOfOne]
        for x in fixed { #expect(Decimal6.text(x) == Self.reference(x), "\(x)") }
        for _ in 0..<20_000 {
            let scale = [1.0, 1e-6, 1e-3, 1e3, 1e6, 1e9, 1e12][Int.random(in: 0..<7, using: &rng)]
            let x = Double.random(in: -1...1, using: &rng) * scale
            #expect(Decimal6.text(x) == Self.reference(x), "\(x)")
        }
        #expect(Decimal6.text(0.000010) == "0.00001" && Decimal6.text(-2.5) == "-2.5" && Decimal6.text(3) == "3")
    }
}
