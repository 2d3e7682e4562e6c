import Foundation
import MCDA
import JSONFormat

/// A scenario's ranges in the Monte Carlo of a prepared run: the plan of each drawn combination of values is
/// compiled by the reading, merging and scoring of any run (`ScenarioVariants`).
extension PreparedRun {
    /// The Monte Carlo of this run: the deterministic plan, and the scenario's ranges drawn per run when it has any.
    public func monteCarlo() -> MonteCarlo {
        guard let ranges, !ranges.ranges.isEmpty, let scenarioFile = request.scenario?.path else {
            return MonteCarlo(run: run, lists: lists)
        }
        let parsed = self.parsed
        let modelData = request.model?.data ?? Data(ScoringModel.defaultModelJSON.utf8)
        let modelFile = request.model?.path ?? Self.builtInModelName
        let asOfDate = settings.asOfDate, watch = self.watch, needs = run.needsFile
        let decoded = Self.untouchedWorkshops(run, scenario: scenario, ranges: ranges)
        // Without a ranged threshold the model is this run's, and so are the weights of the untouched workshops.
        let sameModel = !ranges.ranges.contains { $0.path.hasPrefix("thresholdOverrides") }
        let model = sameModel ? self.model : nil
        let weights = sameModel ? run.weights : [:]
        let unchanged = sameModel ? Self.unchangedGaps(run, scenario: scenario, decoded: decoded) : [:]
        return MonteCarlo(run: run, lists: lists, ranges: ranges.ranges) { values throws(RunFailure) in
            let variant = try Self.resolvedRun(parsed: parsed, decoded: decoded, knownWeights: weights, unchangedGaps: unchanged,
                                               model: model, modelData: modelData,
                                               modelFile: modelFile, scenario: ranges.resolved(values), scenarioFile: scenarioFile,
                                               asOfDate: asOfDate, watch: watch, needs: needs)
            return MonteCarloPlan(run: variant.run, lists: variant.lists)
        }
    }

    /// The run of the scenario `data` (ranges already resolved) on workshops parsed once; `decoded` holds the
    /// workshops the scenario leaves unchanged, decoded once. When `model` (the model read with the scenario's
    /// threshold overrides, none of them ranged) is given, `knownWeights` (every workshop's final weights) and
    /// `unchangedGaps` are taken as they are. Only the gaps in scope are scored.
    static func resolvedRun(parsed: ParsedWorkshops, decoded: [String: Workshop] = [:], knownWeights: [String: WorkshopWeights] = [:],
                            unchangedGaps: [String: [String: Workshop.CapabilityGap]] = [:], model known: ScoringModel? = nil, modelData: Data, modelFile: String, scenario data: Data,
                            scenarioFile: String, asOfDate: String, watch: TechnologyWatch? = nil,
                            needs: NeedsFile? = nil) throws(RunFailure) -> (run: PriorityRun, lists: [RankingList]) {
        let (scenario, diagnostics) = Scenario.read(data, file: scenarioFile)
        guard let scenario, !diagnostics.contains(where: { $0.level == .error }) else { throw RunFailure(diagnostics: diagnostics) }
        let model: ScoringModel
        if let known {
            model = known
        } else {
            let (loaded, modelDiagnostics) = ScoringModel.read(modelData, file: modelFile,
                                                               thresholdOverrides: scenario.thresholdOverrides.map { ($0.path, $0.value.foundation) },
                                                               overridesFile: scenarioFile)
            guard let read = loaded?.model else { throw RunFailure(diagnostics: modelDiagnostics) }
            model = read
        }
        var run = try PriorityRun.execute(parsed: parsed, model: model, scenario: scenario, scenarioFile: scenarioFile, asOfDate: asOfDate,
                                          decoded: decoded, knownWeights: known == nil ? [:] : knownWeights,
                                          unchangedGaps: known == nil ? [:] : unchangedGaps, scopeOnly: true, watch: watch)
        run.needsFile = needs
        let lists: [RankingList]
        do throws(MCDAError) { lists = try run.lists() } catch { throw RunFailure(diagnostics: [], ranking: error) }
        guard !lists.isEmpty else {
            throw RunFailure(diagnostics: [Diagnostic(.error, file: scenarioFile, path: "scope", "no gap is in the scenario's scope")])
        }
        return (run, lists)
    }

    /// The workshops a scenario's assumptions cannot change: not named by a gap or solution assumption and, when
    /// the buyers group names its gaps, not named there (a buyers group without gapRefs reaches every workshop).
    /// None when a range moves a rating-aggregation threshold, which decoding reads.
    static func untouchedWorkshops(_ run: PriorityRun, scenario: Scenario?, ranges: ScenarioRanges) -> [String: Workshop] {
        guard let scenario, !ranges.ranges.contains(where: { $0.path.hasPrefix("thresholdOverrides.ratingAggregation") }) else { return [:] }
        if let group = scenario.buyersGroup, group.gapRefs == nil { return [:] }
        var touched = Set<String>()
        for ref in scenario.gapAssumptions.map(\.ref) + scenario.solutionAssumptions.map(\.ref) + (scenario.buyersGroup?.gapRefs ?? []) {
            touched.insert(String(ref.split(separator: "/").first ?? ""))
        }
        return Dictionary(uniqueKeysWithValues: run.workshops.filter { !touched.contains($0.workshop.id) }.map { ($0.workshop.id, $0) })
    }

    /// In the workshops a scenario's assumptions do change, the gaps they do not: neither named by a gap
    /// assumption nor by the buyers group (`untouchedWorkshops` reads none when the buyers group names no gaps).
    static func unchangedGaps(_ run: PriorityRun, scenario: Scenario?,
                              decoded: [String: Workshop]) -> [String: [String: Workshop.CapabilityGap]] {
        guard let scenario, scenario.buyersGroup == nil || scenario.buyersGroup?.gapRefs != nil else { return [:] }
        let named = Set(scenario.gapAssumptions.map(\.ref) + (scenario.buyersGroup?.gapRefs ?? []))
        var out: [String: [String: Workshop.CapabilityGap]] = [:]
        for w in run.workshops where decoded[w.workshop.id] == nil {
            let id = w.workshop.id
            out[id] = Dictionary(w.capabilityGaps.filter { !named.contains("\(id)/\($0.id)") }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
        return out
    }
}
