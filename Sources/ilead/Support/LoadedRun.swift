import ArgumentParser
import Foundation
import MCDA
import PriorityEngine

/// The inputs of an adviser command besides its workshops: model, scenario and legal date.
struct RunInputOptions: ParsableArguments {
    @Option(help: "Model file (default: the built-in model).")
    var model: String?

    @Option(help: "Scenario file applied first.")
    var scenario: String?

    @Option(name: .customLong("as-of"), help: "Legal evaluation date YYYY-MM-DD (default: the scenario's asOfDate, else today).")
    var asOf: String?

    /// The workshops of `paths` scored under these inputs.
    func load(_ paths: [String]) throws -> LoadedRun {
        try LoadedRun.load(paths: paths, model: model, scenario: scenario, asOf: asOf)
    }
}

/// Workshops scored under a model and an optional scenario, as the adviser commands (`scenario compare`,
/// `scenario distance`, `portfolio`) need them. Errors of any file are printed, located, and stop the command.
struct LoadedRun {
    var run: PriorityRun
    var lists: [RankingList]
    var model: ScoringModel
    var scenario: Scenario?
    var asOfDate: String

    /// The pan-European list: every gap in scope.
    var panEuropean: RankingList { lists.last! }

    static func load(paths: [String], model modelPath: String?, scenario scenarioPath: String?, asOf: String?) throws -> LoadedRun {
        let sources = try WorkshopFiles.sources(paths)
        var scenario: Scenario?
        if let scenarioPath {
            let (s, diagnostics) = Scenario.read(try scenarioDocument(scenarioPath), file: scenarioPath)
            try report(diagnostics)
            scenario = s
        }
        let overrides = scenario?.thresholdOverrides.map { ($0.path, $0.value.foundation) } ?? []
        let modelData = try modelPath.map { try Files.read($0) } ?? Data(ScoringModel.defaultModelJSON.utf8)
        let (loaded, modelDiagnostics) = ScoringModel.read(modelData, file: modelPath ?? "<built-in ilead-default>",
                                                           thresholdOverrides: overrides, overridesFile: scenarioPath ?? "")
        try report(modelDiagnostics)
        guard let loaded else { throw CLIError.invalidFiles("the model is invalid") }
        let asOfDate: String
        if let asOf {
            guard IsoDate.isValid(asOf) else { throw CLIError.usage("--as-of: expected a date YYYY-MM-DD, got \"\(asOf)\"") }
            asOfDate = asOf
        } else {
            asOfDate = scenario?.asOfDate ?? IsoDate.today()
        }
        let run: PriorityRun
        do {
            run = try PriorityRun.execute(sources: sources, model: loaded.model, scenario: scenario, scenarioFile: scenarioPath ?? "",
                                          asOfDate: asOfDate)
        } catch {
            try report(error.diagnostics)
            throw CLIError.invalidFiles("the run stopped")
        }
        let lists = try attributing(to: paths.joined(separator: " ")) { () throws(MCDAError) in try run.lists() }
        guard !lists.isEmpty else { throw CLIError.invalidFiles("no gap is in scope\(scenarioPath.map { " of the scenario \($0)" } ?? "")") }
        return LoadedRun(run: run, lists: lists, model: loaded.model, scenario: scenario, asOfDate: asOfDate)
    }

    /// A scenario file's bytes with every range (`ScenarioRanges`) at its typical value, so a scenario written
    /// for `ilead scenario sample` also runs deterministically; a note on stderr says so.
    static func scenarioDocument(_ path: String) throws -> Data {
        let data = try Files.read(path)
        let (ranges, diagnostics) = ScenarioRanges.read(data, file: path)
        try report(diagnostics)
        guard let ranges, !ranges.ranges.isEmpty else { return data }
        FileHandle.standardError.write(Data(("note: \(path): \(ranges.ranges.count) range(s) taken at their most likely value "
                                             + "(or midpoint); 'ilead scenario sample' draws them\n").utf8))
        return ranges.typical
    }

    static func report(_ diagnostics: [Diagnostic]) throws {
        let errors = diagnostics.filter { $0.level == .error }
        for d in errors { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
        if !errors.isEmpty { throw CLIError.invalidFiles("\(errors.count) error(s); nothing was written") }
    }

    /// The `kind` of a JSON document ("workshop", "model", "scenario", …), or nil when it is not one.
    static func kind(of path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return kind(of: data)
    }

    /// The `kind` of a JSON document in memory, read without building its tree.
    static func kind(of data: Data) -> String? { StrictJSON.topLevelString("kind", in: data) }
}
