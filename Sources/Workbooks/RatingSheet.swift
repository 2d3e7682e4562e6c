import PriorityEngine
import Reports

/// A printable rating sheet (HTML, A4, no scripts and no network): the anchored scales first, then every gap with
/// its title and description and, per criterion, tick boxes 1–5 and an abstain box (and, on request, fields for a
/// lowest / most likely / highest value). One sheet per voting participant, or one page per gap to pass round.
public enum RatingSheet {
    public enum Layout: String, CaseIterable, Sendable { case participant, gap }

    public static func html(_ workshop: Workshop, per layout: Layout = .participant, threePoint: Bool = false) -> String {
        let e = HTMLText.escaped
        let info = workshop.workshop
        let title = "Rating sheet — \(info.id)" + (info.topic.map { ": \($0)" } ?? "")
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(e(title))</title>
            <style>
            @page { size: A4; margin: 14mm 12mm; }
            * { box-sizing: border-box; }
            body { font: 10.5pt/1.35 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #111; margin: 0; }
            main { max-width: 186mm; margin: 0 auto; padding: 8mm 0; }
            h1 { font-size: 15pt; margin: 0 0 2mm; } h2 { font-size: 12.5pt; margin: 0 0 1.5mm; }
            .page { page-break-after: always; break-after: page; padding-bottom: 6mm; }
            .page:last-child { page-break-after: auto; break-after: auto; }
            .who { display: flex; gap: 8mm; margin: 2mm 0 4mm; } .who span { flex: 1; border-bottom: 1px solid #444; padding-top: 5mm; }
            .gap { break-inside: avoid; page-break-inside: avoid; border: 1px solid #888; border-radius: 2mm; padding: 3mm; margin: 0 0 4mm; }
            .gap p { margin: 0 0 2mm; color: #333; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #bbb; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; }
            th { background: #eef2f7; font-weight: 600; }
            td.box { width: 9mm; text-align: center; }
            .tick { display: inline-block; width: 4.2mm; height: 4.2mm; border: 1.2px solid #222; border-radius: 0.6mm; }
            .field { display: inline-block; min-width: 9mm; border-bottom: 1px solid #222; height: 4.5mm; }
            .scales td:first-child { width: 34mm; } .scales td:first-child b { font-weight: 600; }
            .scales td { font-size: 8.2pt; padding: 0.9mm 1.2mm; line-height: 1.25; }
            .scales .note { font-size: 7.8pt; }
            .note { font-size: 9pt; color: #333; }
            @media screen { body { background: #f4f5f7; } main { background: #fff; padding: 10mm 12mm; margin: 6mm auto; box-shadow: 0 0 3mm #ccc; } }
            </style></head><body><main>

            """
        html += scalesPage(title: title, workshop: workshop, threePoint: threePoint)
        let criteria = RatingScales.ratings
        func gapBlock(_ gap: Workshop.CapabilityGap) -> String {
            var out = "<section class=\"gap\"><h2>\(e(gap.id)) — \(e(gap.title))</h2>"
            if let d = gap.description, !d.isEmpty { out += "<p>\(e(d))</p>" }
            out += "<table><thead><tr><th>Criterion</th>" + (1...5).map { "<th class=\"box\">\($0)</th>" }.joined() + "<th class=\"box\">abstain</th>"
            if threePoint { out += "<th>lowest</th><th>most likely</th><th>highest</th>" }
            out += "</tr></thead><tbody>"
            for c in criteria {
                out += "<tr><td>\(e(c.title))<br><span class=\"note\">\(e(c.question))</span></td>"
                out += String(repeating: "<td class=\"box\"><span class=\"tick\"></span></td>", count: 6)
                if threePoint { out += String(repeating: "<td><span class=\"field\"></span></td>", count: 3) }
                out += "</tr>"
            }
            return out + "</tbody></table></section>"
        }
        switch layout {
        case .participant:
            for p in workshop.participants where p.voting {
                html += "<section class=\"page\"><h1>\(e(info.id)) — participant \(e(p.id))</h1>"
                html += "<div class=\"who\"><span>Participant \(e(p.id)) (\(e(p.country)))</span><span>Date</span></div>"
                html += workshop.capabilityGaps.map(gapBlock).joined() + "</section>\n"
            }
        case .gap:
            for gap in workshop.capabilityGaps {
                html += "<section class=\"page\"><h1>\(e(info.id)) — gap \(e(gap.id))</h1>"
                html += "<div class=\"who\"><span>Participant id</span><span>Date</span></div>" + gapBlock(gap) + "</section>\n"
            }
        }
        return html + "</main></body></html>\n"
    }

    static func scalesPage(title: String, workshop: Workshop, threePoint: Bool) -> String {
        let e = HTMLText.escaped
        var out = "<section class=\"page\"><h1>\(e(title))</h1>"
        out += "<p class=\"note\">Rate each gap on each criterion: tick one box from 1 to 5 using the meanings below, or tick <b>abstain</b> when you cannot judge. "
        if threePoint { out += "When unsure, also write the lowest, most likely and highest value you would give. " }
        out += "Rate for your own agency where the question says so (baseline maturity). Leave a criterion empty only if the facilitator says it is not collected.</p>"
        out += "<table class=\"scales\"><thead><tr><th>Criterion</th>" + (1...5).map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
        for s in RatingScales.ratings {
            out += "<tr><td><b>\(e(s.title))</b><br><span class=\"note\">\(e(s.question))</span></td>" + s.levels.map { "<td>\(e($0))</td>" }.joined() + "</tr>"
        }
        return out + "</tbody></table></section>\n"
    }
}
