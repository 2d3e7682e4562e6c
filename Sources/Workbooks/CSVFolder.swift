import Foundation
import MCDA
import Reports
import SwiftCSV

/// A workbook as a folder of CSV files, one per sheet (`Ratings.csv`), for those without a spreadsheet program.
/// Read: comma or semicolon delimiters (Excel's default where the decimal separator is a comma), decimal commas,
/// UTF-8 with or without a byte-order mark. Written: comma-delimited UTF-8, text that a spreadsheet would run as a
/// formula prefixed with an apostrophe (removed again on reading).
public enum CSVFolder {
    public static func files(_ sheets: [Sheet]) -> [(name: String, text: String)] {
        sheets.map { sheet in
            let header = sheet.rows.first?.map(\.text) ?? []
            let width = max(header.count, sheet.rows.map(\.count).max() ?? 0)
            let rows = sheet.rows.dropFirst().map { row in (0..<width).map { $0 < row.count ? row[$0].text : "" } }
            return ("\(sheet.name).csv", TextTable.csv(header: header + Array(repeating: "", count: width - header.count), rows: Array(rows)))
        }
    }

    /// The sheets of the CSV files in `folder` (named by file, without `.csv`); a malformed file is a located error.
    public static func sheets(in folder: String) throws -> [Sheet] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        guard !names.isEmpty else { throw XLSXReader.Failure(description: "\(folder): the folder holds no .csv files") }
        return try names.map { name in
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { throw XLSXReader.Failure(description: "\(path): cannot be read") }
            return try sheet(data, name: String(name.dropLast(4)), file: name)
        }
    }

    static func sheet(_ data: Data, name: String, file: String) throws -> Sheet {
        guard var text = String(data: data, encoding: .utf8) else {
            throw XLSXReader.Failure(description: "\(file): not UTF-8 text (save the sheet as 'CSV UTF-8')")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let delimiter: Character = delimiter(of: text)
        if let e = CSVSyntax.check(text, delimiter: delimiter) {
            throw XLSXReader.Failure(description: "\(name)!row \(e.line), field \(e.field): \(e.message)")
        }
        let table: EnumeratedCSV
        do { table = try EnumeratedCSV(string: text, delimiter: delimiter == ";" ? .semicolon : .comma, loadColumns: false) }
        catch { throw XLSXReader.Failure(description: "\(file): cannot be read as CSV: \(error)") }
        func cells(_ fields: [String]) -> [Cell] { fields.map { $0.isEmpty ? .empty : .text($0) } }
        return Sheet(name: name, rows: [cells(table.header)] + table.rows.map(cells))
    }

    /// `;` when the header line has more semicolons than commas outside quotes, else `,`.
    static func delimiter(of text: String) -> Character {
        var commas = 0, semicolons = 0, quoted = false
        for c in text {
            if c == "\"" { quoted.toggle() } else if !quoted {
                if c == "\n" { break }
                if c == "," { commas += 1 } else if c == ";" { semicolons += 1 }
            }
        }
        return semicolons > commas ? ";" : ","
    }
}
