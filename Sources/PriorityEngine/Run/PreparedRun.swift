import Crypto
import Foundation
import MCDA
import JSONFormat

/// A run read, checked, scored and ranked, with its manifest: the one way from files to ranked lists that every
/// command takes (`ilead run`, `scenario compare`, `scenario distance`, `scenario sample`, `portfolio`). Every
/// default is decided here, once, and recorded in `manifest.defaults`.
public struct PreparedRun: Sendable {
    /// The settings of the run after defaults.
    public struct Settings: Sendable {
        public var asOfDate: String
        public var seed: UInt64
        /// Monte-Carlo runs.
        public var runs: Int
        /// Whether the Monte-Carlo uncertainty block is computed: asked for (`RunRequest.uncertainty`) and not
        /// switched off by the scenario's `output.includeMonteCarlo`.
        public var monteCarlo: Bool
        public var threads: Int
        /// k of P(top k): the model's `sensitivity.topK`.
        public var topK: Int
        /// The view settings of the scenario (or their defaults).
        public var output: Scenario.Output
    }

    /// The Monte-Carlo uncertainty of every list (`nil` when switched off) and the one-at-a-time weight changes.
    public struct Robustness: Sendable {
        public var uncertainty: [[String: GapUncertainty]]?
        public var weightChanges: [WeightSensitivityRow]
    }

    public let request: RunRequest
    /// The workshop files parsed to JSON trees (a scenario's ranges merge into them per drawn combination).
    let parsed: ParsedWorkshops
    /// The model, read with the scenario's threshold overrides.
    public let model: ScoringModel
    public let scenario: Scenario?
    /// The scenario's ranges; `nil` without a scenario.
    public let ranges: ScenarioRanges?
    public let run: PriorityRun
    /// Per workshop, per practitioner group, per year, then the pan-European list.
    public let lists: [RankingList]
    public let manifest: RunManifest
    public let settings: Settings
    /// What the user should know that is not an error (a scenario's ranges taken at their typical value).
    public let notes: [String]
    /// The technology-watch catalogue the run was brought up to date with (`RunRequest.watch`).
    public let watch: TechnologyWatch?

    /// The pan-European list: every gap in scope.
    public var panEuropean: RankingList { lists.last! }

    /// The model file's name in messages when the built-in model is used.
    public static let builtInModelName = "<built-in ilead-default>"

    /// Reads the request's scenario (once), the model with the scenario's threshold overrides, and the workshops;
    /// scores and ranks them.
    ///
    /// Defaults, each decided here only: the model is the built-in one; the legal date is the scenario's
    /// `asOfDate`, else today (UTC); the seed and the Monte-Carlo runs are the model's `sensitivity.seed` and
    /// `sensitivity.runs`; the Monte Carlo is on unless the request or the scenario's `output.includeMonteCarlo`
    /// switches it off [decision: an absent `includeMonteCarlo` means on]; threads are every active core.
    /// - Throws: `RunFailure` with every error of every file, or the ranking's error.
    public static func prepare(_ request: RunRequest) throws(RunFailure) -> PreparedRun {
        var defaults: [(path: String, value: JSONValue)] = []
        var notes: [String] = []
        var scenario: Scenario?, ranges: ScenarioRanges?
        if let file = request.scenario {
            let (found, rangeDiagnostics) = ScenarioRanges.read(file.data, file: file.path)
            try stopOnErrors(rangeDiagnostics)
            var document = file.data
            if let found, !found.ranges.isEmpty { document = found.typical }
            ranges = found
            let (read, diagnostics) = Scenario.read(document, file: file.path)
            try stopOnErrors(diagnostics)
            scenario = read
        }

        let modelFile = request.model?.path ?? builtInModelName
        let overrides = scenario?.thresholdOverrides.map { ($0.path, $0.value.foundation) } ?? []
        let (loaded, modelDiagnostics) = ScoringModel.read(request.model?.data ?? Data(ScoringModel.defaultModelJSON.utf8), file: modelFile,
                                                           thresholdOverrides: overrides, overridesFile: request.scenario?.path ?? "")
        try stopOnErrors(modelDiagnostics)
        guard let loaded else { throw RunFailure(diagnostics: [Diagnostic(.error, file: modelFile, path: "", "the model is invalid")]) }
        if request.model == nil { defaults.append(("model", .string("ilead-default (built in)"))) }
        defaults += loaded.defaults
        let model = loaded.model

        let asOfDate: String
        if let date = request.asOfDate ?? scenario?.asOfDate {
            guard IsoDate.isValid(date) else {
                throw RunFailure(diagnostics: [Diagnostic(.error, path: "asOfDate", "expected a date YYYY-MM-DD, got \"\(date)\"")])
            }
            asOfDate = date
        } else {
            asOfDate = IsoDate.today()
            defaults.append(("asOfDate", .string(asOfDate)))
        }

        var watch: TechnologyWatch?
        if let file = request.watch {
            let (read, diagnostics) = TechnologyWatch.read(file.data, file: file.path)
            try stopOnErrors(diagnostics)
            watch = read
        }
        var needs: NeedsFile?
        if let file = request.needs {
            let (read, diagnostics) = NeedsFile.read(file.data, file: file.path)
            try stopOnErrors(diagnostics)
            needs = read
        }
        let parsed = ParsedWorkshops(request.workshops)
        var run = try PriorityRun.execute(parsed: parsed, model: model, scenario: scenario,
                                          scenarioFile: request.scenario?.path ?? "", asOfDate: asOfDate, watch: watch)
        run.needsFile = needs
        if watch != nil, request.routesBeforeWatch {
            // What the catalogue changed: the same run on the workshops' own values.
            let own = try PriorityRun.execute(parsed: parsed, model: model, scenario: scenario,
                                              scenarioFile: request.scenario?.path ?? "", asOfDate: asOfDate)
            run.routesBeforeWatch = Dictionary(uniqueKeysWithValues: own.results.map { ($0.gapRef, $0.procurement.decision.route) })
        }
        let lists: [RankingList]
        do throws(MCDAError) { lists = try run.lists() } catch { throw RunFailure(diagnostics: [], ranking: error) }
        guard !lists.isEmpty else {
            throw RunFailure(diagnostics: [Diagnostic(.error, file: request.scenario?.path ?? "", path: "scope", "no gap is in the scope of the scenario")])
        }

        let output = scenario?.output ?? Scenario.Output()
        defaults += Scenario.Output.defaults.filter { !output.given.contains(String($0.path.dropFirst("output.".count))) }
        var inputs = request.workshops.map { (path: $0.path, sha256: sha256($0.data)) }
        if let file = request.model { inputs.append((file.path, sha256(file.data))) }
        if let file = request.scenario { inputs.append((file.path, sha256(file.data))) }
        if let file = request.watch { inputs.append((file.path, sha256(file.data))) }
        if let file = request.needs { inputs.append((file.path, sha256(file.data))) }
        let seed = request.seed ?? model.sensitivity.seed
        var manifest = RunManifest(generatedAt: request.generatedAt ?? timestamp(), modelId: model.id, modelVersion: model.version,
                                   scenarioId: scenario?.id, seed: seed, asOfDate: asOfDate, defaults: defaults, inputs: inputs)
        manifest.catalogueValues = run.watchChanges
        let settings = Settings(asOfDate: asOfDate, seed: seed, runs: request.runs ?? model.sensitivity.runs,
                                monteCarlo: request.uncertainty && output.includeMonteCarlo,
                                threads: request.threads ?? ProcessInfo.processInfo.activeProcessorCount,
                                topK: model.sensitivity.topK, output: output)
        if let file = request.scenario, let count = ranges?.ranges.count, count > 0 {
            notes.append("\(file.path): the ranked lists take each of its \(count) range(s) at the most likely value (or midpoint); "
                         + (settings.monteCarlo ? "the Monte Carlo draws them in every run" : "'ilead scenario sample' draws them"))
        }
        return PreparedRun(request: request, parsed: parsed, model: model, scenario: scenario, ranges: ranges, run: run, lists: lists,
                           manifest: manifest, settings: settings, notes: notes, watch: watch)
    }

    /// The Monte Carlo of how-the-engine-decides.md §8 (when `settings.monteCarlo`; the scenario's ranges are drawn
    /// in every run) and the one-at-a-time weight changes of the model's `sensitivity.oatDelta` (on the
    /// deterministic plan).
    /// - Parameter progress: called with (runs done, runs) as blocks of runs finish, from any worker.
    /// - Throws: `RunFailure` when values drawn from the scenario's ranges make it invalid.
    public func robustness(progress: (@Sendable (Int, Int) -> Void)? = nil) throws(RunFailure) -> Robustness {
        let engine = monteCarlo()
        let uncertainty = settings.monteCarlo
            ? try engine.run(.init(runs: settings.runs, seed: settings.seed, threads: settings.threads, topK: settings.topK, progress: progress))
            : nil
        return Robustness(uncertainty: uncertainty, weightChanges: engine.oneAtATime(delta: model.sensitivity.oatDelta))
    }

    private static func stopOnErrors(_ diagnostics: [Diagnostic]) throws(RunFailure) {
        let errors = diagnostics.filter { $0.level == .error }
        if !errors.isEmpty { throw RunFailure(diagnostics: errors) }
    }

    /// Lower-case hex SHA-256 of a file's bytes, for the manifest's `inputs`.
    static func sha256(_ data: Data) -> String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }

    /// Now, RFC 3339 in UTC.
    static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}
