import JSONFormat
/// Reasons of `FURTHER_RESEARCH_FIRST` (how-the-engine-decides.md §5).
public enum RouteReason: String, CaseIterable, Sendable {
    case NEED_DEFINITION, NO_ADEQUATE_SOLUTION, LOW_TRL, INSUFFICIENT_MARKET_EVIDENCE

    /// Whether `FURTHER_RESEARCH_FIRST` for this reason is a research need (the PA indicator of the
    /// `researchAgenda` preset, how-the-engine-decides.md §1): every reason except `NEED_DEFINITION`.
    public var isResearchNeed: Bool { self != .NEED_DEFINITION }
}

/// One atom of a rule's condition, as written to `procurement.trace[].conditions[]` (file-formats.md "Ranking").
public struct RuleCondition: Sendable, Equatable {
    public var input: String
    /// `<`, `<=`, `=`, `!=`, `>=`, `>`, `in`, `isEmpty`.
    public var op: String
    public var threshold: JSONValue
    public var actual: JSONValue
    public var pass: Bool
}

/// One rule evaluated: its id, whether it matched, and its atoms.
public struct RuleTrace: Sendable, Equatable {
    public var ruleId: String
    public var matched: Bool
    public var conditions: [RuleCondition]
}

/// The route of a gap with the rule that chose it and the trace up to that rule.
public struct RouteDecision: Sendable {
    public var route: ProcurementRoute
    public var reason: RouteReason?
    public var ruleId: String
    public var trace: [RuleTrace]
}

/// The ordered procurement rules R00–R09 of docs/how-the-engine-decides.md §5: the first match wins.
///
/// Every comparison reads the thresholds of `procurementRules`, so scenario overrides change them. The trace
/// lists each rule up to the first match with every atom of its formula (OR groups list all their atoms).
public enum ProcurementRuleSet {
    public static func decide(_ x: RoutingInputs, rules t: ProcurementRules) -> RouteDecision {
        var trace: [RuleTrace] = []
        func num(_ v: Double) -> JSONValue { .number(Decimal6.round(v)) }
        func cmp(_ input: String, _ op: String, _ actual: Double?, _ threshold: Double) -> RuleCondition {
            guard let actual else { return RuleCondition(input: input, op: op, threshold: num(threshold), actual: .null, pass: false) }
            let a = Decimal6.round(actual)
            let pass: Bool = switch op {
            case "<": a < threshold
            case "<=": a <= threshold
            case ">=": a >= threshold
            case ">": a > threshold
            case "=": a == threshold
            default: a != threshold
            }
            return RuleCondition(input: input, op: op, threshold: num(threshold), actual: num(a), pass: pass)
        }
        func predicate(_ input: String, _ value: Bool) -> RuleCondition {
            RuleCondition(input: input, op: "=", threshold: .bool(true), actual: .bool(value), pass: value)
        }
        func flag(_ input: String, _ value: Bool, is expected: Bool) -> RuleCondition {
            RuleCondition(input: input, op: "=", threshold: .bool(expected), actual: .bool(value), pass: value == expected)
        }
        func rule(_ id: String, _ conditions: [RuleCondition], _ matched: (([Bool]) -> Bool)? = nil) -> Bool {
            let ok = matched?(conditions.map(\.pass)) ?? conditions.allSatisfy(\.pass)
            trace.append(RuleTrace(ruleId: id, matched: ok, conditions: conditions))
            return ok
        }
        func done(_ route: ProcurementRoute, _ reason: RouteReason? = nil) -> RouteDecision {
            RouteDecision(route: route, reason: reason, ruleId: trace.last!.ruleId, trace: trace)
        }
        let nonProcurement: [GapNature] = [.process_training, .legal_policy]
        if rule("R00", [RuleCondition(input: "gapNature", op: "in", threshold: .array(nonProcurement.map { .string($0.rawValue) }),
                                      actual: .string(x.gapNature.rawValue), pass: nonProcurement.contains(x.gapNature))]) {
            return done(.NON_PROCUREMENT)
        }
        if rule("R01", [cmp("L_g", ">", Double(x.linkCount), 0),
                        predicate("every member of L_g is gated", x.linkCount > 0 && x.allLinksGated)]) {
            return done(.BLOCKED)
        }
        if rule("R02", [cmp("needClarity", "<", x.needClarity, t.needClarityMin),
                        predicate("needClarity is insufficient", x.needClarity == nil)], { $0[0] || $0[1] }) {
            return done(.FURTHER_RESEARCH_FIRST, .NEED_DEFINITION)
        }
        let anyMarket = x.candidates.contains { $0.isCommercial || $0.isNearMarket }
        if rule("R03", [RuleCondition(input: "S_g", op: "isEmpty", threshold: .null, actual: .number(Double(x.candidates.count)), pass: x.candidates.isEmpty),
                        cmp("trlBest", "<=", x.trlBest, t.trlResearchMax),
                        predicate("no s in S_g is commercial(s) or nearMarket(s)", !anyMarket)], { $0[0] || ($0[1] && $0[2]) }) {
            return done(.FURTHER_RESEARCH_FIRST, x.candidates.isEmpty ? .NO_ADEQUATE_SOLUTION : .LOW_TRL)
        }
        if rule("R04", [cmp("coverageBestCommercial", ">=", x.coverageBestCommercial, t.coverageStandardMin),
                        cmp("nSuppliersCommercial", ">=", Double(x.nSuppliersCommercial), t.minSuppliersStandard)]) {
            return done(.STANDARD_PROCUREMENT)
        }
        if rule("R05", [RuleCondition(input: "gapNature", op: "=", threshold: .string(GapNature.integration_customisation.rawValue),
                                      actual: .string(x.gapNature.rawValue), pass: x.gapNature == .integration_customisation),
                        cmp("trlBest", ">=", x.trlBest, t.trlIntegrationMin)]) {
            let ppi = Double(x.nSuppliersCommercial) <= t.maxSuppliersPpi || x.conformanceTestingNeeded
            return done(ppi ? .PPI : .STANDARD_PROCUREMENT)
        }
        if rule("R06", [cmp("trlBest", ">=", x.trlBest, t.trlPpiMin),
                        flag("rdNeeded", x.rdNeeded, is: false),
                        cmp("nSuppliersCommercial", "<=", Double(x.nSuppliersCommercial), t.maxSuppliersPpi),
                        cmp("coverageBestCommercial", "<", x.coverageBestCommercial, t.coverageStandardMin),
                        predicate("nearMarket(routeSolution)", x.routeSolution?.isNearMarket ?? false)],
                { $0[0] && $0[1] && ($0[2] || $0[3] || $0[4]) }) {
            return done(.PPI)
        }
        let pcpBand = [flag("rdNeeded", x.rdNeeded, is: true), cmp("trlBest", ">=", x.trlBest, t.trlPcpMin),
                       cmp("trlBest", "<=", x.trlBest, t.trlPcpMax)]
        if rule("R07", pcpBand + [
            RuleCondition(input: "deploymentIntent", op: "=", threshold: .string(DeploymentIntent.committed.rawValue),
                          actual: x.deploymentIntent.map { .string($0.rawValue) } ?? .null, pass: x.deploymentIntent == .committed),
            cmp("competingApproaches", "<", Double(x.competingApproaches), t.minCompetingApproachesPcp),
            cmp("procurers", "<", Double(x.procurers), t.minProcurersJoint),
        ], { $0[0] && $0[1] && $0[2] && $0[3] && ($0[4] || $0[5]) }) {
            return done(.INNOVATION_PARTNERSHIP)
        }
        if rule("R08", pcpBand) {
            let atScale = x.expectedScale == .national || x.expectedScale == .multi_national
            return done(atScale || (x.deploymentIntent ?? .none) != DeploymentIntent.none ? .PCP_THEN_PPI : .PCP)
        }
        _ = rule("R09", [])
        return done(.FURTHER_RESEARCH_FIRST, .INSUFFICIENT_MARKET_EVIDENCE)
    }
}
