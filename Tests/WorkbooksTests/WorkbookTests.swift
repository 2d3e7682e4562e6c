import Foundation
import MCDA
import PriorityEngine
import Reports
import Testing
@testable import Workbooks
import JSONFormat

/// Export then import gives back the workshop: every bundled workshop through `.xlsx` and through CSV.
@Suite struct WorkbookRoundTripTests {
    static let files: [String] = {
        let folder = "datasets/ilead-synthetic/workshops"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return ["datasets/examples/WS-2019-CYB.json"] + names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }()

    /// The workshop as the engine writes it: keys in byte order, whole numbers as integers.
    static func canonical(_ data: Data) throws -> String {
        WorkshopWorkbook.json(try #require(StrictJSON.parse(data).root as? [String: Any]))
    }

    static func roundTrip(_ data: Data, format: WorkshopWorkbook.Format) throws -> WorkshopImport {
        let sheets = try WorkshopWorkbook.export(data)
        let files = try WorkshopWorkbook.files(sheets, format: format)
        let read: [Sheet]
        switch format {
        case .xlsx: read = try XLSXReader.sheets(files[0].data)
        case .csv: read = try files.map { try CSVFolder.sheet($0.data, name: String($0.name!.dropLast(4)), file: $0.name!) }
        }
        return WorkshopImport(sheets: read, source: "workbook")
    }

    @Test(arguments: files, WorkshopWorkbook.Format.allCases)
    func exportThenImportGivesTheSameWorkshop(_ file: String, _ format: WorkshopWorkbook.Format) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let imported = try Self.roundTrip(data, format: format)
        let problems = imported.problems.filter(\.isError).prefix(5).map(\.description)
        #expect(problems.isEmpty, "\(problems)")
        let json = WorkshopWorkbook.json(imported.tree), expected = try Self.canonical(data)
        // The synthetic files are written in the canonical form: their import is byte for byte the file.
        if file.contains("ilead-synthetic") { #expect(json == String(decoding: data, as: UTF8.self), "\(file) is not canonical") }
        #expect(json == expected, "\(file) via \(format): \(Self.firstDifference(json, expected))")
        if json != expected, let dump = ProcessInfo.processInfo.environment["ILEAD_DUMP"] {
            let stem = (file as NSString).lastPathComponent + ".\(format)"
            try? json.write(toFile: "\(dump)/\(stem).got", atomically: true, encoding: .utf8)
            try? expected.write(toFile: "\(dump)/\(stem).expected", atomically: true, encoding: .utf8)
        }
    }

    /// The first line where two texts differ, with its neighbours.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let (x, y) = (a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false))
        guard let k = zip(x, y).enumerated().first(where: { $0.1.0 != $0.1.1 })?.offset ?? (x.count != y.count ? min(x.count, y.count) : nil) else { return "same" }
        let lo = max(0, k - 4)
        return "line \(k + 1): got\n" + x[lo..<min(x.count, k + 3)].joined(separator: "\n") + "\nexpected\n" + y[lo..<min(y.count, k + 3)].joined(separator: "\n")
    }
}

/// Corrupted workbooks: every problem at its cell, with the rule broken; nothing imported.
@Suite struct WorkbookImportErrorTests {
    static let example = try! Data(contentsOf: URL(fileURLWithPath: "datasets/examples/WS-2019-CYB.json"))

    /// The example's sheets with `edit` applied.
    static func imported(_ edit: (inout [String: Sheet]) -> Void) throws -> WorkshopImport {
        var sheets = Dictionary(uniqueKeysWithValues: try WorkshopWorkbook.export(example).map { ($0.name, $0) })
        edit(&sheets)
        return WorkshopImport(sheets: Array(sheets.values), source: "w.xlsx")
    }

    static func set(_ sheets: inout [String: Sheet], _ name: String, row: Int, column: String, _ cell: Cell) {
        let c = sheets[name]!.rows[0].firstIndex(of: .text(column))!
        sheets[name]!.rows[row][c] = cell
    }

    static func errors(_ i: WorkshopImport) -> [String] { i.problems.filter(\.isError).map(\.description) }

    @Test func wrongEnumTextInANumberOutOfScaleAndEmptyRequiredCell() throws {
        let i = try Self.imported { s in
            Self.set(&s, "Gaps", row: 1, column: "gapNature", .text("brand new"))
            Self.set(&s, "Gaps", row: 2, column: "targetMaturity", .text("high"))
            Self.set(&s, "Ratings", row: 13, column: "value", .number(7))
            Self.set(&s, "Participants", row: 2, column: "role", .empty)
        }
        let e = Self.errors(i)
        #expect(e.count == 4, "\(e)")
        #expect(e.contains { $0.hasPrefix("Gaps!D2: gapNature: unknown value \"brand new\"") })
        #expect(e.contains { $0 == "Gaps!E3: targetMaturity: 'high' is not a number" })
        #expect(e.contains { $0.hasPrefix("Ratings!D14: ") && $0.contains("7 is outside 1–5") })
        #expect(e.contains { $0.hasPrefix("Participants!A3") && $0.contains("'role' is missing") })
    }

    @Test func duplicateParticipantUnknownGapAndMissingSheet() throws {
        let dup = try Self.imported { s in
            Self.set(&s, "Participants", row: 2, column: "id", .text("P01"))
            Self.set(&s, "Links", row: 1, column: "gap", .text("G99"))
        }
        let e = Self.errors(dup)
        #expect(e.contains { $0.hasPrefix("Participants!A3") && $0.contains("duplicate id 'P01'") }, "\(e)")
        #expect(e.contains { $0 == "Links!B2: unknown gap 'G99'" }, "\(e)")
        let missing = try Self.imported { s in s["Ratings"] = nil }
        #expect(Self.errors(missing).first?.contains("the sheet 'Ratings' is missing") == true, "\(Self.errors(missing))")
    }

    /// A survey export: one row per participant, one column per gap and criterion; same workshop as the long form.
    @Test func wideRatingsFromASurveyExport() throws {
        let long = try Self.imported { _ in }
        let wide = try Self.imported { s in
            let rows = s["Ratings"]!.rows.dropFirst()
            var columns: [String] = [], people: [String] = [], values: [String: [String: Cell]] = [:]
            for r in rows {
                guard r[4].isEmpty else { continue }   // three-point ratings stay out of the survey form
                let column = "\(r[1].text) \(r[2].text)"
                if !columns.contains(column) { columns.append(column) }
                if !people.contains(r[0].text) { people.append(r[0].text) }
                values[r[0].text, default: [:]][column] = r[3]
            }
            s["Ratings"] = Sheet(name: "Ratings", rows: [[.text("Participant ID")] + columns.map(Cell.text)]
                                 + people.map { p in [.text(p)] + columns.map { values[p]?[$0] ?? .empty } })
        }
        #expect(Self.errors(wide).isEmpty, "\(Self.errors(wide))")
        let count = { (i: WorkshopImport) in ((i.tree["capabilityGaps"] as! [[String: Any]])[1]["ratings"] as! [[String: Any]]).count }
        #expect(count(wide) == count(long))
    }

    /// Excel's CSV where the decimal separator is a comma: semicolons between fields, decimal commas in numbers.
    @Test func semicolonCSVWithDecimalCommas() throws {
        let text = "participant;node;a;b;value\nP01;root;gapSeverity;technologyOpportunity;3\nP01;root;gapSeverity;standardisationPotential;0,5\n"
        let sheet = try CSVFolder.sheet(Data(("\u{FEFF}" + text).utf8), name: "Judgments", file: "Judgments.csv")
        #expect(sheet.rows.count == 3 && sheet.rows[2][4] == .text("0,5"))
        let i = try Self.imported { s in s["Judgments"] = sheet }
        let judgments = (i.tree["criteriaComparisons"] as! [[String: Any]])[0]["judgments"] as! [[String: Any]]
        #expect(judgments[1]["value"] as? Double == 0.5)
        let broken = "participant;node\nP01;\"root\n"
        #expect(throws: XLSXReader.Failure.self) { try CSVFolder.sheet(Data(broken.utf8), name: "Judgments", file: "Judgments.csv") }
    }

    /// A cell that is not a date, a list or yes/no: the template and Excel-typed values read as people mean them.
    @Test func cellsAsPeopleWriteThem() {
        #expect(ColumnValues.date(.number(43_634)) == "2019-06-18")
        #expect(ColumnValues.bool(.text("Yes")) == true && ColumnValues.bool(.text("nein")) == false && ColumnValues.bool(.text("maybe")) == nil)
        #expect(ColumnValues.number(.text("3,5")) == 3.5 && ColumnValues.number(.text("1.5")) == 1.5 && ColumnValues.number(.text("x")) == nil)
        #expect(ColumnValues.text(.text("'=SUM(A1)")) == "=SUM(A1)" && ColumnValues.text(.text("'quoted'")) == "'quoted'")
        if case let .success(v) = ColumnValues.json(.text("Novel Capability"), for: Column("g", .choice(["novel_capability"]), "")) {
            #expect(v as? String == "novel_capability")
        }
    }
}

/// The bundled example workbook is the export of the bundled example (the same bytes: the writer is deterministic).
@Suite struct BundledWorkbookTests {
    @Test func exampleWorkbookIsCurrent() throws {
        let json = try Data(contentsOf: URL(fileURLWithPath: "datasets/examples/WS-2019-CYB.json"))
        let fresh = try WorkshopWorkbook.files(try WorkshopWorkbook.export(json), format: .xlsx)[0].data
        let bundled = try Data(contentsOf: URL(fileURLWithPath: "datasets/examples/WS-2019-CYB.xlsx"))
        #expect(fresh == bundled, "re-export it: ilead workshop export datasets/examples/WS-2019-CYB.json datasets/examples/WS-2019-CYB.xlsx")
    }
}

/// A survey tool's export as it comes: extra columns (timestamps, e-mail), question texts with the gap's title,
/// LimeSurvey-style codes, labelled answers and "Don't know".
@Suite struct SurveyExportTests {
    @Test func aSurveyExportImportsWithoutHandEditing() throws {
        let csv = """
            ID;Start time;Completion time;Email;Your participant code;G01 - Cross-chain tracing: Operational impact;G01 - Cross-chain tracing: Public-safety impact;G01[urgency];G02 Frequency
            1;2019-06-18 10:00;2019-06-18 10:20;a@x;P01;5 - Critical;4;4;3
            2;2019-06-18 10:01;2019-06-18 10:25;b@x;P02;4 - Major;Don't know;4;3
            3;2019-06-18 10:02;2019-06-18 10:22;c@x;P03;4;;5,0;2

            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-survey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("survey-results.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let book = folder.appendingPathComponent("WS.xlsx")
        let example = try Data(contentsOf: URL(fileURLWithPath: "datasets/examples/WS-2019-CYB.json"))
        try WorkshopWorkbook.files(try WorkshopWorkbook.export(example), format: .xlsx)[0].data.write(to: book)
        let sheets = try WorkshopWorkbook.read(book.path, ratings: file.path)
        let imported = WorkshopImport(sheets: sheets, source: book.path)
        #expect(!imported.hasErrors, "\(imported.problems.map(\.description))")
        #expect(imported.problems.contains { !$0.isError && $0.message.contains("'Start time'") && $0.message.contains("'Email'") && $0.message.contains("'ID'") })
        let gaps = imported.tree["capabilityGaps"] as! [[String: Any]]
        let g01 = gaps[0]["ratings"] as! [[String: Any]]
        #expect(g01.count == 3)
        #expect(g01[0]["operationalImpact"] as? Int == 5 && g01[1]["operationalImpact"] as? Int == 4)
        #expect(g01[1]["publicSafetyImpact"] is NSNull && g01[2]["publicSafetyImpact"] == nil)
        #expect(g01[2]["urgency"] as? Int == 5)
        #expect((gaps[1]["ratings"] as! [[String: Any]]).map { $0["frequency"] as? Int } == [3, 3, 2])
    }

    @Test(arguments: [("G01 urgency", "urgency"), ("G01.needClarity", "needClarity"), ("G01[evidentialNeed]", "evidentialNeed"),
                      ("G01 – Officers not trained: Baseline maturity", "baselineMaturity"), ("g01 Fragmentation", "fragmentation")])
    func surveyColumnsAreRecognised(_ header: String, _ key: String) {
        #expect(WorkshopImport.surveyColumn(header, gapIds: ["G01": 0])?.1.rawValue == key)
    }
}
