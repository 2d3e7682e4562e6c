import ArgumentParser
import Foundation
import PriorityEngine
import Reports

/// `ilead watch CATALOGUE PATH... [--since DATE]`: what changed since the workshops, by the technology watch.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Report what the technology watch changed since the workshops: routes then and now, and why.",
        discussion: """
            Reads a technology-watch catalogue (kind: technologyWatch) and workshop files. Each gap is evaluated \
            as of its workshop's date (or --since when later) with the catalogue's assessments up to then, and as \
            of --as-of (default today) with every assessment up to it. The report lists the routes that moved, \
            with the assessments or the AI Act date that moved them, the gaps that became procurable, gaps \
            without a solution that catalogue items sharing their tags may answer, and each linked item's TRL \
            over time. Writes watch.json (complete), watch.csv, watch.md and watch.html to --out.

            Examples:
              ilead watch datasets/ilead-synthetic/technology-watch.json datasets/ilead-synthetic/workshops --as-of 2023-06-30
              ilead watch datasets/ilead-synthetic/technology-watch.json datasets/ilead-synthetic/workshops --since 2021-01-01 --as-of 2023-06-30 --out out/watch-since-2021
            """
    )

    @Argument(help: "The technology-watch catalogue (kind: technologyWatch).")
    var catalogue: String

    @Argument(help: "Workshop files, or folders whose *.json files are workshops.")
    var paths: [String]

    @Option(help: "Compare with this date YYYY-MM-DD instead of each workshop's own, when it is later.")
    var since: String?

    @Option(name: .customLong("as-of"), help: "The date of 'now', YYYY-MM-DD (default: today, UTC).")
    var asOf: String?

    @Option(help: "Model file (kind: model). Default: the built-in models/ilead-default.json.")
    var model: String?

    @Option(help: "Output folder (created if missing).")
    var out = "out/watch"

    func run() throws {
        try OptionValues.checkDate(asOf, option: "--as-of")
        try OptionValues.checkDate(since, option: "--since")
        let request = RunRequest(workshops: try WorkshopFiles.sources(paths), model: try model.map(Files.input), asOfDate: asOf,
                                 uncertainty: false, watch: try Files.input(catalogue))
        let report: WatchReport
        do throws(RunFailure) { report = try WatchReport.build(request, since: since) } catch { try EngineCall.fail(error, paths: paths) }
        try OutputFolder.write([("watch.json", report.json.serialized() + "\n"), ("watch.csv", report.csv),
                                ("watch.md", report.markdown), ("watch.html", report.html)], to: out)
        print(report.terminal, terminator: "")
        print("\nWrote 4 files to \(out)/ (watch.md and watch.html explain every change; watch.json is complete)")
    }
}
