/// One cell of a sheet as the workbook and CSV readers give it and the writers take it.
public enum Cell: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
    case bool(Bool)

    /// The cell as text (numbers without a trailing ".0"), "" when empty.
    public var text: String {
        switch self {
        case .empty: ""
        case let .text(s): s
        case let .number(x): x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
        case let .bool(b): b ? "yes" : "no"
        }
    }

    public var isEmpty: Bool {
        if case .empty = self { return true }
        if case let .text(s) = self { return s.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) }
        return false
    }
}

/// A sheet: a name and rows of cells, the first row being the header.
public struct Sheet: Sendable, Equatable {
    public var name: String
    public var rows: [[Cell]]
    public init(name: String, rows: [[Cell]]) { self.name = name; self.rows = rows }

    /// The spreadsheet name of a column (0 → A, 26 → AA).
    public static func columnName(_ index: Int) -> String {
        var n = index + 1, out = ""
        while n > 0 { let r = (n - 1) % 26; out = String(UnicodeScalar(UInt8(65 + r))) + out; n = (n - 1) / 26 }
        return out
    }

    /// `Sheet!B7` for row index `row` (0 = header, so the spreadsheet row is row + 1) and column index `column`.
    public func reference(row: Int, column: Int) -> String { "\(name)!\(Self.columnName(column))\(row + 1)" }
}

import Foundation
