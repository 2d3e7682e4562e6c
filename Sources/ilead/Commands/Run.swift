import ArgumentParser
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
              ilead run datasets/ilead-synthetic/workshops --watch datasets/ilead-synthetic/technology-watch.json --as-of 2023-06-30 --out out/watch
            """
    )

    @Argument(help: "Workshop files, or folders whose *.json files are workshops.")
    var paths: [String]

    @Option(help: "Model file (kind: model). Default: the built-in models/ilead-default.json.")
    var model: String?

    @Option(help: "Scenario file (kind: scenario), applied before scoring.")
    var scenario: String?

    @Option(help: "Technology-watch catalogue (kind: technologyWatch): solutions with a catalogId take its newest assessment dated on or before the as-of date.")
    var watch: String?

    @Option(help: "Needs file (kind: recurringNeeds): gaps grouped by hand as one need each in the pan-European list.")
    var needs: String?

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
        try OptionValues.checkDate(asOf, option: "--as-of")
        var request = RunRequest(workshops: try WorkshopFiles.sources(paths), model: try model.map(Files.input),
                                 scenario: try scenario.map(Files.input), asOfDate: asOf, seed: seed, runs: runs,
                                 uncertainty: !noUncertainty, threads: threads, watch: try watch.map(Files.input))
        request.needs = try needs.map(Files.input)
        ProgressLine.phase("reading and scoring \(request.workshops.count) workshop file\(request.workshops.count == 1 ? "" : "s")")
        defer { ProgressLine.finish() }
        let prepared = try EngineCall.prepare(request, paths: paths)
        let settings = prepared.settings
        let robustness: PreparedRun.Robustness
        do {
            robustness = try prepared.robustness(progress: settings.monteCarlo ? ProgressLine.reporter(label: "Monte Carlo, \(settings.runs) runs:") : nil)
        } catch {
            try EngineCall.fail(error, paths: paths)
        }
        ProgressLine.finish()
        let (run, lists, manifest, output) = (prepared.run, prepared.lists, prepared.manifest, settings.output)
        ProgressLine.phase("writing \(lists.count * 3 + 1) files")
        var documents: [(String, String)] = []
        for (l, list) in lists.enumerated() {
            let u = robustness.uncertainty?[l]
            documents.append(("\(list.fileStem).ranking.json",
                              RankingDocument.json(list, run: run, manifest: manifest, includeRuleTrace: output.includeRuleTrace,
                                                   uncertainty: u, sensitivity: (robustness.weightChanges, l)).serialized() + "\n"))
            documents.append(("\(list.fileStem).ranking.csv", RankingViews.csv(list, groupBy: output.groupBy, uncertainty: u)))
            documents.append(("\(list.fileStem).ranking.md",
                              RankingViews.markdown(list, run: run, manifest: manifest, topK: output.topK, groupBy: output.groupBy,
                                                    uncertainty: u, runs: settings.runs)))
        }
        documents.append(("report.html", HTMLReport.render(.init(lists: lists, run: run, manifest: manifest, overviewRows: output.topK,
                                                                 uncertainty: robustness.uncertainty, uncertaintyTopK: settings.topK,
                                                                 weightChanges: robustness.weightChanges))))
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
        let panEuropean = prepared.panEuropean
        print("\(panEuropean.title): \(panEuropean.rowsInWords) from \(run.workshops.count) workshop(s); model \(prepared.model.id), as of \(settings.asOfDate)\n")
        print(RankingViews.terminalSummary(panEuropean, top: top, uncertainty: robustness.uncertainty?.last, topK: settings.topK), terminator: "")
        if !run.watchChanges.isEmpty {
            let effects = WatchEffect.effects(panEuropean.entries, run: run)
            let updated = run.watchChanges.filter { !$0.fields.isEmpty }.count
            print("\nTechnology watch: \(updated) solution\(updated == 1 ? "" : "s") took newer catalogue values; \(effects.filter(\.routeMoved).count) route\(effects.filter(\.routeMoved).count == 1 ? "" : "s") moved (pan-european.ranking.md says which and why)")
        }
        if robustness.uncertainty != nil {
            print("\nP(top \(settings.topK)) and route shares from \(settings.runs) Monte-Carlo runs (seed \(settings.seed)); --no-uncertainty skips them")
        }
        print("\nWrote \(documents.count) files to \(out)/ (pan-european.ranking.md explains every rank; report.html for a browser)")
    }
}
