/// Whether more or less of a criterion is better.
public enum Direction: String, Sendable, Codable, CaseIterable {
    /// More is better.
    case benefit
    /// Less is better.
    case cost
}

/// One criterion of a decision problem: its id, direction, weight and the method-specific settings that belong
/// to a criterion (a PROMETHEE preference function, SPOTIS bounds).
public struct Criterion: Sendable, Equatable {
    /// Unique id, used in outputs and error messages.
    public var id: String
    /// `benefit` or `cost`.
    public var direction: Direction
    /// Non-negative weight, used as given (never renormalised silently).
    public var weight: Double
    /// PROMETHEE preference function on the difference in this criterion's direction. Default `usual`.
    public var preference: PreferenceFunction
    /// SPOTIS bounds: the possible range `[min, max]` of the criterion. Required by SPOTIS only.
    public var bounds: ClosedRange<Double>?

    public init(
        id: String, direction: Direction, weight: Double,
        preference: PreferenceFunction = .usual, bounds: ClosedRange<Double>? = nil
    ) {
        self.id = id
        self.direction = direction
        self.weight = weight
        self.preference = preference
        self.bounds = bounds
    }
}
