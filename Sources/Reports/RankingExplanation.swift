import Foundation
import PriorityEngine
import JSONFormat
import Advice

/// Plain-language reasons behind a ranked entry: what drove the score, why the route, how much raters agreed.
public enum RankingExplanation {
    static func d(_ x: Double) -> String { JSONValue.fixed6(x) }

    /// The `k` leaves (and root-level leaves such as procurementActionability) with the largest contributions,
    /// e.g. `operationalImpact 0.084375, procurementActionability 0.18`.
    public static func drivers(_ r: GapResult, count k: Int = 3) -> String {
        let top = topContributions(r, count: k)
        return top.isEmpty ? "no positive contribution" : top.map { "\($0.0) \(d($0.1))" }.joined(separator: ", ")
    }

    /// The leaves (and root-level leaves) with the `k` largest positive contributions to P, largest first.
    static func topContributions(_ r: GapResult, count k: Int) -> [(String, Double)] {
        var parts: [(String, Double)] = []
        for c in r.components {
            if c.subcriteria.isEmpty { parts.append((c.id, c.contribution ?? 0)) }
            for l in c.subcriteria { if let x = l.contribution { parts.append((l.id, x)) } }
        }
        return Array(parts.filter { $0.1 > 0 }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(k))
    }

    /// The `k` largest contributions to P in words, e.g. `Operational impact 0.084, Procurement actionability 0.180`.
    public static func driversInWords(_ r: GapResult, count k: Int = 3) -> String {
        let top = topContributions(r, count: k)
        return top.isEmpty ? "none is positive" : top.map { "\(Glossary.criterionName($0.0)) \(String(format: "%.3f", $0.1))" }.joined(separator: ", ")
    }

    /// Every procurement and gap flag with its meaning, e.g. `BUDGET_UNKNOWN (no procurer states a budget);
    /// ADOPTION_BLOCKER:training (a dimension of adoption readiness is rated 1 …)`.
    public static func flagsInWords(_ r: GapResult) -> String {
        func meaning(_ flag: String) -> String? {
            let code = String(flag.prefix { $0 != ":" })
            return Glossary.procurementFlags.first { $0.0.rawValue == code }?.1 ?? Glossary.gapFlags.first { $0.0 == code }?.1
        }
        return (r.procurement.flags + r.flags).map { f in meaning(f).map { "\(f) (\($0))" } ?? f }.joined(separator: "; ")
    }

    /// The middle half of a gap's Monte-Carlo ranks around its median: [median − IQR/2, median + IQR/2], from rank 1.
    public static func middleHalf(_ u: GapUncertainty) -> (Double, Double) {
        (max(1, u.medianRank - u.rankIQR / 2), u.medianRank + u.rankIQR / 2)
    }

    /// The gaps statistically tied with a neighbour of the list: two gaps next to each other whose middle halves of
    /// Monte-Carlo ranks (`middleHalf`) overlap.
    public static func statisticallyTied(_ entries: [RankedEntry], uncertainty: [String: GapUncertainty]) -> Set<String> {
        let shown = entries.filter { uncertainty[$0.result.gapRef] != nil }
        var tied = Set<String>()
        for (a, b) in zip(shown, shown.dropFirst()) {
            if middleHalf(uncertainty[a.result.gapRef]!).1 >= middleHalf(uncertainty[b.result.gapRef]!).0 {
                tied.insert(a.result.gapRef)
                tied.insert(b.result.gapRef)
            }
        }
        return tied
    }

    /// The rule that chose the route and, in plain words, what held: "R08 — PCP then PPI: research is still
    /// needed and the best solution is at TRL 5 (within 4–7), …" (`PlainReasons.route`).
    public static func route(_ r: GapResult) -> String {
        "\(r.procurement.decision.ruleId) — " + PlainReasons.route(r)
    }

    /// The rule that chose the route with its passing conditions, as the trace writes them, e.g.
    /// `R08: rdNeeded = true; trlBest 5 >= 4; trlBest 5 <= 7`.
    public static func routeConditions(_ r: GapResult) -> String {
        let p = r.procurement.decision
        guard let rule = p.trace.last else { return p.ruleId }
        if rule.conditions.isEmpty { return "\(rule.ruleId): no earlier rule matched" }
        let shown = rule.conditions.filter(\.pass).map { c -> String in
            c.op == "=" && c.threshold == .bool(true) ? c.input : "\(c.input) \(text(c.actual)) \(c.op) \(text(c.threshold))"
        }
        return "\(rule.ruleId): " + shown.joined(separator: "; ")
    }

    static func text(_ v: JSONValue) -> String {
        switch v {
        case let .string(s): s
        case let .number(x), let .decimal(x): d(x)
        case let .integer(i): d(Double(i))
        case let .bool(b): b ? "true" : "false"
        case .null: "insufficient"
        case let .array(a): "{" + a.map(text).joined(separator: ", ") + "}"
        case .object: "{…}"
        }
    }

    /// Counts of rated criteria by consensus, and the criteria left out for too few raters, e.g.
    /// `6 high, 1 insufficient (too few raters, left out of the score: publicSafetyImpact)`.
    public static func agreement(_ r: GapResult) -> String {
        let leaves = r.components.flatMap(\.subcriteria)
        let ratings = leaves.compactMap(\.rating)
        let order: [Consensus] = [.high, .moderate, .low, .insufficient]
        let counts = order.map { c in (c, ratings.filter { $0.consensus == c }.count) }.filter { $0.1 > 0 }
        guard !counts.isEmpty else { return "no rated criteria" }
        let left = leaves.filter { $0.insufficient && $0.rating != nil }.map(\.id)
        return counts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
            + (left.isEmpty ? "" : " (too few raters, left out of the score: \(left.joined(separator: ", ")))")
    }

    /// Route with its reason, e.g. `FURTHER_RESEARCH_FIRST (LOW_TRL)`.
    public static func routeLabel(_ r: GapResult) -> String {
        let p = r.procurement.decision
        return p.reason.map { "\(p.route.rawValue) (\($0.rawValue))" } ?? p.route.rawValue
    }

    /// Why a severe gap ranks low, in words, or nil: for a gap of high or critical severity whose priority is in the
    /// lowest band, e.g. "Severity 0.78 (critical), but no solution is ready for procurement: route
    /// FURTHER_RESEARCH_FIRST. The route never depends on severity; the research-agenda model
    /// (models/research-agenda.json) ranks research needs instead."
    public static func severeButLow(_ e: RankedEntry) -> String? {
        let r = e.result
        guard r.gapSeverityBand == "critical" || r.gapSeverityBand == "high", e.band == "priority-3" else { return nil }
        let why: String
        switch r.procurement.decision.route {
        case .FURTHER_RESEARCH_FIRST:
            // "Research first: the need is not yet written down clearly enough (…); …" → "the need is not yet …".
            let sentence = PlainReasons.route(r)
            let body = sentence.hasPrefix("Research first: ") ? String(sentence.dropFirst("Research first: ".count)) : sentence
            why = String(body.prefix { $0 != ";" }).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        case .NON_PROCUREMENT: why = "procurement is not the tool for it (a matter of procedures, training, law or policy)"
        case .BLOCKED: why = "every solution that could serve is a use the AI Act prohibits"
        default:
            let to = r.components.first { $0.id == "technologyOpportunity" }?.score ?? 0
            why = "its best solution scores only \(d(to)) for technology opportunity"
        }
        return "Severity \(d(r.gapSeverity)) (\(r.gapSeverityBand)), but \(why): route \(r.procurement.decision.route.rawValue). "
            + "The route never depends on severity; the research-agenda model (models/research-agenda.json) ranks research needs instead."
    }
}
