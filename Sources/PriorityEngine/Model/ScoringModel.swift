import JSONFormat
import MCDA

/// A model file (`kind: "model"`, docs/file-formats.md "Model"): the criteria hierarchy, weights, aggregation settings and
/// every threshold of the rules. `models/ilead-default.json` is the default; read one with `ScoringModel.read`.
public struct ScoringModel: Sendable {
    /// how-the-engine-decides.md §1: `deployment` ranks what can be bought soon; `researchAgenda` ranks what needs R&I money.
    public enum Preset: String, CaseIterable, Sendable { case deployment, researchAgenda }

    public var id: String
    public var version: String
    public var description: String?
    public var preset: Preset
    public var hierarchy: HierarchyNode
    /// `weightedSum` (`nil` here) or a method of the core applied to the gaps × leaf values matrix (how-the-engine-decides.md §1).
    public var rootAggregation: MethodName?
    public var weights: WeightSettings
    public var ratingAggregation: RatingAggregationSettings
    public var derived: DerivedSettings
    public var procurementRules: ProcurementRules
    public var standardisationRules: StandardisationRules
    public var bands: Bands
    public var sensitivity: SensitivitySettings
}

/// A node of the criteria hierarchy: an inner node with children, or a leaf.
public struct HierarchyNode: Sendable {
    public var id: String
    public var label: String?
    public var children: [HierarchyNode]
    public var leaf: Leaf?

    public var isLeaf: Bool { leaf != nil }

    /// Every node in depth-first order.
    public var allNodes: [HierarchyNode] { [self] + children.flatMap(\.allNodes) }
    /// Every inner node in depth-first order.
    public var innerNodes: [HierarchyNode] { allNodes.filter { !$0.isLeaf } }
    /// The node with this id.
    public func node(_ id: String) -> HierarchyNode? { allNodes.first { $0.id == id } }
}

/// A leaf of the hierarchy: where its raw value comes from and how it becomes a value in [0, 1] (file-formats.md "Model").
public struct Leaf: Sendable {
    public enum Source: String, CaseIterable, Sendable { case rating, derived }
    public enum Scale: String, CaseIterable, Sendable { case likert5, trl9, pct, unit, range04 }
    /// The derivation names of file-formats.md "Model", exactly.
    public enum Derivation: String, CaseIterable, Sendable {
        case breadthMS, capabilityShortfall, breadthPG
        case bestSolutionTRL = "bestSolution.trl"
        case bestSolutionCoverage = "bestSolution.coveragePct"
        case bestSolutionLAR = "bestSolution.lar"
        case bestSolutionAffordability = "bestSolution.affordability"
        case bestSolutionSupplierCompetition = "bestSolution.supplierCompetition"
        case standardsGap, maturityFit, routeSuitability
    }

    public enum Input: Sendable, Equatable {
        case rating(RatingKey)
        case derived(Derivation)
    }

    public var input: Input
    public var scale: Scale
    public var direction: Direction
    public var valueFunction: ValueFunction
}

/// Maps a raw leaf value to [0, 1] (file-formats.md "Model").
public enum ValueFunction: Sendable {
    /// v = clamp((x − lo)/(hi − lo), 0, 1).
    case linear(lo: Double, hi: Double)
    /// Linear interpolation between points with ascending x, clamped to the first and last y outside them.
    case piecewise([(x: Double, y: Double)])

    // Evaluated by `CompiledHierarchy.value`, the one body of the value functions.
}

/// Criterion weights: fixed, or derived by AHP from the workshop's own judgments (how-the-engine-decides.md §1).
public struct WeightSettings: Sendable {
    public enum Mode: String, CaseIterable, Sendable { case fixed, ahp }
    public enum Aggregation: String, CaseIterable, Sendable { case AIJ_GEOMEAN, AIP_ARITH, AIP_GEOMEAN }
    public enum OnInconsistent: String, CaseIterable, Sendable { case exclude, includeFlagged }
    public enum Derivation: String, CaseIterable, Sendable { case eigenvector, rowGeometricMean }

    public var mode: Mode
    /// `fixed[nodeId][childId]`: local weights, summing to 1 at each node.
    public var fixed: [String: [String: Double]]
    public var derivation: Derivation
    public var aggregation: Aggregation
    public var consistencyThreshold: Double
    public var onInconsistent: OnInconsistent
    public var minAcceptedParticipants: Int
    public var countryBalanced: Bool
}

/// Settings of the derived criteria (how-the-engine-decides.md §3, §4).
public struct DerivedSettings: Sendable {
    public var breadthThresholds: [Double]
    public var countAssociated: Bool
    public var associatedCountries: [String]
    public var breadthIncludesLowBaseline: Bool
    public var minCoverageLink: Double
    /// Step table `(n, value)`: the value for n suppliers is that of the largest key ≤ n.
    public var supplierCompetitionTable: [(n: Double, value: Double)]

    /// The breadth score 1–5 of k counted countries: max(1, number of thresholds ≤ k).
    public func breadthScore(_ k: Int) -> Int {
        max(1, breadthThresholds.filter { $0 <= Double(k) }.count)
    }

    /// The supplier-competition value of `n` suppliers.
    public func supplierCompetition(_ n: Int) -> Double {
        supplierCompetitionTable.last { $0.n <= Double(n) }?.value ?? 0
    }
}

/// The thresholds of how-the-engine-decides.md §4 and how-the-engine-decides.md (`procurementRules`).
public struct ProcurementRules: Sendable {
    public var needClarityMin: Double
    public var trlResearchMax: Double, trlPcpMin: Double, trlPcpMax: Double, trlPpiMin: Double, trlIntegrationMin: Double
    public var minCoverageRoute: Double, coverageStandardMin: Double
    public var minSuppliersStandard: Double, maxSuppliersPpi: Double, minCompetingApproachesPcp: Double
    public var minProcurersJoint: Double, minMsJoint: Double
    public var pcpMinBudgetEUR: Double, ppiMinVolumeEUR: Double
    public var suitabilityDisagreeMargin: Double
    public var jointMinBreadthScore: Double
    public var highRiskMaxDataProtection: Double
    public var cwaInParallelMinStandardsGap: Double
    /// `YYYY-MM-DD`.
    public var aiActProhibitionsFrom: String
}

/// The thresholds of the standardisation rules (how-the-engine-decides.md §7).
public struct StandardisationRules: Sendable {
    public var noActionBelow: Double, promoteUptakeMaxGap: Double, forensicMinEvidential: Double, cwaMaxTrl: Double, interopMin: Double
}

/// Band lower bounds (how-the-engine-decides.md §1).
public struct Bands: Sendable {
    /// Lower bounds of `medium`, `high`, `critical`.
    public var gapSeverity: [Double]
    /// Lower bounds of `priority-2`, `priority-1`.
    public var priority: [Double]

    /// The band of a gap severity GS (compared at 6 dp): `low`, `medium`, `high` or `critical`.
    public func gapSeverityBand(_ gs: Double) -> String {
        let g = Decimal6.round(gs)
        return g >= gapSeverity[2] ? "critical" : g >= gapSeverity[1] ? "high" : g >= gapSeverity[0] ? "medium" : "low"
    }

    /// The band of a priority P (compared at 6 dp): `priority-1`, `priority-2` or `priority-3`.
    public func priorityBand(_ p: Double) -> String {
        let x = Decimal6.round(p)
        return x >= priority[1] ? "priority-1" : x >= priority[0] ? "priority-2" : "priority-3"
    }
}

/// Monte-Carlo and one-at-a-time settings (how-the-engine-decides.md §8).
public struct SensitivitySettings: Sendable {
    public var runs: Int
    public var seed: UInt64
    public var weightConcentration: Double
    public var topK: Int
    public var oatDelta: Double
}
