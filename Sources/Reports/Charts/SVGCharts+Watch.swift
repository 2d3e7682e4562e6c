import PriorityEngine
import JSONFormat

extension SVGCharts {
    /// Lines: the most likely TRL of each item over its assessments (a bar from min to max at each), time across.
    static func trlTrajectories(_ items: [WatchReport.Trajectory]) -> String {
        let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
        let w = 680.0, h = 280.0, left = 40.0, right = 16.0, top = 10.0, bottom = 30.0
        let plotW = w - left - right, plotH = h - top - bottom
        /// Years as a continuous scale: 2019-07-01 is 2019.5.
        func year(_ date: String) -> Double {
            let p = date.split(separator: "-").compactMap { Double($0) }
            return p.count == 3 ? p[0] + (p[1] - 1) / 12 + (p[2] - 1) / 365 : 0
        }
        let dates = items.flatMap { $0.points.map { year($0.date) } }
        let lo = (dates.min() ?? 2018).rounded(.down), hi = max(lo + 1, (dates.max() ?? 2023).rounded(.up))
        func x(_ date: String) -> Double { left + (year(date) - lo) / (hi - lo) * plotW }
        func y(_ trl: Double) -> Double { top + plotH - (trl - 1) / 8 * plotH }
        let described = items.map { t in "\(t.catalogId) \(t.path)" }.joined(separator: "; ")
        var svg = "<svg role=\"img\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" class=\"chart\" aria-labelledby=\"w1t w1d\">"
        svg += "<title id=\"w1t\">Readiness of catalogue items over time</title><desc id=\"w1d\">The most likely TRL of each item at each assessment, with a bar from its lowest to its highest plausible TRL: \(e(described)).</desc>"
        for trl in stride(from: 1.0, through: 9, by: 1) {
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotW))\" y1=\"\(f(y(trl)))\" y2=\"\(f(y(trl)))\" class=\"grid\"/><text x=\"\(f(left - 6))\" y=\"\(f(y(trl) + 4))\" text-anchor=\"end\" class=\"tick\">\(Int(trl))</text>"
        }
        for yr in stride(from: lo, through: hi, by: 1) {
            let xx = left + (yr - lo) / (hi - lo) * plotW
            svg += "<line x1=\"\(f(xx))\" x2=\"\(f(xx))\" y1=\"\(f(top))\" y2=\"\(f(top + plotH))\" class=\"grid\"/><text x=\"\(f(xx))\" y=\"\(f(h - 10))\" text-anchor=\"middle\" class=\"tick\">\(Int(yr))</text>"
        }
        svg += "<text x=\"10\" y=\"\(f(top + plotH / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 10 \(f(top + plotH / 2)))\" class=\"tick\">TRL</text>"
        for (k, t) in items.enumerated() {
            let colour = colours[k % colours.count]
            let points = t.points.compactMap { p in p.trl.map { (p.date, $0) } }
            svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"" + points.map { "\(f(x($0.0))),\(f(y($0.1.mostLikely)))" }.joined(separator: " ") + "\"/>"
            for (date, trl) in points {
                svg += "<line x1=\"\(f(x(date)))\" x2=\"\(f(x(date)))\" y1=\"\(f(y(trl.min)))\" y2=\"\(f(y(trl.max)))\" stroke=\"\(colour)\" stroke-opacity=\"0.5\" stroke-width=\"5\"/>"
                svg += "<circle cx=\"\(f(x(date)))\" cy=\"\(f(y(trl.mostLikely)))\" r=\"3.5\" fill=\"\(colour)\"><title>\(e(t.catalogId)) \(date): TRL \(trl.text)</title></circle>"
            }
        }
        return svg + "</svg>" + legend(items.enumerated().map { ("\($0.element.catalogId) \($0.element.name)", colours[$0.offset % colours.count]) })
    }
}
