import Foundation
import SwiftCSV

/// What a CSV decision problem cannot say in its cells, given beside it (the command line's options): the same
/// settings a JSON problem carries per criterion.
public struct CSVProblemSettings: Sendable {
    /// The field delimiter: `,` (default), `;` or a tab. With any delimiter but `,`, a comma in a number is its
    /// decimal separator (`0,35`), as spreadsheets write in much of Europe.
    public var delimiter: Character
    /// SPOTIS bounds per criterion (`nil` entries: none).
    public var bounds: [ClosedRange<Double>?]?
    /// PROMETHEE preference functions per criterion (default: usual).
    public var preferences: [PreferenceFunction]?

    public init(delimiter: Character = ",", bounds: [ClosedRange<Double>?]? = nil, preferences: [PreferenceFunction]? = nil) {
        self.delimiter = delimiter; self.bounds = bounds; self.preferences = preferences
    }
}

extension DecisionProblem {
    /// Reads a decision problem from CSV: a header `id,<criterion ids>` and one row per alternative.
    /// Directions and weights come from the caller (the command line's `--directions` and `--weights`).
    ///
    /// - Parameters:
    ///   - text: the CSV text.
    ///   - directions: one direction per criterion, in column order.
    ///   - weights: one weight per criterion, or `nil` to give every criterion weight 1 (to be replaced
    ///   by a derived weighting).
    ///   - settings: the delimiter, and bounds and preference functions per criterion.
    /// - Throws: `MCDAError.invalidInput` naming the row, the alternative and the column of every bad cell
    ///   (empty, text, NaN or infinite), and every count that does not match the criteria.
    public init(csv text: String, directions: [Direction], weights: [Double]?,
                settings: CSVProblemSettings = CSVProblemSettings()) throws(MCDAError) {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let delimiter = settings.delimiter
        if let e = CSVSyntax.check(body, delimiter: delimiter) {
            throw .invalidInput([MCDAIssue(location: "line \(e.line), field \(e.field)", e.message)])
        }
        let table: EnumeratedCSV
        do { table = try EnumeratedCSV(string: body, delimiter: CSVDelimiter(unicodeScalarLiteral: delimiter), loadColumns: false) }
        catch { throw .invalidInput([MCDAIssue(location: "csv", "cannot be parsed: \(error)")]) }
        var issues: [MCDAIssue] = []
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces) }
        guard header.count >= 2 else {
            throw .invalidInput([MCDAIssue(location: "header", "expected 'id,<criterion ids>', got '\(table.header.joined(separator: ","))'")])
        }
        let ids = Array(header.dropFirst())
        if directions.count != ids.count {
            issues.append(MCDAIssue(location: "--directions", "\(directions.count) directions for \(ids.count) criteria (\(ids.joined(separator: ", ")))"))
        }
        if let weights, weights.count != ids.count {
            issues.append(MCDAIssue(location: "--weights", "\(weights.count) weights for \(ids.count) criteria (\(ids.joined(separator: ", ")))"))
        }
        if let bounds = settings.bounds, bounds.count != ids.count {
            issues.append(MCDAIssue(location: "--bounds", "\(bounds.count) bounds for \(ids.count) criteria (\(ids.joined(separator: ", ")))"))
        }
        if let preferences = settings.preferences, preferences.count != ids.count {
            issues.append(MCDAIssue(location: "--preference", "\(preferences.count) preference functions for \(ids.count) criteria (\(ids.joined(separator: ", ")))"))
        }
        var alternatives: [String] = [], rows: [[Double]] = []
        for (r, fields) in table.rows.enumerated() {
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let line = r + 2  // 1-based, after the header
            let name = fields[0].trimmingCharacters(in: .whitespaces)
            alternatives.append(name)
            if fields.count > header.count {
                issues.append(MCDAIssue(location: "row \(line)", "alternative '\(name)' has \(fields.count - 1) values for \(ids.count) criteria"))
            }
            var row: [Double] = []
            for (j, id) in ids.enumerated() {
                let cell = (j + 1 < fields.count ? fields[j + 1] : "").trimmingCharacters(in: .whitespaces)
                let loc = "row \(line), column '\(id)'"
                if cell.isEmpty {
                    issues.append(MCDAIssue(location: loc, "alternative '\(name)' has no value for criterion '\(id)'"))
                    row.append(0)
                } else if let x = Double(delimiter == "," ? cell : cell.replacingOccurrences(of: ",", with: ".")), x.isFinite {
                    row.append(x)
                } else {
                    issues.append(MCDAIssue(location: loc, "alternative '\(name)', criterion '\(id)': '\(cell)' is not a finite number"))
                    row.append(0)
                }
            }
            rows.append(row)
        }
        if !issues.isEmpty { throw .invalidInput(issues) }
        let criteria = ids.enumerated().map { j, id in
            Criterion(id: id, direction: directions[j], weight: weights?[j] ?? 1, preference: settings.preferences?[j] ?? .usual,
                      bounds: settings.bounds?[j] ?? nil)
        }
        try self.init(criteria: criteria, alternatives: alternatives, rows: rows)
    }
}
