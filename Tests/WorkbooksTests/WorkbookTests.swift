import Foundation
import MCDA
import PriorityEngine
import Reports
import Testing
@testable import Workbooks

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
