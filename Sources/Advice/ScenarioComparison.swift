import Foundation
import JSONFormat
import PriorityEngine
/// The same workshops under a base and several scenarios (docs/file-formats.md "Scenario"), gap by gap: rank, band and route under
/// each, and for every scenario what changed and why — the rule that fired instead, the routing inputs (how-the-engine-decides.md §5) that
/// moved, and the root components whose contribution to P (weight × score, how-the-engine-decides.md §1) moved the rank most.
///
/// Ranks are read from each variant's pan-European list (the list of every gap in scope). A gap outside a
/// scenario's scope has no cell for that scenario; when a scenario's scope is narrower than the base's, its ranks
/// are compared with the base order restricted to the same gaps, so ranks move only when the order does.
public struct ScenarioComparison: Sendable {
    public struct Variant: Sendable {
        /// "base", or the scenario id.
        public var name: String
        public var list: RankingList
        /// Threshold overrides of the scenario, as "path = value".
        public var thresholdChanges: [String]
        public init(name: String, list: RankingList, thresholdChanges: [String] = []) {
            self.name = name; self.list = list; self.thresholdChanges = thresholdChanges
        }
    }

    /// One gap under one variant.
    public struct Cell: Sendable {
        public var rank: Int
        public var band: String?
        public var route: ProcurementRoute
        public var ruleId: String
        public var priority: Double
        /// Number of gaps ranked in this variant's list (its scope).
        public var ranked: Int
        /// For a scenario whose scope is narrower than the base's: the base rank of this gap among the same gaps
        /// (the base order restricted to the scenario's scope), the rank its own rank is compared with. Nil for the
        /// base and for scenarios with the base's scope, where the base rank itself is comparable.
        public var baseRankInScope: Int?
    }

    public struct Row: Sendable {
        public var gapRef: String
        public var title: String
        /// Per variant (base first); nil when the gap is not in that variant's scope.
        public var cells: [Cell?]
        /// Per scenario (variants after the base): the plain-language reasons of each change (route and rule, routing
    /// inputs, thresholds, procurement flags gained or lost, rank and P with their drivers), empty if none.
        public var why: [[String]]
    }

    public struct Summary: Sendable {
        public var scenario: String
        public var routeChanges = 0, pcpToPpi = 0, ppiToPcp = 0, enteredTopK = 0, leftTopK = 0, becameBlocked = 0, leftBlocked = 0, rankChanges = 0
    }

    public var variants: [String]
    public var topK: Int
    public var rows: [Row]
    public var summaries: [Summary]

    public init(base: Variant, scenarios: [Variant], topK: Int) {
        variants = [base.name] + scenarios.map(\.name)
        self.topK = topK
        let all = [base] + scenarios
        let maps = all.map { v in Dictionary(uniqueKeysWithValues: v.list.entries.map { ($0.result.gapRef, $0) }) }
        var refs = base.list.entries.map(\.result.gapRef)
        for v in scenarios { for e in v.list.entries where maps[0][e.result.gapRef] == nil && !refs.contains(e.result.gapRef) { refs.append(e.result.gapRef) } }
        var summaries = scenarios.map { Summary(scenario: $0.name) }
        // A scenario with a narrower scope ranks fewer gaps: its ranks are compared with the base ranks among the
        // same gaps (the base order restricted to them), so a rank changes only when the order changes.
        let baseRanks: [[String: Int]] = scenarios.map { v in
            let members = Set(v.list.entries.map(\.result.gapRef))
            var out: [String: Int] = [:]
            for e in base.list.entries where members.contains(e.result.gapRef) { out[e.result.gapRef] = out.count + 1 }
            return out
        }
        let narrower = scenarios.map { $0.list.entries.count < base.list.entries.count }
        rows = refs.map { ref in
            let cells: [Cell?] = all.indices.map { v in
                maps[v][ref].map { Cell(rank: $0.rank, band: $0.band, route: $0.result.procurement.decision.route,
                                        ruleId: $0.result.procurement.decision.ruleId, priority: Decimal6.round($0.score),
                                        ranked: all[v].list.entries.count,
                                        baseRankInScope: v > 0 && narrower[v - 1] ? baseRanks[v - 1][ref] : nil) }
            }
            let title = maps.lazy.compactMap { $0[ref]?.result.title }.first ?? ref
            var why: [[String]] = []
            for (s, scenario) in scenarios.enumerated() {
                guard let before = maps[0][ref], let after = maps[s + 1][ref] else { why.append([]); continue }
                var reasons: [String] = []
                let (r0, r1) = (before.result.procurement.decision, after.result.procurement.decision)
                if r0.route != r1.route {
                    summaries[s].routeChanges += 1
                    let pcp: Set<ProcurementRoute> = [.PCP, .PCP_THEN_PPI]
                    if pcp.contains(r0.route) && r1.route == .PPI { summaries[s].pcpToPpi += 1 }
                    if r0.route == .PPI && pcp.contains(r1.route) { summaries[s].ppiToPcp += 1 }
                    // Changes into and out of BLOCKED are counted apart: a scenario can unblock gaps (an earlier
                    // legal date, a solution excluded) as well as block them.
                    if r1.route == .BLOCKED { summaries[s].becameBlocked += 1 }
                    if r0.route == .BLOCKED { summaries[s].leftBlocked += 1 }
                    reasons.append("route \(r0.route.rawValue) (\(r0.ruleId)) → \(r1.route.rawValue) (\(r1.ruleId)): " + PlainReasons.route(after.result).trimmingCharacters(in: CharacterSet(charactersIn: ".")))
                    let moved = Self.movedInputs(before.result.procurement.inputs, after.result.procurement.inputs)
                    if !moved.isEmpty { reasons.append("routing inputs moved: " + moved.joined(separator: ", ")) }
                    if !scenario.thresholdChanges.isEmpty {
                        reasons.append((moved.isEmpty ? "same inputs, other thresholds: " : "thresholds of the scenario: ")
                                       + scenario.thresholdChanges.joined(separator: ", "))
                    }
                } else if r0.ruleId != r1.ruleId {
                    reasons.append("same route, now by \(r1.ruleId) instead of \(r0.ruleId)")
                }
                let (f0, f1) = (Set(before.result.procurement.flags), Set(after.result.procurement.flags))
                if f0 != f1 {
                    let added = f1.subtracting(f0).sorted().map { "+" + $0 }, removed = f0.subtracting(f1).sorted().map { "−" + $0 }
                    reasons.append("procurement flags " + (added + removed).joined(separator: " "))
                }
                let rank0 = baseRanks[s][ref] ?? before.rank
                if rank0 != after.rank {
                    summaries[s].rankChanges += 1
                    reasons.append("rank \(rank0) → \(after.rank)" + (narrower[s] ? " among the \(scenario.list.entries.count) gaps in scope" : "")
                                   + " (P \(Decimal6.text(before.score)) → \(Decimal6.text(after.score)))" + Self.drivers(before.result, after.result))
                } else if Decimal6.round(before.score) != Decimal6.round(after.score) {
                    reasons.append("same rank, P \(Decimal6.text(before.score)) → \(Decimal6.text(after.score))" + Self.drivers(before.result, after.result))
                }
                let (in0, in1) = (rank0 <= topK, after.rank <= topK)
                if !in0 && in1 { summaries[s].enteredTopK += 1; reasons.append("enters the top \(topK)") }
                if in0 && !in1 { summaries[s].leftTopK += 1; reasons.append("leaves the top \(topK)") }
                why.append(reasons)
            }
            return Row(gapRef: ref, title: title, cells: cells, why: why)
        }
        self.summaries = summaries
    }

    /// The routing inputs that differ, as "name old → new".
    static func movedInputs(_ a: RoutingInputs, _ b: RoutingInputs) -> [String] {
        var out: [String] = []
        func num(_ name: String, _ x: Double?, _ y: Double?) {
            let (u, v) = (x.map(Decimal6.round), y.map(Decimal6.round))
            if u != v { out.append("\(name) \(u.map(Decimal6.text) ?? "insufficient") → \(v.map(Decimal6.text) ?? "insufficient")") }
        }
        func text(_ name: String, _ x: String?, _ y: String?) {
            if x != y { out.append("\(name) \(x ?? "none") → \(y ?? "none")") }
        }
        num("trlBest", a.trlBest, b.trlBest)
        text("routeSolution", a.routeSolution?.ref, b.routeSolution?.ref)
        num("nSuppliersCommercial", Double(a.nSuppliersCommercial), Double(b.nSuppliersCommercial))
        num("coverageBestCommercial", a.coverageBestCommercial, b.coverageBestCommercial)
        num("procurers", Double(a.procurers), Double(b.procurers))
        num("procurerMS", Double(a.procurerMS), Double(b.procurerMS))
        num("needClarity", a.needClarity, b.needClarity)
        text("deploymentIntent", a.deploymentIntent?.rawValue, b.deploymentIntent?.rawValue)
        text("horizon", a.horizon?.rawValue, b.horizon?.rawValue)
        text("expectedScale", a.expectedScale?.rawValue, b.expectedScale?.rawValue)
        text("rdNeeded", String(a.rdNeeded), String(b.rdNeeded))
        num("competingApproaches", Double(a.competingApproaches), Double(b.competingApproaches))
        num("members of S_g", Double(a.candidates.count), Double(b.candidates.count))
        text("all links gated", String(a.linkCount > 0 && a.allLinksGated), String(b.linkCount > 0 && b.allLinksGated))
        return out
    }

    /// "; moved by procurementActionability +0.0525 (weight 0.25 → 0.30, score 0.60 → 0.85)": the root components
    /// with the largest change of contribution, at most two.
    static func drivers(_ a: GapResult, _ b: GapResult) -> String {
        let before = Dictionary(uniqueKeysWithValues: a.components.map { ($0.id, $0) })
        let deltas = b.components.compactMap { c -> (String, Double, String)? in
            guard let old = before[c.id] else { return nil }
            let d = (c.contribution ?? 0) - (old.contribution ?? 0)
            guard abs(d) >= 5e-7 else { return nil }
            var detail: [String] = []
            if Decimal6.round(old.weight) != Decimal6.round(c.weight) { detail.append("weight \(Decimal6.text(old.weight)) → \(Decimal6.text(c.weight))") }
            if Decimal6.round(old.score) != Decimal6.round(c.score) { detail.append("score \(Decimal6.text(old.score)) → \(Decimal6.text(c.score))") }
            return (c.id, d, detail.joined(separator: ", "))
        }.sorted { abs($0.1) > abs($1.1) }.prefix(2)
        guard !deltas.isEmpty else { return "; P unchanged, other gaps moved" }
        return "; moved by " + deltas.map { "\($0.0) \($0.1 >= 0 ? "+" : "")\(Decimal6.text($0.1))" + ($0.2.isEmpty ? "" : " (\($0.2))") }.joined(separator: ", ")
    }
}
