import MCDA
import PriorityEngine
import JSONFormat

/// JSON Schemas (draft 2020-12) of the document kinds of docs/file-formats.md and docs/decision-problems.md, for tools
/// that check files before sending them. They state the structure (types, required keys, enum spellings, ranges); the cross-record rules
/// of file-formats.md (dangling references, duplicate ids, judgment order) are checked by `ilead validate` / `ilead run`.
public enum JSONSchemas {
    public enum Kind: String, CaseIterable, Sendable { case workshop, model, scenario, ranking, decisionProblem, pairwiseComparisons, ahpHierarchy, technologyWatch, recurringNeeds }

    public static func schema(_ kind: Kind) -> JSONValue {
        let body: JSONValue
        switch kind {
        case .workshop: body = workshop
        case .model: body = model
        case .scenario: body = scenario
        case .ranking: body = ranking
        case .decisionProblem: body = decisionProblem
        case .pairwiseComparisons: body = pairwiseComparisons
        case .ahpHierarchy: body = ahpHierarchy
        case .technologyWatch: body = technologyWatch
        case .recurringNeeds: body = recurringNeeds
        }
        guard case let .object(pairs) = described(body, path: "", kind: kind) else { return body }
        return .object([("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
                        ("$id", .string("https://ilead.example/schema/1.0/\(kind.rawValue).json")),
                        ("title", .string("i-LEAD \(kind.rawValue) file, schema 1.0 (docs/file-formats.md)"))] + pairs)
    }

    // MARK: descriptions

    /// The schema with a `description` on every property that has one (`FieldGuide` for workshops, short texts for
    /// the other kinds), the meaning of each value added to enumerations, and `examples` for ids, so that an
    /// editor reading the schema shows the hints.
    static func described(_ schema: JSONValue, path: String, kind: Kind) -> JSONValue {
        guard case let .object(pairs) = schema else { return schema }
        var out: [(String, JSONValue)] = []
        for (key, value) in pairs {
            switch key {
            case "properties":
                guard case let .object(properties) = value else { out.append((key, value)); continue }
                out.append((key, .object(properties.map { name, property in
                    let p = path.isEmpty ? name : "\(path).\(name)"
                    return (name, withDescription(described(property, path: p, kind: kind), path: p, name: name, kind: kind))
                })))
            case "$defs":
                guard case let .object(defs) = value else { out.append((key, value)); continue }
                out.append((key, .object(defs.map { ($0.0, described($0.1, path: $0.0, kind: kind)) })))
            case "items", "anyOf", "oneOf", "additionalProperties":
                if case let .array(items) = value { out.append((key, .array(items.map { described($0, path: path, kind: kind) }))) }
                else { out.append((key, described(value, path: path, kind: kind))) }
            default: out.append((key, value))
            }
        }
        return .object(out)
    }

    static func withDescription(_ schema: JSONValue, path: String, name: String, kind: Kind) -> JSONValue {
        guard case let .object(pairs) = schema else { return schema }
        var text = kind == .workshop ? FieldGuide.describe(path) : otherDescriptions[kind]?[path]
        if let meanings = RatingScales.enumerationMeanings[name], pairs.contains(where: { $0.0 == "enum" }) {
            text = (text.map { $0 + " " } ?? "") + meanings.map { "\($0.value): \($0.meaning)" }.joined(separator: "; ") + "."
        }
        var extra: [(String, JSONValue)] = []
        if let text { extra.append(("description", .string(text))) }
        if kind == .workshop, let example = examples[path] { extra.append(("examples", .array([.string(example)]))) }
        return .object(extra + pairs)
    }

    static let examples: [String: String] = [
        "workshop.id": "WS-2019-CYB", "participants.id": "P01", "capabilityGaps.id": "G01", "candidateSolutions.id": "S01",
        "competencies.id": "C01", "priorityAreas.id": "PA1", "participants.country": "NL", "workshop.startDate": "2019-06-18",
        "capabilityGaps.procurementContext.interestedProcurers.orgRef": "LEA-NL-1",
    ]

    /// The descriptions of `comparisons`, by path below the object that holds them.
    static let comparisonDescriptions: [String: String] = [
        "matrix": "The reciprocal comparison matrix, row by row: a number or a fraction such as \"1/3\"; or give judgments instead.",
        "judgments": "Judgments a over b; pairs left out are missing and completed by Harker's method.",
        "judgments.a": "The item judged.", "judgments.b": "The item it is compared with.",
        "judgments.value": "How much a is preferred to b, on Saaty's scale 1/9…9 (a number or a fraction such as \"1/3\").",
        "participants": "For group AHP: each participant's matrix or judgments, aggregated by AIJ or AIP.",
        "participants.id": "The participant's id.", "participants.weight": "The participant's weight in the aggregation (default 1).",
        "participants.matrix": "This participant's matrix.", "participants.judgments": "This participant's judgments.",
        "participants.judgments.a": "The item judged.", "participants.judgments.b": "The item it is compared with.",
        "participants.judgments.value": "How much a is preferred to b, on Saaty's scale 1/9…9.",
    ]

    static let otherDescriptions: [Kind: [String: String]] = [
        .decisionProblem: [
            "schemaVersion": "1.<minor>, e.g. 1.0.", "kind": "Always \"decisionProblem\".", "description": "What the problem is about (free text).",
            "criteria": "The criteria, in the order of the output's columns.", "criteria.id": "The criterion's id, used in alternatives' values.",
            "criteria.direction": "benefit: more is better; cost: less is better.",
            "criteria.weight": "The criterion's weight, used as given (a warning says when the weights do not sum to 1); may be left out when objective weights are derived.",
            "criteria.preference": "PROMETHEE II: the preference function of the criterion (default usual).",
            "criteria.preference.function": "usual, ushape (q), vshape (p), level (q, p), linear (q, p) or gaussian (s).",
            "criteria.preference.q": "Indifference threshold, in the criterion's units.", "criteria.preference.p": "Preference threshold, in the criterion's units.",
            "criteria.preference.s": "Gaussian: the inflection point, in the criterion's units.",
            "criteria.bounds": "SPOTIS: [min, max], the possible range of the criterion.",
            "alternatives": "The alternatives to rank.", "alternatives.id": "The alternative's id.",
            "alternatives.values": "One number per criterion id.",
        ],
        .pairwiseComparisons: [
            "schemaVersion": "1.<minor>, e.g. 1.0.", "kind": "Always \"pairwiseComparisons\".", "description": "What is compared (free text).",
            "items": "The items compared (criteria or alternatives), in the order of the matrix.",
        ].merging(comparisonDescriptions) { own, _ in own },
        .recurringNeeds: [
            "schemaVersion": "1.<minor>, e.g. 1.0.", "kind": "Always \"recurringNeeds\".", "description": "What the grouping is for (free text).",
            "needs": "Needs grouped by hand: each need's gaps are one row of the pan-European list (ilead run --needs).",
            "needs.id": "The need's id, e.g. N-RAPID-DNA.", "needs.title": "The need in words (default: the title of its earliest gap).",
            "needs.gapRefs": "Its gaps, two or more, as <workshop id>/<gap id>; a gap belongs to one need at most.",
        ],
        .technologyWatch: [
            "schemaVersion": "1.<minor>, e.g. 1.0.", "kind": "Always \"technologyWatch\".", "description": "What the catalogue covers (free text).",
            "generator": "Set by ilead generate for the synthetic catalogue: its seed and version.",
            "generator.seed": "The generator's seed.", "generator.version": "The generator's version.",
            "items": "The technologies the network follows, each referred to from workshop solutions by its catalogId.",
            "items.catalogId": "The item's id, e.g. TW-0042; a workshop solution's catalogId names it.",
            "items.name": "The item's name.", "items.description": "What it is (free text).",
            "items.source": "Where it comes from: the market, a research programme (h2020, fp7, isf), a national programme or other.",
            "items.technicalApproach": "How it works, in a word or two (gaps without solutions are matched to items by it).",
            "items.tags": "Cross-cutting tags of the needs it answers (gaps without solutions are matched to items by them).",
            "items.assessments": "Dated assessments, any order; the newest dated on or before a run's as-of date and after a workshop's own replaces the workshop's values.",
            "items.assessments.date": "When it was assessed, YYYY-MM-DD (required, as date or assessedOn).",
            "items.assessments.assessedOn": "Another name for date.",
            "items.assessments.supplierIds": "The suppliers' ids, when supplierCount is a plain number or absent (the count is their number).",
            "items.assessments.trl": "Technology readiness level 1–9, a number or {min, mostLikely, max}.",
            "items.assessments.trl.min": "The lowest plausible TRL.", "items.assessments.trl.mostLikely": "The most likely TRL.",
            "items.assessments.trl.max": "The highest plausible TRL.",
            "items.assessments.availability": "How far it is on the market.",
            "items.assessments.supplierCount": "How many suppliers offer it: a number, or {total, euBased, supplierIds}.",
            "items.assessments.supplierCount.total": "All suppliers.", "items.assessments.supplierCount.euBased": "Suppliers based in the EU.",
            "items.assessments.supplierCount.supplierIds": "The suppliers' ids (as many as total).",
            "items.assessments.aiActCategory": "The AI Act category of its use.",
            "items.assessments.trlEvidence": "What the TRL rests on, weakest to strongest.",
            "items.assessments.evidence": "The assessment's source in words (a test report, a tender, a deliverable); a TRL-evidence level given here counts as trlEvidence.",
        ],
        .ahpHierarchy: [
            "schemaVersion": "1.<minor>, e.g. 1.0.", "kind": "Always \"ahpHierarchy\".", "description": "What the hierarchy decides (free text).",
            "root": "The goal: the node at the top of the hierarchy.",
            "node.id": "The node's id: the goal's name at the top, otherwise one of the items of the node above.",
            "node.items": "The items compared under this node, in matrix order (default: the ids of its children).",
            "node.matrix": "The reciprocal comparison matrix of the items, row by row: a number or a fraction such as \"1/3\".",
            "node.judgments": "Judgments a over b; pairs left out are missing and completed (Harker, or --completion lambda-max-optimal).",
            "node.children": "Nodes that break some of the items down further; items without a node are at the bottom.",
            "node.values": "Measured values of the items instead of comparisons, {item: positive number}: the local priorities are the values divided by their sum.",
            "node.description": "What the node stands for (free text).",
        ].merging(comparisonDescriptions.map { ("node." + $0.key, $0.value) }) { own, _ in own },
        .model: [
            "schemaVersion": "1.<minor>, e.g. 1.0.",
            "kind": "Always \"model\".",
            "description": "What the model is for (free text).",
            "weights.mode": "fixed: the weights given under fixed; ahp: derived per workshop from its participants' pairwise comparisons (falling back to fixed).",
            "weights.fixed": "Per inner node, the weight of each child: {node: {child: weight}}; the weights of a node's children sum to 1.",
            "weights.ahp": "How AHP weights are derived from a workshop's judgments.",
            "weights.ahp.derivation": "eigenvector (Saaty) or rowGeometricMean.",
            "weights.ahp.aggregation": "How participants are combined: AIJ_GEOMEAN (their judgments), AIP_ARITH or AIP_GEOMEAN (their priorities).",
            "weights.ahp.consistencyThreshold": "A participant whose consistency ratio exceeds this is inconsistent (0.10 by Saaty's rule).",
            "weights.ahp.onInconsistent": "What happens to an inconsistent participant's judgments.",
            "weights.ahp.minAcceptedParticipants": "Fewer accepted participants than this and the fixed weights are used (warning AHP_FALLBACK).",
            "weights.ahp.countryBalanced": "Each country's participants together count as one.",
            "ratingAggregation.statistic": "How the participants' values of a criterion become the group value (median of the country medians by default, mean, trimmed mean).",
            "ratingAggregation.participantWeighting": "How participants count: each equally, or each country equally (perCountryEqual), or by role.",
            "ratingAggregation.roleWeights": "With role weighting: the weight of each participant role.",
            "ratingAggregation.debias": "none, or z-score de-biasing of each participant's values before aggregation.",
            "ratingAggregation.threePoint": "How a three-point value becomes one number: pert, (min + 4 × mostLikely + max) / 6.",
            "ratingAggregation.minRaters": "Fewer voting raters than this and a criterion is insufficient for a gap: left out of its score (PARTIAL_EVIDENCE).",
            "ratingAggregation.consensus": "When the raters' agreement is called high, moderate or low.",
            "ratingAggregation.consensus.highMaxIQR": "High agreement needs an interquartile range at most this.",
            "ratingAggregation.consensus.highMinShareWithinOne": "… and at least this share of raters within one point of the median.",
            "ratingAggregation.consensus.lowMinIQR": "Low agreement: an interquartile range at least this …",
            "ratingAggregation.consensus.lowBelowShareWithinOne": "… or less than this share of raters within one point of the median.",
            "derived": "Settings of the derived criteria (breadth, coverage, supplier competition).",
            "derived.breadthThresholds": "Numbers of Member States that give breadth scores 1 to 5 (the lowest count of each score).",
            "derived.countAssociated": "Whether associated countries (below) count towards breadth.",
            "derived.associatedCountries": "Countries associated with EU programmes, counted when countAssociated is true.",
            "derived.breadthIncludesLowBaseline": "Whether raters' countries with a low baseline maturity count as affected.",
            "derived.minCoverageLink": "A solution covering less of a gap than this percentage is not a candidate for it at all.",
            "derived.supplierCompetitionTable": "Steps [suppliers, value]: the value for n suppliers is that of the largest step at or below n.",
            "procurementRules.needClarityMin": "A need clarity below this sends the gap to further research first (NEED_DEFINITION).",
            "procurementRules.trlResearchMax": "The best TRL at or below this is too low for procurement (research first).",
            "procurementRules.trlPcpMin": "Lowest TRL for pre-commercial procurement.",
            "procurementRules.trlPcpMax": "Highest TRL for pre-commercial procurement.",
            "procurementRules.trlPpiMin": "Lowest TRL for public procurement of innovation.",
            "procurementRules.trlIntegrationMin": "Lowest TRL for an integration or customisation route.",
            "procurementRules.minCoverageRoute": "A solution must cover at least this percentage of a gap to count for its route.",
            "procurementRules.coverageStandardMin": "Standard procurement needs a commercial solution covering at least this percentage.",
            "procurementRules.minSuppliersStandard": "Standard procurement needs at least this many suppliers.",
            "procurementRules.maxSuppliersPpi": "With at most this many suppliers, procurement of innovation rather than standard procurement.",
            "procurementRules.minCompetingApproachesPcp": "Pre-commercial procurement wants at least this many competing technical approaches (else FEW_APPROACHES).",
            "procurementRules.minProcurersJoint": "A joint procurement needs at least this many committed procurers …",
            "procurementRules.minMsJoint": "… from at least this many Member States.",
            "procurementRules.pcpMinBudgetEUR": "The smallest budget a PCP makes sense with, in euros (also the placeholder cost of a PCP gap without an estimate).",
            "procurementRules.ppiMinVolumeEUR": "The smallest volume a PPI makes sense with, in euros (also the placeholder cost of a PPI gap without an estimate).",
            "procurementRules.suitabilityDisagreeMargin": "When the suitability scores favour another route by more than this, the gap is flagged.",
            "procurementRules.jointMinBreadthScore": "A breadth score at least this suggests a joint cross-border procurement.",
            "procurementRules.highRiskMaxDataProtection": "A high-risk AI solution with data protection readiness at or below this is flagged.",
            "procurementRules.cwaInParallelMinStandardsGap": "A standards gap at least this suggests a CEN workshop agreement in parallel.",
            "procurementRules.aiActProhibitionsFrom": "The date from which the AI Act's prohibitions apply (YYYY-MM-DD).",
            "standardisationRules": "Thresholds of the standardisation recommendations SR1–SR6.",
            "standardisationRules.noActionBelow": "A standardisation potential below this: no EU action.",
            "standardisationRules.promoteUptakeMaxGap": "A standards gap at most this: promote the uptake of existing standards.",
            "standardisationRules.forensicMinEvidential": "Forensic gaps with an evidential need at least this: a forensic method standard.",
            "standardisationRules.cwaMaxTrl": "Solutions at most this TRL: a pre-standard (CEN workshop agreement) rather than a standard.",
            "standardisationRules.interopMin": "An interoperability need at least this calls for an interoperability standard.",
            "bands": "Score bands.",
            "bands.gapSeverity": "Lower bounds of the gap severity bands medium, high and critical.",
            "bands.priority": "Lower bounds of the priority bands priority-2 and priority-1.",
            "sensitivity.runs": "Monte-Carlo runs of the robustness analysis.",
            "sensitivity.seed": "Seed of the runs (the same seed gives the same result).",
            "sensitivity.weightConcentration": "How closely drawn weights stay around the model's (Dirichlet concentration; larger is closer).",
            "sensitivity.topK": "The k of P(rank ≤ k).",
            "sensitivity.oatDelta": "The relative step of the one-at-a-time weight changes (0.2 = ±20 %).",
            "node.id": "The node's id.",
            "node.label": "A name for people.",
            "node.children": "The child nodes (an inner node).",
            "node.source": "A leaf's source: a rating of the participants or a derived value.",
            "node.ratingKey": "The rated criterion of a rating leaf.",
            "node.derivation": "The derived value of a derived leaf.",
            "node.scale": "The raw range of the leaf (documentation only).",
            "node.direction": "benefit (more is better) or cost.",
            "node.valueFunction": "How the raw value becomes a value in [0, 1].",
            "node.valueFunction.type": "linear over a domain, or piecewise through points.",
            "node.valueFunction.domain": "[lo, hi] of a linear value function.",
            "node.valueFunction.points": "[[x, y], …] of a piecewise value function, x ascending.",
            "id": "The model's id, echoed in every output.", "version": "The model's version.",
            "preset": "deployment (what to buy now) or researchAgenda (what to research).",
            "hierarchy": "The criteria tree: inner nodes with children, leaves with their source and value function.",
            "weights": "How the weights of the hierarchy are set: fixed, or derived per workshop by AHP from its judgments.",
            "rootAggregation": "How the root combines its children: the weighted sum, or a method of the MCDA core.",
            "ratingAggregation": "How the ratings of many participants become one group value per gap and criterion.",
            "procurementRules": "The thresholds of the procurement route rules (R00–R09).",
            "sensitivity": "Monte-Carlo runs, seed, top k and one-at-a-time step of the robustness analysis.",
        ],
        .scenario: [
            "schemaVersion": "1.<minor>, e.g. 1.0.",
            "kind": "Always \"scenario\".",
            "title": "A title for people.",
            "author": "Who wrote the scenario.",
            "author.role": "The author's role.",
            "baseModel": "The model the scenario was written for.",
            "baseModel.id": "Its id.",
            "baseModel.version": "Its version.",
            "createdOn": "When the scenario was written (YYYY-MM-DD).",
            "scope.workshops": "Workshop ids to rank (empty: all).",
            "scope.practitionerGroups": "Practitioner groups to rank (empty: all).",
            "scope.years": "Years to rank (empty: all).",
            "scope.gapRefs": "Gap refs (WS-…/G…) to rank (empty: all).",
            "weightOverrides.node": "The inner node whose child weight changes.",
            "weightOverrides.child": "The child.",
            "weightOverrides.weight": "Its new weight.",
            "weightOverrides.renormalise": "Whether the other children are rescaled so the weights sum to 1.",
            "thresholdOverrides.range": "A range instead of one value, for ilead scenario sample.",
            "thresholdOverrides.range.min": "The lowest value.",
            "thresholdOverrides.range.mostLikely": "The typical value (used by ilead run).",
            "thresholdOverrides.range.max": "The highest value.",
            "assumptions.gaps": "Values merged into gaps, each by its ref.",
            "assumptions.gaps.ref": "The gap (WS-…/G…).",
            "assumptions.solutions": "Values merged into solutions, each by its ref.",
            "assumptions.solutions.ref": "The solution (WS-…/S…).",
            "assumptions.buyersGroup": "A group of buying organisations added to gaps.",
            "assumptions.buyersGroup.gapRefs": "The gaps (absent: every gap in scope).",
            "assumptions.buyersGroup.procurers": "The procurers.",
            "assumptions.buyersGroup.procurers.orgRef": "Pseudonymous id of the organisation.",
            "assumptions.buyersGroup.procurers.country": "Its country (ISO code).",
            "assumptions.buyersGroup.procurers.budgetEUR": "The budget it commits, in euros (or a range).",
            "assumptions.buyersGroup.procurers.budgetEUR.range": "A range of budgets, for ilead scenario sample.",
            "assumptions.buyersGroup.procurers.budgetEUR.range.min": "The lowest budget.",
            "assumptions.buyersGroup.procurers.budgetEUR.range.mostLikely": "The typical budget.",
            "assumptions.buyersGroup.procurers.budgetEUR.range.max": "The highest budget.",
            "output.topK": "How many entries the Markdown and terminal views show.",
            "output.includeRuleTrace": "Whether the JSON carries every rule's trace.",
            "output.includeMonteCarlo": "Whether the uncertainty block is computed.",
            "output.groupBy": "none, or theme: group the views by cross-cutting tag.",
            "id": "The scenario's id, echoed in every output.", "description": "What the scenario asks.",
            "assumptions": "Values merged into the workshops before scoring (gaps and solutions by id).",
            "thresholdOverrides": "Thresholds of the model set to other values (dotted paths).",
            "weightOverrides": "Weights of the hierarchy set to other values.",
            "excludeSolutions": "Solutions left out of the run (global refs WS-…/S…).",
            "scope": "Which gaps are ranked: workshops, groups, years or gap refs (all fields combine with AND).",
            "asOfDate": "The legal evaluation date (AI Act gates).",
            "output": "View options: topK, groupBy, includeMonteCarlo, includeRuleTrace.",
        ],
    ]

    // MARK: building blocks

    static func type(_ t: String) -> JSONValue { .object([("type", .string(t))]) }
    static let string = type("string")
    static let boolean = type("boolean")
    static let date = JSONValue.object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
    static func integer(_ lo: Int? = nil, _ hi: Int? = nil) -> JSONValue {
        .object([("type", .string("integer"))] + (lo.map { [("minimum", JSONValue.integer($0))] } ?? []) + (hi.map { [("maximum", JSONValue.integer($0))] } ?? []))
    }
    static func number(_ lo: Double? = nil, _ hi: Double? = nil) -> JSONValue {
        .object([("type", .string("number"))] + (lo.map { [("minimum", JSONValue.number($0))] } ?? []) + (hi.map { [("maximum", JSONValue.number($0))] } ?? []))
    }
    static func oneOf<E: RawRepresentable & CaseIterable>(_: E.Type) -> JSONValue where E.RawValue == String {
        .object([("enum", .array(E.allCases.map { .string($0.rawValue) }))])
    }
    static func values(_ v: [String]) -> JSONValue { .object([("enum", .array(v.map(JSONValue.string)))]) }
    static func const(_ v: String) -> JSONValue { .object([("const", .string(v))]) }
    static func array(_ items: JSONValue, minItems: Int? = nil) -> JSONValue {
        .object([("type", .string("array")), ("items", items)] + (minItems.map { [("minItems", JSONValue.integer($0))] } ?? []))
    }
    static func nullable(_ v: JSONValue) -> JSONValue { .object([("anyOf", .array([v, type("null")]))]) }
    static func object(_ properties: [(String, JSONValue)], required: [String] = [], closed: Bool = true) -> JSONValue {
        .object([("type", .string("object")), ("properties", .object(properties)),
                 ("required", .array(required.map(JSONValue.string))), ("additionalProperties", .bool(!closed))])
    }
    static func map(_ values: JSONValue) -> JSONValue { .object([("type", .string("object")), ("additionalProperties", values)]) }
    /// A number in range, or `{min, mostLikely, max}` in range (docs/how-the-engine-decides.md §2).
    static func threePoint(_ lo: Int, _ hi: Int) -> JSONValue {
        let n = integer(lo, hi)
        return .object([("anyOf", .array([n, object([("min", n), ("mostLikely", n), ("max", n)], required: ["min", "mostLikely", "max"])]))])
    }
    static let header: [(String, JSONValue)] = [("schemaVersion", .object([("type", .string("string")), ("pattern", .string("^1\\."))]))]
    /// A gap of any workshop, `<workshop id>/<gap id>`.
    static let gapRef = JSONValue.object([("type", .string("string")), ("pattern", .string("^WS-[0-9]{4}-[A-Z][A-Z0-9]*/[A-Za-z0-9][A-Za-z0-9._-]*$"))])
    static let country = JSONValue.object([("type", .string("string")), ("pattern", .string("^[A-Z]{2}$"))])

    // MARK: decision problems (docs/decision-problems.md)

    static var decisionProblem: JSONValue {
        let preference = object([("function", values(["usual", "ushape", "vshape", "level", "linear", "gaussian"])),
                                 ("q", number(0)), ("p", number(0)), ("s", number(0))], required: ["function"])
        let bounds = JSONValue.object([("type", .string("array")), ("items", type("number")), ("minItems", .integer(2)), ("maxItems", .integer(2))])
        let criterion = object([("id", string), ("direction", values(["benefit", "cost"])), ("weight", number()), ("preference", preference),
                                ("bounds", bounds)], required: ["id", "direction"])
        let alternative = object([("id", string), ("values", map(type("number")))], required: ["id", "values"])
        return object(header + [("kind", const("decisionProblem")), ("description", string), ("criteria", array(criterion, minItems: 1)),
                                ("alternatives", array(alternative, minItems: 1))], required: ["criteria", "alternatives"])
    }

    /// The comparisons of a set of items, as a `pairwiseComparisons` file and every node of an AHP hierarchy hold
    /// them: `matrix`, `judgments` or `participants`.
    static var comparisons: [(String, JSONValue)] {
        let value = JSONValue.object([("anyOf", .array([type("number"), .object([("type", .string("string")), ("pattern", .string("^[0-9.]+(/[0-9.]+)?$"))])]))])
        let judgment = object([("a", string), ("b", string), ("value", value)], required: ["a", "b", "value"])
        let matrix = array(array(value))
        let participant = object([("id", string), ("weight", number(0)), ("matrix", matrix), ("judgments", array(judgment))], required: ["id"])
        return [("matrix", matrix), ("judgments", array(judgment)), ("participants", array(participant, minItems: 1))]
    }

    static var pairwiseComparisons: JSONValue {
        object(header + [("kind", const("pairwiseComparisons")), ("description", string), ("items", array(string, minItems: 2))] + comparisons,
               required: ["items"])
    }

    /// A tree of nodes; `$defs.node` refers to itself for the children.
    static var ahpHierarchy: JSONValue {
        let node = object([("id", string), ("description", string), ("items", array(string, minItems: 1))] + comparisons
                          + [("values", map(number(0))), ("children", array(.object([("$ref", .string("#/$defs/node"))])))], required: ["id"])
        guard case let .object(pairs) = object(header + [("kind", const("ahpHierarchy")), ("description", string),
                                                        ("root", .object([("$ref", .string("#/$defs/node"))]))],
                                               required: ["kind", "root"]) else { return .null }
        return .object(pairs + [("$defs", .object([("node", node)]))])
    }

    /// The needs file of docs/technology-watch.md.
    static var recurringNeeds: JSONValue {
        let need = object([("id", string), ("title", string), ("gapRefs", array(gapRef, minItems: 2))], required: ["id", "gapRefs"])
        return object(header + [("kind", const("recurringNeeds")), ("description", string), ("needs", array(need))],
                      required: ["schemaVersion", "kind", "needs"])
    }

    /// The catalogue of docs/technology-watch.md.
    static var technologyWatch: JSONValue {
        let count = object([("total", integer(0)), ("euBased", integer(0)), ("supplierIds", array(string))], required: ["total"])
        let assessment = object([
            ("date", date), ("assessedOn", date), ("trl", threePoint(1, 9)), ("availability", oneOf(Availability.self)),
            ("supplierCount", .object([("anyOf", .array([integer(0), count]))])), ("supplierIds", array(string)),
            ("aiActCategory", oneOf(AIActCategory.self)), ("trlEvidence", oneOf(TRLEvidence.self)), ("evidence", string),
        ])
        let item = object([
            ("catalogId", string), ("name", string), ("description", string), ("source", oneOf(TechnologyWatch.Source.self)),
            ("technicalApproach", string), ("tags", array(string)), ("assessments", array(assessment)),
        ], required: ["catalogId", "name", "assessments"])
        return object(header + [("kind", const("technologyWatch")), ("description", string),
                                ("generator", object([("seed", integer()), ("version", string)])), ("items", array(item))],
                      required: ["schemaVersion", "kind", "items"])
    }

    // MARK: workshop (file-formats.md "Workshop")

    static var workshop: JSONValue {
        let rating = JSONValue.object([("anyOf", .array([threePoint(1, 5), type("null")]))])
        let procurer = object([("orgRef", string), ("country", country), ("commitment", oneOf(Commitment.self)), ("budgetEUR", integer(0))],
                              required: ["orgRef", "country", "commitment"])
        let gap = object([
            ("id", string), ("title", string), ("description", string), ("competencyIds", array(string)),
            ("gapNature", oneOf(GapNature.self)), ("affectedMemberStates", array(country)), ("crossCuttingTags", array(string)),
            ("targetMaturity", integer(1, 5)),
            ("ratings", array(object([("participantId", string)] + RatingKey.allCases.map { ($0.rawValue, rating) }, required: ["participantId"]))),
            ("innovationOpportunities", array(object([("id", string), ("text", string)], required: ["id", "text"]))),
            ("existingStandards", array(object([("ref", string), ("body", oneOf(StandardsBody.self)), ("coverage", oneOf(StandardCoverage.self)), ("adopted", boolean)],
                                               required: ["ref", "body", "coverage"]))),
            ("procurementContext", object([("horizon", oneOf(Horizon.self)), ("deploymentIntent", oneOf(DeploymentIntent.self)),
                                           ("expectedScale", oneOf(ExpectedScale.self)), ("rdNeeded", boolean), ("conformanceTestingNeeded", boolean),
                                           ("interestedProcurers", array(procurer)), ("budgetEstimateEUR", threePoint(0, 10_000_000_000_000))],
                                          required: ["horizon", "deploymentIntent", "expectedScale"])),
            ("declaredProcurementRoute", oneOf(ProcurementRoute.self)),
            ("followsUp", gapRef),
        ], required: ["id", "title", "gapNature", "targetMaturity", "ratings"])
        let readiness = object(AdoptionDimension.allCases.map { ($0.rawValue, integer(1, 5)) } + [("aiActCategory", oneOf(AIActCategory.self))],
                               required: ["aiActCategory"])
        let solution = object([
            ("id", string), ("catalogId", string), ("name", string), ("description", string),
            ("linkedGaps", array(object([("gapId", string), ("coveragePct", integer(0, 100)), ("aiActCategoryOverride", oneOf(AIActCategory.self))],
                                        required: ["gapId", "coveragePct"]))),
            ("source", object([("type", oneOf(SourceType.self)), ("projectAcronym", string), ("grantId", string), ("programme", string)], required: ["type"])),
            ("technicalApproach", string), ("availability", oneOf(Availability.self)), ("trl", threePoint(1, 9)),
            ("trlEvidence", oneOf(TRLEvidence.self)), ("trlAssessedOn", date), ("mrl", integer(1, 10)), ("adoptionReadiness", readiness),
            ("costEstimateEUR", threePoint(0, 10_000_000_000_000)), ("costBasis", oneOf(CostBasis.self)), ("priceYear", integer()),
            ("supplierCount", object([("total", integer(0)), ("euBased", integer(0)), ("supplierIds", array(string))], required: ["total"])),
            ("standards", object([("implements", array(string)), ("proprietaryFormats", boolean), ("openInterfaces", boolean)])),
        ], required: ["id", "linkedGaps", "availability", "trl", "adoptionReadiness", "supplierCount"])
        return object(header + [
            ("kind", const("workshop")),
            ("workshop", object([("id", string), ("practitionerGroup", oneOf(PractitionerGroup.self)), ("topic", string), ("year", integer(1990, 2100)),
                                 ("startDate", date), ("endDate", date),
                                 ("location", object([("city", string), ("country", country), ("mode", oneOf(MeetingMode.self))])),
                                 ("facilitator", string), ("memberStateBasis", oneOf(MemberStateBasis.self))],
                                required: ["id", "practitionerGroup", "year"])),
            ("participants", array(object([("id", string), ("country", country), ("role", oneOf(ParticipantRole.self)),
                                           ("organisationType", oneOf(OrganisationType.self)), ("voting", boolean), ("pseudonymousPersonId", string)],
                                          required: ["id", "country", "role", "organisationType", "voting"]))),
            ("competencies", array(object([("id", string), ("title", string), ("description", string),
                                           ("maturityRatings", array(object([("participantId", string), ("value", nullable(integer(1, 5)))], required: ["participantId", "value"])))],
                                          required: ["id", "title"]))),
            ("capabilityGaps", array(gap, minItems: 1)),
            ("candidateSolutions", array(solution)),
            ("priorityAreas", array(object([("id", string), ("title", string), ("gapIds", array(string)), ("declaredRank", integer(1))], required: ["id", "gapIds"]))),
            ("criteriaComparisons", array(object([("participantId", string), ("node", string),
                                                  ("judgments", array(object([("a", string), ("b", string), ("value", number(1.0 / 9 - 1e-3, 9 + 1e-3))], required: ["a", "b", "value"])))],
                                                 required: ["participantId", "node", "judgments"]))),
            ("sourceDocument", string),
        ], required: ["schemaVersion", "kind", "workshop", "participants", "capabilityGaps"])
    }

    // MARK: model (file-formats.md "Model")

    static var model: JSONValue {
        let valueFunction = JSONValue.object([("oneOf", .array([
            object([("type", const("linear")), ("domain", .object([("type", .string("array")), ("items", number()), ("minItems", .integer(2)), ("maxItems", .integer(2))]))], required: ["type", "domain"]),
            object([("type", const("piecewise")), ("points", array(.object([("type", .string("array")), ("items", number()), ("minItems", .integer(2)), ("maxItems", .integer(2))]), minItems: 1))], required: ["type", "points"]),
        ]))])
        let node = JSONValue.object([("$ref", .string("#/$defs/node"))])
        let nodeDef = JSONValue.object([("type", .string("object")), ("required", .array([.string("id")])), ("additionalProperties", .bool(false)),
            ("properties", .object([("id", string), ("label", string), ("children", array(node, minItems: 1)),
                                    ("source", oneOf(Leaf.Source.self)), ("ratingKey", oneOf(RatingKey.self)), ("derivation", oneOf(Leaf.Derivation.self)),
                                    ("scale", oneOf(Leaf.Scale.self)), ("direction", values(["benefit", "cost"])), ("valueFunction", valueFunction)]))])
        let rules = ["needClarityMin", "trlResearchMax", "trlPcpMin", "trlPcpMax", "trlPpiMin", "trlIntegrationMin", "minCoverageRoute",
                     "coverageStandardMin", "minSuppliersStandard", "maxSuppliersPpi", "minCompetingApproachesPcp", "minProcurersJoint",
                     "minMsJoint", "pcpMinBudgetEUR", "ppiMinVolumeEUR", "suitabilityDisagreeMargin", "jointMinBreadthScore",
                     "highRiskMaxDataProtection", "cwaInParallelMinStandardsGap"]
        guard case var .object(pairs) = object(header + [
            ("kind", const("model")), ("id", string), ("version", string), ("description", string), ("preset", oneOf(ScoringModel.Preset.self)),
            ("hierarchy", node),
            ("rootAggregation", values(["weightedSum"] + MCDAMethods.names)),
            ("weights", object([("mode", oneOf(WeightSettings.Mode.self)), ("fixed", map(map(number(0, 1)))),
                                ("ahp", object([("derivation", oneOf(WeightSettings.Derivation.self)), ("aggregation", oneOf(WeightSettings.Aggregation.self)),
                                                ("consistencyThreshold", number(0, 1)), ("onInconsistent", oneOf(WeightSettings.OnInconsistent.self)),
                                                ("minAcceptedParticipants", integer(1)), ("countryBalanced", boolean)]))])),
            ("ratingAggregation", object([("statistic", oneOf(RatingAggregationSettings.Statistic.self)),
                                          ("participantWeighting", oneOf(RatingAggregationSettings.ParticipantWeighting.self)),
                                          ("roleWeights", map(number(0))), ("debias", oneOf(RatingAggregationSettings.Debias.self)), ("threePoint", const("pert")),
                                          ("minRaters", integer(1)),
                                          ("consensus", object([("highMaxIQR", number(0)), ("highMinShareWithinOne", number(0, 1)), ("lowMinIQR", number(0)), ("lowBelowShareWithinOne", number(0, 1))]))])),
            ("derived", object([("breadthThresholds", array(number(0))), ("countAssociated", boolean), ("associatedCountries", array(country)),
                                ("breadthIncludesLowBaseline", boolean), ("minCoverageLink", number(0, 100)),
                                ("supplierCompetitionTable", array(.object([("type", .string("array")), ("items", number()), ("minItems", .integer(2)), ("maxItems", .integer(2))])))])),
            ("procurementRules", object(rules.map { ($0, number(0)) } + [("aiActProhibitionsFrom", date)])),
            ("standardisationRules", object(["noActionBelow", "promoteUptakeMaxGap", "forensicMinEvidential", "cwaMaxTrl", "interopMin"].map { ($0, number(0)) })),
            ("bands", object([("gapSeverity", array(number(0, 1))), ("priority", array(number(0, 1)))])),
            ("sensitivity", object([("runs", integer(1)), ("seed", integer(0)), ("weightConcentration", number(0)), ("topK", integer(1)), ("oatDelta", number(0, 1))])),
        ], required: ["schemaVersion", "kind", "id", "version", "preset"]) else { return .null }
        pairs.append(("$defs", .object([("node", nodeDef)])))
        return .object(pairs)
    }

    // MARK: scenario (file-formats.md "Scenario")

    static var scenario: JSONValue {
        let patch = JSONValue.object([("type", .string("object")), ("required", .array([.string("ref")])), ("properties", .object([("ref", string)]))])
        // A range in place of a number (`ScenarioRanges`): {"range": {"min", "mostLikely"?, "max"}}.
        let range = object([("range", object([("min", number()), ("mostLikely", number()), ("max", number())], required: ["min", "max"]))], required: ["range"])
        func orRange(_ x: JSONValue) -> JSONValue { .object([("anyOf", .array([x, range]))]) }
        return object(header + [
            ("kind", const("scenario")), ("id", string), ("title", string), ("author", object([("role", string)])),
            ("baseModel", object([("id", string), ("version", string)], required: ["id"])), ("createdOn", date), ("asOfDate", date),
            ("scope", object([("workshops", array(string)), ("practitionerGroups", array(oneOf(PractitionerGroup.self))),
                              ("years", array(integer(1990, 2100))), ("gapRefs", array(string))])),
            ("weightOverrides", array(object([("node", string), ("child", string), ("weight", number(0, 1)), ("renormalise", oneOf(Scenario.WeightOverride.Renormalise.self))],
                                             required: ["node", "child", "weight", "renormalise"]))),
            ("thresholdOverrides", map(orRange(.object([("type", .array([.string("number"), .string("string"), .string("boolean")]))])))),
            ("assumptions", object([("gaps", array(patch)), ("solutions", array(patch)),
                                    ("buyersGroup", object([("gapRefs", array(string)),
                                                            ("procurers", array(object([("orgRef", string), ("country", country), ("commitment", oneOf(Commitment.self)), ("budgetEUR", orRange(integer(0)))],
                                                                                       required: ["orgRef", "country", "commitment"])))],
                                                           required: ["procurers"]))])),
            ("excludeSolutions", array(string)),
            ("output", object([("topK", integer(1)), ("includeRuleTrace", boolean), ("includeMonteCarlo", boolean), ("groupBy", oneOf(Scenario.GroupBy.self))])),
        ], required: ["schemaVersion", "kind", "id"])
    }

    // MARK: ranking (file-formats.md "Ranking")

    static var ranking: JSONValue {
        let decimal = number()
        let leaf = object([("id", string), ("raw", nullable(decimal)), ("value", nullable(decimal)), ("weight", decimal), ("contribution", nullable(decimal)),
                           ("n", nullable(integer(0))), ("nAbstain", nullable(integer(0))), ("iqr", nullable(decimal)), ("consensus", nullable(values(["high", "moderate", "low", "insufficient"])))],
                          required: ["id", "raw", "value", "weight", "contribution", "n", "nAbstain", "iqr", "consensus"])
        let component = object([("score", decimal), ("weight", decimal), ("contribution", nullable(decimal)), ("subcriteria", array(leaf))],
                               required: ["score", "weight", "contribution", "subcriteria"])
        let scalar = JSONValue.object([("type", .array(["string", "number", "boolean", "null", "array"].map(JSONValue.string)))])
        let condition = object([("input", string), ("op", values(["<", "<=", "=", "!=", ">=", ">", "in", "isEmpty"])), ("threshold", scalar), ("actual", scalar), ("pass", boolean)],
                               required: ["input", "op", "threshold", "actual", "pass"])
        let procurement = object([
            ("route", oneOf(ProcurementRoute.self)), ("reason", nullable(oneOf(RouteReason.self))), ("ruleId", values((0...9).map { "R0\($0)" })),
            ("routeSolutionRef", nullable(string)), ("flags", array(oneOf(ProcurementFlag.self))),
            ("suitability", nullable(object([("PCP", decimal), ("PPI", decimal), ("IP", decimal), ("STANDARD", decimal)], required: ["PCP", "PPI", "IP", "STANDARD"]))),
            ("trace", array(object([("ruleId", string), ("matched", boolean), ("conditions", array(condition))], required: ["ruleId", "matched", "conditions"]))),
        ], required: ["route", "reason", "ruleId", "routeSolutionRef", "flags", "suitability"])
        let gapFlag = JSONValue.object([("anyOf", .array([values(["PARTIAL_EVIDENCE", "NO_KNOWN_SOLUTION", "ASSUMED_AFFORDABILITY", "STANDARDS_UNKNOWN", "LEGAL_PROHIBITED", "SUPPLIER_OVERLAP"]),
                                                         .object([("type", .string("string")), ("pattern", .string("^ADOPTION_BLOCKER:(\(AdoptionDimension.allCases.map(\.rawValue).joined(separator: "|")))$"))])]))])
        let entry = object([
            ("rank", integer(1)), ("gapRef", string), ("workshopId", string), ("practitionerGroup", oneOf(PractitionerGroup.self)), ("year", integer()),
            ("title", string), ("priorityScore", decimal), ("priorityBand", nullable(values(["priority-1", "priority-2", "priority-3"]))),
            ("gapSeverityBand", values(["critical", "high", "medium", "low"])), ("components", map(component)), ("flags", array(gapFlag)),
            ("bestSolutionRef", nullable(string)), ("procurement", procurement),
            ("standardisation", object([("score", decimal), ("recommendation", oneOf(StandardisationRecommendation.self)), ("ruleId", values((1...6).map { "SR\($0)" })),
                                        ("standardRefs", array(string))], required: ["score", "recommendation", "ruleId", "standardRefs"])),
            ("uncertainty", object([("medianRank", decimal), ("rankIQR", decimal), ("pTopK", decimal), ("routeShares", map(decimal))], closed: false)),
            ("declaredRoute", oneOf(ProcurementRoute.self)), ("declaredRank", integer(1)),
        ], required: ["rank", "gapRef", "workshopId", "practitionerGroup", "year", "title", "priorityScore", "priorityBand", "gapSeverityBand",
                      "components", "flags", "bestSolutionRef", "procurement", "standardisation"])
        let node = object([("weights", map(decimal)), ("source", values(["fixed", "ahp", "fallback"])), ("groupCR", nullable(decimal)),
                           ("participants", array(object([("participantId", string), ("cr", nullable(decimal)), ("accepted", boolean)], required: ["participantId", "cr", "accepted"]))),
                           ("nExcluded", integer(0)), ("ahpWeights", nullable(map(decimal)))], required: ["weights", "source", "groupCR", "participants", "nExcluded"])
        return object(header + [
            ("kind", const("ranking")),
            ("run", object([("engineVersion", string), ("generatedAt", string), ("modelId", string), ("modelVersion", string), ("scenarioId", nullable(string)),
                            ("seed", integer(0)), ("asOfDate", date), ("defaults", .object([("type", .string("object"))])),
                            ("inputs", array(object([("path", string), ("sha256", string)], required: ["path", "sha256"])))],
                           required: ["engineVersion", "generatedAt", "modelId", "modelVersion", "scenarioId", "seed", "asOfDate", "defaults", "inputs"])),
            ("list", object([("kind", values(["workshop", "practitionerGroup", "year", "panEuropean"])), ("key", string), ("title", string)])),
            ("weightsUsed", map(map(node))),
            ("entries", array(entry)),
            ("sensitivity", object([("oat", array(.object([("type", .string("object"))])))], closed: false)),
            ("warnings", array(object([("code", string), ("ref", nullable(string)), ("message", string)], required: ["code", "ref", "message"]))),
        ], required: ["schemaVersion", "kind", "run", "weightsUsed", "entries", "warnings"])
    }
}

/// The method ids of the core accepted as `rootAggregation`.
enum MCDAMethods {
    static var names: [String] { MethodName.allCases.map(\.rawValue) }
}
