import JSONFormat
import PriorityEngine
/// How far a gap is from another procurement route: for each routing input of docs/how-the-engine-decides.md §5, the smallest single
/// change (up and down, or to another value of an enumeration) that makes the rules R00–R09 (how-the-engine-decides.md §5) give another
/// route, with everything else held. Also the suitability margin of how-the-engine-decides.md §5: the chosen route's suitability minus
/// the best of the other three.
///
/// Which inputs and how they move [decision]:
/// - `trlBest`: TRL_ml of routeSolution set to each whole TRL 1…9 (the other members of S_g keep theirs, so
///   lowering it may hand routeSolution to another solution); every input derived from S_g is recomputed.
/// - `nSuppliersCommercial`: the supplier count the rules read, ±1 at a time (0…current + 20); nSuppliersMarket
///   moves by the same amount.
/// - `coverageBestCommercial`: in whole percentage points, 0…100.
/// - `procurers`: committed procurers (commitment ≥ letter_of_intent) ±1 at a time (0…current + 10), each added one
///   from a further EU Member State (the MS and MS/AC counts move with it).
/// - `needClarity`: the group value on the quarter-point grid 1…5 (medians of medians of whole ratings fall on it).
/// - `deploymentIntent`, `horizon`, `expectedScale`: every other value.
/// Nothing is reported for gaps of nature process_training or legal_policy (R00 ignores every input) and for
/// BLOCKED gaps (R01 depends only on the AI Act gate).
public struct RouteDistance: Sendable {
    public enum Input: String, CaseIterable, Sendable {
        case trlBest, nSuppliersCommercial, coverageBestCommercial, procurers, needClarity, deploymentIntent, horizon, expectedScale
    }

    /// One change of one input and the route it gives.
    public struct Change: Sendable, Equatable {
        public var input: Input
        public var from: String
        public var to: String
        /// |to − from| for numbers; 1 for enumerations.
        public var size: Double
        public var route: ProcurementRoute
        public var reason: RouteReason?
    }

    public var gapRef: String
    public var route: ProcurementRoute
    public var ruleId: String
    /// For each input: the nearest change upwards and downwards (numbers) or each value that changes the route
    /// (enumerations); inputs no change of which moves the route have none.
    public var changes: [Change]
    /// The suitabilities of how-the-engine-decides.md §5 (nil for non-procurement gaps).
    public var suitability: Suitability?
    /// The chosen route's suitability and the best other one (PCP_THEN_PPI reads PCP), when the route has one.
    public var margin: (chosen: Double, runnerUp: ProcurementRoute, runnerUpValue: Double)?

    public init(_ result: GapResult, rules: ProcurementRules) {
        let x = result.procurement.inputs
        let route = result.procurement.decision.route
        gapRef = result.gapRef
        self.route = route
        ruleId = result.procurement.decision.ruleId
        let suitability = result.procurement.suitability
        self.suitability = suitability
        margin = suitability.flatMap { s in
            guard let chosen = s.of(route) else { return nil }
            let others: [(ProcurementRoute, Double)] = [(.PCP, s.pcp), (.PPI, s.ppi), (.INNOVATION_PARTNERSHIP, s.ip), (.STANDARD_PROCUREMENT, s.standard)]
                .filter { $0.0 != (route == .PCP_THEN_PPI ? .PCP : route) }
            let best = others.max { $0.1 < $1.1 }!
            return (Decimal6.round(chosen), best.0, Decimal6.round(best.1))
        }
        guard route != .NON_PROCUREMENT, route != .BLOCKED else { changes = []; return }
        let base = route
        var found: [Change] = []
        func probe(_ input: Input, from: String, to: String, size: Double, _ inputs: RoutingInputs) -> Bool {
            let r = ProcurementRuleSet.decide(inputs, rules: rules)
            guard r.route != base else { return false }
            found.append(Change(input: input, from: from, to: to, size: size, route: r.route, reason: r.reason))
            return true
        }
        /// The nearest value in `values` (sorted outward from the current one) that changes the route.
        func scan(_ input: Input, from: Double, _ values: [Double], format: (Double) -> String, _ make: (Double) -> RoutingInputs) {
            for v in values where probe(input, from: format(from), to: format(v), size: from.isNaN ? v : abs(v - from), make(v)) { break }
        }
        func numeric(_ input: Input, current: Double, range: ClosedRange<Double>, step: Double, format: @escaping (Double) -> String,
                     _ make: (Double) -> RoutingInputs) {
            let ups = stride(from: current + step, through: range.upperBound + 1e-9, by: step).map { ($0 / step).rounded() * step }
            let downs = stride(from: current - step, through: range.lowerBound - 1e-9, by: -step).map { ($0 / step).rounded() * step }
            scan(input, from: current, ups, format: format, make)
            scan(input, from: current, downs, format: format, make)
        }
        let whole = Decimal6.text

        // trlBest: TRL_ml of routeSolution.
        if let solution = x.routeSolution, let index = x.candidates.firstIndex(where: { $0.ref == solution.ref }) {
            numeric(.trlBest, current: x.trlBest, range: 1...9, step: 1, format: whole) { t in
                var cs = x.candidates
                cs[index].trl = t
                return x.replacingCandidates(cs, rules: rules)
            }
        }
        numeric(.nSuppliersCommercial, current: Double(x.nSuppliersCommercial), range: 0...Double(x.nSuppliersCommercial + 20), step: 1,
                format: whole) { n in
            var y = x
            let delta = Int(n) - x.nSuppliersCommercial
            y.nSuppliersCommercial = Int(n)
            y.nSuppliersMarket = max(0, x.nSuppliersMarket + delta)
            return y
        }
        numeric(.coverageBestCommercial, current: x.coverageBestCommercial.rounded(), range: 0...100, step: 1, format: whole) { c in
            var y = x
            y.coverageBestCommercial = c
            return y
        }
        numeric(.procurers, current: Double(x.procurers), range: 0...Double(x.procurers + 10), step: 1, format: whole) { n in
            var y = x
            let delta = Int(n) - x.procurers
            y.procurers = Int(n)
            y.procurerMS = max(0, x.procurerMS + delta)
            y.procurersMsAc = max(0, x.procurersMsAc + delta)
            y.procurerMsAc = max(0, x.procurerMsAc + delta)
            return y
        }
        let quarter = Decimal6.text
        if let clarity = x.needClarity {
            let current = Decimal6.round(clarity)
            let grid = (current * 4).rounded() / 4 == current
            numeric(.needClarity, current: grid ? current : (current * 4).rounded(.down) / 4, range: 1...5, step: 0.25, format: quarter) { v in
                var y = x
                y.needClarity = v
                return y
            }
        } else {
            scan(.needClarity, from: .nan, stride(from: 1.0, through: 5, by: 0.25).map { $0 }, format: { $0.isNaN ? "insufficient" : quarter($0) }) { v in
                var y = x
                y.needClarity = v
                return y
            }
        }
        for intent in DeploymentIntent.allCases where intent != x.deploymentIntent {
            var y = x
            y.deploymentIntent = intent
            _ = probe(.deploymentIntent, from: x.deploymentIntent?.rawValue ?? "none given", to: intent.rawValue, size: 1, y)
        }
        for horizon in Horizon.allCases where horizon != x.horizon {
            var y = x
            y.horizon = horizon
            _ = probe(.horizon, from: x.horizon?.rawValue ?? "none given", to: horizon.rawValue, size: 1, y)
        }
        for scale in ExpectedScale.allCases where scale != x.expectedScale {
            var y = x
            y.expectedScale = scale
            _ = probe(.expectedScale, from: x.expectedScale?.rawValue ?? "none given", to: scale.rawValue, size: 1, y)
        }
        changes = found
    }

    /// One line an adviser reads: "PCP_THEN_PPI (R08); nSuppliersCommercial 1 → 0 gives …".
    public var summary: String {
        let head = "\(route.rawValue) (\(ruleId))"
        guard !changes.isEmpty else { return head + ": no single change of a routing input moves it" }
        return head + ": " + changes.map { c in
            "\(c.input.rawValue) \(c.from) → \(c.to) gives \(c.route.rawValue)" + (c.reason.map { " (\($0.rawValue))" } ?? "")
        }.joined(separator: "; ")
    }
}
