import Plot
import PriorityEngine
import JSONFormat
import Advice

extension HTMLReport {
    /// How much of the reasons a table's rows carry.
    enum Reasons {
        /// Contributions, why not higher, the route's rule in words, agreement, flags with their meaning, standardisation.
        case full
        /// The route in words, and why a severe gap ranks low.
        case short
    }

    /// A ranked table: rank (≈ when statistically tied with a neighbour), gap, the group's own rank when asked, P,
    /// band, gap severity, route, the Monte-Carlo robustness when computed (P(top k) and the middle half of the ranks),
    /// and the reasons.
    static func rankedTable(_ entries: [RankedEntry], caption: String, uncertainty: [String: GapUncertainty]?, topK: Int,
                            reasons: Reasons, declaredRanks: Bool = false) -> N.Body {
        let tied = uncertainty.map { E.statisticallyTied(entries, uncertainty: $0) } ?? []
        var headers: [Node<HTML.TableRowContext>] = [N.columnHeader("#", numeric: true), N.columnHeader("Gap")]
        if declaredRanks { headers.append(N.columnHeader("Group's rank", numeric: true, title: "the rank the workshop gave the gap's priority area")) }
        headers += [N.columnHeader("P", numeric: true, title: "priority score 0–1"), N.columnHeader("Band"),
                    N.columnHeader("GS", numeric: true, title: "gap severity 0–1 and its band"), N.columnHeader("Route")]
        if uncertainty != nil {
            headers.append(N.columnHeader("Robustness", numeric: true,
                                          title: "share of the Monte-Carlo runs with the gap in the top \(topK), and the middle half of its ranks over the runs"))
        }
        headers.append(N.columnHeader("Why"))
        let rows: [Node<HTML.TableContext>] = entries.map { e in
            let r = e.result
            var cells: [Node<HTML.TableRowContext>] = [
                .td(.class("n"), N.text((tied.contains(r.gapRef) ? "≈ " : "") + "\(e.rank)")),
                .td(.class("gap"), .b(N.text(e.need?.title ?? r.title)), .br(),
                    .small(N.text("\(r.gapRef) · \(r.practitionerGroup.rawValue) \(r.year)"
                                  + (RecurringNeedEvidence(e).map { " · recurring need: \($0.summary) (see Recurring needs below)" } ?? "")))),
            ]
            if declaredRanks { cells.append(.td(.class("n"), N.text(r.declaredRank.map(String.init) ?? "–"))) }
            cells += [
                .td(.class("n"), N.text(N.number(e.score))),
                .td(.class("band"), N.text(e.band ?? "–")),
                .td(.class("n"), N.text(N.number(r.gapSeverity)), .br(), .small(N.text(r.gapSeverityBand))),
                .td(N.text(Glossary.routeName(r.procurement.decision.route)), .br(), .small(routeCode(r))),
            ]
            if let uncertainty {
                if let u = uncertainty[r.gapRef] {
                    let (lo, hi) = E.middleHalf(u)
                    let ranks = lo == hi ? "rank \(Decimal6.text(lo))" : "ranks \(Decimal6.text(lo))–\(Decimal6.text(hi))"
                    cells.append(.td(.class("n"), N.text("\(N.percent(u.pTopK)) top \(topK)"), .br(), .small(N.text(ranks))))
                } else {
                    cells.append(.td(.class("n"), N.text("–")))
                }
            }
            cells.append(.td(.class("why"), why(e, reasons)))
            return .tr(N.class(e.band ?? ""), .group(cells))
        }
        return N.table(caption: caption, headers: headers, rows: rows)
    }

    /// The route code, breakable after its underscores (`STANDARD_<wbr>PROCUREMENT`), with its reason.
    static func routeCode(_ r: GapResult) -> N.Body {
        .raw(HTMLText.escaped(E.routeLabel(r)).replacingOccurrences(of: "_", with: "_<wbr>"))
    }

    /// The reasons of one row (always open, so they print).
    static func why(_ e: RankedEntry, _ reasons: Reasons) -> N.Body {
        let r = e.result
        let notHigher: N.Body = E.severeButLow(e).map { .p(.b(N.text("Why not higher: ")), N.text($0)) } ?? .empty
        switch reasons {
        case .short:
            return .group([notHigher, .p(N.text(E.route(r)))])
        case .full:
            let flags = E.flagsInWords(r)
            // Plot's `details` takes only a summary and plain text; the reasons are paragraphs, so the element is named.
            return .element(named: "details", nodes: [
                .attribute(named: "open", value: nil, ignoreIfValueIsEmpty: false),
                .element(named: "summary", nodes: [N.text("Main contributions to P: " + E.driversInWords(r, count: 2))]),
                notHigher,
                .p(.b(N.text("Route. ")), N.text(E.route(r))),
                .p(.b(N.text("Agreement. ")), N.text(E.agreement(r))),
                .if(!flags.isEmpty, .p(.b(N.text("Flags. ")), N.text(flags))),
                .p(.b(N.text("Standardisation. ")), N.text("\(r.standardisation.ruleId) — " + PlainReasons.standardisation(r))),
            ])
        }
    }
}
