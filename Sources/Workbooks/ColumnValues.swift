import Foundation
import MCDA
import PriorityEngine
import JSONFormat

/// Field values between JSON trees and cells, per column kind: one function for each direction.
enum ColumnValues {
    /// The value at `path` in a (possibly compact) JSON object.
    static func value(at path: [String], in object: Any?) -> Any? {
        var node = object
        for key in path { node = JSONScalarObject.member(key, of: node) }
        return node
    }

    /// The cell of `column` for the record `object`.
    static func cell(_ column: Column, of object: Any?) -> Cell {
        let v = value(at: column.path, in: object)
        switch column.kind {
        case let .threePoint(part, _, _):
            if let x = JSONNumber.value(v) { return part == "mostLikely" ? .number(x) : .empty }
            return JSONNumber.value(JSONScalarObject.member(part, of: v)).map(Cell.number) ?? .empty
        case .list:
            guard let items = v as? [Any] else { return .empty }
            return .text(items.map { ($0 as? String) ?? "\($0)" }.joined(separator: "; "))
        case .bool:
            return JSONNumber.bool(v).map(Cell.bool) ?? (v is NSNull ? .empty : plain(v))
        default:
            return plain(v)
        }
    }

    static func plain(_ v: Any?) -> Cell {
        if let b = JSONNumber.bool(v) { return .bool(b) }
        if let x = JSONNumber.value(v) { return .number(x) }
        if let s = v as? String { return .text(s) }
        return .empty
    }

    /// A JSON number for a cell value: whole numbers as integers.
    static func json(_ x: Double) -> Any { x == x.rounded() && abs(x) < 9e15 ? Int(x) as Any : x as Any }

    /// Reads a number written in a cell: a number, or text with a decimal point or comma ("3,5"), or an Excel
    /// serial date for date columns. Nil when the text is no number.
    static func number(_ cell: Cell) -> Double? {
        switch cell {
        case let .number(x): return x
        case let .text(s):
            var t = s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{a0}", with: "")
            if t.filter({ $0 == "," }).count == 1, !t.contains(".") { t = t.replacingOccurrences(of: ",", with: ".") }
            guard let x = Double(t), x.isFinite else { return nil }
            return x
        default: return nil
        }
    }

    static func bool(_ cell: Cell) -> Bool? {
        switch cell {
        case let .bool(b): return b
        case let .number(x) where x == 0 || x == 1: return x == 1
        case let .text(s):
            switch s.trimmingCharacters(in: .whitespaces).lowercased() {
            case "yes", "y", "true", "1", "ja", "oui", "si", "sí": return true
            case "no", "n", "false", "0", "nein", "non": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// The text of a text cell, without the apostrophe that our CSV writer puts before text a spreadsheet would
    /// otherwise run as a formula.
    static func text(_ cell: Cell) -> String {
        var s = cell.text
        if let first = s.unicodeScalars.first, let last = s.unicodeScalars.last,
           CharacterSet.whitespacesAndNewlines.contains(first) || CharacterSet.whitespacesAndNewlines.contains(last) {
            s = s.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if s.hasPrefix("'"), let next = s.dropFirst().first, "=+-@\t\r".contains(next) { s.removeFirst() }
        return s
    }

    /// An ISO date from a date cell: text YYYY-MM-DD as it is, or an Excel serial day number.
    static func date(_ cell: Cell) -> String? {
        if case let .number(serial) = cell, serial == serial.rounded(), (1...2_958_465).contains(serial) {
            // Day 0 of Excel's 1900 date system is 1899-12-30 (its 1900 leap-year bug included).
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let origin = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
            let day = calendar.date(byAdding: .day, value: Int(serial), to: origin)!
            let c = calendar.dateComponents([.year, .month, .day], from: day)
            return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        }
        let t = text(cell)
        return t.isEmpty ? nil : t
    }

    /// The JSON value of a cell for `column`, or an error message (the rule broken) when the cell cannot be that
    /// kind of value. Range and enumeration checks are left to the workshop reader, which reports them at the
    /// cell too; choices are matched without regard to case or to spaces written for underscores.
    static func json(_ cell: Cell, for column: Column) -> Result<Any?, CellProblem> {
        if cell.isEmpty { return .success(nil) }
        switch column.kind {
        case .text: return .success(text(cell))
        case .date: return .success(date(cell))
        case .integer, .number, .threePoint:
            guard let x = number(cell) else { return .failure(CellProblem("'\(cell.text)' is not a number")) }
            return .success(json(x))
        case .bool:
            guard let b = bool(cell) else { return .failure(CellProblem("'\(cell.text)' is not yes or no")) }
            return .success(b)
        case let .choice(values):
            let t = text(cell)
            let key = t.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
            return .success(values.first { $0.lowercased() == key } ?? t)
        case .list:
            let items = text(cell).split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return .success(items)
        }
    }
}

struct CellProblem: Error { var message: String; init(_ m: String) { message = m } }
