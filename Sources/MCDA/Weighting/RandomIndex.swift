/// Random consistency indices RI(n): the mean consistency index of random reciprocal matrices of order n.
///
/// - `saaty`: Saaty (1980, 1991), n = 3…10: 0.58 0.90 1.12 1.24 1.32 1.41 1.45 1.49, continued to n = 15 with
///   1.51 1.48 1.56 1.57 1.59 as commonly tabulated (e.g. pyDecision).
/// - `doneganDodd`: Donegan & Dodd (1991), "A note on Saaty's random indexes", Math. Comput. Modelling 15(10),
///   tabulated for n = 3…20, 25, 30, 40, …, 100, linearly interpolated between tabulated orders.
/// - `saaty2005`: Saaty (2005), *Theory and Applications of the Analytic Network Process*, RWS Publications, p. 31,
///   n = 3…15: 0.52 0.89 1.11 1.25 1.35 1.40 1.45 1.49 1.52 1.54 1.56 1.58 1.59 (AHPy's `'saaty'`).
/// - `aguaronMorenoJimenez`: Aguarón & Moreno-Jiménez (2003), "The geometric consistency index: approximated
///   thresholds", EJOR 147(1), from 100,000 random matrices per order, n = 3…16: 0.525 0.882 1.115 1.252 1.341
///   1.404 1.452 1.484 1.513 1.535 1.555 1.570 1.583 1.595.
///
/// Beyond its largest order, `saaty` continues with Donegan–Dodd (as before); `saaty2005` and
/// `aguaronMorenoJimenez` keep their last value [decision: RI has flattened by n = 15, and mixing in another
/// simulation's lower values would make CR jump].
///
/// RI(1) = RI(2) = 0: matrices of order 1 and 2 are always consistent, and their CR is reported as 0.
public enum RandomIndexTable: String, CaseIterable, Sendable {
    case saaty
    case doneganDodd = "donegan-dodd"
    case saaty2005 = "saaty-2005"
    case aguaronMorenoJimenez = "aguaron-moreno-jimenez"

    private static let saatyValues: [Int: Double] = [
        3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49,
        11: 1.51, 12: 1.48, 13: 1.56, 14: 1.57, 15: 1.59,
    ]
    private static let doneganDoddValues: [Int: Double] = [
        3: 0.4914, 4: 0.8286, 5: 1.0591, 6: 1.1797, 7: 1.2519, 8: 1.3171, 9: 1.3733, 10: 1.4055,
        11: 1.4213, 12: 1.4497, 13: 1.4643, 14: 1.4822, 15: 1.4969, 16: 1.5078, 17: 1.5153, 18: 1.5262,
        19: 1.5313, 20: 1.5371, 25: 1.5619, 30: 1.5772, 40: 1.5976, 50: 1.6102, 60: 1.6178, 70: 1.6237,
        80: 1.6277, 90: 1.6213, 100: 1.6339,
    ]

    private static let saaty2005Values: [Int: Double] = [
        3: 0.52, 4: 0.89, 5: 1.11, 6: 1.25, 7: 1.35, 8: 1.40, 9: 1.45, 10: 1.49,
        11: 1.52, 12: 1.54, 13: 1.56, 14: 1.58, 15: 1.59,
    ]
    private static let aguaronMorenoJimenezValues: [Int: Double] = [
        3: 0.525, 4: 0.882, 5: 1.115, 6: 1.252, 7: 1.341, 8: 1.404, 9: 1.452, 10: 1.484,
        11: 1.513, 12: 1.535, 13: 1.555, 14: 1.570, 15: 1.583, 16: 1.595,
    ]

    private var values: [Int: Double] {
        switch self {
        case .saaty: Self.saatyValues
        case .doneganDodd: Self.doneganDoddValues
        case .saaty2005: Self.saaty2005Values
        case .aguaronMorenoJimenez: Self.aguaronMorenoJimenezValues
        }
    }

    /// The largest order the table itself covers (larger orders: see `value(order:)`).
    public var maximumOrder: Int { values.keys.max()! }

    /// RI(n) for any order [decision]: beyond Saaty's n = 15 the Donegan–Dodd values continue the table, and beyond
    /// n = 100 RI(100) = 1.6339 is kept (RI has flattened: Donegan–Dodd's values change by 0.036 from n = 40 to
    /// 100, and tend to about 1.65). A consistent matrix has CI = 0 and so CR = 0 for every n.
    public func value(order n: Int) -> Double? {
        if n <= 2 { return 0 }
        if n > maximumOrder { return self == .saaty ? Self.doneganDodd.value(order: n) : values[maximumOrder] }
        let table = values
        if let v = table[n] { return v }
        let keys = table.keys.sorted()
        let lo = keys.last { $0 < n }!, hi = keys.first { $0 > n }!
        return table[lo]! + (table[hi]! - table[lo]!) * Double(n - lo) / Double(hi - lo)
    }
}
