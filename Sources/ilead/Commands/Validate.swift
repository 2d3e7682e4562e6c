import ArgumentParser
import Foundation
import PriorityEngine
import JSONFormat

/// `ilead validate FILE|FOLDER...`: checks workshop files and reports every error, warning and info at once.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check workshop, scenario, model and technology-watch files against their schema and rules.",
        discussion: """
            Every problem of every file is reported at once, each with the file, the JSON path and the rule \
            broken. Errors exit with 65; warnings and info are printed and the exit code is 0. With a \
            technology-watch catalogue among the files (or --watch), every workshop solution's catalogId must \
            name one of its items (a warning when it does not).

            Examples:
              ilead validate datasets/examples/WS-2019-CYB.json
              ilead validate datasets/examples --strict
              ilead validate datasets/ilead-synthetic/workshops --watch datasets/ilead-synthetic/technology-watch.json
            """
    )

    @Argument(help: "Workshop, scenario or model files, or folders whose *.json files are read (each by its kind).")
    var paths: [String]

    @Flag(help: "Treat unknown keys as errors instead of warnings.")
    var strict = false

    @Option(help: "Minimum number of voting raters per gap, for the FEW_RATERS warning.")
    var minRaters = 3

    @Option(help: "A technology-watch catalogue that the workshops' catalogIds must resolve in (checked too).")
    var watch: String?

    func run() throws {
        if let watch, let kind = EngineCall.kind(of: try Files.read(watch)), kind != "technologyWatch" {
            throw CLIError.usage("--watch: \(watch) is \(WorkshopFiles.otherKinds[kind]?.name ?? "a \(kind) file"), not a technology-watch catalogue")
        }
        let files = try WorkshopFiles.expand(paths + (watch.map { [$0] } ?? []))
        var report = ValidationReport()
        var workshops: [(id: String, file: String)] = []
        var read: [(workshop: Workshop, file: String)] = []
        var catalogue: (watch: TechnologyWatch, file: String)?
        for file in files {
            let data = try Files.read(file)
            // Each file is checked by its kind; a file without a known kind is read as a workshop.
            switch EngineCall.kind(of: data) {
            case "scenario":
                let (ranges, rangeDiagnostics) = ScenarioRanges.read(data, file: file)
                report.append(contentsOf: rangeDiagnostics)
                if let ranges { report.append(contentsOf: Scenario.read(ranges.typical, file: file).diagnostics) }
            case "model":
                report.append(contentsOf: ScoringModel.read(data, file: file).diagnostics)
            case "recurringNeeds":
                report.append(contentsOf: NeedsFile.read(data, file: file).diagnostics)
            case "technologyWatch":
                let (watch, diagnostics) = TechnologyWatch.read(data, file: file)
                report.append(contentsOf: diagnostics)
                if let watch { catalogue = (watch, file) }
            case let kind? where kind != "workshop" && WorkshopFiles.otherKinds[kind] != nil:
                FileHandle.standardError.write(Data("note: \(file) is \(WorkshopFiles.otherKinds[kind]!.name); not checked as a workshop\n".utf8))
            default:
                let (workshop, diagnostics) = Workshop.read(data, file: file, minRaters: minRaters, strict: strict)
                report.append(contentsOf: diagnostics)
                if let workshop {
                    report.append(contentsOf: workshop.checkComparisons(against: ScoringModel.default, file: file))
                    report.append(contentsOf: workshop.consequenceWarnings(model: ScoringModel.default, file: file))
                    workshops.append((workshop.workshop.id, file))
                    read.append((workshop, file))
                }
            }
        }
        if let catalogue {
            for (w, file) in read {
                report.append(contentsOf: catalogue.watch.unresolvedCatalogIds(in: [w]).map { u in
                    Diagnostic(.warning, file: file, path: "candidateSolutions[\(u.solutionIndex)].catalogId", code: "CATALOG_ID_UNRESOLVED",
                               ref: "\(u.workshopId)/\(u.solutionId)", "'\(u.catalogId)' is not an item of \(catalogue.file)")
                })
            }
        }
        // The checks across files that `ilead run` makes (a workshop id read from two files).
        report.append(contentsOf: ParsedWorkshops.duplicateIds(workshops))
        for d in report.diagnostics.sorted(by: { $0.level < $1.level }) {
            FileHandle.standardError.write(Data((d.description + "\n").utf8))
        }
        let summary = "\(files.count) file(s): \(report.errors.count) error(s), \(report.warnings.count) warning(s), \(report.infos.count) info"
        if report.hasErrors { throw CLIError.invalidFiles(summary) }
        print(summary)
    }
}

/// Expands files and folders into the list of JSON files to read, in a stable order.
enum WorkshopFiles {
    /// How other kinds of document are named in messages, and the option that takes them.
    static let otherKinds: [String: (name: String, hint: String)] = [
        "scenario": ("a scenario file", "pass it with --scenario"), "model": ("a model file", "pass it with --model"),
        "technologyWatch": ("a technology-watch file", "it is not a workshop"), "ranking": ("a ranking (an output of ilead run)", "it is not a workshop"),
        "decisionProblem": ("a decision problem", "rank it with ilead rank"), "pairwiseComparisons": ("pairwise comparisons", "use ilead weights ahp"),
        "ahpHierarchy": ("an AHP hierarchy", "use ilead weights ahp-hierarchy"),
        "recurringNeeds": ("a needs file", "pass it with --needs"),
    ]

    /// The workshop files of `paths`, read. In a folder, a document of another kind (scenario, model, technology
    /// watch, ranking) is skipped with a one-line note; named on its own, it is a usage error with a hint
    /// ("this is a scenario file; pass it with --scenario"). A file without a kind is read as a workshop.
    static func sources(_ paths: [String]) throws -> [WorkshopSource] {
        var out: [WorkshopSource] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            let inFolder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            for file in try expand([path]) {
                let data = try Files.read(file)
                if let kind = EngineCall.kind(of: data), kind != "workshop", let other = otherKinds[kind] {
                    if inFolder {
                        FileHandle.standardError.write(Data("note: skipping \(file): \(other.name), not a workshop\n".utf8))
                        continue
                    }
                    throw CLIError.usage("\(file) is \(other.name), not a workshop; \(other.hint)")
                }
                out.append(WorkshopSource(path: file, data: data))
            }
        }
        if out.isEmpty { throw CLIError.usage("no workshop file among \(paths.joined(separator: " "))") }
        return out
    }

    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.missingInput(path: path)
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".json") }.sorted()
                if names.isEmpty { throw CLIError.usage("\(path): the folder holds no .json files") }
                files += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
