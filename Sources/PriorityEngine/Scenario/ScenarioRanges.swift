import Foundation
import MCDA
import JSONFormat

/// Ranges instead of values in a scenario [decision, extending docs/file-formats.md "Scenario"]: anywhere inside `assumptions`, and as
/// the value of a `thresholdOverrides` key, a number may be written as
///
/// ```json
/// { "range": { "min": 6, "mostLikely": 7, "max": 9 } }
/// ```
///
/// `mostLikely` is optional. A range is drawn from the PERT-Beta of how-the-engine-decides.md §2 when it gives `mostLikely`, else uniformly on
/// [min, max]; when min, max (and mostLikely) are whole numbers the draw is rounded half up to a whole number (a TRL, a
/// supplier count). For the single deterministic run a range takes its `mostLikely`, else its midpoint (rounded the
/// same way). The Monte Carlo draws every range in every run (`ScenarioVariants`).
public struct ScenarioRanges: Sendable {
    public struct Range: Sendable, Equatable {
        /// JSON path of the range, e.g. `assumptions.solutions[0].supplierCount.total`.
        public var path: String
        public var min: Double, max: Double
        public var mostLikely: Double?
        public var integer: Bool

        /// The value of the deterministic run.
        public var typical: Double {
            let v = mostLikely ?? (min + max) / 2
            return integer ? v.rounded(.toNearestOrAwayFromZero) : v
        }

        public func draw(_ rng: inout PairedNormalSampler) -> Double {
            let v = mostLikely.map { rng.pert(min: min, mode: $0, max: max) } ?? min + (max - min) * rng.uniform()
            return integer ? v.rounded(.toNearestOrAwayFromZero) : v
        }
    }

    public let ranges: [Range]
    private let tree: SendableTree

    private struct SendableTree: @unchecked Sendable { let value: [String: Any] }

    /// The ranges of a scenario file, with every malformed one reported at its JSON path. `nil` when the file is
    /// not a JSON object (the scenario reader reports that).
    public static func read(_ data: Data, file: String) -> (ranges: ScenarioRanges?, diagnostics: [Diagnostic]) {
        guard let object = (try? StrictJSON.parse(data))?.root as? [String: Any] else { return (nil, []) }
        var found: [Range] = [], diagnostics: [Diagnostic] = []
        func walk(_ node: Any, _ path: String, allowed: Bool) {
            if let dict = node as? [String: Any] {
                if let spec = dict["range"] {
                    guard allowed else {
                        diagnostics.append(Diagnostic(.error, file: file, path: path, "a range is allowed only inside assumptions or as a thresholdOverrides value"))
                        return
                    }
                    guard dict.count == 1, let r = spec as? [String: Any], Set(r.keys).isSubset(of: ["min", "mostLikely", "max"]),
                          let lo = Self.number(r["min"]), let hi = Self.number(r["max"]) else {
                        diagnostics.append(Diagnostic(.error, file: file, path: path + ".range",
                                                      "expected {\"range\": {\"min\": number, \"mostLikely\": number (optional), \"max\": number}}"))
                        return
                    }
                    let mode = Self.number(r["mostLikely"])
                    if r["mostLikely"] != nil && mode == nil {
                        diagnostics.append(Diagnostic(.error, file: file, path: path + ".range.mostLikely", "expected a number")); return
                    }
                    guard lo <= (mode ?? lo), (mode ?? hi) <= hi, lo <= hi else {
                        diagnostics.append(Diagnostic(.error, file: file, path: path + ".range", "needs min ≤ mostLikely ≤ max"))
                        return
                    }
                    // Whole numbers within ±2^53 (exact in a double and in an Int) are drawn as whole numbers.
                    let whole = [lo, hi, mode ?? lo].allSatisfy { $0 == $0.rounded() && abs($0) <= 9_007_199_254_740_992 }
                    found.append(Range(path: path, min: lo, max: hi, mostLikely: mode, integer: whole))
                    return
                }
                for key in dict.keys.sorted() { walk(dict[key]!, "\(path).\(key)", allowed: allowed) }
            } else if let array = node as? [Any] {
                for (i, element) in array.enumerated() { walk(element, "\(path)[\(i)]", allowed: allowed) }
            }
        }
        for key in object.keys.sorted() {
            walk(object[key]!, key, allowed: key == "assumptions" || key == "thresholdOverrides")
        }
        return (diagnostics.isEmpty ? ScenarioRanges(ranges: found, tree: SendableTree(value: object)) : nil, diagnostics)
    }

    /// The scenario with range k replaced by `values[k]`, as a JSON document.
    public func resolved(_ values: [Double]) -> Data {
        var k = 0
        func rebuild(_ node: Any) -> Any {
            if let dict = node as? [String: Any] {
                if dict["range"] != nil, dict.count == 1 {
                    let range = ranges[k], v = values[k]
                    k += 1
                    return Int(exactly: v).map { range.integer ? NSNumber(value: $0) : NSNumber(value: v) } ?? NSNumber(value: v)
                }
                var out: [String: Any] = [:]
                for key in dict.keys.sorted() { out[key] = rebuild(dict[key]!) }
                return out
            }
            if let array = node as? [Any] { return array.map(rebuild) }
            return node
        }
        // Keys are visited in sorted order both here and in `read`, so range k is the k-th found.
        var out: [String: Any] = [:]
        for key in tree.value.keys.sorted() { out[key] = rebuild(tree.value[key]!) }
        return (try? JSONSerialization.data(withJSONObject: out, options: [.sortedKeys])) ?? Data()
    }

    /// The scenario of the deterministic run: every range at its typical value.
    public var typical: Data { resolved(ranges.map(\.typical)) }

    /// A JSON number (not a boolean, which JSONSerialization may also hand over as a number).
    private static func number(_ x: Any?) -> Double? {
        JSONNumber.value(x).flatMap { $0.isFinite ? $0 : nil }
    }
}
