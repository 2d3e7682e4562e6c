import MCDA
import JSONFormat

extension MethodResult {
    /// Header and rows (best first): rank, id, score, then the method's details; numbers exact, or for people
    /// to `NumberText.digits` significant digits.
    public func tableRows(readable: Bool = false) -> (header: [String], rows: [[String]]) {
        let header = ["rank", "id", "score"] + details.map(\.0)
        let text = { (x: Double) in readable ? NumberText.significant(x) : "\(x)" }
        let rows = order.map { i in
            ["\(ranks[i])", alternatives[i], text(scores[i])] + details.map { text($0.1[i]) }
        }
        return (header, rows)
    }

    /// A terminal table with the settings that shaped it underneath.
    public var table: String {
        let t = tableRows(readable: true)
        var out = "\(method.rawValue): \(method.scoreOrder == .ascending ? "lower" : "higher") score is better\n\n"
        out += TextTable.render(header: t.header, rows: t.rows, rightAligned: Set([0] + Array(2..<t.header.count)))
        if method == .vikor { out += "\ncompromise set: \(compromiseSet.joined(separator: ", "))\n" }
        out += "\nsettings: " + settings.filter { $0.0 != "weights" }.map { "\($0.0)=\(describe($0.1))" }.joined(separator: "; ") + "\n"
        for w in warnings { out += "warning: \(w)\n" }
        for table in intermediateTables { out += "\n" + table.text }
        if !intermediateTables.isEmpty { out += "\n" }
        return out + NumberText.note() + "\n"
    }

    /// CSV with the same columns as the table, every number exact. With intermediate tables, one long table
    /// instead (`table,row,column,value`: the ranking first, then every intermediate table cell by cell), which
    /// a spreadsheet pivots back into the tables.
    public var csv: String {
        let t = tableRows()
        guard !intermediateTables.isEmpty else { return TextTable.csv(header: t.header, rows: t.rows) }
        var rows: [[String]] = []
        for row in t.rows {
            for (k, column) in t.header.enumerated() where k != 1 { rows.append(["ranking", row[1], column, row[k]]) }
        }
        for table in intermediateTables {
            for (i, label) in table.rows.enumerated() {
                for (j, column) in table.columns.enumerated() { rows.append([table.key, label, column, "\(table.values[i][j])"]) }
            }
        }
        return TextTable.csv(header: ["table", "row", "column", "value"], rows: rows)
    }
}

extension IntermediateTable {
    /// The table for people: its title, its formula, then the values to `NumberText.digits` significant digits.
    public var text: String {
        let header = [""] + columns
        let body = rows.enumerated().map { i, label in [label] + values[i].map { NumberText.significant($0) } }
        return "\(title)\n  \(formula)\n\n"
            + TextTable.render(header: header, rows: body, rightAligned: Set(1..<header.count))
    }

    /// `{"key", "title", "formula", "rows", "columns", "values"}`, values exact, `values[row][column]`.
    public var json: JSONValue {
        .object([
            ("key", .string(key)), ("title", .string(title)), ("formula", .string(formula)),
            ("rows", .array(rows.map(JSONValue.string))), ("columns", .array(columns.map(JSONValue.string))),
            ("values", .array(values.map { .array($0.map(JSONValue.number)) })),
        ])
    }
}

/// A compact one-line rendering of a setting for the terminal.
func describe(_ v: JSONValue) -> String {
    switch v {
    case let .string(s): s
    case let .number(d): "\(d)"
    case let .decimal(d): Decimal6.text(d)
    case let .integer(i): "\(i)"
    case let .bool(b): "\(b)"
    case .null: "null"
    case let .array(l): "[" + l.map(describe).joined(separator: ", ") + "]"
    case let .object(o): "{" + o.map { "\($0.0): \(describe($0.1))" }.joined(separator: ", ") + "}"
    }
}
