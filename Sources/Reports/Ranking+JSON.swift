import PriorityEngine
import JSONFormat

extension JSONValue {
    /// A value of the engine (a default, a rule threshold or actual) as the documents write it: whole numbers as
    /// integers, other numbers rounded to 6 dp.
    var asWritten: JSONValue {
        switch self {
        case let .number(d): d == d.rounded() && abs(d) < 1e15 ? .integer(Int(d)) : .decimal(d)
        case let .array(a): .array(a.map(\.asWritten))
        case let .object(o): .object(o.map { ($0.0, $0.1.asWritten) })
        default: self
        }
    }

    static func decimal(_ x: Double?) -> JSONValue { x.map(JSONValue.decimal) ?? .null }
    static func string(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
}

/// The ranking document of docs/file-formats.md "Ranking" (`kind: "ranking"`).
public enum RankingDocument {
    /// The JSON of one list. `includeRuleTrace = false` omits `procurement.trace`.
    /// - Parameters:
    ///   - list: the ranked list.
    ///   - run: the run it comes from (weights used, warnings).
    ///   - manifest: the run's manifest.
    ///   - includeRuleTrace: `false` omits `procurement.trace`.
    ///   - uncertainty: the Monte-Carlo block per gap of this list (how-the-engine-decides.md §8), when it was run.
    ///   - sensitivity: the one-at-a-time rows and this list's index in them, when they were run.
    public static func json(_ list: RankingList, run: PriorityRun, manifest: RunManifest, includeRuleTrace: Bool = true,
                            uncertainty: [String: GapUncertainty]? = nil,
                            sensitivity: (rows: [WeightSensitivityRow], list: Int)? = nil) -> JSONValue {
        let weighted = PriorityRanking.isWeightedSum(run.model, count: list.entries.count)
        let warnings = run.warnings(for: list)
        return .object([
            ("schemaVersion", .string("1.0")),
            ("kind", .string("ranking")),
            ("run", manifestJSON(manifest)),
            ("list", .object([("kind", .string(list.kind.rawValue)), ("key", .string(list.key)), ("title", .string(list.title))])),
            ("weightsUsed", .object(list.workshopIds.map { ($0, weightsJSON(run.weights[$0]!, model: run.model)) })),
            ("entries", .array(list.entries.map { entryJSON($0, weighted: weighted, trace: includeRuleTrace, uncertainty: uncertainty?[$0.result.gapRef]) })),
        ] + (sensitivity.map { s in [("sensitivity", JSONValue.object([("oat", .array(s.rows.map { row in
            .object([("node", .string(row.node)), ("child", .string(row.child)), ("delta", .decimal(row.delta)),
                     ("rankChanges", .array(row.rankChanges[s.list].map { .object([("gapRef", .string($0.gapRef)), ("from", .integer($0.from)), ("to", .integer($0.to))]) }))])
        }))]))] } ?? []) + [
            ("warnings", .array(warnings.map { .object([("code", .string($0.code ?? "")), ("ref", .string($0.ref)), ("message", .string($0.message))]) })),
        ])
    }

    static func manifestJSON(_ m: RunManifest) -> JSONValue {
        .object([
            ("engineVersion", .string(m.engineVersion)),
            ("generatedAt", .string(m.generatedAt)),
            ("modelId", .string(m.modelId)),
            ("modelVersion", .string(m.modelVersion)),
            ("scenarioId", .string(m.scenarioId)),
            ("seed", .integer(Int(truncatingIfNeeded: m.seed))),
            ("asOfDate", .string(m.asOfDate)),
            ("defaults", .object(m.defaults.map { ($0.path, $0.value.asWritten) })),
            ("inputs", .array(m.inputs.map { .object([("path", .string($0.path)), ("sha256", .string($0.sha256))]) })),
        ] + (m.catalogueValues.isEmpty ? [] : [("catalogueValues", .array(m.catalogueValues.map(\.json)))]))
    }

    static func weightsJSON(_ w: WorkshopWeights, model: ScoringModel) -> JSONValue {
        .object(model.hierarchy.innerNodes.compactMap { node in
            guard let n = w.nodes[node.id] else { return nil }
            return (node.id, .object([
                ("weights", .object(n.weights.map { ($0.child, .decimal($0.weight)) })),
                ("source", .string(n.source.rawValue)),
                ("groupCR", .decimal(n.groupCR)),
                ("participants", .array(n.participants.map {
                    .object([("participantId", .string($0.id)), ("cr", .decimal($0.cr)), ("accepted", .bool($0.accepted))])
                })),
                ("nExcluded", .integer(n.nExcluded)),
                ("ahpWeights", n.ahpWeights.map { a in .object(a.map { ($0.child, .decimal($0.weight)) }) } ?? .null),
            ]))
        })
    }

    static func entryJSON(_ e: RankedEntry, weighted: Bool, trace: Bool, uncertainty: GapUncertainty?) -> JSONValue {
        let r = e.result
        var pairs: [(String, JSONValue)] = [
            ("rank", .integer(e.rank)),
            ("gapRef", .string(r.gapRef)),
            ("workshopId", .string(r.workshopId)),
            ("practitionerGroup", .string(r.practitionerGroup.rawValue)),
            ("year", .integer(r.year)),
            ("title", .string(r.title)),
            ("priorityScore", .decimal(e.score)),
            ("priorityBand", .string(e.band)),
            ("gapSeverityBand", .string(r.gapSeverityBand)),
            ("components", .object(r.components.map { c in
                (c.id, .object([
                    ("score", .decimal(c.score)),
                    ("weight", .decimal(c.weight)),
                    ("contribution", weighted ? .decimal(c.contribution) : .null),
                    ("subcriteria", .array(c.subcriteria.map { leafJSON($0, weighted: weighted) })),
                ]))
            })),
            ("flags", .array(r.flags.map(JSONValue.string))),
            ("bestSolutionRef", .string(r.bestSolutionRef)),
        ]
        let p = r.procurement
        var procurement: [(String, JSONValue)] = [
            ("route", .string(p.decision.route.rawValue)),
            ("reason", .string(p.decision.reason?.rawValue)),
            ("ruleId", .string(p.decision.ruleId)),
            ("routeSolutionRef", .string(p.routeSolutionRef)),
            ("flags", .array(p.flags.map(JSONValue.string))),
            ("suitability", p.suitability.map { s in .object(s.keyed.map { ($0.0, .decimal($0.1)) }) } ?? .null),
        ]
        if trace {
            procurement.append(("trace", .array(p.decision.trace.map { t in
                .object([
                    ("ruleId", .string(t.ruleId)),
                    ("matched", .bool(t.matched)),
                    ("conditions", .array(t.conditions.map { c in
                        .object([("input", .string(c.input)), ("op", .string(c.op)), ("threshold", c.threshold.asWritten),
                                 ("actual", c.actual.asWritten), ("pass", .bool(c.pass))])
                    })),
                ])
            })))
        }
        pairs.append(("procurement", .object(procurement)))
        let s = r.standardisation
        pairs.append(("standardisation", .object([
            ("score", .decimal(s.score)), ("recommendation", .string(s.recommendation.rawValue)), ("ruleId", .string(s.ruleId)),
            ("standardRefs", .array(s.standardRefs.map(JSONValue.string))),
        ])))
        if let need = RecurringNeedEvidence(e) { pairs.append(("recurringNeed", need.json)) }
        if let u = uncertainty {
            pairs.append(("uncertainty", .object([
                ("medianRank", .decimal(u.medianRank)), ("rankIQR", .decimal(u.rankIQR)), ("pTopK", .decimal(u.pTopK)),
                ("routeShares", .object(u.routeShares.map { ($0.route.rawValue, .decimal($0.share)) })),
            ])))
        }
        if let d = r.declaredRoute { pairs.append(("declaredRoute", .string(d.rawValue))) }
        if let d = r.declaredRank { pairs.append(("declaredRank", .integer(d))) }
        return .object(pairs)
    }

    static func leafJSON(_ l: LeafResult, weighted: Bool) -> JSONValue {
        .object([
            ("id", .string(l.id)),
            ("raw", .decimal(l.raw)),
            ("value", .decimal(l.value)),
            ("weight", .decimal(l.weight)),
            ("contribution", weighted ? .decimal(l.contribution) : .null),
            ("n", l.rating.map { .integer($0.n) } ?? .null),
            ("nAbstain", l.rating.map { .integer($0.nAbstain) } ?? .null),
            ("iqr", l.rating.map { .decimal($0.iqr) } ?? .null),
            ("consensus", l.rating.map { .string($0.consensus.rawValue) } ?? .null),
        ])
    }
}
