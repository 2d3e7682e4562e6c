import ArgumentParser
import Foundation
import PriorityEngine
import Reports
import JSONFormat
import Advice

/// `ilead scenario compare|distance`: the procurement adviser's what-ifs (docs/file-formats.md "Scenario", how-the-engine-decides.md).
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Compare scenarios, show how far each gap is from another route, or sample a scenario's ranges.",
        subcommands: [Compare.self, Distance.self, Sample.self]
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
                  ilead scenario compare datasets/ilead-synthetic/scenarios/SCN-01-joint-buyers-ai-triage.json datasets/ilead-synthetic/workshops
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
            if let missing = inputs.first(where: { !FileManager.default.fileExists(atPath: $0) }) { throw CLIError.missingInput(path: missing) }
            let scenarios = inputs.filter { EngineCall.kind(of: $0) == "scenario" }
            let workshops = inputs.filter { EngineCall.kind(of: $0) != "scenario" }
            guard !scenarios.isEmpty else { throw CLIError.usage("give at least one scenario file (kind: scenario) to compare") }
            guard !workshops.isEmpty else { throw CLIError.usage("give workshop files or folders") }
            var baseModel: String?, baseScenario: String?
            if let base {
                switch EngineCall.kind(of: base) {
                case "model": baseModel = base
                case "scenario": baseScenario = base
                case nil: throw CLIError.missingInput(path: base)
                case let other?: throw CLIError.usage("--base: \(base) is a '\(other)' document; expected a model or a scenario")
                }
            }
            let baseRun = try EngineCall.prepare(paths: workshops, model: baseModel, scenario: baseScenario, asOf: asOf)
            let variants = try scenarios.map { path in
                let loaded = try EngineCall.prepare(paths: workshops, model: baseModel, scenario: path, asOf: asOf)
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
                Everything else held, each routing input (docs/how-the-engine-decides.md; best TRL, suppliers, coverage, committed \
                procurers, need clarity, deployment intent, horizon, expected scale) is moved up and down until the \
                rules R00–R09 give another route; also the suitability margin. Writes route-distance.json, \
                .csv and .md to --out.

                Example:
                  ilead scenario distance datasets/ilead-synthetic/workshops --gap WS-2019-CYB/G03
                """
        )

        @Argument(help: "Workshop files or folders.")
        var paths: [String]

        @OptionGroup var inputs: RunInputOptions

        @Option(help: "Only these gaps (global refs, comma-separated).")
        var gap: String?

        @Option(help: "Output folder.")
        var out = "out/route-distance"

        func run() throws {
            let loaded = try inputs.prepare(paths)
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
            for d in distances.prefix(gap == nil ? 10 : distances.count) {
                var head = "\(d.gapRef) \(titles[d.gapRef] ?? ""): \(d.route.rawValue) (\(d.ruleId))"
                if let m = d.margin {
                    head += ", suitability \(JSONValue.fixed6(m.chosen)) vs \(m.runnerUp.rawValue) \(JSONValue.fixed6(m.runnerUpValue))"
                }
                print(head)
                if d.changes.isEmpty { print("  no single change of a routing input moves it") }
                for c in d.changes.sorted(by: { $0.size < $1.size }) {
                    print("  \(c.input.rawValue) \(c.from) → \(c.to) gives \(c.route.rawValue)" + (c.reason.map { " (\($0.rawValue))" } ?? ""))
                }
            }
            if gap == nil && distances.count > 10 { print("… \(distances.count - 10) more in \(out)/route-distance.md") }
            print("Wrote route-distance.json, route-distance.csv and route-distance.md to \(out)/")
        }
    }

    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a scenario's ranges many times and report the share of samples per route for each gap.",
            discussion: """
                In the scenario, any number inside assumptions (and any thresholdOverrides value) may be a range: \
                {"range": {"min": 6, "mostLikely": 7, "max": 9}} (PERT-Beta; without mostLikely, uniform; whole \
                numbers when the bounds are whole). Each sample draws every range and scores the workshops under the \
                scenario with those values; the ratings, TRLs, costs and weights stay at their workshop values \
                unless --with-ratings draws them too (as the Monte Carlo of 'ilead run --scenario' does). Per gap: \
                route shares with their standard errors, median rank and P(rank ≤ k) in the scenario's list, next to \
                the deterministic run (ranges at their most likely value). Writes scenario-sample.json, .csv and .md.

                Example:
                  ilead scenario sample datasets/examples/SCN-ai-triage-ranges.json datasets/examples/WS-2019-CYB.json
                """
        )

        @Argument(help: "The scenario file, then workshop files or folders.")
        var inputs: [String]

        @Option(help: "Samples (each is a whole run of the workshops in scope).")
        var samples = 500

        @Flag(name: .customLong("with-ratings"), help: "Also draw the ratings, TRLs, costs and weights in every sample.")
        var withRatings = false

        @Option(help: "Random seed (default: the model's sensitivity.seed).")
        var seed: UInt64?

        @Option(help: "k of P(rank ≤ k) (default: the model's sensitivity.topK).")
        var top: Int?

        @Option(help: "Model file (default: the built-in model).")
        var model: String?

        @Option(name: .customLong("as-of"), help: "Legal evaluation date YYYY-MM-DD (default: the scenario's asOfDate, else today, UTC).")
        var asOf: String?

        @Option(help: "Worker threads (default: all cores; results do not depend on it).")
        var threads: Int?

        @Option(help: "Output folder.")
        var out = "out/scenario-sample"

        func run() throws {
            guard samples >= 1 else { throw CLIError.usage("--samples: must be at least 1") }
            if let threads, threads < 1 { throw CLIError.usage("--threads: must be at least 1") }
            if let missing = inputs.first(where: { !FileManager.default.fileExists(atPath: $0) }) { throw CLIError.missingInput(path: missing) }
            guard let scenarioPath = inputs.first, EngineCall.kind(of: scenarioPath) == "scenario" else {
                throw CLIError.usage("the first argument must be a scenario file (kind: scenario)")
            }
            let paths = Array(inputs.dropFirst())
            guard !paths.isEmpty else { throw CLIError.usage("give workshop files or folders after the scenario") }
            try OptionValues.checkDate(asOf, option: "--as-of")
            let request = RunRequest(workshops: try WorkshopFiles.sources(paths), model: try model.map(Files.input),
                                     scenario: try Files.input(scenarioPath), asOfDate: asOf, seed: seed, uncertainty: false, threads: threads)
            let prepared = try EngineCall.prepare(request, paths: paths, notes: false)
            guard let ranges = prepared.ranges else { throw CLIError.invalidFiles("\(scenarioPath): not a JSON object") }
            if ranges.ranges.isEmpty {
                FileHandle.standardError.write(Data("note: \(scenarioPath) gives no range; every sample is the same run\n".utf8))
            }
            let k = top ?? prepared.settings.topK
            let options = ScenarioSampling.Options(samples: samples, seed: prepared.settings.seed, topK: k, threads: prepared.settings.threads,
                                                   drawsInputs: withRatings)
            let progress = ProgressLine.reporter(label: "sampling \(samples) scenario draws")
            let shares: [ScenarioSampling.GapShares]
            do {
                shares = try ScenarioSampling.run(prepared, options: options, progress: progress)
            } catch {
                try EngineCall.fail(error, paths: paths)
            }
            ProgressLine.finish()
            try OutputFolder.write([("scenario-sample.json", AdviceViews.json(shares, ranges: ranges, options: options).serialized() + "\n"),
                                    ("scenario-sample.csv", AdviceViews.csv(shares)),
                                    ("scenario-sample.md", AdviceViews.markdown(shares, ranges: ranges, options: options))], to: out)
            print("\(ranges.ranges.count) range(s), \(samples) samples (seed \(options.seed)), \(shares.count) gaps in scope"
                  + (withRatings ? "; ratings, TRLs, costs and weights drawn too" : ""))
            for g in shares.prefix(15) {
                // Each uncertain share with its margin of two standard errors, in percentage points.
                let routes = g.routeShares.map { r in
                    "\(r.route.rawValue) \(Int((r.share * 100).rounded()))%" + (r.standardError > 0 ? " ±\(max(1, Int((200 * r.standardError).rounded())))" : "")
                }.joined(separator: ", ")
                print("  #\(g.typicalRank) \(g.gapRef) \(g.typicalRoute.rawValue): \(routes); P(top \(k)) \(Int((g.pTopK * 100).rounded()))%")
            }
            print("Wrote scenario-sample.json, scenario-sample.csv and scenario-sample.md to \(out)/")
        }
    }
}
