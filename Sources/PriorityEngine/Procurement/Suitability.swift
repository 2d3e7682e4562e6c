/// The four continuous route suitabilities of docs/how-the-engine-decides.md §5 (evidence next to the authoritative rule route).
///
/// ```
/// PCP      = mean(μ_PCP, rdNeeded?1:0, approaches, horizonFactor_PCP, buyers)
/// PPI      = mean(μ_PPI, rdNeeded?0:1, marketThinness, scaleFactor, horizonFactor_PPI, buyers)
/// IP       = mean(μ_PCP, rdNeeded?1:0, deploymentIntent==committed?1:0, 1-approaches)
/// STANDARD = mean(μ_STANDARD, min(coverageBestCommercial/coverageStandardMin,1),
///                 min(nSuppliersCommercial/minSuppliersStandard,1), rdNeeded?0:1)
/// ```
/// The tables are constants of schema 1.0.
public struct Suitability: Sendable, Equatable {
    public var pcp: Double, ppi: Double, ip: Double, standard: Double

    static let muPCP: [Double] = [0, 0, 0.3, 1, 1, 1, 1, 0.3, 0]
    static let muPPI: [Double] = [0, 0, 0, 0, 0, 0, 0.4, 1, 0.8]
    static let muStandard: [Double] = [0, 0, 0, 0, 0, 0, 0, 0.3, 1]

    static func membership(_ table: [Double], _ trl: Double) -> Double {
        let k = Int(trl)
        return (1...9).contains(k) ? table[k - 1] : 0
    }

    public init(_ x: RoutingInputs, rules t: ProcurementRules) {
        func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
        let rd = x.rdNeeded ? 1.0 : 0.0
        let buyers = min(Double(x.procurers) / t.minProcurersJoint, 1)
        let approaches = min(Double(x.competingApproaches) / t.minCompetingApproachesPcp, 1)
        let horizonPCP: Double = switch x.horizon { case .near: 0.3; case .mid: 1.0; case .long: 0.8; case nil: 0 }
        let horizonPPI: Double = switch x.horizon { case .near: 1.0; case .mid: 0.7; case .long: 0.3; case nil: 0 }
        let thinness: Double = switch x.nSuppliersMarket { case 0: 0; case 1...2: 1.0; case 3...4: 0.5; default: 0.2 }
        let scale: Double = switch x.expectedScale {
        case .pilot: 0.3; case .single_agency: 0.5; case .national: 0.8; case .multi_national: 1.0; case nil: 0
        }
        pcp = mean([Self.membership(Self.muPCP, x.trlBest), rd, approaches, horizonPCP, buyers])
        ppi = mean([Self.membership(Self.muPPI, x.trlBest), 1 - rd, thinness, scale, horizonPPI, buyers])
        ip = mean([Self.membership(Self.muPCP, x.trlBest), rd, x.deploymentIntent == .committed ? 1 : 0, 1 - approaches])
        standard = mean([Self.membership(Self.muStandard, x.trlBest), min(x.coverageBestCommercial / t.coverageStandardMin, 1),
                         min(Double(x.nSuppliersCommercial) / t.minSuppliersStandard, 1), 1 - rd])
    }

    /// The suitability of a route (PCP and PCP_THEN_PPI → PCP); `nil` for the non-procurement routes.
    public func of(_ route: ProcurementRoute) -> Double? {
        switch route {
        case .PCP, .PCP_THEN_PPI: pcp
        case .PPI: ppi
        case .INNOVATION_PARTNERSHIP: ip
        case .STANDARD_PROCUREMENT: standard
        case .NON_PROCUREMENT, .BLOCKED, .FURTHER_RESEARCH_FIRST: nil
        }
    }

    /// The suitabilities of a gap, `nil` for a gap of procedures, training, law or policy (how-the-engine-decides.md §5).
    /// - Parameters:
    ///   - nature: the gap's nature.
    ///   - inputs: its routing inputs.
    ///   - rules: the model's procurement thresholds.
    public static func of(gap nature: GapNature, inputs: RoutingInputs, rules: ProcurementRules) -> Suitability? {
        nature == .process_training || nature == .legal_policy ? nil : Suitability(inputs, rules: rules)
    }

    /// Procurement actionability PA, the priority's input from the route (how-the-engine-decides.md §1): the
    /// suitability of the route taken (0 without one); under the research-agenda preset, 1 when the route is
    /// FURTHER_RESEARCH_FIRST for a research need, else 0.
    /// - Parameters:
    ///   - decision: the route of rules R00–R09.
    ///   - researchAgenda: the model's preset is `researchAgenda`.
    ///   - suitability: the gap's suitabilities (`of(gap:inputs:rules:)`), asked only when needed.
    public static func actionability(_ decision: RouteDecision, researchAgenda: Bool, suitability: () -> Suitability?) -> Double {
        if researchAgenda { return decision.route == .FURTHER_RESEARCH_FIRST && decision.reason?.isResearchNeed == true ? 1 : 0 }
        return suitability()?.of(decision.route) ?? 0
    }

    /// The four values keyed as in the output: PCP, PPI, IP, STANDARD.
    public var keyed: [(String, Double)] { [("PCP", pcp), ("PPI", ppi), ("IP", ip), ("STANDARD", standard)] }
}
