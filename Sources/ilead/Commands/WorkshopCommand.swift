import ArgumentParser
import Foundation
import MCDA
import PriorityEngine
import Workbooks

/// `ilead workshop init|import|export|sheet`: getting workshop data in from spreadsheets and survey exports, and
/// out again as workbooks and printable rating sheets.
struct WorkshopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshop",
        abstract: "Workshop workbooks: a template to fill, import to a workshop file, export, printable rating sheets.",
        discussion: """
            A workshop workbook has one sheet per kind of record (Workshop, Participants, Gaps, Ratings, Solutions, \
            Links, Procurers, Standards, Competencies, CompetencyRatings, Opportunities, PriorityAreas, Judgments) and \
            a Guide sheet that explains every column, the 1–5 scales and every code. It can also be a folder of CSV \
            files, one per sheet (comma or semicolon, decimal point or comma).

            Examples:
              ilead workshop init out/WS-2024-CYB.xlsx --id WS-2024-CYB --group CYB --year 2024 --topic "Ransomware response"
              ilead workshop import datasets/examples/WS-2019-CYB.xlsx -o out/WS-2019-CYB.json
              ilead workshop export datasets/examples/WS-2019-CYB.json out/WS-2019-CYB-export.xlsx
              ilead workshop sheet datasets/examples/WS-2019-CYB.json --out out/rating-sheet.html
            """,
        subcommands: [Init.self, Import.self, Export.self, RatingSheetCommand.self]
    )

    /// The format of OUT: `--format`, else `xlsx` when OUT ends in .xlsx and `csv` (a folder) otherwise.
    static func format(_ given: WorkshopWorkbook.Format?, for out: String) -> WorkshopWorkbook.Format {
        given ?? (out.lowercased().hasSuffix(".xlsx") ? .xlsx : .csv)
    }

    /// Writes sheets as one .xlsx file or a folder of CSV files (each written completely before it replaces anything).
    static func write(_ sheets: [Sheet], format: WorkshopWorkbook.Format, to out: String, inputs: [String]) throws {
        let files = try WorkshopWorkbook.files(sheets, format: format)
        switch format {
        case .xlsx:
            try Files.writeAtomically(data: files[0].data, to: out, inputs: inputs)
        case .csv:
            try OutputFolder.write(files.map { ($0.name!, String(decoding: $0.data, as: UTF8.self)) }, to: out)
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an empty workshop workbook to fill in (.xlsx, or a folder of CSV files with --format csv).",
            discussion: """
                Example:
                  ilead workshop init out/WS-2024-CYB.xlsx --id WS-2024-CYB --group CYB --year 2024 --topic "Ransomware response"
                """
        )
        @Argument(help: "The workbook to write (.xlsx), or the folder for --format csv.") var out: String
        @Option(help: "Workshop id, WS-<year>-<group>.") var id: String
        @Option(help: "Practitioner group: FLP, CBC, CYB, CNI or FOR.") var group: String
        @Option(help: "Year of the workshop.") var year: Int
        @Option(help: "Topic of the workshop.") var topic: String?
        @Option(help: "xlsx or csv (default: xlsx when OUT ends in .xlsx, else csv).") var format: WorkshopWorkbook.Format?

        func run() throws {
            guard let pg = PractitionerGroup(rawValue: group.uppercased()) else {
                throw CLIError.usage("--group: '\(group)' is not one of \(PractitionerGroup.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard (1990...2100).contains(year) else { throw CLIError.usage("--year: \(year) is not a year between 1990 and 2100") }
            guard id == "WS-\(year)-\(pg.rawValue)" else {
                throw CLIError.usage("--id: '\(id)' should be WS-\(year)-\(pg.rawValue) (WS-<year>-<group>)")
            }
            let sheets = WorkshopWorkbook.template(info: ["id": id, "practitionerGroup": pg.rawValue, "year": String(year), "topic": topic ?? ""]
                .filter { !$0.value.isEmpty })
            let chosen = WorkshopCommand.format(format, for: out)
            try WorkshopCommand.write(sheets, format: chosen, to: out, inputs: [])
            print("Wrote the workshop template \(out)\(chosen == .csv ? "/ (one CSV file per sheet)" : ""). Fill it in, then: ilead workshop import \(out) -o \(id).json")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read a filled workbook (.xlsx or a folder of CSV files) and write the workshop file (JSON).",
            discussion: """
                Every problem is reported at once with its sheet and cell (Ratings!D14); when there is any error \
                nothing is written (exit 65). Ratings may be in long form (participant, gap, criterion, value) or as \
                a survey export: one row per participant and one column per gap and criterion ("G01 urgency", \
                "G01 - Operational impact", "G01[urgency]"; answers such as "4 - Major" or "Don't know" are read, \
                other columns are ignored); --ratings takes them from the survey tool's own file.

                Example:
                  ilead workshop import datasets/examples/WS-2019-CYB.xlsx -o out/WS-2019-CYB.json
                """
        )
        @Argument(help: "The workbook (.xlsx) or folder of CSV files.") var workbook: String
        @Option(name: [.short, .customLong("output")], help: "The workshop file to write (default: standard output).") var output: String?
        @Option(help: "A survey tool's export (CSV or .xlsx) to take the ratings from instead of the Ratings sheet.") var ratings: String?

        func run() throws {
            let sheets: [Sheet]
            do { sheets = try WorkshopWorkbook.read(workbook, ratings: ratings) } catch let failure as XLSXReader.Failure {
                if !FileManager.default.fileExists(atPath: workbook) { throw CLIError.missingInput(path: workbook) }
                if let ratings, !FileManager.default.fileExists(atPath: ratings) { throw CLIError.missingInput(path: ratings) }
                throw CLIError.invalidFiles("\(workbook): \(failure)")
            }
            let imported = WorkshopImport(sheets: sheets, source: workbook)
            for p in imported.problems.sorted(by: { $0.isError && !$1.isError }) {
                FileHandle.standardError.write(Data("\(p.isError ? "error" : "warning"): \(workbook): \(p)\n".utf8))
            }
            let errors = imported.problems.filter(\.isError).count
            if errors > 0 { throw CLIError.invalidFiles("\(errors) error(s) in \(workbook); nothing was written") }
            let json = WorkshopWorkbook.json(imported.tree)
            try Files.emit(json, to: output, inputs: [workbook])
            if let output {
                let gaps = (imported.tree["capabilityGaps"] as? [Any])?.count ?? 0, people = (imported.tree["participants"] as? [Any])?.count ?? 0
                print("Wrote \(output): \(gaps) gap(s), \(people) participant(s). Next: ilead validate \(output), then ilead run \(output)")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the workbook of a workshop file (.xlsx, or a folder of CSV files with --format csv).",
            discussion: """
                Importing the export gives back the same workshop.

                Example:
                  ilead workshop export datasets/examples/WS-2019-CYB.json out/WS-2019-CYB-export.xlsx
                """
        )
        @Argument(help: "The workshop file (JSON).") var workshop: String
        @Argument(help: "The workbook to write (.xlsx), or the folder for --format csv.") var out: String
        @Option(help: "xlsx or csv (default: xlsx when OUT ends in .xlsx, else csv).") var format: WorkshopWorkbook.Format?

        func run() throws {
            let data = try Files.read(workshop)
            let (w, diagnostics) = Workshop.read(data, file: workshop)
            guard w != nil else {
                try EngineCall.report(diagnostics)
                throw CLIError.invalidFiles("\(workshop) is not a valid workshop file")
            }
            let sheets: [Sheet]
            do { sheets = try WorkshopWorkbook.export(data) } catch { throw CLIError.invalidFiles("\(workshop): \(error)") }
            try WorkshopCommand.write(sheets, format: WorkshopCommand.format(format, for: out), to: out, inputs: [workshop])
            print("Wrote \(out)")
        }
    }
}

extension WorkshopWorkbook.Format: ExpressibleByArgument {}

extension WorkshopCommand {
    struct RatingSheetCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sheet",
            abstract: "Write a printable rating sheet (HTML, A4): the scales, then every gap with tick boxes.",
            discussion: """
                Open the page in any browser and print it (no network needed). One page per voting participant, or \
                one per gap with --per gap; --three-point adds fields for lowest, most likely and highest values.

                Example:
                  ilead workshop sheet datasets/examples/WS-2019-CYB.json --out out/rating-sheet.html
                """
        )
        @Argument(help: "A workshop file (JSON), a workbook (.xlsx) or a folder of CSV files.") var input: String
        @Option(help: "The HTML file to write.") var out: String
        @Option(help: "participant (one sheet per voting participant) or gap (one page per gap).") var per: RatingSheet.Layout = .participant
        @Flag(name: .customLong("three-point"), help: "Add lowest / most likely / highest fields to every criterion.") var threePoint = false

        func run() throws {
            let workshop: Workshop
            if input.lowercased().hasSuffix(".json") {
                let (w, diagnostics) = Workshop.read(try Files.read(input), file: input)
                guard let w else { try EngineCall.report(diagnostics); throw CLIError.invalidFiles("\(input) is not a valid workshop file") }
                workshop = w
            } else {
                let sheets: [Sheet]
                do { sheets = try WorkshopWorkbook.read(input) } catch {
                    if !FileManager.default.fileExists(atPath: input) { throw CLIError.missingInput(path: input) }
                    throw CLIError.invalidFiles("\(input): \(error)")
                }
                let imported = WorkshopImport(sheets: sheets, source: input)
                for p in imported.problems where p.isError { FileHandle.standardError.write(Data("error: \(input): \(p)\n".utf8)) }
                guard !imported.hasErrors, let w = Workshop.read(json: imported.tree, file: input).workshop else {
                    throw CLIError.invalidFiles("\(input) has errors; no sheet was written")
                }
                workshop = w
            }
            try Files.writeAtomically(RatingSheet.html(workshop, per: per, threePoint: threePoint), to: out, inputs: [input])
            print("Wrote \(out): \(per == .participant ? "\(workshop.participants.filter(\.voting).count) participant sheet(s)" : "\(workshop.capabilityGaps.count) gap page(s)"); open it in a browser and print it")
        }
    }
}

extension RatingSheet.Layout: ExpressibleByArgument {}
