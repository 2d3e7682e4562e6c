import ArgumentParser
import Crypto
import Foundation
import MCDA
import PriorityEngine
import Reports

/// `ilead run PATH... [--model FILE] [--scenario FILE] [--out DIR] [--seed N]`: the batch runner of docs/how-the-engine-decides.md.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the capability gaps of workshop files and choose their procurement routes.",
        discussion: """
            Reads workshop files (or folders of them), applies an optional scenario, scores every gap with the \
            model (gap severity, technology opportunity, standardisation potential, procurement actionability) \
            and writes ranked lists per workshop, per practitioner group, per year and one pan-European list, \
            each as JSON (docs/file-formats.md, with the run manifest), CSV and Markdown, plus report.html. \
            Any error in any file stops the run before anything is written (exit 65).

            Examples:
              ilead run datasets/ilead-synthetic/workshops
              ilead run datasets/examples/WS-2019-CYB.json --as-of 2025-06-01 --out out/example
              ilead run datasets/ilead-synthetic/workshops --scenario datasets/ilead-synthetic/scenarios/SCN-01-joint-buyers-ai-triage.json
            """
    )

    @Argument(help: "Workshop files, or folders whose *.json files are workshops.")
    var paths: [String]

    @Option(help: "Model file (kind: model). Default: the built-in models/ilead-default.json.")
    var model: String?

    @Option(help: "Scenario file (kind: scenario), applied before scoring.")
    var scenario: String?

    @Option(help: "Output folder (created if missing).")
    var out = "out"

    @Option(help: "Random seed recorded in the manifest (default: the model's sensitivity.seed).")
    var seed: UInt64?

    @Option(name: .customLong("as-of"), help: "Legal evaluation date YYYY-MM-DD (default: the scenario's asOfDate, else today, UTC).")
    var asOf: String?

    @Option(help: "Rows of the pan-European list shown in the terminal.")
    var top = 10

    @Option(help: "Monte-Carlo runs for the uncertainty block (default: the model's sensitivity.runs).")
    var runs: Int?

    @Flag(help: "Skip the Monte-Carlo uncertainty block (also skipped when the scenario sets output.includeMonteCarlo false).")
    var noUncertainty = false

    @Option(help: "Worker threads (default: all cores; results do not depend on it).")
    var threads: Int?

    func run() throws {
        if let runs, runs < 1 { throw CLIError.usage("--runs: must be at least 1") }
        if let threads, threads < 1 { throw CLIError.usage("--threads: must be at least 1") }
        let sources = try WorkshopFiles.sources(paths)
        var defaults: [(path: String, value: PlainValue)] = []

        var scenarioValue: Scenario?
        var scenarioData: Data?
        if let scenario {
            let data = try Files.read(scenario)
            let (s, diagnostics) = Scenario.read(try LoadedRun.scenarioDocument(scenario), file: scenario)
            try report(diagnostics)
            scenarioValue = s
            scenarioData = data
        }
        let overrides = scenarioValue?.thresholdOverrides.map { ($0.path, $0.value.foundation) } ?? []
        let modelData = try model.map { try Files.read($0) } ?? Data(ScoringModel.defaultModelJSON.utf8)
        if model == nil { defaults.append(("model", .string("ilead-default (built in)"))) }
        let (loaded, modelDiagnostics) = ScoringModel.read(modelData, file: model ?? "<built-in ilead-default>",
                                                           thresholdOverrides: overrides, overridesFile: scenario ?? "")
        try report(modelDiagnostics)
        guard let loaded else { throw CLIError.invalidFiles("the model is invalid") }
        defaults += loaded.defaults

        let asOfDate: String
        if let asOf {
            guard IsoDate.isValid(asOf) else { throw CLIError.usage("--as-of: expected a date YYYY-MM-DD, got \"\(asOf)\"") }
            asOfDate = asOf
        } else if let date = scenarioValue?.asOfDate {
            asOfDate = date
        } else {
            asOfDate = IsoDate.today()
            defaults.append(("asOfDate", .string(asOfDate)))
        }
        let runSeed = seed ?? loaded.model.sensitivity.seed

        let run: PriorityRun
        ProgressLine.phase("reading and scoring \(sources.count) workshop file\(sources.count == 1 ? "" : "s")")
        defer { ProgressLine.finish() }
        do {
            run = try PriorityRun.execute(sources: sources, model: loaded.model, scenario: scenarioValue,
                                          scenarioFile: scenario ?? "", asOfDate: asOfDate)
        } catch {
            ProgressLine.finish()
            try report(error.diagnostics)
            throw CLIError.invalidFiles("the run stopped")
        }
        let lists = try attributing(to: paths.joined(separator: " ")) { () throws(MCDAError) in try run.lists() }
        guard !lists.isEmpty else { throw CLIError.invalidFiles("no gap is in the scope of the scenario \(scenario ?? "")") }

        defaults += Self.outputDefaults(scenarioData)
        var inputs = sources.map { ($0.path, Self.sha256($0.data)) }
        if let model { inputs.append((model, Self.sha256(modelData))) }
        if let scenario, let scenarioData { inputs.append((scenario, Self.sha256(scenarioData))) }
        let manifest = RunManifest(generatedAt: Self.timestamp(), modelId: loaded.model.id, modelVersion: loaded.model.version,
                                   scenarioId: scenarioValue?.id, seed: runSeed, asOfDate: asOfDate, defaults: defaults,
                                   inputs: inputs.map { (path: $0.0, sha256: $0.1) })
        let output = scenarioValue?.output ?? Scenario.Output()
        let monteCarloRequested = !noUncertainty && Self.monteCarloRequested(scenarioData)
        let runCount = runs ?? loaded.model.sensitivity.runs
        var uncertainty: [[String: GapUncertainty]]?
        let engine = MonteCarlo(run: run, lists: lists)
        if monteCarloRequested {
            uncertainty = engine.run(.init(runs: runCount, seed: runSeed, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount,
                                           topK: loaded.model.sensitivity.topK,
                                           progress: ProgressLine.reporter(label: "Monte Carlo, \(runCount) runs:")))
            ProgressLine.finish()
        }
        ProgressLine.phase("writing \(lists.count * 3 + 1) files")
        let oat = engine.oneAtATime(delta: loaded.model.sensitivity.oatDelta)
        var documents: [(String, String)] = []
        for (l, list) in lists.enumerated() {
            let u = uncertainty?[l]
            documents.append(("\(list.fileStem).ranking.json",
                              RankingDocument.json(list, run: run, manifest: manifest, includeRuleTrace: output.includeRuleTrace,
                                                   uncertainty: u, sensitivity: (oat, l)).serialized() + "\n"))
            documents.append(("\(list.fileStem).ranking.csv", RankingViews.csv(list, groupBy: output.groupBy, uncertainty: u)))
            documents.append(("\(list.fileStem).ranking.md",
                              RankingViews.markdown(list, run: run, manifest: manifest, topK: output.topK, groupBy: output.groupBy,
                                                    uncertainty: u, runs: runCount)))
        }
        let panEuropean = lists.last!
        documents.append(("report.html", HTMLReport.render(.init(lists: lists, run: run, manifest: manifest, overviewRows: output.topK,
                                                                 uncertainty: uncertainty, uncertaintyTopK: loaded.model.sensitivity.topK,
                                                                 weightChanges: oat))))
        ProgressLine.finish()
        try OutputFolder.write(documents, to: out)

        let warnings = run.warnings
        if !warnings.isEmpty {
            let counts = Dictionary(grouping: warnings, by: { $0.code ?? "" }).map { "\($0.key) \($0.value.count)" }.sorted()
            FileHandle.standardError.write(Data("\(warnings.count) warning(s): \(counts.joined(separator: ", ")) (listed in the JSON and Markdown)\n".utf8))
        }
        if !run.infos.isEmpty {
            FileHandle.standardError.write(Data("\(run.infos.count) info message(s); 'ilead validate' lists them\n".utf8))
        }
        print("\(panEuropean.title): \(panEuropean.entries.count) gaps from \(run.workshops.count) workshop(s); model \(loaded.model.id), as of \(asOfDate)\n")
        print(RankingViews.terminalSummary(panEuropean, top: top, uncertainty: uncertainty?.last, topK: loaded.model.sensitivity.topK), terminator: "")
        if uncertainty != nil {
            print("\nP(top \(loaded.model.sensitivity.topK)) and route shares from \(runCount) Monte-Carlo runs (seed \(runSeed)); --no-uncertainty skips them")
        }
        print("\nWrote \(documents.count) files to \(out)/ (pan-european.ranking.md explains every rank; report.html for a browser)")
    }

    /// Prints every error to stderr and fails when there is one.
    private func report(_ diagnostics: [Diagnostic]) throws { try LoadedRun.report(diagnostics) }

    /// Monte Carlo is on unless the scenario's `output.includeMonteCarlo` is explicitly false [decision: the
    /// uncertainty block is on by default, so file-formats.md "Scenario"'s absent key means true here].
    static func monteCarloRequested(_ scenario: Data?) -> Bool {
        let output = scenario.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }?["output"] as? [String: Any]
        return (output?["includeMonteCarlo"] as? Bool) ?? true
    }

    /// The view settings of file-formats.md "Scenario" `output` that the scenario (or its absence) left to their defaults.
    static func outputDefaults(_ scenario: Data?) -> [(path: String, value: PlainValue)] {
        let given = scenario.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }?["output"] as? [String: Any] ?? [:]
        let all: [(String, PlainValue)] = [("output.topK", .null), ("output.includeRuleTrace", .bool(true)),
                                           ("output.includeMonteCarlo", .bool(true)), ("output.groupBy", .string("none"))]
        return all.filter { given[String($0.0.dropFirst("output.".count))] == nil }.map { (path: $0.0, value: $0.1) }
    }

    static func sha256(_ data: Data) -> String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }

    static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}
