import ArgumentParser
import Foundation
import MCDA
import PriorityEngine
import JSONFormat

/// The inputs of an adviser command besides its workshops: model, scenario and legal date.
struct RunInputOptions: ParsableArguments {
    @Option(help: "Model file (default: the built-in model).")
    var model: String?

    @Option(help: "Scenario file applied first.")
    var scenario: String?

    @Option(name: .customLong("as-of"), help: "Legal evaluation date YYYY-MM-DD (default: the scenario's asOfDate, else today).")
    var asOf: String?

    /// The workshops of `paths` scored under these inputs.
    func prepare(_ paths: [String]) throws -> PreparedRun {
        try EngineCall.prepare(paths: paths, model: model, scenario: scenario, asOf: asOf)
    }
}

/// How a command hands a request to the engine: files read, the run prepared, the engine's notes and errors printed
/// (every error of every file, located), errors mapped to exit codes.
enum EngineCall {
    /// The run of `paths` under a model, a scenario and a legal date, without the Monte Carlo (the adviser commands).
    static func prepare(paths: [String], model: String?, scenario: String?, asOf: String?) throws -> PreparedRun {
        try OptionValues.checkDate(asOf, option: "--as-of")
        let request = RunRequest(workshops: try WorkshopFiles.sources(paths), model: try model.map(Files.input),
                                 scenario: try scenario.map(Files.input), asOfDate: asOf, uncertainty: false)
        return try prepare(request, paths: paths)
    }

    /// The engine's run of `request`; `paths` (as typed) name the workshops in a ranking error. The engine's notes
    /// go to stderr unless `notes` is false.
    static func prepare(_ request: RunRequest, paths: [String], notes: Bool = true) throws -> PreparedRun {
        do throws(RunFailure) {
            let prepared = try PreparedRun.prepare(request)
            for note in prepared.notes where notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
            return prepared
        } catch {
            try fail(error, paths: paths)
        }
    }

    /// Prints why a run stopped (every error of every file, located; or the ranking's error, named by the
    /// workshops of `paths`) and throws the matching command-line error.
    static func fail(_ error: RunFailure, paths: [String]) throws -> Never {
        ProgressLine.finish()
        if let ranking = error.ranking {
            try attributing(to: paths.joined(separator: " ")) { () throws(MCDAError) in throw ranking }
        }
        try report(error.diagnostics)
        throw CLIError.invalidFiles("the run stopped")
    }

    /// Prints every error to stderr and fails when there is one.
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
