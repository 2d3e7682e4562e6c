import Foundation
import PriorityEngine

/// Option values that several commands read the same way, checked once: a date, a list of numbers.
enum OptionValues {
    /// Refuses a date that is not YYYY-MM-DD, naming the option (`--as-of`, `--since`).
    static func checkDate(_ value: String?, option: String) throws {
        if let value, !IsoDate.isValid(value) { throw CLIError.usage("\(option): expected a date YYYY-MM-DD, got \"\(value)\"") }
    }

    /// Comma-separated finite numbers (`--weights 0.6,0.4`, `--expected 10,50000`), each named when it is not one.
    /// - Parameter omittingEmpty: skip empty items (`0.6,,0.4`) instead of refusing them.
    static func numbers(_ list: String, option: String, omittingEmpty: Bool = false) throws -> [Double] {
        try list.split(separator: ",", omittingEmptySubsequences: omittingEmpty).map { token -> Double in
            let t = token.trimmingCharacters(in: .whitespaces)
            guard let x = Double(t), x.isFinite else { throw CLIError.usage("\(option): '\(t)' is not a number") }
            return x
        }
    }
}
