import PriorityEngine

/// A self-contained HTML page (no scripts, no external files) of one ranked list with the reasons for each rank.
public enum HTMLReport {
    typealias E = RankingExplanation

    static func escape(_ s: String) -> String { HTMLText.escaped(s) }

    public static func render(_ list: RankingList, run: PriorityRun, manifest: RunManifest, topK: Int? = nil) -> String {
        let entries = topK.map { Array(list.entries.prefix($0)) } ?? list.entries
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>i-LEAD priorities: \(escape(list.title))</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}
        th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.priority-1{background:#e6f4ea}.priority-2{background:#fef7e0}
        details{margin:0}summary{cursor:pointer}small{color:#666}
        </style></head><body>
        <h1>i-LEAD priorities: \(escape(list.title))</h1>
        <p><small>Model <code>\(escape(manifest.modelId))</code> \(escape(manifest.modelVersion)) · scenario \(escape(manifest.scenarioId ?? "none")) · as of \(manifest.asOfDate) · engine \(manifest.engineVersion) · \(list.entries.count) gaps from \(list.workshopIds.count) workshops</small></p>
        <table><thead><tr><th>#</th><th>Gap</th><th>P</th><th>Band</th><th>GS</th><th>Route</th><th>Why</th></tr></thead><tbody>

        """
        for e in entries {
            let r = e.result
            html += "<tr class=\"\(e.band ?? "")\"><td class=\"n\">\(e.rank)</td><td><b>\(escape(r.title))</b><br><small>\(escape(r.gapRef)) · \(r.practitionerGroup.rawValue) \(r.year)</small></td>"
            html += "<td class=\"n\">\(E.d(e.score))</td><td>\(e.band ?? "–")</td><td>\(E.d(r.gapSeverity)) \(r.gapSeverityBand)</td>"
            html += "<td>\(escape(E.routeLabel(r)))</td><td><details><summary>\(escape(E.drivers(r, count: 2)))</summary>"
            html += "<p>Route \(escape(E.route(r)))</p><p>Agreement: \(escape(E.agreement(r)))</p>"
            if !r.procurement.flags.isEmpty { html += "<p>Procurement flags: \(escape(r.procurement.flags.joined(separator: ", ")))</p>" }
            if !r.flags.isEmpty { html += "<p>Gap flags: \(escape(r.flags.joined(separator: ", ")))</p>" }
            html += "<p>Standardisation: \(r.standardisation.recommendation.rawValue) (\(r.standardisation.ruleId))</p></details></td></tr>\n"
        }
        html += "</tbody></table>\n"
        if !run.warnings.isEmpty {
            html += "<h2>Warnings (\(run.warnings.count))</h2><ul>\n"
            for w in run.warnings { html += "<li><code>\(escape(w.code ?? ""))</code> \(escape(w.ref ?? "")): \(escape(w.message))</li>\n" }
            html += "</ul>\n"
        }
        return html + "</body></html>\n"
    }
}
