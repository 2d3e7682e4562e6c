/// Rounding of computed quantities (DOMAIN.md §8.1): every threshold comparison on a computed value uses the value
/// rounded half away from zero to 6 decimal places, which is also the value written to the output.
public enum Decimal6 {
    /// `x` rounded half away from zero to 6 dp.
    @inlinable
    public static func round(_ x: Double) -> Double { (x * 1e6).rounded(.toNearestOrAwayFromZero) / 1e6 }
}
