import Foundation
import JSONFormat
import PriorityEngine

/// The budget lines a gap can draw on, by its route (how-the-engine-decides.md §5) [decision]: PCP, PCP_THEN_PPI and
/// INNOVATION_PARTNERSHIP draw on `pcp` (the R&D phase is what is funded now; a later PPI is a later decision);
/// PPI on `ppi`; STANDARD_PROCUREMENT on `standard`. NON_PROCUREMENT, BLOCKED and FURTHER_RESEARCH_FIRST gaps are
/// not fundable by procurement.
public enum Instrument: String, CaseIterable, Sendable, Comparable {
    case pcp, ppi, standard

    public init?(route: ProcurementRoute) {
        switch route {
        case .PCP, .PCP_THEN_PPI, .INNOVATION_PARTNERSHIP: self = .pcp
        case .PPI: self = .ppi
        case .STANDARD_PROCUREMENT: self = .standard
        case .NON_PROCUREMENT, .BLOCKED, .FURTHER_RESEARCH_FIRST: return nil
        }
    }

    public static func < (a: Instrument, b: Instrument) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}

/// One fundable gap: its priority P (how-the-engine-decides.md §1), instrument and cost in whole euros.
public struct PortfolioItem: Sendable {
    public var gapRef: String
    public var title: String
    public var practitionerGroup: PractitionerGroup
    public var priority: Double
    public var route: ProcurementRoute
    public var instrument: Instrument
    public var cost: Int
    /// Where the cost comes from: `budgetEstimateEUR`, `pcpEstimate`, `pcpMinBudgetEUR` or `ppiMinVolumeEUR`.
    public var costBasis: String

    public init(gapRef: String, title: String, practitionerGroup: PractitionerGroup, priority: Double, route: ProcurementRoute,
                instrument: Instrument, cost: Int, costBasis: String) {
        self.gapRef = gapRef; self.title = title; self.practitionerGroup = practitionerGroup; self.priority = priority
        self.route = route; self.instrument = instrument; self.cost = cost; self.costBasis = costBasis
    }

    /// The item of a scored gap, or `nil` when its route draws on no budget. Cost [decision, after how-the-engine-decides.md §6]:
    /// `pcp`: pcpEstimate (budgetEstimateEUR, else 2.6 × the median development cost), else `pcpMinBudgetEUR`;
    /// `ppi` and `standard`: `budgetEstimateEUR.mostLikely`, else `ppiMinVolumeEUR`. Rounded to whole euros.
    public init?(_ result: GapResult, rules: ProcurementRules) {
        let route = result.procurement.decision.route
        guard let instrument = Instrument(route: route) else { return nil }
        let (cost, basis): (Double, String)
        switch instrument {
        case .pcp:
            if let budget = result.procurement.budgetEstimate { (cost, basis) = (budget, "budgetEstimateEUR") }
            else if let estimate = result.procurement.pcpEstimate { (cost, basis) = (estimate, "pcpEstimate") }
            else { (cost, basis) = (rules.pcpMinBudgetEUR, "pcpMinBudgetEUR") }
        case .ppi, .standard:
            if let budget = result.procurement.budgetEstimate { (cost, basis) = (budget, "budgetEstimateEUR") }
            else { (cost, basis) = (rules.ppiMinVolumeEUR, "ppiMinVolumeEUR") }
        }
        self.init(gapRef: result.gapRef, title: result.title, practitionerGroup: result.practitionerGroup,
                  priority: Decimal6.round(result.priorityScore), route: route, instrument: instrument,
                  cost: Int(cost.rounded(.toNearestOrAwayFromZero)), costBasis: basis)
    }
}

/// Which gaps to fund: maximise Σ P over the chosen gaps subject to one budget per instrument, must-fund and
/// must-not-fund lists, "fund B only with A" dependencies and minimum counts per practitioner group.
public struct PortfolioProblem: Sendable {
    public var items: [PortfolioItem]
    /// Euros per instrument; an instrument without a budget funds nothing.
    public var budgets: [Instrument: Int]
    public var mustFund: Set<String>
    public var mustNotFund: Set<String>
    /// (dependent, prerequisite): the dependent is funded only if the prerequisite is.
    public var requires: [(gap: String, prerequisite: String)]
    public var minPerGroup: [PractitionerGroup: Int]

    public init(items: [PortfolioItem], budgets: [Instrument: Int], mustFund: Set<String> = [], mustNotFund: Set<String> = [],
                requires: [(gap: String, prerequisite: String)] = [], minPerGroup: [PractitionerGroup: Int] = [:]) {
        self.items = items; self.budgets = budgets; self.mustFund = mustFund; self.mustNotFund = mustNotFund
        self.requires = requires; self.minPerGroup = minPerGroup
    }

    /// Problems the solver cannot start from: unknown refs, contradictions. Each message names the rule broken.
    public func issues() -> [String] {
        let refs = Set(items.map(\.gapRef))
        var out: [String] = []
        for ref in mustFund.sorted() where !refs.contains(ref) { out.append("must-fund '\(ref)' is not a fundable gap (unknown, or its route draws on no budget)") }
        for ref in mustNotFund.sorted() where !refs.contains(ref) { out.append("must-not-fund '\(ref)' is not a fundable gap") }
        for ref in mustFund.intersection(mustNotFund).sorted() { out.append("'\(ref)' is both must-fund and must-not-fund") }
        for r in requires where !refs.contains(r.gap) || !refs.contains(r.prerequisite) {
            out.append("requires '\(r.gap)' → '\(r.prerequisite)': both must be fundable gaps")
        }
        for (instrument, budget) in budgets where budget < 0 { out.append("budget \(instrument.rawValue): must be ≥ 0, got \(budget)") }
        return out
    }
}

/// The chosen portfolio.
public struct PortfolioSolution: Sendable {
    /// Indices into `items` of the funded gaps, in item order.
    public var selected: [Int]
    /// Σ P of the funded gaps (P rounded to 6 dp, summed exactly in millionths).
    public var value: Double
    public var spent: [Instrument: Int]
    /// The search finished: `value` is the optimum.
    public var optimal: Bool
    /// An upper bound on the optimum (equal to `value` when optimal).
    public var bound: Double
    /// (bound − value) / bound, 0 when optimal.
    public var relativeGap: Double { bound > 0 ? max(0, (bound - value) / bound) : 0 }
    public var nodes: Int
    /// No selection meets every constraint.
    public var infeasible: Bool
}

/// Per instrument: what one more euro would buy.
public struct MarginalValue: Sendable {
    public var instrument: Instrument
    /// P per euro of the last, partly fitting gap of the LP relaxation of this instrument's knapsack (its dual
    /// price); 0 when every fundable gap of the instrument fits.
    public var perEuro: Double
    /// The unfunded gap of this instrument with the highest P whose prerequisites are funded, and the extra
    /// budget that funds it without dropping anything.
    public var next: (gapRef: String, priority: Double, extraBudget: Int)?
}
