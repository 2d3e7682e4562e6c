import ArgumentParser
import Foundation
import PriorityEngine
import Reports

/// `ilead scenario compare|distance`: the procurement adviser's what-ifs (DOMAIN.md §8.4, §6.2–§6.5).
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Compare scenarios against a base, or show how far each gap is from another procurement route.",
        subcommands: [Compare.self, Distance.self]
    )

    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the same workshops under a base and several scenarios and explain every change.",
            discussion: """
                Arguments are scenario files (kind: scenario) and workshop files or folders, in any order. The base \
                is a model file or a scenario file (default: the built-in model, no scenario). Per gap: rank, band \
                and route under each, and why they changed (the rule that fired instead, the routing inputs that \
                moved, the components whose contribution to P moved the rank). Writes comparison.json, .csv and \
                .md to --out.

                Example:
                  ilead scenario compare datasets/ilead-synthetic/scenarios/SCN-01.json datasets/ilead-synthetic/workshops
                """
        )

        @Option(help: "Base: a model file or a scenario file (default: the built-in model).")
        var base: String?

        @Argument(help: "Scenario files, then workshop files or folders.")
        var inputs: [String]

        @Option(name: .customLong("as-of"), help: "Legal evaluation date YYYY-MM-DD for every variant (default: each scenario's asOfDate, else today).")
        var asOf: String?

        @Option(help: "Top k for the enter/leave counts (default: the model's sensitivity.topK).")
        var top: Int?

        @Option(help: "Output folder.")
        var out = "out/comparison"

        func run() throws {
            let scenarios = inputs.filter { LoadedRun.kind(of: $0) == "scenario" }
            let workshops = inputs.filter { LoadedRun.kind(of: $0) != "scenario" }
            guard !scenarios.isEmpty else { throw CLIError.usage("give at least one scenario file (kind: scenario) to compare") }
            guard !workshops.isEmpty else { throw CLIError.usage("give workshop files or folders") }
            var baseModel: String?, baseScenario: String?
            if let base {
                switch LoadedRun.kind(of: base) {
                case "model": baseModel = base
                case "scenario": baseScenario = base
                case nil: throw CLIError.missingInput(path: base)
                case let other?: throw CLIError.usage("--base: \(base) is a '\(other)' document; expected a model or a scenario")
                }
            }
            let baseRun = try LoadedRun.load(paths: workshops, model: baseModel, scenario: baseScenario, asOf: asOf)
            let variants = try scenarios.map { path in
                let loaded = try LoadedRun.load(paths: workshops, model: baseModel, scenario: path, asOf: asOf)
                let thresholds = loaded.scenario?.thresholdOverrides.map { "\($0.path) = \($0.value)" } ?? []
                return ScenarioComparison.Variant(name: loaded.scenario?.id ?? path, list: loaded.panEuropean, thresholdChanges: thresholds)
            }
            let k = top ?? baseRun.model.sensitivity.topK
            let comparison = ScenarioComparison(base: .init(name: baseRun.scenario?.id ?? "base", list: baseRun.panEuropean), scenarios: variants, topK: k)
            try OutputFolder.write([("comparison.json", AdviceViews.json(comparison).serialized() + "\n"),
                                    ("comparison.csv", AdviceViews.csv(comparison)),
                                    ("comparison.md", AdviceViews.markdown(comparison))], to: out)
            for s in comparison.summaries {
                print("\(s.scenario): \(s.routeChanges) route change(s) (PCP→PPI \(s.pcpToPpi), PPI→PCP \(s.ppiToPcp), BLOCKED \(s.becameBlocked)); "
                      + "\(s.enteredTopK) enter / \(s.leftTopK) leave the top \(k); \(s.rankChanges) rank change(s)")
            }
            for row in comparison.rows where row.why.contains(where: { $0.contains { $0.hasPrefix("route ") } }) {
                for (name, why) in zip(comparison.variants.dropFirst(), row.why) where why.contains(where: { $0.hasPrefix("route ") }) {
                    print("  \(row.gapRef) under \(name): " + why.filter { !$0.hasPrefix("rank ") }.joined(separator: "; "))
                }
            }
            print("Wrote comparison.json, comparison.csv and comparison.md to \(out)/")
        }
    }

    struct Distance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "For each gap, the smallest change of each routing input that gives another route.",
            discussion: """
                Everything else held, each input of DOMAIN.md §6.2 (best TRL, suppliers, coverage, committed \
                procurers, need clarity, deployment intent, horizon, expected scale) is moved up and down until the \
                rules R00–R09 give another route; also the suitability margin of §6.5. Writes route-distance.json, \
                .csv and .md to --out.

                Example:
                  ilead scenario distance datasets/ilead-synthetic/workshops --gap WS-2019-CYB/G03
                """
        )

        @Argument(help: "Workshop files or folders.")
        var paths: [String]

        @Option(help: "Model file (default: the built-in model).")
        var model: String?

        @Option(help: "Scenario file applied first.")
        var scenario: String?

        @Option(name: .customLong("as-of"), help: "Legal evaluation date YYYY-MM-DD.")
        var asOf: String?

        @Option(help: "Only these gaps (global refs, comma-separated).")
        var gap: String?

        @Option(help: "Output folder.")
        var out = "out/route-distance"

        func run() throws {
            let loaded = try LoadedRun.load(paths: paths, model: model, scenario: scenario, asOf: asOf)
            var entries = loaded.panEuropean.entries
            if let gap {
                let wanted = Set(gap.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
                let known = Set(entries.map(\.result.gapRef))
                if let unknown = wanted.subtracting(known).sorted().first { throw CLIError.usage("--gap: '\(unknown)' is not a gap of the run") }
                entries = entries.filter { wanted.contains($0.result.gapRef) }
            }
            let distances = entries.map { RouteDistance($0.result, rules: loaded.model.procurementRules) }
            let titles = Dictionary(uniqueKeysWithValues: entries.map { ($0.result.gapRef, $0.result.title) })
            try OutputFolder.write([("route-distance.json", AdviceViews.json(distances).serialized() + "\n"),
                                    ("route-distance.csv", AdviceViews.csv(distances)),
                                    ("route-distance.md", AdviceViews.markdown(distances, titles: titles))], to: out)
            for d in distances.prefix(gap == nil ? 10 : distances.count) { print("\(d.gapRef) \(d.summary)") }
            if gap == nil && distances.count > 10 { print("… \(distances.count - 10) more in \(out)/route-distance.md") }
            print("Wrote route-distance.json, route-distance.csv and route-distance.md to \(out)/")
        }
    }
}
