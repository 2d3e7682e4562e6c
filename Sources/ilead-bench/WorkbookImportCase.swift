import Foundation
import MCDA
import PriorityEngine
import Workbooks

/// Importing a workbook of 100 participants × 50 gaps rated on all nine criteria (45,000 rating rows, long form):
/// read the .xlsx (zip and XML), build the workshop and check it. Target: under 1 s.
func runWorkbookImportCase() throws {
    let data = try largeWorkshop(gaps: 50, raters: 100)
    let book = try WorkshopWorkbook.files(try WorkshopWorkbook.export(data), format: .xlsx)[0].data
    var problems = 0
    let t = try repeatedSeconds(3) {
        let imported = WorkshopImport(sheets: try XLSXReader.sheets(book), source: "bench.xlsx")
        problems = imported.problems.filter(\.isError).count
    }
    precondition(problems == 0, "the benchmark workbook must import cleanly")
    emit("import-workbook", seconds: t.median, [("minSeconds", t.min), ("repetitions", 3), ("participants", 100), ("gaps", 50),
                                                ("ratingRows", 100 * 50 * RatingKey.allCases.count), ("workbookKiB", Double(book.count) / 1024),
                                                ("targetSeconds", 1)])
}
