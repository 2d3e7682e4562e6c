import Plot
import PriorityEngine

extension HTMLReport {
    /// A page per practitioner group, per year and per workshop (each a printed page of its own), and the index of
    /// the workshops. A group or year that holds every workshop of the run repeats the overview and is left out.
    static func pages(_ c: Content, anchors: SectionAnchors) -> N.Body {
        let all = Set(c.overall.workshopIds)
        var out: [N.Body] = []
        for (l, list) in c.lists.enumerated() where (list.kind == .practitionerGroup || list.kind == .year) && Set(list.workshopIds) != all {
            out.append(listPage(c, list: l, anchors: anchors))
        }
        let workshops = c.lists.indices.filter { c.lists[$0].kind == .workshop }
        if workshops.count > 1 {
            out.append(workshopIndex(c, workshops: workshops, anchors: anchors))
            out += workshops.map { workshopPage(c, list: $0, anchors: anchors) }
        }
        return .group(out)
    }

    /// A section of the printed report: its own page, title and links back.
    static func page(id: String, title: String, links: [(String, String)], _ content: [N.Body]) -> N.Body {
        .section(
            N.id(id), .class("page"), .attribute(named: "aria-labelledby", value: HTMLText.escaped(id + "-title")),
            .h2(N.id(id + "-title"), N.text(title)),
            .nav(.attribute(named: "aria-label", value: "Related sections"), .class("local"),
                 .group(links.enumerated().map { k, link in .group([k > 0 ? N.text(" · ") : .empty, N.link(link.0, link.1)]) })),
            .group(content)
        )
    }

    /// A practitioner group's or a year's page: what it holds, its routes, and its ranked gaps (a year shows its top 10).
    static func listPage(_ c: Content, list l: Int, anchors: SectionAnchors) -> N.Body {
        let list = c.lists[l]
        let id = anchors[list]
        let title = list.kind == .practitionerGroup
            ? "\(PractitionerGroup(rawValue: list.key).map(Glossary.groupName) ?? list.key) (\(list.key)), all years"
            : list.title
        var links = [("overview", "Overview")]
        links += list.workshopIds.compactMap { w in anchors[.workshop, w].map { ($0, w) } }
        let shown = list.kind == .year ? Array(list.entries.prefix(10)) : list.entries
        let caption = shown.count < list.entries.count
            ? "The first \(shown.count) of \(list.entries.count) gaps (all of them in \(list.fileStem).ranking.md)"
            : "All \(list.entries.count) gaps, highest priority first"
        return page(id: id, title: title, links: links, [
            .p(N.text(summary(list))),
            N.figure("Routes", svg: SVGCharts.routeMix(list.entries, id: "\(id)-routes")),
            rankedTable(shown, caption: caption, uncertainty: c.uncertainty(of: l), topK: c.uncertaintyTopK, reasons: .short),
        ])
    }

    /// "38 gaps from 5 workshops, 2018–2022: 12 in priority-1, 15 in priority-2, 11 in priority-3."
    static func summary(_ list: RankingList) -> String {
        let years = Set(list.entries.map(\.result.year))
        let span = years.count == 1 ? "\(years.first!)" : "\(years.min() ?? 0)–\(years.max() ?? 0)"
        let bands = ["priority-1", "priority-2", "priority-3"].map { (b: String) in (b, list.entries.filter { $0.band == b }.count) }.filter { $0.1 > 0 }
        return "\(list.entries.count) gaps from \(list.workshopIds.count) workshop\(list.workshopIds.count == 1 ? "" : "s"), \(span): "
            + bands.map { "\($0.1) in \($0.0)" }.joined(separator: ", ") + "."
    }

    /// Every workshop with its topic and a link to its page.
    static func workshopIndex(_ c: Content, workshops: [Int], anchors: SectionAnchors) -> N.Body {
        let topics = Dictionary(c.run.workshops.map { ($0.workshop.id, $0.workshop.topic) }, uniquingKeysWith: { a, _ in a })
        return page(id: "workshops", title: "Workshops", links: [("overview", "Overview")], [
            .ul(.class("workshops"), .forEach(workshops) { l in
                let list = c.lists[l]
                return .li(N.link(anchors[list], list.key), N.text((topics[list.key].flatMap { $0 }.map { ": \($0)" } ?? "") + " (\(list.entries.count) gaps)"))
            }),
        ])
    }

    /// A workshop's page: its gaps ranked by the engine beside the rank the group gave them, in a chart and in words.
    static func workshopPage(_ c: Content, list l: Int, anchors: SectionAnchors) -> N.Body {
        let list = c.lists[l]
        let id = anchors[list]
        let workshop = c.run.workshops.first { $0.workshop.id == list.key }
        var links = [("overview", "Overview"), ("workshops", "All workshops")]
        if let w = workshop {
            if let g = anchors[.practitionerGroup, w.workshop.practitionerGroup.rawValue] { links.append((g, Glossary.groupName(w.workshop.practitionerGroup))) }
            if let y = anchors[.year, String(w.workshop.year)] { links.append((y, String(w.workshop.year))) }
        }
        let declared = list.entries.contains { $0.result.declaredRank != nil }
        var content: [N.Body] = [.p(N.text(summary(list)))]
        if declared, let workshop {
            content.append(.p(N.text(declaredRanksInWords(list, workshop: workshop))))
            content.append(N.figure("The group's rank beside the engine's", svg: SVGCharts.declaredAgainstEngine(list.entries, id: "\(id)-declared")))
        }
        content.append(rankedTable(list.entries, caption: "The workshop's \(list.entries.count) gaps, highest priority first",
                                   uncertainty: c.uncertainty(of: l), topK: c.uncertaintyTopK, reasons: .short, declaredRanks: declared))
        let topic = workshop?.workshop.topic.map { ": \($0)" } ?? ""
        return page(id: id, title: "Workshop \(list.key)\(topic)", links: links, content)
    }

    /// Per priority area, in the group's order, where the engine ranks its gaps: "The group put PA1 (Asset tracing)
    /// first; the engine ranks its gaps 2 and 5 of 8."
    static func declaredRanksInWords(_ list: RankingList, workshop: Workshop) -> String {
        let rank = Dictionary(list.entries.map { (String($0.result.gapRef.dropFirst($0.result.workshopId.count + 1)), $0.rank) }, uniquingKeysWith: min)
        let areas = workshop.priorityAreas.filter { $0.declaredRank != nil }.sorted { ($0.declaredRank!, $0.id) < ($1.declaredRank!, $1.id) }
        let sentences = areas.map { a -> String in
            let ranks = a.gapIds.compactMap { rank[$0] }.sorted().map(String.init)
            let name = a.title.map { "\(a.id) (\($0))" } ?? a.id
            let engine = ranks.isEmpty ? "none of its gaps is in this list"
                : "the engine ranks its gap\(ranks.count == 1 ? "" : "s") " + Self.andList(ranks) + " of \(list.entries.count)"
            return "The group ranked \(name) \(Self.ordinal(a.declaredRank!)); \(engine)."
        }
        return sentences.joined(separator: " ")
    }

    static func andList(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    static func ordinal(_ n: Int) -> String {
        switch n { case 1: "first" case 2: "second" case 3: "third" case 4: "fourth" default: "\(n)th" }
    }
}
