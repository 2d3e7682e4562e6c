import Foundation
import PriorityEngine
import JSONFormat

/// Charts of a ranked list as inline SVG, drawn by the engine (no scripts, no external files). Every chart is an
/// `<svg role="img">` with a `<title>` and a `<desc>` that say in words what it shows, and a legend in text.
enum SVGCharts {
    static func e(_ s: String) -> String { HTMLText.escaped(s) }
    static func f(_ x: Double) -> String { Decimal6.text((x * 10).rounded() / 10) }

    /// Colours of the four families of criteria and of the routes (colour-blind-safe Okabe–Ito palette).
    static let familyColours = ["gapSeverity": "#D55E00", "technologyOpportunity": "#0072B2", "standardisationPotential": "#009E73",
                                "procurementActionability": "#CC79A7"]
    static let familyNames = ["gapSeverity": "gap severity", "technologyOpportunity": "technology opportunity",
                              "standardisationPotential": "standardisation potential", "procurementActionability": "procurement actionability"]
    static let routeColours: [ProcurementRoute: String] = [
        .PCP: "#0072B2", .PCP_THEN_PPI: "#56B4E9", .PPI: "#009E73", .INNOVATION_PARTNERSHIP: "#CC79A7",
        .STANDARD_PROCUREMENT: "#E69F00", .FURTHER_RESEARCH_FIRST: "#999999", .NON_PROCUREMENT: "#D0D0D0", .BLOCKED: "#D55E00",
    ]

    static func legend(_ items: [(String, String)]) -> String {
        "<p class=\"legend\">" + items.map { "<span><i style=\"background:\($0.1)\"></i>\(e($0.0))</span>" }.joined() + "</p>"
    }

    /// Stacked bars: each gap's priority split into the contributions of the four families.
    static func contributions(_ entries: [RankedEntry]) -> String {
        let families = ["gapSeverity", "technologyOpportunity", "standardisationPotential", "procurementActionability"]
        let rowH = 22.0, labelW = 150.0, plotW = 520.0, top = 8.0
        let height = top + Double(entries.count) * rowH + 24
        var svg = "<svg role=\"img\" viewBox=\"0 0 \(Int(labelW + plotW + 60)) \(Int(height))\" class=\"chart\" aria-labelledby=\"c1t c1d\">"
        svg += "<title id=\"c1t\">What each top gap's priority is made of</title><desc id=\"c1d\">For each of the \(entries.count) top gaps, a bar of its priority score P split into the contributions of gap severity, technology opportunity, standardisation potential and procurement actionability.</desc>"
        for (k, entry) in entries.enumerated() {
            let y = top + Double(k) * rowH
            svg += "<text x=\"\(f(labelW - 6))\" y=\"\(f(y + 15))\" text-anchor=\"end\" class=\"label\">\(entry.rank). \(e(String(entry.result.gapRef.split(separator: "/").last ?? "")) ) \(e(String(entry.result.gapRef.prefix(11))))</text>"
            var x = labelW
            for id in families {
                guard let c = entry.result.components.first(where: { $0.id == id }), let part = c.contribution, part > 0 else { continue }
                let w = part * plotW
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y + 3))\" width=\"\(f(w))\" height=\"\(f(rowH - 6))\" fill=\"\(familyColours[id]!)\"><title>\(e(familyNames[id]!)) \(Decimal6.text(part))</title></rect>"
                x += w
            }
            svg += "<text x=\"\(f(x + 4))\" y=\"\(f(y + 15))\" class=\"value\">\(String(format: "%.3f", entry.score))</text>"
        }
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let x = labelW + tick * plotW
            svg += "<line x1=\"\(f(x))\" x2=\"\(f(x))\" y1=\"\(f(top))\" y2=\"\(f(height - 20))\" class=\"grid\"/><text x=\"\(f(x))\" y=\"\(f(height - 6))\" text-anchor=\"middle\" class=\"tick\">\(Decimal6.text(tick))</text>"
        }
        return svg + "</svg>" + legend(families.map { (familyNames[$0]!, familyColours[$0]!) })
    }

    /// Stacked bars: how many gaps of each practitioner group take each route.
    static func routeMix(_ entries: [RankedEntry], id: String = "c2") -> String {
        let groups = PractitionerGroup.allCases.filter { g in entries.contains { $0.result.practitionerGroup == g } }
        let routes = ProcurementRoute.allCases.filter { r in entries.contains { $0.result.procurement.decision.route == r } }
        let rowH = 26.0, labelW = 60.0, plotW = 560.0, top = 8.0
        let most = groups.map { g in entries.filter { $0.result.practitionerGroup == g }.count }.max() ?? 1
        let height = top + Double(groups.count) * rowH + 10
        var svg = "<svg role=\"img\" viewBox=\"0 0 \(Int(labelW + plotW + 50)) \(Int(height))\" class=\"chart\" aria-labelledby=\"\(id)t \(id)d\">"
        svg += "<title id=\"\(id)t\">Procurement routes per practitioner group</title><desc id=\"\(id)d\">"
            + groups.map { g in "\(g.rawValue): " + routes.compactMap { r in let n = entries.filter { $0.result.practitionerGroup == g && $0.result.procurement.decision.route == r }.count; return n > 0 ? "\(n) \(r.rawValue)" : nil }.joined(separator: ", ") }.joined(separator: "; ") + ".</desc>"
        for (k, g) in groups.enumerated() {
            let y = top + Double(k) * rowH
            svg += "<text x=\"\(f(labelW - 6))\" y=\"\(f(y + 17))\" text-anchor=\"end\" class=\"label\">\(g.rawValue)</text>"
            var x = labelW
            for r in routes {
                let n = entries.filter { $0.result.practitionerGroup == g && $0.result.procurement.decision.route == r }.count
                guard n > 0 else { continue }
                let w = Double(n) / Double(most) * plotW
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y + 3))\" width=\"\(f(w))\" height=\"\(f(rowH - 6))\" fill=\"\(routeColours[r]!)\"><title>\(g.rawValue): \(n) \(r.rawValue)</title></rect>"
                if w > 18 { svg += "<text x=\"\(f(x + w / 2))\" y=\"\(f(y + 17))\" text-anchor=\"middle\" class=\"inbar\">\(n)</text>" }
                x += w
            }
        }
        return svg + "</svg>" + legend(routes.map { (Glossary.routeName($0), routeColours[$0]!) })
    }

    /// Scatter: the best routable solution's TRL (no solution at 0) against gap severity, coloured by route.
    static func readinessAgainstSeverity(_ entries: [RankedEntry]) -> String {
        let w = 640.0, h = 300.0, left = 52.0, bottom = 34.0, top = 10.0
        let plotW = w - left - 12, plotH = h - bottom - top
        var svg = "<svg role=\"img\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" class=\"chart\" aria-labelledby=\"c3t c3d\">"
        let severeNoMarket = entries.filter { $0.result.gapSeverity >= 0.5 && $0.result.procurement.inputs.trlBest < 4 }.count
        svg += "<title id=\"c3t\">Readiness of the best solution against gap severity</title><desc id=\"c3d\">Each dot is a gap: across, its gap severity 0 to 1; up, the TRL of its best routable solution (0 when there is none); colour, its route. \(severeNoMarket) gaps of high or critical severity have no solution beyond TRL 3: candidates for research rather than procurement.</desc>"
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let x = left + tick * plotW
            svg += "<line x1=\"\(f(x))\" x2=\"\(f(x))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" class=\"grid\"/><text x=\"\(f(x))\" y=\"\(f(h - 18))\" text-anchor=\"middle\" class=\"tick\">\(Decimal6.text(tick))</text>"
        }
        for trl in stride(from: 0, through: 9, by: 3) {
            let y = top + plotH - Double(trl) / 9 * plotH
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotW))\" y1=\"\(f(y))\" y2=\"\(f(y))\" class=\"grid\"/><text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\" class=\"tick\">\(trl == 0 ? "none" : String(trl))</text>"
        }
        svg += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(h - 3))\" text-anchor=\"middle\" class=\"tick\">gap severity</text>"
        svg += "<text x=\"12\" y=\"\(f(top + plotH / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(f(top + plotH / 2)))\" class=\"tick\">TRL</text>"
        for entry in entries {
            let r = entry.result
            let x = left + r.gapSeverity * plotW, y = top + plotH - r.procurement.inputs.trlBest / 9 * plotH
            svg += "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"4\" fill=\"\(routeColours[r.procurement.decision.route]!)\" fill-opacity=\"0.8\"><title>\(e(r.gapRef)) \(e(r.title)): GS \(Decimal6.text(r.gapSeverity)), TRL \(Decimal6.text(r.procurement.inputs.trlBest)), \(r.procurement.decision.route.rawValue)</title></circle>"
        }
        let routes = ProcurementRoute.allCases.filter { r in entries.contains { $0.result.procurement.decision.route == r } }
        return svg + "</svg>" + legend(routes.map { (Glossary.routeName($0), routeColours[$0]!) })
    }

    /// The robustness of the top ranks: per gap, its rank over the Monte-Carlo runs (the median, and a bar over the
    /// middle half of the runs) and P(top k); neighbours whose middle halves overlap are marked as statistically tied.
    static func rankRobustness(_ entries: [RankedEntry], uncertainty: [String: GapUncertainty], topK: Int) -> String {
        let shown = entries.filter { uncertainty[$0.result.gapRef] != nil }
        guard !shown.isEmpty else { return "" }
        let rowH = 22.0, labelW = 150.0, rankW = 300.0, gap = 40.0, probW = 180.0, top = 8.0
        let maxRank = max(Double(shown.count), shown.map { uncertainty[$0.result.gapRef]!.medianRank + uncertainty[$0.result.gapRef]!.rankIQR / 2 }.max()! )
        let height = top + Double(shown.count) * rowH + 34
        let interval = RankingExplanation.middleHalf
        let tied = RankingExplanation.statisticallyTied(shown, uncertainty: uncertainty)
        var svg = "<svg role=\"img\" viewBox=\"0 0 \(Int(labelW + rankW + gap + probW + 40)) \(Int(height))\" class=\"chart\" aria-labelledby=\"c4t c4d\">"
        svg += "<title id=\"c4t\">How robust the top ranks are</title><desc id=\"c4d\">For each of the top \(shown.count) gaps: its median rank over the Monte-Carlo runs with a bar over the middle half of the runs, and the share of runs in which it is in the top \(topK). \(tied.count) of them are statistically tied with a neighbour (their middle halves overlap), marked with ≈.</desc>"
        let rx = { (r: Double) in labelW + 12 + (r - 1) / max(1, maxRank - 1) * (rankW - 12) }
        for (k, entry) in shown.enumerated() {
            let u = uncertainty[entry.result.gapRef]!, y = top + Double(k) * rowH
            let (lo, hi) = interval(u)
            svg += "<text x=\"\(f(labelW - 6))\" y=\"\(f(y + 15))\" text-anchor=\"end\" class=\"label\">\(tied.contains(entry.result.gapRef) ? "≈ " : "")\(entry.rank). \(e(String(entry.result.gapRef.split(separator: "/").last ?? ""))) \(e(String(entry.result.gapRef.prefix(11))))</text>"
            svg += "<rect x=\"\(f(rx(lo)))\" y=\"\(f(y + 7))\" width=\"\(f(max(2, rx(hi) - rx(lo))))\" height=\"8\" fill=\"#56B4E9\"><title>\(e(entry.result.gapRef)): ranks \(Decimal6.text(lo))–\(Decimal6.text(hi)) in the middle half of the runs</title></rect>"
            svg += "<circle cx=\"\(f(rx(u.medianRank)))\" cy=\"\(f(y + 11))\" r=\"4\" fill=\"#0072B2\"><title>median rank \(Decimal6.text(u.medianRank))</title></circle>"
            let px = labelW + rankW + gap
            svg += "<rect x=\"\(f(px))\" y=\"\(f(y + 4))\" width=\"\(f(u.pTopK * probW))\" height=\"14\" fill=\"#009E73\"><title>in the top \(topK) in \(Int((u.pTopK * 100).rounded())) % of the runs</title></rect>"
            svg += "<text x=\"\(f(px + u.pTopK * probW + 4))\" y=\"\(f(y + 15))\" class=\"value\">\(Int((u.pTopK * 100).rounded())) %</text>"
        }
        for r in [1.0, maxRank.rounded(.up)] {
            svg += "<text x=\"\(f(rx(r)))\" y=\"\(f(height - 16))\" text-anchor=\"middle\" class=\"tick\">\(Int(r))</text>"
        }
        svg += "<text x=\"\(f(labelW + rankW / 2))\" y=\"\(f(height - 4))\" text-anchor=\"middle\" class=\"tick\">rank over the runs (1 = first)</text>"
        svg += "<text x=\"\(f(labelW + rankW + gap + probW / 2))\" y=\"\(f(height - 6))\" text-anchor=\"middle\" class=\"tick\">P(top \(topK))</text>"
        return svg + "</svg>" + legend([("median rank", "#0072B2"), ("middle half of the runs", "#56B4E9"), ("P(top \(topK))", "#009E73")])
    }

    /// Scatter: each procurable gap's suitability for PCP against PPI, coloured by its route; the diagonal splits
    /// the gaps that suit research-and-development buying from those that suit buying a near-market solution.
    static func pcpAgainstPpi(_ entries: [RankedEntry]) -> String {
        let points = entries.compactMap { e in e.result.procurement.suitability.map { (e, $0.pcp, $0.ppi) } }
        guard !points.isEmpty else { return "" }
        let size = 280.0, left = 44.0, top = 10.0
        let plot = size - left - 12
        let pcpSide = points.filter { $0.1 > $0.2 }.count
        var svg = "<svg role=\"img\" viewBox=\"0 0 \(Int(size + 20)) \(Int(size + 10))\" class=\"chart square\" aria-labelledby=\"c5t c5d\">"
        svg += "<title id=\"c5t\">Suitability for PCP against PPI</title><desc id=\"c5d\">Each dot is a gap with a procurement suitability: across, how well pre-commercial procurement fits (0–1); up, how well procurement of innovation fits. \(pcpSide) of \(points.count) gaps lie below the diagonal, where PCP fits better.</desc>"
        for tick in [0.0, 0.5, 1.0] {
            let x = left + tick * plot, y = top + plot - tick * plot
            svg += "<line x1=\"\(f(x))\" x2=\"\(f(x))\" y1=\"\(f(top))\" y2=\"\(f(top + plot))\" class=\"grid\"/><text x=\"\(f(x))\" y=\"\(f(top + plot + 14))\" text-anchor=\"middle\" class=\"tick\">\(Decimal6.text(tick))</text>"
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(left + plot))\" y1=\"\(f(y))\" y2=\"\(f(y))\" class=\"grid\"/><text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\" class=\"tick\">\(Decimal6.text(tick))</text>"
        }
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top + plot))\" x2=\"\(f(left + plot))\" y2=\"\(f(top))\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>"
        svg += "<text x=\"\(f(left + plot / 2))\" y=\"\(f(top + plot + 28))\" text-anchor=\"middle\" class=\"tick\">PCP suitability</text>"
        svg += "<text x=\"12\" y=\"\(f(top + plot / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(f(top + plot / 2)))\" class=\"tick\">PPI suitability</text>"
        for (entry, pcp, ppi) in points {
            let r = entry.result
            svg += "<circle cx=\"\(f(left + pcp * plot))\" cy=\"\(f(top + plot - ppi * plot))\" r=\"4\" fill=\"\(routeColours[r.procurement.decision.route]!)\" fill-opacity=\"0.8\"><title>\(e(r.gapRef)): PCP \(Decimal6.text(pcp)), PPI \(Decimal6.text(ppi)), \(r.procurement.decision.route.rawValue)</title></circle>"
        }
        return svg + "</svg>"
    }
}
