import Foundation

/// A PROMETHEE preference function `P(d)` mapping a difference `d` (taken in the criterion's direction, so
/// positive means "better") to a preference degree in `[0, 1]` (Brans & Vincke 1985, the six generalised criteria).
///
/// | function | parameters | `P(d)` for `d > 0` (0 for `d <= 0`) |
/// |---|---|---|
/// | `usual` | – | 1 |
/// | `ushape` | q >= 0 | 0 if d <= q, else 1 |
/// | `vshape` | p > 0 | d / p if d <= p, else 1 |
/// | `level` | 0 <= q < p | 0 if d <= q; 1/2 if d <= p; else 1 |
/// | `linear` | 0 <= q < p | 0 if d <= q; (d - q) / (p - q) if d <= p; else 1 |
/// | `gaussian` | s > 0 | 1 - exp(-d² / (2 s²)) |
public enum PreferenceFunction: Sendable, Equatable {
    case usual
    case ushape(q: Double)
    case vshape(p: Double)
    case level(q: Double, p: Double)
    case linear(q: Double, p: Double)
    case gaussian(s: Double)

    /// The name used in files and outputs.
    public var name: String {
        switch self {
        case .usual: "usual"
        case .ushape: "ushape"
        case .vshape: "vshape"
        case .level: "level"
        case .linear: "linear"
        case .gaussian: "gaussian"
        }
    }

    /// The parameters as (name, value) pairs, in a fixed order.
    public var parameters: [(String, Double)] {
        switch self {
        case .usual: []
        case let .ushape(q): [("q", q)]
        case let .vshape(p): [("p", p)]
        case let .level(q, p), let .linear(q, p): [("q", q), ("p", p)]
        case let .gaussian(s): [("s", s)]
        }
    }

    /// Builds a function from its name and parameters, checking the parameter rules of the table above.
    ///
    /// - Throws: an `MCDAIssue` naming the missing or out-of-range parameter.
    public static func make(name: String, q: Double?, p: Double?, s: Double?) throws(MCDAIssue) -> PreferenceFunction {
        func need(_ key: String, _ v: Double?) throws(MCDAIssue) -> Double {
            guard let v else { throw MCDAIssue("'\(name)' needs parameter '\(key)'") }
            guard v.isFinite else { throw MCDAIssue("'\(key)' must be a finite number") }
            return v
        }
        switch name {
        case "usual":
            return .usual
        case "ushape":
            let q = try need("q", q)
            guard q >= 0 else { throw MCDAIssue("ushape needs q >= 0, got \(q)") }
            return .ushape(q: q)
        case "vshape":
            let p = try need("p", p)
            guard p > 0 else { throw MCDAIssue("vshape needs p > 0, got \(p)") }
            return .vshape(p: p)
        case "level", "linear":
            let q = try need("q", q), p = try need("p", p)
            guard q >= 0, p > q else { throw MCDAIssue("\(name) needs 0 <= q < p, got q = \(q), p = \(p)") }
            return name == "level" ? .level(q: q, p: p) : .linear(q: q, p: p)
        case "gaussian":
            let s = try need("s", s)
            guard s > 0 else { throw MCDAIssue("gaussian needs s > 0, got \(s)") }
            return .gaussian(s: s)
        default:
            throw MCDAIssue("unknown preference function '\(name)' (expected usual, ushape, vshape, level, linear, gaussian)")
        }
    }

    /// The preference degree for a difference `d` in the criterion's direction.
    @inlinable
    public func callAsFunction(_ d: Double) -> Double {
        if d <= 0 { return 0 }
        switch self {
        case .usual:
            return 1
        case let .ushape(q):
            return d <= q ? 0 : 1
        case let .vshape(p):
            return d <= p ? d / p : 1
        case let .level(q, p):
            return d <= q ? 0 : (d <= p ? 0.5 : 1)
        case let .linear(q, p):
            return d <= q ? 0 : (d <= p ? (d - q) / (p - q) : 1)
        case let .gaussian(s):
            return 1 - exp(-(d * d) / (2 * s * s))
        }
    }
}

extension MCDAIssue: Error {}
