import PriorityEngine
import JSONFormat

extension WatchReport {
    /// The complete report: every gap then and now with the assessments that moved it, the candidates, the
    /// trajectories and the manifest.
    public var json: JSONValue {
        let summary: JSONValue = .object([
            ("gaps", .integer(gaps.count)), ("routeMoved", .integer(gaps.filter(\.moved).count)),
            ("movedByCatalogue", .integer(gaps.filter(\.movedByCatalogue).count)),
            ("blockedByAIAct", .integer(gaps.filter(\.blockedByAIAct).count)),
            ("unblockedByAIAct", .integer(gaps.filter(\.unblockedByAIAct).count)),
            ("becameProcurable", .integer(gaps.filter(\.becameProcurable).count)),
        ])
        let gapRows: [JSONValue] = gaps.map(Self.json)
        let candidateRows: [JSONValue] = candidates.map(Self.json)
        let trajectoryRows: [JSONValue] = trajectories.map(Self.json)
        let unresolvedRows: [JSONValue] = unresolved.map { .object([("solutionRef", .string($0.solutionRef)), ("catalogId", .string($0.catalogId))]) }
        let warningRows: [JSONValue] = warnings.map { .object([("code", .string($0.code ?? "")), ("ref", .string($0.ref)), ("message", .string($0.message))]) }
        return .object([
            ("kind", .string("watchReport")), ("asOfDate", .string(asOfDate)), ("since", since.map(JSONValue.string) ?? .null),
            ("run", RankingDocument.manifestJSON(manifest)), ("summary", summary), ("gaps", .array(gapRows)),
            ("reviewCandidates", .array(candidateRows)), ("trajectories", .array(trajectoryRows)),
            ("unresolvedCatalogIds", .array(unresolvedRows)), ("warnings", .array(warningRows)),
        ])
    }

    static func json(_ g: Gap) -> JSONValue {
        let changes: [JSONValue] = g.changes.map(\.json)
        return .object([
            ("gapRef", .string(g.gapRef)), ("title", .string(g.title)), ("practitionerGroup", .string(g.practitionerGroup.rawValue)),
            ("year", .integer(g.year)), ("then", .string(g.then)),
            ("routeThen", .string(g.routeThen.rawValue)), ("ruleThen", .string(g.ruleThen)),
            ("routeThenValuesAtAsOfDate", .string(g.routeThenValuesNowLaw.rawValue)),
            ("routeNow", .string(g.routeNow.rawValue)), ("ruleNow", .string(g.ruleNow)),
            ("movedBy", .array(g.causes.map(JSONValue.string))), ("becameProcurable", .bool(g.becameProcurable)),
            ("catalogueChanges", .array(changes)),
        ])
    }

    static func json(_ c: Candidate) -> JSONValue {
        let items: [JSONValue] = c.items.map { i in
            .object([("catalogId", .string(i.catalogId)), ("name", .string(i.name)),
                     ("technicalApproach", i.technicalApproach.map(JSONValue.string) ?? .null),
                     ("sharedTags", .array(i.sharedTags.map(JSONValue.string))),
                     ("trl", i.trl.map(Self.trlJSON) ?? .null)])
        }
        return .object([("gapRef", .string(c.gapRef)), ("title", .string(c.title)), ("tags", .array(c.tags.map(JSONValue.string))),
                        ("matchingItems", .integer(c.matchingItems)), ("items", .array(items))])
    }

    static func json(_ t: Trajectory) -> JSONValue {
        let points: [JSONValue] = t.points.map { p in
            .object([("date", .string(p.date)), ("trl", p.trl.map(Self.trlJSON) ?? .null),
                     ("availability", p.availability.map { .string($0.rawValue) } ?? .null)])
        }
        return .object([("catalogId", .string(t.catalogId)), ("name", .string(t.name)), ("source", t.source.map { .string($0.rawValue) } ?? .null),
                        ("gapRefs", .array(t.gapRefs.map(JSONValue.string))), ("assessments", .array(points))])
    }

    static func trlJSON(_ t: ThreePoint) -> JSONValue {
        .object([("min", .number(t.min)), ("mostLikely", .number(t.mostLikely)), ("max", .number(t.max))])
    }

    /// One row per gap: then and now, the causes, and the assessments that moved it in words.
    public var csv: String {
        TextTable.csv(header: ["gapRef", "title", "practitionerGroup", "year", "then", "routeThen", "ruleThen", "routeNow", "ruleNow",
                               "movedBy", "becameProcurable", "catalogueChanges"],
                      rows: gaps.map { g in
                          [g.gapRef, g.title, g.practitionerGroup.rawValue, String(g.year), g.then, g.routeThen.rawValue, g.ruleThen,
                           g.routeNow.rawValue, g.ruleNow, g.causes.joined(separator: "; "), g.becameProcurable ? "yes" : "no",
                           g.changes.map(\.sentence).joined(separator: "; ")]
                      })
    }

    /// "What changed since our workshops?" in Markdown.
    public var markdown: String {
        let moved = gaps.filter(\.moved)
        var out = "# What changed since the workshops\n\n"
        out += "Technology watch as of \(asOfDate)" + (since.map { ", compared with \($0) or each workshop's own date when later" } ?? ", compared with each workshop's own date") + ".\n\n"
        out += summarySentence + "\n"
        func row(_ g: Gap) -> String {
            "| \(g.gapRef) | \(MarkdownText.escaped(g.title)) | \(g.then) | \(g.routeThen.rawValue) (\(g.ruleThen)) | \(g.routeNow.rawValue) (\(g.ruleNow)) | \(MarkdownText.escaped(g.reason)) |\n"
        }
        let header = "| Gap | Title | Then | Route then | Route now | Why |\n|---|---|---|---|---|---|\n"
        out += "\n## Routes that moved (\(moved.count))\n\n"
        out += moved.isEmpty ? "No route moved.\n" : header + moved.map(row).joined()
        let procurable = gaps.filter(\.becameProcurable)
        out += "\n## Gaps that became procurable (\(procurable.count))\n\n"
        out += procurable.isEmpty ? "None: no gap's route became standard procurement or PPI.\n"
            : procurable.map { "- \($0.gapRef) \(MarkdownText.escaped($0.title)): \($0.routeThen.rawValue) → \($0.routeNow.rawValue)\n" }.joined()
        let legal = gaps.filter { $0.blockedByAIAct || $0.unblockedByAIAct }
        out += "\n## Blocked or unblocked by the AI Act date (\(legal.count))\n\n"
        out += legal.isEmpty ? "None.\n" : legal.map { g in
            "- \(g.gapRef) \(MarkdownText.escaped(g.title)): \(g.blockedByAIAct ? "blocked" : "unblocked") — a linked solution's use is prohibited from the AI Act's date on (\(g.routeThen.rawValue) → \(g.routeThenValuesNowLaw.rawValue))\n"
        }.joined()
        let updated = gaps.filter { !$0.moved && !$0.changes.isEmpty }
        out += "\n## Newer assessments that left the route as it was (\(updated.count) gaps)\n\n"
        out += updated.isEmpty ? "None.\n" : updated.map { g in
            "- \(g.gapRef) \(MarkdownText.escaped(g.title)), \(g.routeNow.rawValue): " + g.changes.map { MarkdownText.escaped($0.sentence) }.joined(separator: "; ") + "\n"
        }.joined()
        out += "\n## Candidates for the next technology-watch review (\(candidates.count))\n\n"
        out += "Gaps that no solution links, with the catalogue items that share one of their cross-cutting tags (highest TRL first).\n\n"
        out += candidates.isEmpty ? "None.\n" : candidates.map { c in
            "- \(c.gapRef) \(MarkdownText.escaped(c.title)) [\(c.tags.joined(separator: ", "))]: "
                + c.items.prefix(5).map { "\($0.catalogId) \(MarkdownText.escaped($0.name))\($0.trl.map { " (TRL \($0.text))" } ?? "")" }.joined(separator: "; ")
                + (c.matchingItems > 5 ? "; and \(c.matchingItems - 5) more" : "") + "\n"
        }.joined()
        let rising = trajectories.filter { $0.rise > 0 }
        out += "\n## Readiness of the linked catalogue items (\(trajectories.count); \(rising.count) rose)\n\n"
        out += "| Item | Name | TRL over the assessments | Gaps |\n|---|---|---|---|\n"
        for t in trajectories.sorted(by: { ($0.rise, $1.catalogId) > ($1.rise, $0.catalogId) }).prefix(30) {
            out += "| \(t.catalogId) | \(MarkdownText.escaped(t.name)) | \(t.path) | \(t.gapRefs.joined(separator: ", ")) |\n"
        }
        if trajectories.count > 30 { out += "\nThe \(trajectories.count - 30) others are in watch.json and watch.csv.\n" }
        if !unresolved.isEmpty {
            out += "\n## Catalogue ids the catalogue does not hold (\(unresolved.count))\n\n"
            out += unresolved.map { "- \($0.solutionRef): \($0.catalogId)\n" }.joined()
        }
        return out
    }

    /// "Of 231 gaps, 7 routes moved: 5 by the catalogue's newer assessments, 2 by the AI Act date; 3 became procurable."
    public var summarySentence: String {
        let moved = gaps.filter(\.moved).count
        return "Of \(gaps.count) gaps, \(moved) route\(moved == 1 ? "" : "s") moved: \(gaps.filter(\.movedByCatalogue).count) by the catalogue's newer assessments, "
            + "\(gaps.filter(\.movedByAIAct).count) by the AI Act date; \(gaps.filter(\.becameProcurable).count) became procurable; "
            + "\(candidates.count) gap\(candidates.count == 1 ? "" : "s") without a solution share tags with catalogue items."
    }

    /// The terminal summary: the sentence and the moved routes.
    public var terminal: String {
        var out = summarySentence + "\n"
        let moved = gaps.filter(\.moved)
        if !moved.isEmpty {
            out += "\n" + TextTable.render(header: ["gap", "title", "then", "now", "moved by"],
                                           rows: moved.prefix(20).map { [$0.gapRef, String($0.title.prefix(40)), $0.routeThen.rawValue, $0.routeNow.rawValue, $0.shortReason] })
            if moved.count > 20 { out += "… and \(moved.count - 20) more in watch.md\n" }
        }
        return out
    }

}

extension WatchReport.Gap {
    /// What moved the route: `catalogue`, `aiActDate`, both, or none.
    public var causes: [String] {
        (movedByAIAct ? ["aiActDate"] : []) + (movedByCatalogue ? ["catalogue"] : [])
    }

    /// What moved the route, in a few words for the terminal: "AI Act date", "TW-9001 2022-06-30", or both.
    public var shortReason: String {
        var parts: [String] = []
        if movedByAIAct { parts.append("AI Act date") }
        if movedByCatalogue { parts.append(changes.filter { !$0.fields.isEmpty }.map { "\($0.catalogId) \($0.assessedOn)" }.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// Why the route moved (or did not), in words.
    public var reason: String {
        var parts: [String] = []
        if movedByAIAct {
            parts.append(blockedByAIAct ? "the AI Act prohibits a linked use from its date on" : "the AI Act date changed what a linked solution may be used for")
        }
        if movedByCatalogue {
            parts.append(changes.map { c in c.sentence }.joined(separator: "; "))
        }
        if parts.isEmpty { return changes.isEmpty ? "no newer assessment" : "newer assessments, same route" }
        return parts.joined(separator: "; ") + ": \(routeThen.rawValue) → \(routeNow.rawValue)"
    }
}

extension WatchReport.Trajectory {
    /// The rise of the most likely TRL from the first assessment to the last.
    public var rise: Double {
        let values = points.compactMap { $0.trl?.mostLikely }
        guard let first = values.first, let last = values.last else { return 0 }
        return last - first
    }

    /// "6 (2019-09-30) → 7 (2021-03-31) → 8 (2022-06-30)".
    public var path: String {
        points.map { p in "\(p.trl.map { $0.text } ?? "–") (\(p.date))" }.joined(separator: " → ")
    }
}
