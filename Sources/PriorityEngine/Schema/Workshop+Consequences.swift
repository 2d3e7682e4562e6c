import JSONFormat
/// What `ilead run` will make of a workshop, told before it runs (`ilead validate`): each warning states its
/// consequence for the score or the route, so a facilitator can still collect what is missing.
extension Workshop {
    public func consequenceWarnings(model: ScoringModel, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let voting = Set(participants.filter(\.voting).map(\.id))
        let minRaters = model.ratingAggregation.minRaters
        let minCoverage = model.procurementRules.minCoverageRoute
        for (g, gap) in capabilityGaps.enumerated() {
            let ref = "\(workshop.id)/\(gap.id)"
            let raters = gap.ratings.filter { voting.contains($0.participantId) }
            func count(_ key: RatingKey) -> Int {
                raters.filter { if case .value? = $0.cells[key] { true } else { false } }.count
            }
            let short = RatingKey.allCases.filter { $0 != .needClarity && count($0) < minRaters }
            if !short.isEmpty, !raters.isEmpty {
                out.append(Diagnostic(.warning, file: file, path: "capabilityGaps[\(g)].ratings", code: "INSUFFICIENT_RATINGS", ref: ref,
                    "gap '\(gap.id)': " + short.map { "\($0.rawValue) rated by \(count($0))" }.joined(separator: ", ")
                    + " of \(raters.count) voting participant(s), fewer than \(minRaters): left out of the score (the other criteria of the "
                    + "same family count for more) and the gap is flagged PARTIAL_EVIDENCE"))
            }
            if gap.procurementContext != nil, count(.needClarity) < minRaters {
                out.append(Diagnostic(.warning, file: file, path: "capabilityGaps[\(g)].ratings", code: "INSUFFICIENT_RATINGS", ref: ref,
                    "gap '\(gap.id)': needClarity rated by \(count(.needClarity)) of \(raters.count) voting participant(s), fewer than \(minRaters): "
                    + "the route will be FURTHER_RESEARCH_FIRST (NEED_DEFINITION) whatever the solutions"))
            }
            if gap.affectedMemberStates.isEmpty {
                out.append(Diagnostic(.warning, file: file, path: "capabilityGaps[\(g)].affectedMemberStates", code: "NO_AFFECTED_MEMBER_STATES", ref: ref,
                    "gap '\(gap.id)' lists no affected Member States: its breadth counts only the countries of voting raters whose own "
                    + "baseline maturity is 2 or lower"))
            }
        }
        let gapIndex = Dictionary(capabilityGaps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (s, solution) in candidateSolutions.enumerated() {
            for (k, link) in solution.linkedGaps.enumerated() where Double(link.coveragePct) < minCoverage && gapIndex[link.gapId] != nil {
                out.append(Diagnostic(.warning, file: file, path: "candidateSolutions[\(s)].linkedGaps[\(k)].coveragePct", code: "LINK_BELOW_ROUTE_COVERAGE",
                    ref: "\(workshop.id)/\(solution.id)",
                    "solution '\(solution.id)' covers gap '\(link.gapId)' by \(link.coveragePct) %, below the \(Decimal6.text(minCoverage)) % the "
                    + "procurement route needs: it can count for technology opportunity, but the route is chosen without it"))
            }
        }
        return out
    }
}
