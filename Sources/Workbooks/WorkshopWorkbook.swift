import Foundation
import MCDA
import PriorityEngine
import Reports
import JSONFormat

/// The workshop workbook as users get it: the data sheets of `WorkbookLayout` (empty for a template, filled for an
/// export), a Guide sheet with the anchored scales and the meaning of every code, and a hidden Lists sheet behind
/// the drop-down lists; written as `.xlsx` or as a folder of CSV files, and read back from either.
public enum WorkshopWorkbook {
    public enum Format: String, CaseIterable, Sendable { case xlsx, csv }

    /// A template for a new workshop: the Workshop sheet filled from `info` (id, practitionerGroup, year, topic).
    public static func template(info: [String: String]) -> [Sheet] { WorkshopExport.sheets(tree: nil, info: info) }

    /// The sheets of a workshop file.
    public static func export(_ data: Data) throws(XLSXReader.Failure) -> [Sheet] {
        guard let tree = try? StrictJSON.parse(data, compacting: Workshop.compactedArrays).root else {
            throw XLSXReader.Failure(description: "not a JSON workshop file (check it with ilead validate)")
        }
        return WorkshopExport.sheets(tree: tree)
    }

    /// The files to write: one `.xlsx` (name given by the caller) or one CSV per data sheet plus `Guide.csv`.
    public static func files(_ sheets: [Sheet], format: Format) throws -> [(name: String?, data: Data)] {
        switch format {
        case .csv:
            return CSVFolder.files(sheets + [guide()]).map { ($0.name, Data($0.text.utf8)) }
        case .xlsx:
            let (lists, references) = listsSheet()
            var parts = sheets.map { sheet in
                XLSXWriter.SheetPart(sheet: sheet, validations: validations(for: sheet, references: references), widths: widths(for: sheet))
            }
            parts.append(XLSXWriter.SheetPart(sheet: guide(), widths: [26, 24, 110], frozenHeader: true))
            parts.append(XLSXWriter.SheetPart(sheet: lists, hidden: true))
            return [(nil, try XLSXWriter.data(parts))]
        }
    }

    /// The sheets of a workbook file (`.xlsx`) or a folder of CSV files.
    public static func read(_ path: String) throws -> [Sheet] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw XLSXReader.Failure(description: "\(path): no such file or folder")
        }
        if isDirectory.boolValue { return try CSVFolder.sheets(in: path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw XLSXReader.Failure(description: "\(path): cannot be read") }
        if path.lowercased().hasSuffix(".csv") { return [try CSVFolder.sheet(data, name: "Ratings", file: path)] }
        return try XLSXReader.sheets(data)
    }

    /// The sheets of a workbook with its Ratings sheet taken from `ratings`: a survey tool's export (CSV, or the
    /// first sheet of an .xlsx), one row per participant and one column per gap and criterion.
    public static func read(_ path: String, ratings: String?) throws -> [Sheet] {
        var sheets = try read(path)
        guard let ratings else { return sheets }
        guard let data = FileManager.default.contents(atPath: ratings) else { throw XLSXReader.Failure(description: "\(ratings): no such file") }
        var survey: Sheet
        if ratings.lowercased().hasSuffix(".xlsx") {
            guard let first = try XLSXReader.sheets(data).first else { throw XLSXReader.Failure(description: "\(ratings): the workbook has no sheet") }
            survey = first
        } else {
            survey = try CSVFolder.sheet(data, name: WorkbookLayout.ratings.name, file: ratings)
        }
        survey.name = WorkbookLayout.ratings.name
        sheets.removeAll { $0.name == WorkbookLayout.ratings.name }
        sheets.append(survey)
        return sheets
    }

    /// The workshop file of a tree in the engine's canonical form: keys in byte order (as the synthetic dataset is
    /// written), whole numbers as integers, and the lists whose absence means "empty" written out empty
    /// (`affectedMemberStates`, `crossCuttingTags`, `interestedProcurers`, `standards.implements`), so a workshop and
    /// its export, imported again, give the same bytes.
    public static func json(_ tree: [String: Any]) -> String { JSONValue(tree: canonical(tree)).sortedKeys().serialized() + "\n" }

    static func canonical(_ tree: [String: Any]) -> [String: Any] {
        var out = tree
        if let gaps = tree["capabilityGaps"] as? [Any] {
            out["capabilityGaps"] = gaps.map { g -> Any in
                guard var gap = JSONScalarObject.dictionary(of: g) else { return g }
                for key in ["affectedMemberStates", "crossCuttingTags"] where gap[key] == nil { gap[key] = [Any]() }
                if var context = gap["procurementContext"] as? [String: Any] {
                    if context["interestedProcurers"] == nil { context["interestedProcurers"] = [Any]() }
                    gap["procurementContext"] = context
                }
                return gap
            }
        }
        if let solutions = tree["candidateSolutions"] as? [Any] {
            out["candidateSolutions"] = solutions.map { s -> Any in
                guard var solution = s as? [String: Any], var standards = solution["standards"] as? [String: Any] else { return s }
                if standards["implements"] == nil { standards["implements"] = [Any]() }
                solution["standards"] = standards
                return solution
            }
        }
        return out
    }

    // MARK: guide, lists, validations

    /// Every sheet and column with its meaning, the anchored 1–5 scales and the meaning of the codes.
    public static func guide() -> Sheet {
        var rows: [[Cell]] = [[.text("sheet"), .text("column"), .text("what to write")]]
        rows.append([.text("How to fill"), .empty, .text("Fill one sheet per kind of record; ids (P01, G01, S01) tie the sheets together. Columns marked (required) must be filled. Then run: ilead workshop import THIS-FILE -o WS.json, and ilead run WS.json.")])
        for layout in WorkbookLayout.sheets {
            rows.append([.text(layout.name), .empty, .text(layout.purpose)])
            let columns = layout.name == WorkbookLayout.workshop.name ? WorkbookLayout.workshopFields : layout.columns
            for c in columns {
                var help = c.help + (c.required ? " (required)" : "")
                if case let .choice(values) = c.kind { help += " Values: " + values.joined(separator: ", ") + "." }
                rows.append([.empty, .text(c.header), .text(help)])
            }
        }
        rows.append([.text("Rating scales"), .empty, .text("Each voting participant rates each gap 1–5 on these criteria; abstain when unsure, or give min, mostLikely and max when uncertain.")])
        for s in RatingScales.ratings {
            rows.append([.empty, .text(s.key), .text("\(s.title): \(s.question)")])
            for (k, level) in s.levels.enumerated() { rows.append([.empty, .text("  \(k + 1)"), .text(level)]) }
        }
        rows.append([.empty, .text("targetMaturity"), .text("Target maturity (agreed by the group), same scale as baseline maturity.")])
        for (code, meanings) in RatingScales.enumerationMeanings.sorted(by: { $0.key < $1.key }) {
            rows.append([.text("Codes"), .text(code), .text(meanings.map { "\($0.value): \($0.meaning)" }.joined(separator: "; "))])
        }
        return Sheet(name: WorkbookLayout.guideSheet, rows: rows)
    }

    /// The hidden Lists sheet: one column per set of choices; and each set's cell range.
    static func listsSheet() -> (Sheet, [String: String]) {
        var sets: [[String]] = [], seen: [[String]: Int] = [:]
        var references: [String: String] = [:]
        for layout in WorkbookLayout.sheets {
            for c in (layout.name == WorkbookLayout.workshop.name ? WorkbookLayout.workshopFields : layout.columns) {
                guard case let .choice(values) = c.kind else { continue }
                let k = seen[values] ?? sets.count
                if k == sets.count { sets.append(values); seen[values] = k }
                let column = Sheet.columnName(k)
                references[values.joined(separator: "|")] = "Lists!$\(column)$2:$\(column)$\(values.count + 1)"
            }
        }
        let height = (sets.map(\.count).max() ?? 0) + 1
        var rows = [[Cell]](repeating: [], count: height)
        for (k, values) in sets.enumerated() {
            for r in 0..<height {
                while rows[r].count < k { rows[r].append(.empty) }
                rows[r].append(r == 0 ? .text("list \(k + 1)") : r - 1 < values.count ? .text(values[r - 1]) : .empty)
            }
        }
        return (Sheet(name: WorkbookLayout.listsSheet, rows: rows), references)
    }

    static func validations(for sheet: Sheet, references: [String: String]) -> [XLSXWriter.Validation] {
        guard let layout = WorkbookLayout.sheets.first(where: { $0.name == sheet.name }), layout.name != WorkbookLayout.workshop.name else { return [] }
        var out: [XLSXWriter.Validation] = []
        for (k, c) in layout.columns.enumerated() {
            let help = c.help + (c.required ? " (required)" : "")
            switch c.kind {
            case let .choice(values):
                out.append(.init(column: k, rule: .range(references[values.joined(separator: "|")]!), help: help))
            case let .integer(range?): out.append(.init(column: k, rule: .whole(range.lowerBound, range.upperBound), help: help))
            case let .number(range?): out.append(.init(column: k, rule: .decimal(range.lowerBound, range.upperBound), help: help))
            case let .threePoint(_, integer, range?):
                out.append(.init(column: k, rule: integer ? .whole(range.lowerBound, range.upperBound) : .decimal(range.lowerBound, range.upperBound), help: help))
            case .bool: out.append(.init(column: k, rule: .values(["yes", "no"]), help: help))
            default:
                if layout.name == WorkbookLayout.ratings.name && c.header == "value" {
                    out.append(.init(column: k, rule: .values(["1", "2", "3", "4", "5", WorkbookLayout.abstain]), help: help))
                }
            }
        }
        return out
    }

    static func widths(for sheet: Sheet) -> [Double] {
        guard let header = sheet.rows.first else { return [] }
        return header.indices.map { c in
            let longest = sheet.rows.prefix(200).map { c < $0.count ? $0[c].text.count : 0 }.max() ?? 8
            return Double(min(60, max(10, longest + 2)))
        }
    }
}
