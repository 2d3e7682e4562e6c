import Foundation
import PriorityEngine

extension SVGCharts {
    /// A tornado of the one-at-a-time weight changes: per weight of the model (a criterion within its parent), how
    /// many gaps of the list change rank when that weight is lowered (bar to the left) or raised (to the right) by
    /// δ, the others rescaled in proportion. The weights that move the most ranks come first; at most 12 are shown.
    /// Returns "" when no change of any weight moves a rank.
    static func weightTornado(_ rows: [WeightSensitivityRow], list: Int, gaps: Int) -> String {
        struct Bar { var node: String, child: String, down = 0, up = 0, largest = 0 }
        var bars: [Bar] = [], index: [String: Int] = [:]
        for row in rows {
            let key = row.node + "/" + row.child, changes = row.rankChanges[list]
            if index[key] == nil { index[key] = bars.count; bars.append(Bar(node: row.node, child: row.child)) }
            let k = index[key]!
            if row.delta < 0 { bars[k].down = changes.count } else { bars[k].up = changes.count }
            bars[k].largest = max(bars[k].largest, changes.map { abs($0.to - $0.from) }.max() ?? 0)
        }
        let moving = bars.filter { $0.down + $0.up > 0 }
            .sorted { ($0.down + $0.up, $1.child) > ($1.down + $1.up, $0.child) }.prefix(12)
        guard !moving.isEmpty, let delta = rows.first.map({ abs($0.delta) }) else { return "" }
        let step = "\(Int((delta * 100).rounded())) %"
        // The rows come in the model's node order, the root's children first.
        func name(_ b: Bar) -> String {
            b.node == rows.first?.node ? Glossary.criterionName(b.child) : "\(Glossary.criterionName(b.child)) (in \(Glossary.criterionName(b.node).lowercased()))"
        }
        let rowH = 22.0, labelW = 300.0, half = 170.0, top = 22.0
        let most = Double(moving.map { max($0.down, $0.up) }.max()!)
        let centre = labelW + half + 40
        let height = top + Double(moving.count) * rowH + 26
        let first = moving.first!
        var svg = "<svg role=\"img\" viewBox=\"0 0 \(Int(centre + half + 60)) \(Int(height))\" class=\"chart\" aria-labelledby=\"c6t c6d\">"
        svg += "<title id=\"c6t\">Which weights move the ranks</title><desc id=\"c6d\">For each weight of the model, how many of the \(gaps) gaps change rank when the weight is lowered by \(step) (bar to the left) or raised by \(step) (to the right), the other weights of the same level rescaled. \(e(name(first))) moves the most: \(first.down) gaps when lowered, \(first.up) when raised, by at most \(first.largest) places.</desc>"
        svg += "<text x=\"\(f(centre - half / 2))\" y=\"12\" text-anchor=\"middle\" class=\"tick\">weight −\(step)</text>"
        svg += "<text x=\"\(f(centre + half / 2))\" y=\"12\" text-anchor=\"middle\" class=\"tick\">weight +\(step)</text>"
        for (k, bar) in moving.enumerated() {
            let y = top + Double(k) * rowH
            svg += "<text x=\"\(f(labelW - 6))\" y=\"\(f(y + 15))\" text-anchor=\"end\" class=\"label\">\(e(name(bar)))</text>"
            let down = Double(bar.down) / most * half, up = Double(bar.up) / most * half
            svg += "<rect x=\"\(f(centre - down))\" y=\"\(f(y + 3))\" width=\"\(f(down))\" height=\"\(f(rowH - 6))\" fill=\"#E69F00\"><title>\(e(name(bar))) −\(step): \(bar.down) gaps change rank</title></rect>"
            svg += "<rect x=\"\(f(centre))\" y=\"\(f(y + 3))\" width=\"\(f(up))\" height=\"\(f(rowH - 6))\" fill=\"#0072B2\"><title>\(e(name(bar))) +\(step): \(bar.up) gaps change rank</title></rect>"
            svg += "<text x=\"\(f(centre - down - 4))\" y=\"\(f(y + 15))\" text-anchor=\"end\" class=\"value\">\(bar.down)</text>"
            svg += "<text x=\"\(f(centre + up + 4))\" y=\"\(f(y + 15))\" class=\"value\">\(bar.up)</text>"
        }
        svg += "<line x1=\"\(f(centre))\" x2=\"\(f(centre))\" y1=\"\(f(top))\" y2=\"\(f(height - 22))\" stroke=\"#333\"/>"
        svg += "<text x=\"\(f(centre))\" y=\"\(f(height - 6))\" text-anchor=\"middle\" class=\"tick\">gaps whose rank changes</text>"
        return svg + "</svg>" + legend([("weight lowered by \(step)", "#E69F00"), ("weight raised by \(step)", "#0072B2")])
    }

    /// A slope chart of one workshop: each gap the group placed in a ranked priority area, from the group's rank
    /// (left) to the engine's rank in the workshop (right), coloured by route; crossing lines show disagreement.
    static func declaredAgainstEngine(_ entries: [RankedEntry], id: String) -> String {
        let ranked = entries.filter { $0.result.declaredRank != nil }
        guard !ranked.isEmpty else { return "" }
        let maxDeclared = Double(ranked.map { $0.result.declaredRank! }.max()!), maxEngine = Double(entries.count)
        let w = 520.0, top = 24.0, plotH = max(120, 20 * maxEngine), left = 150.0, right = w - 150
        let h = top + plotH + 16
        let yDeclared = { (r: Int) in top + (maxDeclared <= 1 ? 0 : Double(r - 1) / (maxDeclared - 1) * plotH) }
        let yEngine = { (r: Int) in top + (maxEngine <= 1 ? 0 : Double(r - 1) / (maxEngine - 1) * plotH) }
        let agree = ranked.filter { a in ranked.allSatisfy { b in
            a.result.declaredRank! == b.result.declaredRank! || (a.result.declaredRank! < b.result.declaredRank!) == (a.rank < b.rank) } }.count
        var svg = "<svg role=\"img\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" class=\"chart\" aria-labelledby=\"\(e(id))t \(e(id))d\">"
        svg += "<title id=\"\(e(id))t\">The group's rank beside the engine's</title><desc id=\"\(e(id))d\">Each line is a gap the group placed in a ranked priority area: from the area's rank (left) to the engine's rank of the gap in this workshop (right). \(agree) of \(ranked.count) gaps keep the group's order against every other ranked gap.</desc>"
        svg += "<text x=\"\(f(left))\" y=\"12\" text-anchor=\"middle\" class=\"tick\">group's rank</text><text x=\"\(f(right))\" y=\"12\" text-anchor=\"middle\" class=\"tick\">engine's rank</text>"
        svg += "<line x1=\"\(f(left))\" x2=\"\(f(left))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" class=\"grid\"/><line x1=\"\(f(right))\" x2=\"\(f(right))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" class=\"grid\"/>"
        for r in 1...Int(maxDeclared) { svg += "<text x=\"\(f(left - 8))\" y=\"\(f(yDeclared(r) + 4))\" text-anchor=\"end\" class=\"tick\">\(r)</text>" }
        for entry in ranked {
            let r = entry.result, colour = routeColours[r.procurement.decision.route]!
            let y1 = yDeclared(r.declaredRank!), y2 = yEngine(entry.rank)
            let gap = e(String(r.gapRef.dropFirst(r.workshopId.count + 1)))
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y1))\" x2=\"\(f(right))\" y2=\"\(f(y2))\" stroke=\"\(colour)\" stroke-width=\"2\"><title>\(gap): group \(r.declaredRank!), engine \(entry.rank)</title></line>"
            svg += "<circle cx=\"\(f(left))\" cy=\"\(f(y1))\" r=\"4\" fill=\"\(colour)\"/><circle cx=\"\(f(right))\" cy=\"\(f(y2))\" r=\"4\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(f(right + 8))\" y=\"\(f(y2 + 4))\" class=\"label\">\(entry.rank). \(gap)</text>"
        }
        let routes = ProcurementRoute.allCases.filter { r in ranked.contains { $0.result.procurement.decision.route == r } }
        return svg + "</svg>" + legend(routes.map { (Glossary.routeName($0), routeColours[$0]!) })
    }
}
