import Plot
import PriorityEngine

extension WatchReport {
    /// The watch report as one self-contained page (the run report's style sheet): the summary, the moved routes,
    /// the gaps that became procurable or were blocked, the review candidates, and the TRL trajectories as a chart.
    public var html: String {
        typealias N = HTMLNodes
        let moved = gaps.filter(\.moved)
        let title = "What changed since the workshops (as of \(asOfDate))"
        let charted = chartedTrajectories
        func gapRows(_ list: [Gap]) -> [Node<HTML.TableContext>] {
            list.map { g in
                .tr(.td(.class("gap"), N.text(g.gapRef)), .td(N.text(g.title)), .td(.class("n"), N.text(g.then)),
                    .td(N.text("\(g.routeThen.rawValue) (\(g.ruleThen))")), .td(.b(N.text("\(g.routeNow.rawValue) (\(g.ruleNow))"))),
                    .td(.class("why"), N.text(g.reason)))
            }
        }
        let headers: [Node<HTML.TableRowContext>] = [N.columnHeader("Gap"), N.columnHeader("Title"), N.columnHeader("Then", numeric: true),
                                                     N.columnHeader("Route then"), N.columnHeader("Route now"), N.columnHeader("Why")]
        let legal = gaps.filter { $0.blockedByAIAct || $0.unblockedByAIAct }
        let procurable = gaps.filter(\.becameProcurable)
        let page = HTML(
            .lang(.english),
            .head(.encoding(.utf8), .viewport(.accordingToDevice), .element(named: "title", nodes: [N.text(title)]), .style(HTMLReport.styleSheet + Self.styleSheet)),
            .body(.main(
                .header(.h1(N.text(title)),
                        .p(.small(N.text("Technology watch as of \(asOfDate)" + (since.map { " · compared with \($0) or each workshop's date when later" } ?? " · compared with each workshop's date") + " · model \(manifest.modelId) \(manifest.modelVersion) · engine \(manifest.engineVersion)"))),
                        .div(.class("reading"), .p(N.text(summarySentence)),
                             .p(N.text("A route can move for two reasons: the catalogue holds a newer assessment of a linked solution (its TRL, market availability, suppliers or AI Act category), or the AI Act's prohibitions apply from a date between the workshop and now. Each row says which.")))),
                .nav(.attribute(named: "aria-label", value: "Sections"), .class("sections"),
                     .group([("moved", "Routes that moved"), ("procurable", "Became procurable"), ("ai-act", "AI Act date"),
                             ("trajectories", "Readiness over time"), ("candidates", "Review candidates"), ("updated", "Other updates")]
                        .enumerated().map { k, link in .group([k > 0 ? N.text(" · ") : .empty, N.link(link.0, link.1)]) })),
                .section(N.id("moved"), .h2(N.text("Routes that moved (\(moved.count))")),
                         moved.isEmpty ? .p(N.text("No route moved.")) : N.table(caption: "Gaps whose route moved, then and now", headers: headers, rows: gapRows(moved))),
                .section(N.id("procurable"), .h2(N.text("Gaps that became procurable (\(procurable.count))")),
                         procurable.isEmpty ? .p(N.text("None: no gap's route became standard procurement or PPI."))
                            : .ul(.forEach(procurable) { g in .li(N.text("\(g.gapRef) \(g.title): \(g.routeThen.rawValue) → \(g.routeNow.rawValue)")) })),
                .section(N.id("ai-act"), .h2(N.text("Blocked or unblocked by the AI Act date (\(legal.count))")),
                         legal.isEmpty ? .p(N.text("None."))
                            : .ul(.forEach(legal) { g in .li(N.text("\(g.gapRef) \(g.title): \(g.blockedByAIAct ? "blocked" : "unblocked") (\(g.routeThen.rawValue) → \(g.routeThenValuesNowLaw.rawValue))")) })),
                .section(N.id("trajectories"), .h2(N.text("Readiness of catalogue items")),
                         charted.isEmpty ? .p(N.text("No linked item has more than one assessment."))
                            : N.figure("TRL over time of the \(charted.count) items that moved a route or rose most", svg: SVGCharts.trlTrajectories(charted)),
                         .p(.small(N.text("All \(trajectories.count) linked items are in watch.json and watch.csv.")))),
                .section(N.id("candidates"), .h2(N.text("Candidates for the next technology-watch review (\(candidates.count))")),
                         .p(N.text("Gaps that no solution links, with the catalogue items that share one of their cross-cutting tags, highest TRL first.")),
                         candidates.isEmpty ? .p(N.text("None."))
                            : N.table(caption: "Gaps without a solution and catalogue items with a shared tag",
                                      headers: [N.columnHeader("Gap"), N.columnHeader("Title"), N.columnHeader("Tags"), N.columnHeader("Catalogue items")],
                                      rows: candidates.map { c in
                                          .tr(.td(.class("gap"), N.text(c.gapRef)), .td(N.text(c.title)), .td(N.text(c.tags.joined(separator: ", "))),
                                              .td(.class("why"), N.text(c.items.prefix(5).map { "\($0.catalogId) \($0.name)\($0.trl.map { " (TRL \($0.text))" } ?? "")" }.joined(separator: "; ")
                                                                         + (c.matchingItems > 5 ? "; and \(c.matchingItems - 5) more" : ""))))
                                      })),
                .section(N.id("updated"), .h2(N.text("Newer assessments that left the route as it was")),
                         .p(N.text("\(gaps.filter { !$0.moved && !$0.changes.isEmpty }.count) gaps; their assessments are listed in watch.md and watch.json.")))
            ))
        )
        return page.render() + "\n"
    }

    /// What the watch page adds to the run report's style sheet: a chart no wider than it reads well.
    static let styleSheet = "#trajectories svg.chart{max-width:760px}"

    /// The items drawn in the chart: those whose assessments moved a route, then those that rose most (each part by
    /// its rise), at most 8, each with at least two assessments.
    var chartedTrajectories: [Trajectory] {
        let moving = Set(gaps.filter(\.movedByCatalogue).flatMap { $0.changes.map(\.catalogId) })
        let drawable = trajectories.filter { $0.points.filter { $0.trl != nil }.count >= 2 }
        let byRise = { (a: Trajectory, b: Trajectory) in (a.rise, b.catalogId) > (b.rise, a.catalogId) }
        let first = drawable.filter { moving.contains($0.catalogId) }.sorted(by: byRise)
        let rest = drawable.filter { !moving.contains($0.catalogId) && $0.rise > 0 }.sorted(by: byRise)
        return Array((first + rest).prefix(8))
    }
}
