import JSONFormat
/// The modifier flags of docs/how-the-engine-decides.md §6, raised after the route and only for the routes of their row.
public enum ProcurementFlag: String, CaseIterable, Sendable {
    case JOINT_CROSS_BORDER, EU_COFUNDING_ELIGIBLE, BUDGET_SHORTFALL, STANDARDS_IN_TENDER, HORIZON_MISMATCH,
         LEGAL_HIGH_RISK, LEGAL_FUTURE_CONSTRAINT, FEW_APPROACHES, BUDGET_UNKNOWN, ROUTE_UNSTABLE, SUITABILITY_DISAGREES
}

/// What the flags read besides the routing inputs.
public struct FlagEvidence: Sendable {
    /// breadthMS score 1–5.
    public var breadthScore: Int
    /// interoperabilityNeed group value rounded to 6 dp; `nil` when insufficient.
    public var interoperabilityNeed: Double?
    /// standardsGap score 1–5.
    public var standardsGap: Int
    /// A link of g not excluded (any coverage) has effective category `prohibited_use`.
    public var prohibitedLink: Bool
    public var asOfDate: String
    /// pcpEstimate of how-the-engine-decides.md §6, when there is one.
    public var pcpEstimate: Double?
    public var suitability: Suitability?
    /// Routes of the four ROUTE_UNSTABLE re-runs.
    public var rerunRoutes: [ProcurementRoute]
}

extension ProcurementFlag {
    static let procurementRoutes: Set<ProcurementRoute> = [.PCP, .PCP_THEN_PPI, .PPI, .INNOVATION_PARTNERSHIP, .STANDARD_PROCUREMENT]

    /// The flags of `route`, sorted in byte order.
    public static func flags(route: ProcurementRoute, inputs x: RoutingInputs, evidence e: FlagEvidence,
                             rules t: ProcurementRules, standardisation s: StandardisationRules) -> [String] {
        var out: [ProcurementFlag] = []
        let procurement = procurementRoutes.contains(route)
        let pcpLike = route == .PCP || route == .PCP_THEN_PPI
        let interop = e.interoperabilityNeed.map { $0 >= s.interopMin } ?? false
        if procurement, Double(x.procurerMS) >= t.minMsJoint || (Double(e.breadthScore) >= t.jointMinBreadthScore && interop) {
            out.append(.JOINT_CROSS_BORDER)
        }
        if pcpLike || route == .PPI, Double(x.procurersMsAc) >= t.minProcurersJoint, Double(x.procurerMsAc) >= t.minMsJoint {
            out.append(.EU_COFUNDING_ELIGIBLE)
        }
        if let budget = x.statedBudget {
            if pcpLike || route == .INNOVATION_PARTNERSHIP, budget < max(t.pcpMinBudgetEUR, e.pcpEstimate ?? 0) { out.append(.BUDGET_SHORTFALL) }
            if route == .PPI, budget < t.ppiMinVolumeEUR { out.append(.BUDGET_SHORTFALL) }
        } else if pcpLike || route == .PPI || route == .INNOVATION_PARTNERSHIP {
            out.append(.BUDGET_UNKNOWN)
        }
        if procurement, interop { out.append(.STANDARDS_IN_TENDER) }
        if pcpLike, x.horizon == .near { out.append(.HORIZON_MISMATCH) }
        if procurement, let r = x.routeSolution,
           r.effectiveCategory == .high_risk || (r.dataProtection.map { Double($0) <= t.highRiskMaxDataProtection } ?? false) {
            out.append(.LEGAL_HIGH_RISK)
        }
        if route != .NON_PROCUREMENT, e.asOfDate < t.aiActProhibitionsFrom, e.prohibitedLink { out.append(.LEGAL_FUTURE_CONSTRAINT) }
        if pcpLike, Double(x.competingApproaches) < t.minCompetingApproachesPcp { out.append(.FEW_APPROACHES) }
        if route != .NON_PROCUREMENT, e.rerunRoutes.contains(where: { $0 != route }) { out.append(.ROUTE_UNSTABLE) }
        if procurement, let su = e.suitability, let chosen = su.of(route) {
            let others = su.keyed.filter { $0.0 != Self.suitabilityKey(route) }.map { Decimal6.round($0.1) }
            if Decimal6.round(others.max()! - Decimal6.round(chosen)) > t.suitabilityDisagreeMargin { out.append(.SUITABILITY_DISAGREES) }
        }
        return out.map(\.rawValue).sorted()
    }

    static func suitabilityKey(_ route: ProcurementRoute) -> String {
        switch route {
        case .PPI: "PPI"
        case .INNOVATION_PARTNERSHIP: "IP"
        case .STANDARD_PROCUREMENT: "STANDARD"
        default: "PCP"
        }
    }
}
