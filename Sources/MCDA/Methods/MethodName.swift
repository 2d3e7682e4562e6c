import JSONFormat
/// The aggregation methods of the core, with their defaults (docs/decision-problems.md).
public enum MethodName: String, CaseIterable, Sendable {
    case wsm, wpm, waspas, topsis, vikor, promethee2, copras, edas, moora, aras, mabac, spotis

    /// The normalization used when none is given; `nil` for methods on raw values.
    public var defaultNormalization: Normalization? {
        switch self {
        case .wsm, .wpm, .copras, .aras: .sum
        case .waspas: .linear
        case .topsis, .moora: .vector
        case .mabac: .minmax
        case .vikor, .promethee2, .edas, .spotis: nil
        }
    }

    /// Whether a normalization may be chosen at all. PROMETHEE (thresholds in raw units), EDAS (distances from
    /// the raw average) and SPOTIS (raw bounds) work on raw values only; VIKOR may optionally normalize first.
    public var acceptsNormalization: Bool {
        switch self {
        case .promethee2, .edas, .spotis: false
        default: true
        }
    }

    /// Whether the method reads `MethodOptions.expectedSolution` (ARAS's optimal alternative, SPOTIS's expected
    /// solution point).
    public var takesExpectedSolution: Bool { self == .aras || self == .spotis }

    /// Whether a directional normalization turns cost columns round before the aggregation (so that with
    /// normalization `none` the cost columns must already be "more is better").
    var readsNormalizedColumnsAsBenefit: Bool {
        switch self {
        case .wsm, .wpm, .waspas, .topsis, .mabac, .aras: true
        default: false
        }
    }

    /// Whether higher or lower scores are better.
    public var scoreOrder: ScoreOrder {
        switch self {
        case .vikor, .spotis: .ascending
        default: .descending
        }
    }
}

/// Parameters of an evaluation. `nil` normalization means the method's default.
public struct MethodOptions: Sendable {
    /// Normalization; `nil` for the method's default.
    public var normalization: Normalization?
    /// VIKOR's weight of the group utility S against individual regret R (default 0.5).
    public var v: Double
    /// WASPAS's weight of WSM against WPM (default 0.5).
    public var lambda: Double
    /// Relative tolerance under which scores tie (default 1e-9).
    public var tieTolerance: Double
    /// A point given by the source, one value per criterion: ARAS's optimal alternative (instead of each
    /// column's best value) or SPOTIS's expected solution point (instead of the ideal the bounds give).
    /// `nil` (the default) for the method's own.
    public var expectedSolution: [Double]?
    /// Keep the method's intermediate tables (`MethodResult.intermediateTables`).
    public var explain: Bool

    public init(normalization: Normalization? = nil, v: Double = 0.5, lambda: Double = 0.5,
                tieTolerance: Double = Ranking.defaultTolerance, expectedSolution: [Double]? = nil, explain: Bool = false) {
        self.normalization = normalization
        self.v = v
        self.lambda = lambda
        self.tieTolerance = tieTolerance
        self.expectedSolution = expectedSolution
        self.explain = explain
    }
}

/// The outcome of one method on one problem: scores, ranks, the method's intermediate quantities and every
/// setting that shaped the numbers.
public struct MethodResult: Sendable {
    /// The method.
    public let method: MethodName
    /// Alternative ids, input order.
    public let alternatives: [String]
    /// The method's own preference value per alternative (input order), unrounded.
    public let scores: [Double]
    /// Rank per alternative (input order); 1 is best, ties share the best rank.
    public let ranks: [Int]
    /// Alternative indices, best first.
    public let order: [Int]
    /// Intermediate values per alternative (input order), e.g. TOPSIS `dPlus`/`dMinus`, VIKOR `S`/`R`.
    public let details: [(String, [Double])]
    /// VIKOR's compromise solution set (ids), best first; empty for other methods.
    public let compromiseSet: [String]
    /// Every setting that shaped the numbers, defaults included.
    public let settings: [(String, JSONValue)]
    /// Non-fatal remarks (e.g. weights that do not sum to 1).
    public let warnings: [String]
    /// The method's intermediate tables in the order it computes them, when `MethodOptions.explain` was set;
    /// otherwise empty.
    public let intermediateTables: [IntermediateTable]
}
