import Foundation
import PriorityEngine
import Advice

/// CSV, Markdown and terminal views of a ranked list. `topK` and `groupBy` shape these views only, never the JSON
/// (file-formats.md "Scenario", file-formats.md "Ranking").
public enum RankingViews {
    typealias E = RankingExplanation

    static let csvHeader = ["rank", "gapRef", "workshopId", "practitionerGroup", "year", "title", "priorityScore", "priorityBand",
                            "gapSeverity", "gapSeverityBand", "technologyOpportunity", "standardisationPotential",
                            "procurementActionability", "route", "reason", "ruleId", "routeSolutionRef", "bestSolutionRef",
                            "procurementFlags", "flags", "standardisation", "mainDrivers", "agreement", "medianRank", "rankIQR",
                            "pTopK", "routeShares", "group", "recurringNeed"]

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
            // A recurring need's row carries every tag of its gaps, so a theme shows the merged need once.
            let tags = Array(Set(entries.flatMap(\.crossCuttingTags))).sorted()
            let untagged = entries.filter { $0.crossCuttingTags.isEmpty }
            return tags.map { t in (t, entries.filter { $0.crossCuttingTags.contains(t) }) } + (untagged.isEmpty ? [] : [("untagged", untagged)])
        }
    }

    /// Route shares as text, e.g. `PCP_THEN_PPI 0.88; PPI 0.12`, or `PCP_THEN_PPI 88%, PPI 12%` for readers.
    static func shares(_ u: GapUncertainty, percent: Bool = false) -> String {
        u.routeShares.sorted { $0.share != $1.share ? $0.share > $1.share : $0.route.rawValue < $1.route.rawValue }
            .map { "\($0.route.rawValue) \(percent ? Self.percent($0.share) : E.d($0.share))" }.joined(separator: percent ? ", " : "; ")
    }

    /// A share as a whole percentage (one decimal below 1 %), e.g. `88%`.
    static func percent(_ x: Double) -> String {
        let p = 100 * x
        return p > 0 && p < 1 ? String(format: "%.1f%%", p) : "\(Int(p.rounded()))%"
    }

    public static func csv(_ list: RankingList, groupBy: Scenario.GroupBy = .none, uncertainty: [String: GapUncertainty]? = nil) -> String {
        let rows = groups(list.entries, by: groupBy).flatMap { group, entries in
            entries.map { e -> [String] in
                let r = e.result
                return [String(e.rank), r.gapRef, r.workshopId, r.practitionerGroup.rawValue, String(r.year), r.title, E.d(e.score),
                        e.band ?? "", E.d(r.gapSeverity), r.gapSeverityBand, score(r, "technologyOpportunity"),
                        score(r, "standardisationPotential"), score(r, "procurementActionability"),
                        r.procurement.decision.route.rawValue, r.procurement.decision.reason?.rawValue ?? "", r.procurement.decision.ruleId,
                        r.procurement.routeSolutionRef ?? "", r.bestSolutionRef ?? "", r.procurement.flags.joined(separator: ";"),
                        r.flags.joined(separator: ";"), r.standardisation.recommendation.rawValue, E.drivers(r), E.agreement(r)]
                    + (uncertainty?[r.gapRef].map { [E.d($0.medianRank), E.d($0.rankIQR), E.d($0.pTopK), shares($0)] } ?? ["", "", "", ""]) + [group]
                    + [e.need.map { "\($0.id): \($0.gapRefs.joined(separator: ";"))" } ?? ""]
            }
        }
        return TextTable.csv(header: csvHeader, rows: rows)
    }

    static func cell(_ s: String) -> String { MarkdownText.escaped(s) }

    public static func markdown(_ list: RankingList, run: PriorityRun, manifest: RunManifest, topK: Int? = nil,
                                groupBy: Scenario.GroupBy = .none, explainTop: Int = 10,
                                uncertainty: [String: GapUncertainty]? = nil, runs: Int = 0) -> String {
        var out = "# i-LEAD priorities: \(list.title)\n\n"
        out += "Model `\(manifest.modelId)` \(manifest.modelVersion) (\(run.model.preset.rawValue)) · scenario: \(manifest.scenarioId.map(cell) ?? "none")"
        out += " · as of \(manifest.asOfDate) · engine \(manifest.engineVersion)\n\n"
        out += "\(list.rowsInWords) from \(list.workshopIds.count) workshop(s): \(list.workshopIds.joined(separator: ", ")).\n"
        let k = run.model.sensitivity.topK
        if uncertainty != nil {
            out += "Robustness: \(runs) Monte-Carlo runs (participants bootstrapped, three-point values, TRL and costs drawn, root weights from Dirichlet); P(top \(k)) is the share of runs in which the gap ranks in the top \(k) of this list.\n"
        }
        if let topK, topK < list.entries.count { out += "Showing the top \(topK) (the JSON holds all).\n" }
        let shown = topK.map { Array(list.entries.prefix($0)) } ?? list.entries
        for (group, entries) in groups(shown, by: groupBy) {
            out += group.isEmpty ? "\n" : "\n## \(groupBy.rawValue): \(group)\n\n"
            out += "| # | Gap | Title | P | Band | GS | Route (rule) | Standardisation |" + (uncertainty != nil ? " P(top \(k)) | Median rank (IQR) |" : "") + "\n"
            out += "|---:|---|---|---:|---|---|---|---|" + (uncertainty != nil ? "---:|---|" : "") + "\n"
            for e in entries {
                let r = e.result
                let title = e.need.map { "\(cell($0.title)) — recurring need: \($0.gapRefs.count) gaps (see below)" } ?? cell(r.title)
                out += "| \(e.rank) | \(r.gapRef) | \(title) | \(E.d(e.score)) | \(e.band ?? "–") | \(E.d(r.gapSeverity)) \(r.gapSeverityBand) | "
                out += "\(E.routeLabel(r)) (\(r.procurement.decision.ruleId)) | \(r.standardisation.recommendation.rawValue) (\(r.standardisation.ruleId)) |"
                if let u = uncertainty?[r.gapRef] { out += " \(E.d(u.pTopK)) | \(E.d(u.medianRank)) (\(E.d(u.rankIQR))) |" }
                out += "\n"
            }
        }
        let needs = list.recurringNeeds
        if !needs.isEmpty {
            out += "\n## Recurring needs (\(needs.count))\n\n"
            out += "Gaps that raise the same need are one row here, at the place of their highest-ranked gap; every workshop list keeps its own rows. "
            out += "Gaps are merged only by explicit rules, never by similar titles: a follow-up (`followsUp`) sharing a cross-cutting tag, the same catalogue items in the same group or with a shared tag, or a needs file.\n\n"
            out += needs.map(\.markdown).joined()
        }
        let effects = WatchEffect.effects(list.entries, run: run)
        if !effects.isEmpty {
            out += "\n## What the technology watch changed\n\n"
            out += "Solutions linked to a catalogue item took its newest assessment dated on or before \(manifest.asOfDate) and after the workshop's own; "
            out += "the route on the workshop's own values is shown before the arrow.\n\n"
            for e in effects {
                out += "- \(e.gapRef) \(cell(e.title)): route \(e.routeText)\n"
                for c in e.changes { out += "  - \(c.solutionRef): \(cell(c.sentence))\n" }
            }
        }
        let explained = shown.prefix(explainTop)
        if !explained.isEmpty {
            out += "\n## Why the top \(explained.count) rank where they do\n"
            for e in explained { out += "\n" + explanation(e, uncertainty: uncertainty?[e.result.gapRef], topK: k) }
        }
        let warnings = run.warnings(for: list)
        if !warnings.isEmpty {
            out += "\n## Warnings (\(warnings.count))\n\n"
            for w in warnings { out += "- `\(w.code ?? "")` \(cell(w.ref ?? "")): \(cell(w.message))\n" }
        }
        return out
    }

    /// The explanation block of one entry.
    public static func explanation(_ e: RankedEntry, uncertainty: GapUncertainty? = nil, topK: Int = 5) -> String {
        let r = e.result
        var out = "### \(e.rank). \(r.gapRef): \(cell(r.title))\n\n"
        let parts = r.components.map { c in "\(c.id) \(E.d(c.score)) × \(E.d(c.weight))" }.joined(separator: " + ")
        out += "- Priority \(E.d(e.score)) (\(e.band ?? "no band")) = \(parts)\n"
        out += "- Main contributions to P: \(E.driversInWords(r))\n"
        if let low = E.severeButLow(e) { out += "- Why not higher: \(cell(low))\n" }
        out += "- Gap severity \(E.d(r.gapSeverity)) (\(r.gapSeverityBand)); raters' agreement: \(E.agreement(r))\n"
        if let u = uncertainty {
            let solid = u.pTopK >= 0.8 && (u.routeShares.first { $0.route == r.procurement.decision.route }?.share ?? 0) >= 0.8
            out += "- Robustness: median rank \(E.d(u.medianRank)) (IQR \(E.d(u.rankIQR))), in the top \(topK) in \(percent(u.pTopK)) of the runs; routes over the runs: \(shares(u, percent: true))"
            out += solid ? " (solid)\n" : " (fragile: check the inputs that move it)\n"
        }
        out += "- Route: \(E.routeLabel(r)), \(E.route(r))"
        if let s = r.procurement.suitability { out += " Suitability: " + s.keyed.map { "\($0.0) \(E.d($0.1))" }.joined(separator: ", ") + "." }
        out += "\n"
        if !r.procurement.flags.isEmpty { out += "- Procurement flags: \(r.procurement.flags.joined(separator: ", "))\n" }
        if !r.flags.isEmpty { out += "- Gap flags: \(r.flags.joined(separator: ", "))\n" }
        out += "- Standardisation: \(r.standardisation.recommendation.rawValue) (\(r.standardisation.ruleId), SP \(E.d(r.standardisation.score)))"
        out += " — " + MarkdownText.escaped(PlainReasons.standardisation(r))
        out += "\n"
        if let best = r.bestSolutionRef { out += "- Best solution \(best)" + (r.procurement.routeSolutionRef.map { $0 == best ? "" : "; route solution \($0)" } ?? "; no solution reaches the route coverage") + "\n" }
        return out
    }

    /// The short terminal summary: the top of a list with scores, bands, routes and drivers.
    public static func terminalSummary(_ list: RankingList, top k: Int, uncertainty: [String: GapUncertainty]? = nil, topK: Int = 5) -> String {
        let rows = list.entries.prefix(k).map { e -> [String] in
            let r = e.result
            let title = e.need.map { "\($0.title.prefix(36)) (×\($0.gapRefs.count))" } ?? String(r.title.prefix(44))
            return [String(e.rank), r.gapRef, title, E.d(e.score), e.band ?? "–", r.gapSeverityBand, E.routeLabel(r)]
                + (uncertainty.map { u in [u[r.gapRef].map { E.d($0.pTopK) } ?? ""] } ?? []) + [E.driversInWords(r, count: 2)]
        }
        let header = ["#", "gap", "title", "P", "band", "GS band", "route"] + (uncertainty != nil ? ["P(top \(topK))"] : []) + ["largest contributions to P"]
        var out = TextTable.render(header: header, rows: rows, rightAligned: uncertainty != nil ? [0, 3, 7] : [0, 3])
        if list.entries.prefix(k).contains(where: { $0.need != nil }) {
            out += "(×n): a recurring need raised by n gaps, shown once at its highest-ranked gap (pan-european.ranking.md lists them)\n"
        }
        let explained = list.entries.prefix(min(k, 3))
        if !explained.isEmpty {
            out += "\nWhy the top \(explained.count):\n"
            for e in explained {
                let r = e.result
                out += "\(e.rank). \(r.gapRef): \(E.route(r))\n"
                out += "   raters' agreement: \(E.agreement(r))"
                if let u = uncertainty?[r.gapRef] { out += "; routes over the runs: \(shares(u, percent: true))" }
                let flags = r.procurement.flags + r.flags
                out += flags.isEmpty ? "\n" : "; flags: \(flags.joined(separator: ", "))\n"
            }
        }
        return out
    }
}
