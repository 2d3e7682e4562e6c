import Foundation
import JSONFormat

/// What changed since the workshops (`ilead watch`): per gap, the route then and now, and why it moved (the
/// technology watch's newer assessments, or the AI Act's prohibition date); gaps that became procurable; gaps
/// without a solution that catalogue items may answer; and the readiness trajectory of every linked item.
///
/// "Then" is, per gap, its workshop's date (its end, else start, else 31 December of its year) or `since` when
/// that is later: the gap is evaluated then with the catalogue's assessments up to that date, at that legal date.
/// "Now" is the as-of date with every assessment up to it. The route on then's values at now's legal date tells
/// the two causes apart: a change between then and that is the AI Act date's; a change between that and now is
/// the catalogue's.
public struct WatchReport: Sendable {
    /// One gap, then and now.
    public struct Gap: Sendable {
        public var gapRef: String, title: String, workshopId: String
        public var practitionerGroup: PractitionerGroup, year: Int, crossCuttingTags: [String]
        /// The date the gap is compared from.
        public var then: String
        /// Route and rule then; on then's values at now's legal date; now.
        public var routeThen: ProcurementRoute, ruleThen: String
        public var routeThenValuesNowLaw: ProcurementRoute
        public var routeNow: ProcurementRoute, ruleNow: String
        /// The catalogue's assessments dated after `then` that replaced values of the gap's solutions.
        public var changes: [WatchChange]

        public var moved: Bool { routeThen != routeNow }
        /// The AI Act's prohibition date moved the route (on the same values).
        public var movedByAIAct: Bool { routeThen != routeThenValuesNowLaw }
        /// The catalogue's newer assessments moved the route (at the same legal date).
        public var movedByCatalogue: Bool { routeThenValuesNowLaw != routeNow }
        /// Blocked now by the AI Act date and not then, or the reverse.
        public var blockedByAIAct: Bool { movedByAIAct && routeThenValuesNowLaw == .BLOCKED }
        public var unblockedByAIAct: Bool { movedByAIAct && routeThen == .BLOCKED }
        /// The route now buys what the market offers (standard procurement or PPI) and did not then
        /// [decision: PCP and innovation partnerships buy research and development, so they do not count].
        public var becameProcurable: Bool {
            [.STANDARD_PROCUREMENT, .PPI].contains(routeNow) && ![.STANDARD_PROCUREMENT, .PPI].contains(routeThen)
        }
    }

    /// A gap without a linked solution, and the catalogue items that share one of its cross-cutting tags.
    public struct Candidate: Sendable {
        public var gapRef: String, title: String, tags: [String]
        /// `(catalogId, name, technicalApproach, the shared tags, the newest TRL at the as-of date)`: the
        /// `shownItems` most ready of them.
        public var items: [(catalogId: String, name: String, technicalApproach: String?, sharedTags: [String], trl: ThreePoint?)]
        /// How many items share a tag with the gap.
        public var matchingItems: Int
    }

    /// An item's readiness over its assessments (those dated on or before the as-of date).
    public struct Trajectory: Sendable {
        public var catalogId: String, name: String, source: TechnologyWatch.Source?
        public var points: [(date: String, trl: ThreePoint?, availability: Availability?)]
        /// The gaps that link the item.
        public var gapRefs: [String]
    }

    public var asOfDate: String
    public var since: String?
    /// Every gap, the moved ones first (then in gapRef order).
    public var gaps: [Gap]
    public var candidates: [Candidate]
    /// The items linked from the workshops, in catalogId order.
    public var trajectories: [Trajectory]
    /// Solutions whose catalogId the catalogue lacks (`<workshopId>/<solutionId>`, catalogId).
    public var unresolved: [(solutionRef: String, catalogId: String)]
    public var manifest: RunManifest
    public var warnings: [Diagnostic]

    /// Builds the report of `request` (its `watch` is required) since `since`.
    /// - Throws: `RunFailure` with every error of every file.
    public static func build(_ request: RunRequest, since: String? = nil) throws(RunFailure) -> WatchReport {
        guard let file = request.watch else {
            throw RunFailure(diagnostics: [Diagnostic(.error, path: "", "the watch report needs a technology-watch catalogue")])
        }
        if let since, !IsoDate.isValid(since) {
            throw RunFailure(diagnostics: [Diagnostic(.error, path: "since", "expected a date YYYY-MM-DD, got \"\(since)\"")])
        }
        var request = request
        request.uncertainty = false
        request.routesBeforeWatch = false
        let now = try PreparedRun.prepare(request)
        guard let watch = now.watch else { throw RunFailure(diagnostics: [Diagnostic(.error, file: file.path, path: "", "the catalogue is invalid")]) }
        let asOf = now.settings.asOfDate
        // The date each workshop's gaps are compared from, and the workshops of each such date.
        var thenOf: [String: String] = [:]
        for w in now.run.workshops {
            thenOf[w.workshop.id] = max(TechnologyWatch.date(of: w.workshop), since ?? "")
        }
        var routesThen: [String: (ProcurementRoute, String)] = [:], routesMixed: [String: ProcurementRoute] = [:]
        for date in Set(thenOf.values).sorted() where date <= asOf {
            let ids = Set(thenOf.filter { $0.value == date }.keys)
            let subset = ParsedWorkshops(request.workshops.filter { source in ids.contains { now.parsed.fileOf[$0] == source.path } })
            let then = try PriorityRun.execute(parsed: subset, model: now.model, scenario: now.scenario,
                                               scenarioFile: request.scenario?.path ?? "", asOfDate: date, watch: watch)
            let mixed = try PriorityRun.execute(parsed: subset, model: now.model, scenario: now.scenario,
                                                scenarioFile: request.scenario?.path ?? "", asOfDate: asOf, watch: watch, watchDate: date)
            for r in then.results { routesThen[r.gapRef] = (r.procurement.decision.route, r.procurement.decision.ruleId) }
            for r in mixed.results { routesMixed[r.gapRef] = r.procurement.decision.route }
        }
        let changesByGap = now.run.watchChangesByGap
        var gaps: [Gap] = now.run.results.map { r in
            let then = thenOf[r.workshopId] ?? asOf
            let route = r.procurement.decision.route
            let (routeThen, ruleThen) = routesThen[r.gapRef] ?? (route, r.procurement.decision.ruleId)
            return Gap(gapRef: r.gapRef, title: r.title, workshopId: r.workshopId, practitionerGroup: r.practitionerGroup, year: r.year,
                       crossCuttingTags: r.crossCuttingTags, then: then, routeThen: routeThen, ruleThen: ruleThen,
                       routeThenValuesNowLaw: routesMixed[r.gapRef] ?? route, routeNow: route, ruleNow: r.procurement.decision.ruleId,
                       changes: (changesByGap[r.gapRef] ?? []).filter { $0.assessedOn > then })
        }
        gaps.sort { ($0.moved ? 0 : 1, $0.gapRef) < ($1.moved ? 0 : 1, $1.gapRef) }
        return WatchReport(asOfDate: asOf, since: since, gaps: gaps,
                           candidates: candidates(now.run, watch: watch, asOf: asOf),
                           trajectories: trajectories(now.run.workshops, watch: watch, asOf: asOf),
                           unresolved: watch.unresolvedCatalogIds(in: now.run.workshops).map { ("\($0.workshopId)/\($0.solutionId)", $0.catalogId) },
                           manifest: now.manifest, warnings: now.run.warnings)
    }

    /// How many catalogue items a review candidate lists [decision: a tag shared by thousands of items in a large
    /// catalogue would bury the gap; the most ready ones and the count are what a review needs].
    public static let shownItems = 10

    /// Gaps that no solution links, with the catalogue items sharing a cross-cutting tag (candidates for the next
    /// technology-watch review), the items with the highest newest TRL first.
    static func candidates(_ run: PriorityRun, watch: TechnologyWatch, asOf: String) -> [Candidate] {
        var byTag: [String: [Int]] = [:]
        for (k, item) in watch.items.enumerated() { for t in Set(item.tags) { byTag[t, default: []].append(k) } }
        var linked = Set<String>()
        for w in run.workshops { for s in w.candidateSolutions { for l in s.linkedGaps { linked.insert("\(w.workshop.id)/\(l.gapId)") } } }
        return run.results.filter { !linked.contains($0.gapRef) && !$0.crossCuttingTags.isEmpty }.compactMap { r in
            var shared: [Int: [String]] = [:]
            for t in r.crossCuttingTags { for k in byTag[t] ?? [] { shared[k, default: []].append(t) } }
            guard !shared.isEmpty else { return nil }
            let items = shared.keys.sorted().map { k in
                let item = watch.items[k]
                return (item.catalogId, item.name, item.technicalApproach, shared[k]!, item.assessments.last { $0.date <= asOf && $0.trl != nil }?.trl)
            }.sorted { ($0.4?.mostLikely ?? 0, $1.0) > ($1.4?.mostLikely ?? 0, $0.0) }
            return Candidate(gapRef: r.gapRef, title: r.title, tags: r.crossCuttingTags, items: Array(items.prefix(shownItems)),
                             matchingItems: items.count)
        }.sorted { $0.gapRef < $1.gapRef }
    }

    /// The assessments up to `asOf` of every item the workshops link.
    static func trajectories(_ workshops: [Workshop], watch: TechnologyWatch, asOf: String) -> [Trajectory] {
        var gapsOf: [String: [String]] = [:]
        for w in workshops {
            for s in w.candidateSolutions {
                guard let id = s.catalogId else { continue }
                gapsOf[id, default: []] += s.linkedGaps.map { "\(w.workshop.id)/\($0.gapId)" }
            }
        }
        return gapsOf.keys.sorted().compactMap { id in
            guard let item = watch.item(id) else { return nil }
            return Trajectory(catalogId: id, name: item.name, source: item.source,
                              points: item.assessments.filter { $0.date <= asOf }.map { ($0.date, $0.trl, $0.availability) },
                              gapRefs: Array(Set(gapsOf[id]!)).sorted())
        }
    }
}
