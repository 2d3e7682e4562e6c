import PriorityEngine

/// Per gap, what the technology watch changed in a run (`--watch`): the route on the workshop's own values, the
/// route with the catalogue's newer assessments, and the assessments that replaced values. Written once for the
/// Markdown and the HTML.
public struct WatchEffect: Sendable {
    public var gapRef: String, title: String
    public var routeBefore: ProcurementRoute?, routeNow: ProcurementRoute
    public var changes: [WatchChange]

    /// Whether the route moved.
    public var routeMoved: Bool { routeBefore != nil && routeBefore != routeNow }

    /// The gaps of `entries` whose linked solutions the catalogue updated: those whose route moved first, then the
    /// others, each in list order.
    public static func effects(_ entries: [RankedEntry], run: PriorityRun) -> [WatchEffect] {
        guard !run.watchChanges.isEmpty else { return [] }
        let byGap = run.watchChangesByGap
        let effects = entries.compactMap { e -> WatchEffect? in
            let r = e.result
            guard let changes = byGap[r.gapRef] else { return nil }
            return WatchEffect(gapRef: r.gapRef, title: r.title, routeBefore: run.routesBeforeWatch[r.gapRef],
                               routeNow: r.procurement.decision.route, changes: changes)
        }
        // The gaps whose route moved first, each part in list order.
        return effects.filter(\.routeMoved) + effects.filter { !$0.routeMoved }
    }

    /// "PCP_THEN_PPI → PPI" or "PPI (unchanged)".
    public var routeText: String {
        guard let routeBefore else { return routeNow.rawValue }
        return routeMoved ? "\(routeBefore.rawValue) → \(routeNow.rawValue)" : "\(routeNow.rawValue) (unchanged)"
    }
}
