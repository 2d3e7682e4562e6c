import Plot
import PriorityEngine

/// The HTML report of a run (`report.html`): one self-contained page (no scripts, fonts or files from elsewhere) with
/// an overview of every gap, a section per practitioner group, per year and per workshop, each reachable from the
/// navigation bar, and the meaning of every code. Built with Plot; charts are inline SVG drawn by the engine.
public enum HTMLReport {
    typealias E = RankingExplanation
    typealias N = HTMLNodes

    /// What the report shows: every list of the run (the list of all gaps last) with its Monte-Carlo result, and
    /// the one-at-a-time weight changes.
    public struct Content {
        public var lists: [RankingList]
        public var run: PriorityRun
        public var manifest: RunManifest
        /// Rows of the overview table; `nil` shows every gap.
        public var overviewRows: Int?
        /// Per list (in `lists` order), the Monte-Carlo result, when computed.
        public var uncertainty: [[String: GapUncertainty]]?
        public var uncertaintyTopK: Int
        /// `MonteCarlo.oneAtATime` rows, with their changes per list in `lists` order.
        public var weightChanges: [WeightSensitivityRow]?

        public init(lists: [RankingList], run: PriorityRun, manifest: RunManifest, overviewRows: Int? = nil,
                    uncertainty: [[String: GapUncertainty]]? = nil, uncertaintyTopK: Int = 5, weightChanges: [WeightSensitivityRow]? = nil) {
            precondition(!lists.isEmpty, "a report needs at least one list")
            self.lists = lists
            self.run = run
            self.manifest = manifest
            self.overviewRows = overviewRows
            self.uncertainty = uncertainty
            self.uncertaintyTopK = uncertaintyTopK
            self.weightChanges = weightChanges
        }

        var overall: RankingList { lists[lists.count - 1] }
        var overallUncertainty: [String: GapUncertainty]? { uncertainty?.last }
        func uncertainty(of list: Int) -> [String: GapUncertainty]? { uncertainty?[list] }
    }

    /// The page, as HTML text.
    public static func render(_ content: Content) -> String {
        let anchors = SectionAnchors(content.lists)
        let title = "i-LEAD priorities: \(content.overall.title)"
        let page = HTML(
            .lang(.english),
            .head(
                .encoding(.utf8),
                .viewport(.accordingToDevice),
                .element(named: "title", nodes: [.raw(HTMLText.escaped(title))]),
                .style(styleSheet)
            ),
            .body(
                .main(
                    header(content, title: title),
                    navigation(content, anchors: anchors),
                    overview(content),
                    pages(content, anchors: anchors),
                    glossary()
                )
            )
        )
        return page.render() + "\n"
    }

    /// Title, what the run was made of, and how to read the page.
    static func header(_ c: Content, title: String) -> N.Body {
        let m = c.manifest
        return .header(
            .h1(N.text(title)),
            .p(.small(N.text("Model \(m.modelId) \(m.modelVersion) · scenario \(m.scenarioId ?? "none") · as of \(m.asOfDate) · engine \(m.engineVersion) · \(c.overall.rowsInWords) from \(c.overall.workshopIds.count) workshop\(c.overall.workshopIds.count == 1 ? "" : "s")"))),
            .div(.class("reading"),
                 .p(.b(N.text("How to read it. ")),
                    N.text("Each gap has a priority score P from 0 to 1: the weighted sum of its gap severity (GS), technology opportunity, standardisation potential and procurement actionability. Bands: priority-1 for P of at least 0.70 (green edge), priority-2 from 0.50 (amber), priority-3 below. The route says how a gap could be bought; the rule (R00–R09) that chose it is named with what held. ")),
                 .p(N.text("Every code is explained in "), N.link("glossary", "What the codes mean"), N.text(".")))
        )
    }

    /// Links to the overview, each practitioner group, each year, the workshops and the codes.
    static func navigation(_ c: Content, anchors: SectionAnchors) -> N.Body {
        var links: [(String, String)] = [("overview", "Overview")]
        links += c.lists.filter { $0.kind == .practitionerGroup }.map { (anchors[$0], $0.key) }
        links += c.lists.filter { $0.kind == .year }.map { (anchors[$0], $0.key) }
        if c.lists.contains(where: { $0.kind == .workshop }) && c.lists.count > 1 { links.append(("workshops", "Workshops")) }
        links.append(("glossary", "Codes"))
        return .nav(.attribute(named: "aria-label", value: "Sections"), .class("sections"),
                    .group(links.enumerated().map { k, link in .group([k > 0 ? N.text(" · ") : .empty, N.link(link.0, link.1)]) }))
    }

    /// The charts and the full ranked list, with warnings.
    static func overview(_ c: Content) -> N.Body {
        let list = c.overall
        let entries = c.overviewRows.map { Array(list.entries.prefix($0)) } ?? list.entries
        return .section(
            N.id("overview"), .attribute(named: "aria-labelledby", value: "overview-title"),
            .h2(N.id("overview-title"), N.text("Overview: \(list.title)")),
            charts(c),
            rankedTable(entries, caption: "All \(list.rowsInWords), highest priority first" + (entries.count < list.entries.count ? " (the first \(entries.count))" : ""),
                        uncertainty: c.overallUncertainty, topK: c.uncertaintyTopK, reasons: .full),
            recurringNeeds(c),
            watchEffects(c),
            warnings(c.run)
        )
    }

    /// The recurring needs of the list of all gaps: each need's gaps, with their place, severity and the rule that
    /// merged them.
    static func recurringNeeds(_ c: Content) -> N.Body {
        let needs = c.overall.recurringNeeds
        guard !needs.isEmpty else { return .empty }
        return .group([
            .h3(N.id("recurring-needs"), N.text("Recurring needs (\(needs.count))")),
            .p(N.text("Gaps that raise the same need are one row in this list, at the place of their highest-ranked gap; every workshop keeps its own rows. Gaps are merged only by explicit rules, never by similar titles: a follow-up sharing a cross-cutting tag, the same catalogue items in the same group or with a shared tag, or a needs file.")),
            .ul(.forEach(needs) { n in
                .li(.b(N.text(n.need.title)), N.text(" (\(n.need.id)): \(n.summary); gap severity \(n.severityTrend). "),
                    .ul(.forEach(n.sources) { s in
                        .li(N.text("\(s.result.gapRef) \(s.result.title): rank \(s.rank) of all gaps, P \(N.number(s.score)), \(s.result.procurement.decision.route.rawValue)"))
                    }),
                    .small(N.text("Merged because \(n.rule).")))
            }),
        ])
    }

    /// The gaps whose solutions the technology watch updated: the route before and now, and what changed.
    static func watchEffects(_ c: Content) -> N.Body {
        let all = WatchEffect.effects(c.overall.entries, run: c.run)
        guard !all.isEmpty else { return .empty }
        // The gaps whose route moved, in full; the others are counted (the Markdown lists them all).
        let effects = all.filter(\.routeMoved)
        return .group([
            .h3(N.id("watch-changes"), N.text("What the technology watch changed (\(all.count) gap\(all.count == 1 ? "" : "s"), \(effects.count) route\(effects.count == 1 ? "" : "s") moved)")),
            .p(N.text("Solutions linked to a catalogue item took its newest assessment dated on or before \(c.manifest.asOfDate) and after the workshop's own. The route on the workshop's own values is shown before the arrow. "
                      + "\(all.count - effects.count) more gap\(all.count - effects.count == 1 ? "" : "s") took newer values without a new route; \(c.overall.fileStem).ranking.md lists them.")),
            effects.isEmpty ? .empty : .table(
                .thead(.tr(.th("Gap"), .th("Title"), .th("Route"), .th("What the catalogue changed"))),
                .tbody(.forEach(effects) { e in
                    .tr(.td(N.text(e.gapRef)), .td(N.text(e.title)),
                        .td(e.routeMoved ? .b(N.text(e.routeText)) : N.text(e.routeText)),
                        .td(.ul(.forEach(e.changes) { ch in .li(N.text("\(ch.solutionRef): \(ch.sentence)")) })))
                })
            ),
        ])
    }

    /// The charts of the overview: what the top priorities are made of, how robust their ranks are, routes per group,
    /// readiness against severity, PCP against PPI, and which weights move ranks.
    static func charts(_ c: Content) -> N.Body {
        let list = c.overall
        let top = Array(list.entries.prefix(15))
        var figures: [N.Body] = [N.figure("What the top \(top.count) priorities are made of", svg: SVGCharts.contributions(top))]
        if let u = c.overallUncertainty {
            figures.append(N.figure("How robust the top ranks are", svg: SVGCharts.rankRobustness(top, uncertainty: u, topK: c.uncertaintyTopK)))
        }
        figures.append(N.figure("Routes per practitioner group", svg: SVGCharts.routeMix(list.entries)))
        figures.append(N.figure("Best solution's readiness against gap severity", svg: SVGCharts.readinessAgainstSeverity(list.entries)))
        let suitability = SVGCharts.pcpAgainstPpi(list.entries)
        if !suitability.isEmpty { figures.append(N.figure("PCP or PPI? Suitability of each procurable gap", svg: suitability)) }
        if let rows = c.weightChanges {
            let tornado = SVGCharts.weightTornado(rows, list: c.lists.count - 1, gaps: list.entries.count)
            if !tornado.isEmpty { figures.append(N.figure("Which weights move the ranks", svg: tornado)) }
        }
        return .section(.class("charts"), .attribute(named: "aria-label", value: "Charts"), .group(figures))
    }

    static func warnings(_ run: PriorityRun) -> N.Body {
        guard !run.warnings.isEmpty else { return .empty }
        return .group([
            .h3(N.text("Warnings (\(run.warnings.count))")),
            .ul(.forEach(run.warnings) { w in
                .li(.code(N.text(w.code ?? "")), N.text(" \(w.ref ?? ""): \(w.message)"))
            }),
        ])
    }
}
