import PriorityEngine

/// CSV, Markdown and terminal views of a ranked list. `topK` and `groupBy` shape these views only, never the JSON
/// (§8.4, §8.5).
public enum RankingViews {
    typealias E = RankingExplanation

    static let csvHeader = ["rank", "gapRef", "workshopId", "practitionerGroup", "year", "title", "priorityScore", "priorityBand",
                            "gapSeverity", "gapSeverityBand", "technologyOpportunity", "standardisationPotential",
                            "procurementActionability", "route", "reason", "ruleId", "routeSolutionRef", "bestSolutionRef",
                            "procurementFlags", "flags", "standardisation", "mainDrivers", "agreement", "group"]

    static func score(_ r: GapResult, _ id: String) -> String { r.component(id).map { E.d($0.score) } ?? "" }

    /// Groups of entries for `groupBy` (a gap with several tags appears under each; untagged gaps under `untagged`).
    static func groups(_ entries: [RankedEntry], by groupBy: Scenario.GroupBy) -> [(String, [RankedEntry])] {
        switch groupBy {
        case .none: return [("", entries)]
        case .practitionerGroup:
            return PractitionerGroup.allCases.map { g in (g.rawValue, entries.filter { $0.result.practitionerGroup == g }) }.filter { !$0.1.isEmpty }
        case .year:
            return Array(Set(entries.map(\.result.year))).sorted().map { y in (String(y), entries.filter { $0.result.year == y }) }
        case .theme:
            let tags = Array(Set(entries.flatMap(\.result.crossCuttingTags))).sorted()
            let untagged = entries.filter { $0.result.crossCuttingTags.isEmpty }
            return tags.map { t in (t, entries.filter { $0.result.crossCuttingTags.contains(t) }) } + (untagged.isEmpty ? [] : [("untagged", untagged)])
        }
    }

    public static func csv(_ list: RankingList, groupBy: Scenario.GroupBy = .none) -> String {
        let rows = groups(list.entries, by: groupBy).flatMap { group, entries in
            entries.map { e -> [String] in
                let r = e.result
                return [String(e.rank), r.gapRef, r.workshopId, r.practitionerGroup.rawValue, String(r.year), r.title, E.d(e.score),
                        e.band ?? "", E.d(r.gapSeverity), r.gapSeverityBand, score(r, "technologyOpportunity"),
                        score(r, "standardisationPotential"), score(r, "procurementActionability"),
                        r.procurement.decision.route.rawValue, r.procurement.decision.reason?.rawValue ?? "", r.procurement.decision.ruleId,
                        r.procurement.routeSolutionRef ?? "", r.bestSolutionRef ?? "", r.procurement.flags.joined(separator: ";"),
                        r.flags.joined(separator: ";"), r.standardisation.recommendation.rawValue, E.drivers(r), E.agreement(r), group]
            }
        }
        return TextTable.csv(header: csvHeader, rows: rows)
    }

    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }

    public static func markdown(_ list: RankingList, run: PriorityRun, manifest: RunManifest, topK: Int? = nil,
                                groupBy: Scenario.GroupBy = .none, explainTop: Int = 10) -> String {
        var out = "# i-LEAD priorities: \(list.title)\n\n"
        out += "Model `\(manifest.modelId)` \(manifest.modelVersion) (\(run.model.preset.rawValue)) · scenario: \(manifest.scenarioId.map { "`\($0)`" } ?? "none")"
        out += " · as of \(manifest.asOfDate) · engine \(manifest.engineVersion)\n\n"
        out += "\(list.entries.count) gap(s) from \(list.workshopIds.count) workshop(s): \(list.workshopIds.joined(separator: ", ")).\n"
        if let topK, topK < list.entries.count { out += "Showing the top \(topK) (the JSON holds all).\n" }
        let shown = topK.map { Array(list.entries.prefix($0)) } ?? list.entries
        for (group, entries) in groups(shown, by: groupBy) {
            out += group.isEmpty ? "\n" : "\n## \(groupBy.rawValue): \(group)\n\n"
            out += "| # | Gap | Title | P | Band | GS | Route (rule) | Standardisation |\n|---:|---|---|---:|---|---|---|---|\n"
            for e in entries {
                let r = e.result
                out += "| \(e.rank) | \(r.gapRef) | \(cell(r.title)) | \(E.d(e.score)) | \(e.band ?? "–") | \(E.d(r.gapSeverity)) \(r.gapSeverityBand) | "
                out += "\(E.routeLabel(r)) (\(r.procurement.decision.ruleId)) | \(r.standardisation.recommendation.rawValue) (\(r.standardisation.ruleId)) |\n"
            }
        }
        let explained = shown.prefix(explainTop)
        if !explained.isEmpty {
            out += "\n## Why the top \(explained.count) rank where they do\n"
            for e in explained { out += "\n" + explanation(e) }
        }
        let warnings = run.warnings.filter { w in w.ref.map { ref in list.workshopIds.contains { ref == $0 || ref.hasPrefix($0 + "/") || ref.hasPrefix($0 + "#") } } ?? true }
        if !warnings.isEmpty {
            out += "\n## Warnings (\(warnings.count))\n\n"
            for w in warnings { out += "- `\(w.code ?? "")` \(w.ref ?? ""): \(w.message)\n" }
        }
        return out
    }

    /// The explanation block of one entry.
    public static func explanation(_ e: RankedEntry) -> String {
        let r = e.result
        var out = "### \(e.rank). \(r.gapRef): \(r.title)\n\n"
        let parts = r.components.map { c in "\(c.id) \(E.d(c.score)) × \(E.d(c.weight))" }.joined(separator: " + ")
        out += "- Priority \(E.d(e.score)) (\(e.band ?? "no band")) = \(parts)\n"
        out += "- Main drivers: \(E.drivers(r))\n"
        out += "- Gap severity \(E.d(r.gapSeverity)) (\(r.gapSeverityBand)); raters' agreement: \(E.agreement(r))\n"
        out += "- Route: \(E.routeLabel(r)), \(E.route(r))"
        if let s = r.procurement.suitability { out += "; suitability " + s.keyed.map { "\($0.0) \(E.d($0.1))" }.joined(separator: ", ") }
        out += "\n"
        if !r.procurement.flags.isEmpty { out += "- Procurement flags: \(r.procurement.flags.joined(separator: ", "))\n" }
        if !r.flags.isEmpty { out += "- Gap flags: \(r.flags.joined(separator: ", "))\n" }
        out += "- Standardisation: \(r.standardisation.recommendation.rawValue) (\(r.standardisation.ruleId), SP \(E.d(r.standardisation.score)))"
        if !r.standardisation.standardRefs.isEmpty { out += ": \(r.standardisation.standardRefs.joined(separator: ", "))" }
        out += "\n"
        if let best = r.bestSolutionRef { out += "- Best solution \(best)" + (r.procurement.routeSolutionRef.map { $0 == best ? "" : "; route solution \($0)" } ?? "; no solution reaches the route coverage") + "\n" }
        return out
    }

    /// The short terminal summary: the top of a list with scores, bands, routes and drivers.
    public static func terminalSummary(_ list: RankingList, top k: Int) -> String {
        let rows = list.entries.prefix(k).map { e -> [String] in
            let r = e.result
            return [String(e.rank), r.gapRef, String(r.title.prefix(44)), E.d(e.score), e.band ?? "–", r.gapSeverityBand, E.routeLabel(r), E.drivers(r, count: 2)]
        }
        var out = TextTable.render(header: ["#", "gap", "title", "P", "band", "GS band", "route", "main drivers"], rows: rows, rightAligned: [0, 3])
        let explained = list.entries.prefix(min(k, 3))
        if !explained.isEmpty {
            out += "\nWhy the top \(explained.count):\n"
            for e in explained {
                let r = e.result
                out += "\(e.rank). \(r.gapRef): \(E.routeLabel(r)) by \(E.route(r))\n"
                out += "   raters' agreement: \(E.agreement(r))"
                let flags = r.procurement.flags + r.flags
                out += flags.isEmpty ? "\n" : "; flags: \(flags.joined(separator: ", "))\n"
            }
        }
        return out
    }
}
