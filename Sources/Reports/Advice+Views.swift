import PriorityEngine
import JSONFormat
import Advice

/// JSON, CSV and Markdown of the adviser analyses: scenario comparison, distance to another route, portfolio.
public enum AdviceViews {
    // MARK: Scenario comparison

    public static func json(_ c: ScenarioComparison) -> JSONValue {
        .object([
            ("kind", .string("scenarioComparison")),
            ("engine", .object([("name", .string("ilead")), ("version", .string(EngineInfo.version))])),
            ("variants", .array(c.variants.map(JSONValue.string))),
            ("topK", .integer(c.topK)),
            ("summary", .array(c.summaries.map { s in
                .object([("scenario", .string(s.scenario)), ("routeChanges", .integer(s.routeChanges)), ("pcpToPpi", .integer(s.pcpToPpi)),
                         ("ppiToPcp", .integer(s.ppiToPcp)), ("enteredTopK", .integer(s.enteredTopK)), ("leftTopK", .integer(s.leftTopK)),
                         ("becameBlocked", .integer(s.becameBlocked)), ("leftBlocked", .integer(s.leftBlocked)), ("rankChanges", .integer(s.rankChanges))])
            })),
            ("gaps", .array(c.rows.map { row in
                .object([
                    ("gapRef", .string(row.gapRef)), ("title", .string(row.title)),
                    ("under", .array(zip(c.variants, row.cells).map { name, cell in
                        .object([("variant", .string(name))] + (cell.map { x in
                            [("rank", .integer(x.rank)), ("ranked", .integer(x.ranked))]
                            + (x.baseRankInScope.map { [("baseRankInScope", JSONValue.integer($0))] } ?? [])
                            + [("band", x.band.map(JSONValue.string) ?? .null), ("route", .string(x.route.rawValue)),
                               ("ruleId", .string(x.ruleId)), ("priorityScore", .decimal(x.priority))]
                        } ?? [("inScope", .bool(false))]))
                    })),
                    ("changes", .array(zip(c.variants.dropFirst(), row.why).map { name, why in
                        .object([("scenario", .string(name)), ("why", .array(why.map(JSONValue.string)))])
                    })),
                ])
            })),
        ])
    }

    public static func csv(_ c: ScenarioComparison) -> String {
        var header = ["gapRef", "title"]
        for (i, v) in c.variants.enumerated() {
            header += ["\(v).rank", "\(v).ranked"] + (i > 0 ? ["\(v).baseRankInScope"] : []) + ["\(v).band", "\(v).route", "\(v).rule", "\(v).P"]
        }
        for v in c.variants.dropFirst() { header.append("\(v).why") }
        var rows: [[String]] = []
        for row in c.rows {
            var fields = [row.gapRef, row.title]
            for (i, cell) in row.cells.enumerated() {
                let scope = i > 0 ? [cell?.baseRankInScope.map(String.init) ?? ""] : []
                fields += cell.map { [String($0.rank), String($0.ranked)] + scope + [$0.band ?? "", $0.route.rawValue, $0.ruleId, JSONValue.fixed6($0.priority)] }
                    ?? Array(repeating: "", count: 6 + scope.count)
            }
            fields += row.why.map { $0.joined(separator: "; ") }
            rows.append(fields)
        }
        return TextTable.csv(header: header, rows: rows)
    }

    public static func markdown(_ c: ScenarioComparison) -> String {
        let variants = c.variants.map(MarkdownText.escaped)
        var out = "# Scenario comparison\n\nBase: **\(variants[0])**; scenarios: \(variants.dropFirst().map { "**\($0)**" }.joined(separator: ", ")). "
        out += "Ranks from the pan-European list of each run (every gap in its scope); where a scenario ranks fewer gaps than "
        out += "the base, its ranks are compared with the base order among the same gaps, shown as \"base rank in scope\"; top k = \(c.topK).\n\n"
        out += "| scenario | route changes | PCP → PPI | PPI → PCP | enter top \(c.topK) | leave top \(c.topK) | become BLOCKED | leave BLOCKED | rank changes |\n|---|---|---|---|---|---|---|---|---|\n"
        for s in c.summaries {
            out += "| \(MarkdownText.escaped(s.scenario)) | \(s.routeChanges) | \(s.pcpToPpi) | \(s.ppiToPcp) | \(s.enteredTopK) | \(s.leftTopK) | \(s.becameBlocked) | \(s.leftBlocked) | \(s.rankChanges) |\n"
        }
        let changed = c.rows.filter { $0.why.contains { !$0.isEmpty } }
        out += "\n## What changed and why (\(changed.count) of \(c.rows.count) gaps)\n"
        for row in changed {
            out += "\n### \(row.gapRef): \(MarkdownText.escaped(row.title))\n\n"
            out += zip(variants, row.cells).map { name, cell in
                "- \(name): " + (cell.map { x in
                    "rank \(x.rank) of \(x.ranked)" + (x.baseRankInScope.map { " (base rank in scope: \($0))" } ?? "")
                    + ", \(x.band ?? "no band"), \(x.route.rawValue) (\(x.ruleId)), P \(JSONValue.fixed6(x.priority))"
                } ?? "not in scope")
            }.joined(separator: "\n") + "\n"
            for (name, why) in zip(variants.dropFirst(), row.why) where !why.isEmpty {
                out += "\nUnder **\(name)**: " + why.map(MarkdownText.escaped).joined(separator: "; ") + ".\n"
            }
        }
        return out
    }

    // MARK: Distance to another route

    public static func json(_ distances: [RouteDistance]) -> JSONValue {
        .object([
            ("kind", .string("routeDistance")),
            ("engine", .object([("name", .string("ilead")), ("version", .string(EngineInfo.version))])),
            ("gaps", .array(distances.map { d in
                .object([
                    ("gapRef", .string(d.gapRef)), ("route", .string(d.route.rawValue)), ("ruleId", .string(d.ruleId)),
                    ("suitability", d.suitability.map { s in
                        .object([("PCP", .decimal(s.pcp)), ("PPI", .decimal(s.ppi)), ("IP", .decimal(s.ip)), ("STANDARD", .decimal(s.standard))])
                    } ?? .null),
                    ("margin", d.margin.map { m in
                        .object([("chosen", .decimal(m.chosen)), ("runnerUp", .string(m.runnerUp.rawValue)), ("runnerUpSuitability", .decimal(m.runnerUpValue)),
                                 ("margin", .decimal(m.chosen - m.runnerUpValue))])
                    } ?? .null),
                    ("changes", .array(d.changes.map { c in
                        .object([("input", .string(c.input.rawValue)), ("from", .string(c.from)), ("to", .string(c.to)), ("size", .number(c.size)),
                                 ("route", .string(c.route.rawValue)), ("reason", c.reason.map { .string($0.rawValue) } ?? .null)])
                    })),
                ])
            })),
        ])
    }

    public static func csv(_ distances: [RouteDistance]) -> String {
        var rows: [[String]] = []
        for d in distances {
            if d.changes.isEmpty { rows.append([d.gapRef, d.route.rawValue, d.ruleId, "", "", "", "", "", ""]) }
            for c in d.changes {
                rows.append([d.gapRef, d.route.rawValue, d.ruleId, c.input.rawValue, c.from, c.to, JSONValue.fixed6(c.size), c.route.rawValue,
                             c.reason?.rawValue ?? ""])
            }
        }
        return TextTable.csv(header: ["gapRef", "route", "ruleId", "input", "from", "to", "size", "newRoute", "newReason"], rows: rows)
    }

    public static func markdown(_ distances: [RouteDistance], titles: [String: String]) -> String {
        var out = "# Distance to another procurement route\n\nFor each gap, the smallest single change of each routing input (docs/how-the-engine-decides.md) that gives another route, everything else held; "
        out += "then the suitability margin (chosen route minus the best other). Inputs not listed cannot move the route alone.\n"
        for d in distances {
            out += "\n### \(d.gapRef): \(MarkdownText.escaped(titles[d.gapRef] ?? ""))\n\n**\(d.route.rawValue)** (\(d.ruleId))"
            if let m = d.margin {
                out += "; suitability \(JSONValue.fixed6(m.chosen)) vs \(m.runnerUp.rawValue) \(JSONValue.fixed6(m.runnerUpValue)) (margin \(JSONValue.fixed6(m.chosen - m.runnerUpValue)))"
            }
            out += "\n\n"
            if d.changes.isEmpty { out += "- no single change of a routing input moves it\n"; continue }
            for c in d.changes.sorted(by: { $0.size < $1.size }) {
                out += "- \(c.input.rawValue) \(c.from) → \(c.to): **\(c.route.rawValue)**" + (c.reason.map { " (\($0.rawValue))" } ?? "") + "\n"
            }
        }
        return out
    }

    // MARK: Portfolio

    /// `infeasibleBecause`: the binding constraints of an infeasible problem (`PortfolioProblem.infeasibilityReasons`).
    public static func json(_ p: PortfolioProblem, _ s: PortfolioSolution, marginal: [MarginalValue], infeasibleBecause: [String] = []) -> JSONValue {
        let chosen = Set(s.selected)
        let placeholders = p.placeholderCostItems
        return .object([
            ("kind", .string("portfolio")),
            ("engine", .object([("name", .string("ilead")), ("version", .string(EngineInfo.version))])),
            ("budgets", .object(Instrument.allCases.map { ($0.rawValue, .integer(p.budgets[$0] ?? 0)) })),
            ("spent", .object(Instrument.allCases.map { ($0.rawValue, .integer(s.spent[$0] ?? 0)) })),
            ("totalPriority", .decimal(s.value)),
            ("optimal", .bool(s.optimal)), ("infeasible", .bool(s.infeasible)),
            ("infeasibleBecause", .array(infeasibleBecause.map(JSONValue.string))),
            ("placeholderCosts", .object([("candidates", .integer(placeholders.count)), ("of", .integer(p.items.count)),
                                          ("funded", .integer(s.selected.filter { PortfolioProblem.placeholderCostBases.contains(p.items[$0].costBasis) }.count))])),
            ("upperBound", .decimal(s.bound)), ("optimalityGap", .decimal(s.relativeGap)), ("nodes", .integer(s.nodes)),
            ("constraints", .object([
                ("mustFund", .array(p.mustFund.sorted().map(JSONValue.string))),
                ("mustNotFund", .array(p.mustNotFund.sorted().map(JSONValue.string))),
                ("requires", .array(p.requires.map { .object([("gap", .string($0.gap)), ("prerequisite", .string($0.prerequisite))]) })),
                ("minPerGroup", .object(p.minPerGroup.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, .integer($0.value)) })),
            ])),
            ("marginal", .array(marginal.map { m in
                .object([("instrument", .string(m.instrument.rawValue)), ("priorityPerMillionEUR", .decimal(m.perEuro * 1e6)),
                         ("next", m.next.map { n in .object([("gapRef", .string(n.gapRef)), ("priorityScore", .decimal(n.priority)),
                                                             ("extraBudgetEUR", .integer(n.extraBudget))]) } ?? .null)])
            })),
            ("items", .array(p.items.enumerated().map { i, item in
                .object([("gapRef", .string(item.gapRef)), ("title", .string(item.title)), ("practitionerGroup", .string(item.practitionerGroup.rawValue)),
                         ("priorityScore", .decimal(item.priority)), ("route", .string(item.route.rawValue)), ("instrument", .string(item.instrument.rawValue)),
                         ("costEUR", .integer(item.cost)), ("costBasis", .string(item.costBasis)), ("funded", .bool(chosen.contains(i)))])
            })),
        ])
    }

    /// The headline warning when candidate costs are rule defaults rather than estimates, or nil.
    public static func placeholderWarning(_ p: PortfolioProblem) -> String? {
        let n = p.placeholderCostItems.count
        guard n > 0 else { return nil }
        return "\(n) of \(p.items.count) candidate costs are placeholders, not estimates: the minimum PCP budget or minimum PPI volume of "
            + "the procurement rules stands in where a gap has no budget estimate. Spending and the choice between gaps of different "
            + "cost are only as good as these figures; add budget estimates to the workshops (or a scenario) for a real portfolio."
    }

    /// Where a cost comes from, in words.
    public static func costBasisText(_ basis: String) -> String {
        switch basis {
        case "budgetEstimateEUR": return "the gap's budget estimate"
        case "pcpEstimate": return "PCP estimate from development costs"
        case "pcpMinBudgetEUR": return "placeholder: minimum PCP budget"
        case "ppiMinVolumeEUR": return "placeholder: minimum PPI volume"
        default: return basis
        }
    }

    public static func csv(_ p: PortfolioProblem, _ s: PortfolioSolution) -> String {
        let chosen = Set(s.selected)
        let rows = p.items.enumerated().map { i, item in
            [item.gapRef, item.title, item.practitionerGroup.rawValue, JSONValue.fixed6(item.priority), item.route.rawValue,
             item.instrument.rawValue, String(item.cost), item.costBasis, chosen.contains(i) ? "true" : "false"]
        }
        return TextTable.csv(header: ["gapRef", "title", "practitionerGroup", "priorityScore", "route", "instrument", "costEUR", "costBasis", "funded"], rows: rows)
    }

    public static func markdown(_ p: PortfolioProblem, _ s: PortfolioSolution, marginal: [MarginalValue], infeasibleBecause: [String] = []) -> String {
        var out = "# Portfolio\n\n"
        if s.infeasible {
            out += "No portfolio meets every constraint (budgets, must-fund, dependencies, minimum counts).\n"
            if !infeasibleBecause.isEmpty { out += "\nWhat binds:\n\n" + infeasibleBecause.map { "- " + MarkdownText.escaped($0) + "\n" }.joined() }
            return out
        }
        if let warning = placeholderWarning(p) { out += "> **Warning:** \(warning)\n\n" }
        out += "Total priority **\(JSONValue.fixed6(s.value))** from \(s.selected.count) funded gaps; "
        out += s.optimal ? "proven optimal (branch and bound, \(s.nodes) nodes).\n\n"
            : "time limit reached: best found, upper bound \(JSONValue.fixed6(s.bound)), optimality gap ≤ \(JSONValue.fixed6(100 * s.relativeGap)) %.\n\n"
        out += "| instrument | budget € | spent € | left € | P per M€ at the margin | next gap | extra € to fund it |\n|---|---:|---:|---:|---:|---|---:|\n"
        for m in marginal {
            let budget = p.budgets[m.instrument] ?? 0, spent = s.spent[m.instrument] ?? 0
            out += "| \(m.instrument.rawValue) | \(Euros.grouped(budget)) | \(Euros.grouped(spent)) | \(Euros.grouped(budget - spent)) | \(JSONValue.fixed6(m.perEuro * 1e6)) | "
            out += (m.next.map { "\($0.gapRef) (P \(JSONValue.fixed6($0.priority))) | \(Euros.grouped($0.extraBudget))" } ?? "– | –") + " |\n"
        }
        let chosen = Set(s.selected)
        for (title, inside) in [("In", true), ("Out", false)] {
            let rows = p.items.indices.filter { chosen.contains($0) == inside }.sorted { p.items[$0].priority > p.items[$1].priority }
            out += "\n## \(title) (\(rows.count))\n\n| gap | title | PG | P | route | instrument | cost € | cost from |\n|---|---|---|---:|---|---|---:|---|\n"
            for i in rows {
                let x = p.items[i]
                out += "| \(x.gapRef) | \(MarkdownText.escaped(x.title)) | \(x.practitionerGroup.rawValue) | \(JSONValue.fixed6(x.priority)) | \(x.route.rawValue) | \(x.instrument.rawValue) | \(Euros.grouped(x.cost)) | \(costBasisText(x.costBasis)) |\n"
            }
        }
        return out
    }

    // MARK: Scenario sampling

    public static func json(_ shares: [ScenarioSampling.GapShares], ranges: ScenarioRanges, options: ScenarioSampling.Options) -> JSONValue {
        .object([
            ("kind", .string("scenarioSample")),
            ("engine", .object([("name", .string("ilead")), ("version", .string(EngineInfo.version))])),
            ("samples", .integer(options.samples)), ("seed", .integer(Int(truncatingIfNeeded: options.seed))), ("topK", .integer(options.topK)),
            ("drawsWorkshopInputs", .bool(options.drawsInputs)),
            ("ranges", .array(ranges.ranges.map { r in
                .object([("path", .string(r.path)), ("min", .number(r.min)), ("mostLikely", r.mostLikely.map(JSONValue.number) ?? .null),
                         ("max", .number(r.max)), ("distribution", .string(r.mostLikely == nil ? "uniform" : "pert")), ("whole", .bool(r.integer))])
            })),
            ("gaps", .array(shares.map { g in
                .object([("gapRef", .string(g.gapRef)), ("title", .string(g.title)), ("typicalRoute", .string(g.typicalRoute.rawValue)),
                         ("typicalRank", .integer(g.typicalRank)),
                         ("routeShares", .object(g.routeShares.map { ($0.route.rawValue, .decimal($0.share)) })),
                         ("routeShareStandardErrors", .object(g.routeShares.map { ($0.route.rawValue, .decimal($0.standardError)) })),
                         ("medianRank", .decimal(g.medianRank)), ("pTopK", .decimal(g.pTopK)),
                         ("pTopKStandardError", .decimal(g.pTopKStandardError))])
            })),
        ])
    }

    public static func csv(_ shares: [ScenarioSampling.GapShares]) -> String {
        let routes = ProcurementRoute.allCases
        let rows = shares.map { g in
            [g.gapRef, g.title, g.typicalRoute.rawValue, String(g.typicalRank)]
                + routes.map { r in JSONValue.fixed6(g.routeShares.first { $0.route == r }?.share ?? 0) }
                + routes.map { r in JSONValue.fixed6(g.routeShares.first { $0.route == r }?.standardError ?? 0) }
                + [JSONValue.fixed6(g.medianRank), JSONValue.fixed6(g.pTopK), JSONValue.fixed6(g.pTopKStandardError)]
        }
        return TextTable.csv(header: ["gapRef", "title", "typicalRoute", "typicalRank"] + routes.map { "share.\($0.rawValue)" }
                             + routes.map { "standardError.\($0.rawValue)" } + ["medianRank", "pTopK", "pTopKStandardError"],
                             rows: rows)
    }

    public static func markdown(_ shares: [ScenarioSampling.GapShares], ranges: ScenarioRanges, options: ScenarioSampling.Options) -> String {
        var out = "# Scenario with ranges: \(options.samples) samples (seed \(options.seed))\n\n"
        out += "Each sample draws every range below and scores the workshops under the scenario with those values"
        out += options.drawsInputs ? "; the ratings, TRLs, costs and weights are drawn too, as in the Monte Carlo of a run. "
                                   : "; the ratings, TRLs, costs and weights keep their workshop values. "
        out += "The typical run takes each range at its most likely value (or midpoint). "
        out += "A share p of n samples is known to about ± 2·√(p(1 − p)/n) (two standard errors, shown after ±).\n\n"
        out += "| assumption | min | most likely | max | draw |\n|---|---:|---:|---:|---|\n"
        for r in ranges.ranges {
            out += "| `\(r.path)` | \(JSONValue.fixed6(r.min)) | \(r.mostLikely.map(JSONValue.fixed6) ?? "–") | \(JSONValue.fixed6(r.max)) | "
            out += (r.mostLikely == nil ? "uniform" : "PERT") + (r.integer ? ", whole numbers" : "") + " |\n"
        }
        out += "\n| typical rank | gap | title | typical route | share of samples per route | median rank | P(rank ≤ \(options.topK)) |\n|---:|---|---|---|---|---:|---:|\n"
        for g in shares {
            let routes = g.routeShares.sorted { $0.share > $1.share }
                .map { "\($0.route.rawValue) \(percent($0.share))" + ($0.standardError > 0 ? " ± \(percent(2 * $0.standardError))" : "") }
                .joined(separator: ", ")
            out += "| \(g.typicalRank) | \(g.gapRef) | \(MarkdownText.escaped(g.title)) | \(g.typicalRoute.rawValue) | \(routes) | \(JSONValue.fixed6(g.medianRank)) | \(percent(g.pTopK)) |\n"
        }
        return out
    }

    static func percent(_ x: Double) -> String {
        let p = (x * 1000).rounded() / 10
        return (p == p.rounded() ? String(Int(p)) : String(p)) + " %"
    }
}
