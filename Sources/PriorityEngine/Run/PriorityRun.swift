import Foundation
import MCDA
import JSONFormat

/// Errors that stop a run: every error of every file (file-formats.md).
public struct RunFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    /// The error of ranking the lists (a root aggregation method that cannot rank them), when that stopped the run.
    public var ranking: MCDAError?

    public init(diagnostics: [Diagnostic], ranking: MCDAError? = nil) {
        self.diagnostics = diagnostics
        self.ranking = ranking
    }
}

/// A scored batch of workshops (docs/how-the-engine-decides.md): every gap in scope evaluated, not yet ranked.
public struct PriorityRun: Sendable {
    public var model: ScoringModel
    public var scenario: Scenario?
    public var asOfDate: String
    public var workshops: [Workshop]
    /// Final weights per workshop id.
    public var weights: [String: WorkshopWeights]
    /// The gaps in scope, in workshop and gap order.
    public var results: [GapResult]
    /// Warnings of files and engine, sorted by code, ref, message.
    public var warnings: [Diagnostic]
    /// Info messages (stderr only).
    public var infos: [Diagnostic]
    /// What the technology-watch catalogue changed in the workshops' solutions (empty without `--watch`).
    public var watchChanges: [WatchChange] = []
    /// With a catalogue: each gap's route on the workshop's own values (the same run without the catalogue), by gapRef.
    public var routesBeforeWatch: [String: ProcurementRoute] = [:]
    /// Needs grouped by hand (`--needs`), merged in the pan-European list with those the rules find.
    public var needsFile: NeedsFile?

    /// Reads, merges and scores a batch.
    ///
    /// - Parameters:
    ///   - sources: the workshop files.
    ///   - model: the model, already read with the scenario's threshold overrides.
    ///   - scenario: applied before scoring: assumptions, buyers group, excluded solutions, weight overrides, scope.
    ///   - scenarioFile: the scenario's path, for messages.
    ///   - asOfDate: the legal evaluation date.
    /// - Throws: `RunFailure` with every error of every file.
    public static func execute(sources: [WorkshopSource], model: ScoringModel, scenario: Scenario? = nil,
                               scenarioFile: String = "", asOfDate: String) throws(RunFailure) -> PriorityRun {
        try execute(parsed: ParsedWorkshops(sources), model: model, scenario: scenario, scenarioFile: scenarioFile, asOfDate: asOfDate)
    }

    /// The same on files parsed once (`ScenarioSampling` runs the same files many times).
    /// - Parameters:
    ///   - decoded: workshops, by id, already decoded from trees that the scenario does not change; they are
    ///     taken as they are.
    ///   - knownWeights: final weights by workshop id, derived before under this model and scenario, taken as they
    ///     are (a scenario's assumptions patch gaps and solutions, never what the weights come from).
    ///   - unchangedGaps: per workshop that is read again, its gaps, by id, that the scenario does not change,
    ///     read before under this model; taken as they are.
    ///   - scopeOnly: score only the gaps in the scenario's scope (the others are not reported anyway; their
    ///     warnings are then not collected).
    ///   - watch: the technology-watch catalogue the solutions are brought up to date with, after the scenario's
    ///     assumptions (`TechnologyWatch.update`).
    ///   - watchDate: the date the catalogue is taken at, when not `asOfDate` (the watch report evaluates a
    ///     workshop's values of then at today's legal date).
    static func execute(parsed: ParsedWorkshops, model: ScoringModel, scenario: Scenario?, scenarioFile: String, asOfDate: String,
                        decoded: [String: Workshop] = [:], knownWeights: [String: WorkshopWeights] = [:],
                        unchangedGaps: [String: [String: Workshop.CapabilityGap]] = [:],
                        scopeOnly: Bool = false, watch: TechnologyWatch? = nil, watchDate: String? = nil) throws(RunFailure) -> PriorityRun {
        var diagnostics = parsed.diagnostics
        var trees = parsed.trees
        let fileOf = parsed.fileOf, order = parsed.order
        var origins = AssumptionOrigins()
        if let scenario {
            let infos = trees.mapValues { $0["workshop"] as? [String: Any] }
            diagnostics += scenario.applyAssumptions(to: &trees, file: scenarioFile, origins: &origins, inScope: { ref in
                let wid = String(ref.split(separator: "/")[0])
                let info = infos[wid] ?? nil
                return scenario.scope.contains(workshopId: wid, group: (info?["practitionerGroup"] as? String).flatMap(PractitionerGroup.init(rawValue:)),
                                               year: JSONNumber.value(info?["year"]).flatMap { Int(exactly: $0) }, gapRef: ref)
            })
        }
        var workshops: [Workshop] = []
        for id in order {
            if let w = decoded[id] { workshops.append(w); continue }
            let (w, d) = Workshop.read(json: trees[id]!, file: fileOf[id]!, minRaters: model.ratingAggregation.minRaters,
                                         inexactIntegers: parsed.inexactIntegers[id] ?? [], reusing: unchangedGaps[id] ?? [:])
            diagnostics += d.map { origins.attribute($0, workshop: id, scenarioFile: scenarioFile) }
            if let w {
                diagnostics += w.checkComparisons(against: model, file: fileOf[id]!)
                workshops.append(w)
            }
        }
        if let scenario {
            let known = Set(workshops.flatMap { w in w.candidateSolutions.map { "\(w.workshop.id)/\($0.id)" } })
            for (k, ref) in scenario.excludeSolutions.enumerated() where !known.contains(ref) && !diagnostics.contains(where: { $0.level == .error }) {
                diagnostics.append(Diagnostic(.error, file: scenarioFile, path: "excludeSolutions[\(k)]", "'\(ref)' names no loaded solution"))
            }
        }
        var watchChanges: [WatchChange] = []
        if let watch {
            (workshops, watchChanges) = watch.update(workshops, asOf: watchDate ?? asOfDate)
            diagnostics += watch.unresolvedCatalogIds(in: workshops).map { u in
                Diagnostic(.warning, file: fileOf[u.workshopId] ?? "", path: "candidateSolutions[\(u.solutionIndex)].catalogId",
                           code: "CATALOG_ID_UNRESOLVED", ref: "\(u.workshopId)/\(u.solutionId)",
                           "solution '\(u.workshopId)/\(u.solutionId)' names catalogue item '\(u.catalogId)', which the technology watch does not hold; its own values are kept")
            }
        }
        diagnostics += RecurringNeeds.followUpWarnings(workshops, fileOf: fileOf)
        var weights: [String: WorkshopWeights] = [:]
        for w in workshops {
            if let known = knownWeights[w.workshop.id] {
                weights[w.workshop.id] = known
                continue
            }
            var (ww, d) = WorkshopWeights.derive(for: w, model: model, file: fileOf[w.workshop.id]!)
            diagnostics += d
            if let scenario { diagnostics += scenario.applyWeightOverrides(to: &ww, file: scenarioFile) }
            weights[w.workshop.id] = ww
        }
        let errors = diagnostics.filter { $0.level == .error }
        if !errors.isEmpty { throw RunFailure(diagnostics: errors) }

        let context = ScoringContext(model: model, asOfDate: asOfDate, excludeSolutions: Set(scenario?.excludeSolutions ?? []), workshops: workshops)
        var results: [GapResult] = []
        for w in workshops {
            let evaluator = GapEvaluator(context: context, workshop: w, weights: weights[w.workshop.id]!)
            for gap in w.capabilityGaps {
                if scopeOnly, let scope = scenario?.scope,
                   !scope.contains(workshopId: w.workshop.id, group: w.workshop.practitionerGroup, year: w.workshop.year,
                                   gapRef: "\(w.workshop.id)/\(gap.id)") { continue }
                let (result, warnings) = evaluator.evaluate(gap)
                diagnostics += warnings
                if scenario?.scope.contains(result) ?? true { results.append(result) }
            }
        }
        let warnings = diagnostics.filter { $0.level == .warning && $0.code != "UNKNOWN_KEY" }
            .sorted { ($0.code ?? "", $0.ref ?? "", $0.message) < ($1.code ?? "", $1.ref ?? "", $1.message) }
        return PriorityRun(model: model, scenario: scenario, asOfDate: asOfDate, workshops: workshops, weights: weights,
                           results: results, warnings: warnings,
                           infos: diagnostics.filter { $0.level == .info || $0.code == "UNKNOWN_KEY" }, watchChanges: watchChanges)
    }
}

/// Workshop files parsed to JSON trees, by workshop id in input order, with the errors of parsing (a file that is
/// not JSON, not an object, or repeats a workshop id): the first stage of `PriorityRun.execute`.
public struct ParsedWorkshops: @unchecked Sendable {
    var trees: [String: [String: Any]] = [:]
    var fileOf: [String: String] = [:]
    var order: [String] = []
    var diagnostics: [Diagnostic] = []
    /// Per workshop id, the JSON paths of non-whole literals that round to whole doubles (`StrictJSON`).
    var inexactIntegers: [String: Set<String>] = [:]
    /// The checks across files (a workshop id read from two files), which `ilead validate` reports too.
    public private(set) var crossFileDiagnostics: [Diagnostic] = []

    /// The check across files: a workshop id read from two files is an error on the second (docs/file-formats.md).
    public static func duplicateIds(_ files: [(id: String, file: String)]) -> [Diagnostic] {
        var first: [String: String] = [:], out: [Diagnostic] = []
        for (id, file) in files {
            if let other = first[id] { out.append(Diagnostic(.error, file: file, path: "workshop.id", "workshop '\(id)' is also read from \(other)")) }
            else { first[id] = file }
        }
        return out
    }

    public init(_ sources: [WorkshopSource]) {
        for source in sources {
            guard let root = JSONReader.parse(source.data, file: source.path, compacting: Workshop.compactedArrays) else { continue }
            guard root.node != nil else { diagnostics += root.sink.diagnostics; continue }
            guard let tree = root.object else {
                diagnostics.append(Diagnostic(.error, file: source.path, path: "", "expected a workshop object, got \(JSONReader.describe(root.node))"))
                continue
            }
            let id = (tree["workshop"] as? [String: Any])?["id"] as? String ?? source.path
            if fileOf[id] != nil {
                let d = Self.duplicateIds(order.map { ($0, fileOf[$0]!) } + [(id, source.path)])
                diagnostics += d
                crossFileDiagnostics += d
                continue
            }
            inexactIntegers[id] = root.sink.inexactIntegers
            fileOf[id] = source.path
            trees[id] = tree
            order.append(id)
        }
    }
}
