/// Plain-text tables and CSV for terminal and spreadsheet output.
public enum TextTable {
    /// Columns padded to their widest cell; numbers right-aligned when `rightAligned` says so.
    public static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let widths = header.indices.map { j in ([header[j]] + rows.map { $0[j] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { j, c in
                let pad = String(repeating: " ", count: widths[j] - c.count)
                return rightAligned.contains(j) ? pad + c : c + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; every field goes
    /// through `neutralised` first, so no cell is a spreadsheet formula.
    public static func csv(header: [String], rows: [[String]]) -> String {
        func field(_ raw: String) -> String {
            let s = neutralised(raw)
            return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A cell that a spreadsheet would evaluate as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return, OWASP "CSV Injection") gets a leading apostrophe, so it is shown as text; plain numbers such
    /// as `-0.25` or `1e-5` are left as they are.
    public static func neutralised(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(s) else { return s }
        return "'" + s
    }

    /// `[-+]?digits[.digits][e[-+]digits]`: a number as this engine writes it.
    static func isPlainNumber(_ s: String) -> Bool {
        var u = Substring(s).utf8[...]
        func digits() -> Int {
            let n = u.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            u = u.dropFirst(n)
            return n
        }
        if u.first == UInt8(ascii: "-") || u.first == UInt8(ascii: "+") { u = u.dropFirst() }
        var n = digits()
        if u.first == UInt8(ascii: ".") { u = u.dropFirst(); n += digits() }
        guard n > 0 else { return false }
        if u.first == UInt8(ascii: "e") || u.first == UInt8(ascii: "E") {
            u = u.dropFirst()
            if u.first == UInt8(ascii: "-") || u.first == UInt8(ascii: "+") { u = u.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return u.isEmpty
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

import Foundation
