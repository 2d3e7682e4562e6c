import PriorityEngine
import JSONFormat

/// A recurring need's evidence as the views show it, written once for JSON, CSV, Markdown and HTML: which groups
/// raised it and when, each statement's place and severity, and the rule that merged them.
public struct RecurringNeedEvidence: Sendable {
    public let need: RecurringNeed
    /// The need's gaps, earliest first, each with its rank among all gaps.
    public let sources: [RankedEntry]

    /// The evidence of a pan-European row; `nil` for a gap raised once.
    public init?(_ entry: RankedEntry) {
        guard let need = entry.need else { return nil }
        self.need = need
        sources = entry.needSources
    }

    public var groups: [String] { Array(Set(sources.map(\.result.practitionerGroup.rawValue))).sorted() }
    public var years: [Int] { Array(Set(sources.map(\.result.year))).sorted() }

    /// "raised 3 times by 1 group (FOR) in 2018" or "raised 2 times by FOR over 2019–2022".
    public var summary: String {
        let y = years
        let span = y.count == 1 ? "in \(y[0])" : "over \(y.first!)–\(y.last!) (\(y.count) years)"
        return "raised \(sources.count) times by \(groups.count) group\(groups.count == 1 ? "" : "s") (\(groups.joined(separator: ", "))) \(span)"
    }

    /// Gap severity of each statement in time order, e.g. "2018 0.425 → 2018 0.39 → 2019 0.51".
    public var severityTrend: String {
        sources.map { "\($0.result.year) \(RankingExplanation.d($0.result.gapSeverity))" }.joined(separator: " → ")
    }

    /// The rules that merged the gaps, in words.
    public var rule: String {
        var seen = Set<String>()
        return need.links.map(\.detail).filter { seen.insert($0).inserted }.joined(separator: "; and ")
    }

    public var json: JSONValue {
        .object([
            ("id", .string(need.id)), ("title", .string(need.title)),
            ("rules", .array(Array(Set(need.links.map(\.rule.rawValue))).sorted().map(JSONValue.string))),
            ("links", .array(need.links.map { l in
                .object([("rule", .string(l.rule.rawValue)), ("gapRefs", .array([.string(l.gapRefs.0), .string(l.gapRefs.1)])), ("detail", .string(l.detail))])
            })),
            ("practitionerGroups", .array(groups.map(JSONValue.string))), ("years", .array(years.map(JSONValue.integer))),
            ("sources", .array(sources.map { s in
                let r = s.result
                return .object([
                    ("gapRef", .string(r.gapRef)), ("title", .string(r.title)), ("practitionerGroup", .string(r.practitionerGroup.rawValue)),
                    ("year", .integer(r.year)), ("rankAmongAllGaps", .integer(s.rank)), ("priorityScore", .decimal(s.score)),
                    ("gapSeverity", .decimal(r.gapSeverity)), ("route", .string(r.procurement.decision.route.rawValue)),
                    ("agreement", .string(RankingExplanation.agreement(r))),
                ])
            })),
        ])
    }

    /// The Markdown paragraph of the need.
    public var markdown: String {
        var out = "- **\(MarkdownText.escaped(need.title))** (`\(need.id)`): \(summary); severity \(severityTrend).\n"
        for s in sources {
            let r = s.result
            out += "  - \(r.gapRef) \(MarkdownText.escaped(r.title)): rank \(s.rank) of all gaps, P \(RankingExplanation.d(s.score)), "
                + "\(r.procurement.decision.route.rawValue); raters' agreement: \(MarkdownText.escaped(RankingExplanation.agreement(r)))\n"
        }
        out += "  - Merged because \(MarkdownText.escaped(rule)).\n"
        return out
    }
}

extension RankingList {
    /// The rows that stand for a recurring need (pan-European list only).
    public var recurringNeeds: [RecurringNeedEvidence] { entries.compactMap(RecurringNeedEvidence.init) }

    /// "194 rows for 197 gaps (2 recurring needs merge 5 gaps)", or "197 gaps" when nothing merged.
    public var rowsInWords: String {
        let needs = recurringNeeds
        guard !needs.isEmpty else { return "\(entries.count) gap\(entries.count == 1 ? "" : "s")" }
        let merged = needs.reduce(0) { $0 + $1.sources.count }
        let gaps = entries.count + merged - needs.count
        return "\(entries.count) rows for \(gaps) gaps (\(needs.count) recurring need\(needs.count == 1 ? "" : "s") merge \(merged) gaps)"
    }
}
