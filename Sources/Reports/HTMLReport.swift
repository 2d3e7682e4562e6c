import PriorityEngine

/// A self-contained HTML page (no scripts, no external files) of one ranked list with the reasons for each rank.
public enum HTMLReport {
    typealias E = RankingExplanation

    static func escape(_ s: String) -> String { HTMLText.escaped(s) }

    /// - Parameter uncertainty: the Monte-Carlo result of this list (median rank, rank IQR, P(top k)), when computed.
    public static func render(_ list: RankingList, run: PriorityRun, manifest: RunManifest, topK: Int? = nil,
                              uncertainty: [String: GapUncertainty]? = nil, uncertaintyTopK: Int = 5, otherLists: [RankingList] = []) -> String {
        let entries = topK.map { Array(list.entries.prefix($0)) } ?? list.entries
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>i-LEAD priorities: \(escape(list.title))</title>
        <style>
        body{font-family:system-ui,"DejaVu Sans",sans-serif;margin:0;color:#222;line-height:1.35}
        main{max-width:1280px;margin:0 auto;padding:1.2em 1.5em}
        table{border-collapse:collapse;width:100%;table-layout:auto}caption{text-align:left;font-weight:600;padding:.4em 0}
        th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}
        td.why{overflow-wrap:break-word;min-width:18em}td p{margin:.25em 0}td.band{white-space:nowrap}
        td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.priority-1{background:#e6f4ea}.priority-2{background:#fef7e0}
        details{margin:0}summary{cursor:pointer}small{color:#555}dl.glossary{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}
        dl.glossary dt{font-family:monospace;font-weight:600}dl.glossary dd{margin:0}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:1em 2em;margin:1em 0}
        figure{margin:0}figcaption{font-weight:600;margin:.3em 0}svg.chart{width:100%;height:auto;font-size:11px}svg.square{max-width:420px}
        svg .label,svg .tick,svg .value{fill:#333}svg .inbar{fill:#fff;font-weight:600}svg .grid{stroke:#ddd}
        nav.sections{position:sticky;top:0;background:#fff;padding:.4em 0;border-bottom:1px solid #ddd;z-index:1}
        section.group{margin-top:2em}
        @media print{nav.sections{display:none}section.group{break-before:page}}
        .legend span{display:inline-block;margin-right:1em;font-size:.85em}.legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}
        @media print{@page{size:A4;margin:12mm}main{padding:0;max-width:none}details>summary{list-style:none}
        thead{display:table-header-group}tr{break-inside:avoid}}
        </style></head><body><main>
        <header><h1>i-LEAD priorities: \(escape(list.title))</h1>
        <p><small>Model <code>\(escape(manifest.modelId))</code> \(escape(manifest.modelVersion)) · scenario \(escape(manifest.scenarioId ?? "none")) · as of \(manifest.asOfDate) · engine \(manifest.engineVersion) · \(list.entries.count) gaps from \(list.workshopIds.count) workshops · codes explained <a href="#glossary">below</a></small></p></header>
        \(navigation(otherLists))
        \(charts(list, uncertainty: uncertainty, topK: uncertaintyTopK))
        <table><caption>Ranked gaps (highest priority first)</caption>
        <thead><tr><th scope="col">#</th><th scope="col">Gap</th><th scope="col">P</th><th scope="col">Band</th><th scope="col">GS</th><th scope="col">Route</th><th scope="col">Why</th></tr></thead><tbody>

        """
        for e in entries {
            let r = e.result
            html += "<tr class=\"\(e.band ?? "")\"><td class=\"n\">\(e.rank)</td><td><b>\(escape(r.title))</b><br><small>\(escape(r.gapRef)) · \(r.practitionerGroup.rawValue) \(r.year)</small></td>"
            html += "<td class=\"n\">\(E.d(e.score))</td><td class=\"band\">\(e.band ?? "–")</td><td class=\"n\">\(E.d(r.gapSeverity))<br><small>\(r.gapSeverityBand)</small></td>"
            // Route codes may break after their underscores (STANDARD_<wbr>PROCUREMENT), never inside a word.
            html += "<td>\(escape(E.routeLabel(r)).replacingOccurrences(of: "_", with: "_<wbr>"))</td><td class=\"why\"><details open><summary>\(escape(E.drivers(r, count: 2)))</summary>"
            if let low = E.severeButLow(e) { html += "<p><b>Why not higher:</b> \(escape(low))</p>" }
            html += "<p>Route \(escape(E.route(r)))</p><p>Agreement: \(escape(E.agreement(r)))</p>"
            if !r.procurement.flags.isEmpty { html += "<p>Procurement flags: \(escape(r.procurement.flags.joined(separator: ", ")))</p>" }
            if !r.flags.isEmpty { html += "<p>Gap flags: \(escape(r.flags.joined(separator: ", ")))</p>" }
            html += "<p>Standardisation \(r.standardisation.ruleId) — \(escape(PlainReasons.standardisation(r)))</p></details></td></tr>\n"
        }
        html += "</tbody></table>\n"
        if !run.warnings.isEmpty {
            html += "<h2>Warnings (\(run.warnings.count))</h2><ul>\n"
            for w in run.warnings { html += "<li><code>\(escape(w.code ?? ""))</code> \(escape(w.ref ?? "")): \(escape(w.message))</li>\n" }
            html += "</ul>\n"
        }
        return html + sections(otherLists) + glossary() + "</main></body></html>\n"
    }

    /// Links to the overview, each practitioner group, each year, the workshops and the codes.
    static func navigation(_ lists: [RankingList]) -> String {
        var links = [("overview", "Overview")]
        links += lists.filter { $0.kind == .practitionerGroup }.map { ("pg-\($0.key)", $0.key) }
        links += lists.filter { $0.kind == .year }.map { ("year-\($0.key)", $0.key) }
        if lists.contains(where: { $0.kind == .workshop }) { links.append(("workshops", "Workshops")) }
        links.append(("glossary", "Codes"))
        return "<nav aria-label=\"Sections\" class=\"sections\">" + links.map { "<a href=\"#\(escape($0.0))\">\(escape($0.1))</a>" }.joined(separator: " · ") + "</nav><span id=\"overview\"></span>"
    }

    /// A section per practitioner group and per year (its own ranking, top 10, with routes), and the workshops'
    /// top three.
    static func sections(_ lists: [RankingList]) -> String {
        func table(_ list: RankingList, limit: Int) -> String {
            var out = "<table><caption>\(escape(list.title)): \(list.entries.count) gaps</caption><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Gap</th><th scope=\"col\">P</th><th scope=\"col\">Band</th><th scope=\"col\">Route</th></tr></thead><tbody>"
            for e in list.entries.prefix(limit) {
                out += "<tr class=\"\(e.band ?? "")\"><td class=\"n\">\(e.rank)</td><td>\(escape(e.result.title))<br><small>\(escape(e.result.gapRef))</small></td><td class=\"n\">\(E.d(e.score))</td><td class=\"band\">\(e.band ?? "–")</td><td>\(escape(E.routeLabel(e.result)).replacingOccurrences(of: "_", with: "_<wbr>"))</td></tr>"
            }
            return out + "</tbody></table>"
        }
        var out = ""
        for list in lists where list.kind == .practitionerGroup || list.kind == .year {
            let id = list.kind == .practitionerGroup ? "pg-\(list.key)" : "year-\(list.key)"
            out += "<section id=\"\(escape(id))\" class=\"group\"><h2>\(escape(list.title))</h2>"
            out += "<figure><figcaption>Routes</figcaption>\(SVGCharts.routeMix(list.entries, id: "\(id)-routes"))</figure>" + table(list, limit: 10) + "</section>\n"
        }
        let workshops = lists.filter { $0.kind == .workshop }
        if !workshops.isEmpty {
            out += "<section id=\"workshops\" class=\"group\"><h2>Workshops: the top three of each</h2>"
            out += workshops.map { table($0, limit: 3) }.joined() + "</section>\n"
        }
        return out
    }

    /// The charts of the overview: what the top priorities are made of, routes per group, readiness against severity.
    static func charts(_ list: RankingList, uncertainty: [String: GapUncertainty]?, topK: Int) -> String {
        let top = Array(list.entries.prefix(15))
        var out = "<section class=\"charts\" aria-label=\"Charts\">"
        out += "<figure><figcaption>What the top \(top.count) priorities are made of</figcaption>\(SVGCharts.contributions(top))</figure>"
        if let uncertainty {
            out += "<figure><figcaption>How robust the top ranks are</figcaption>\(SVGCharts.rankRobustness(top, uncertainty: uncertainty, topK: topK))</figure>"
        }
        out += "<figure><figcaption>Routes per practitioner group</figcaption>\(SVGCharts.routeMix(list.entries))</figure>"
        out += "<figure><figcaption>Best solution's readiness against gap severity</figcaption>\(SVGCharts.readinessAgainstSeverity(list.entries))</figure>"
        let suitability = SVGCharts.pcpAgainstPpi(list.entries)
        if !suitability.isEmpty { out += "<figure><figcaption>PCP or PPI? Suitability of each procurable gap</figcaption>\(suitability)</figure>" }
        return out + "</section>"
    }

    /// Every code of the report in plain words (`Glossary`).
    static func glossary() -> String {
        func list(_ title: String, _ items: [(String, String)]) -> String {
            "<h3>\(escape(title))</h3><dl class=\"glossary\">" + items.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>\n"
        }
        var out = "<section id=\"glossary\" aria-labelledby=\"glossary-title\"><h2 id=\"glossary-title\">What the codes mean</h2>\n"
        out += list("Scores and rules", Glossary.scores)
        out += list("Procurement routes", Glossary.routes.map { ($0.0.rawValue, $0.1) })
        out += list("Why research first", Glossary.reasons.map { ($0.0.rawValue, $0.1) })
        out += list("Procurement flags", Glossary.procurementFlags.map { ($0.0.rawValue, $0.1) })
        out += list("Gap flags", Glossary.gapFlags)
        out += list("Standardisation recommendations", Glossary.standardisation.map { ($0.0.rawValue, $0.1) })
        return out + "<p><small>More in docs/how-the-engine-decides.md of the engine's repository.</small></p></section>\n"
    }
}
