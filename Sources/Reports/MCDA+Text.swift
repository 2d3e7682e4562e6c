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
        return out + NumberText.note() + "\n"
    }

    /// CSV with the same columns as the table, every number exact.
    public var csv: String {
        let t = tableRows()
        return TextTable.csv(header: t.header, rows: t.rows)
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
