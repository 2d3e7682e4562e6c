/// The cells of one participant's rating of one gap, by criterion key, held compactly: a workshop of 5,000 gaps
/// rated by 50 participants has 250,000 of them, and a dictionary per rating cost about 600 bytes where this
/// costs 16 (plus one shared empty array).
///
/// Per key, a one-byte code: 0 not collected, 1 abstained (`null`), 2–6 the plain whole values 1–5, and 7 + k
/// the k-th entry of `estimates` (three-point values and anything else). `values` lists the cells in the order
/// of `RatingKey.allCases`, so every sum over them runs in one fixed order.
public struct RatingCells: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var codes = SIMD16<UInt8>(repeating: 0)
    private var estimates: [ThreePoint] = []

    public init() {}

    public init(dictionaryLiteral elements: (RatingKey, RatingCell)...) {
        for (key, cell) in elements { self[key] = cell }
    }

    public subscript(key: RatingKey) -> RatingCell? {
        get { Self.cell(codes[key.ordinal], estimates) }
        set {
            switch newValue {
            case nil: codes[key.ordinal] = 0
            case .abstained?: codes[key.ordinal] = 1
            case let .value(t)?:
                if t.isPoint, t.min == t.min.rounded(), (1...5).contains(t.min) { codes[key.ordinal] = UInt8(t.min) + 1 }
                else { estimates.append(t); codes[key.ordinal] = UInt8(6 + estimates.count) }
            }
        }
    }

    /// The collected cells in the order of `RatingKey.allCases`.
    public var values: [RatingCell] { RatingKey.allCases.compactMap { self[$0] } }

    /// The collected keys, in the order of `RatingKey.allCases`.
    public var keys: [RatingKey] { RatingKey.allCases.filter { codes[$0.ordinal] != 0 } }

    public var isEmpty: Bool { codes == SIMD16(repeating: 0) }

    private static func cell(_ code: UInt8, _ estimates: [ThreePoint]) -> RatingCell? {
        switch code {
        case 0: nil
        case 1: .abstained
        case 2...6: .value(ThreePoint(Double(code - 1)))
        default: .value(estimates[Int(code) - 7])
        }
    }

    public static func == (a: RatingCells, b: RatingCells) -> Bool {
        RatingKey.allCases.allSatisfy { a[$0] == b[$0] }
    }
}
