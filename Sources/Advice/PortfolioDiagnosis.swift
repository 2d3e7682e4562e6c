import PriorityEngine

/// Why a portfolio problem has no solution, and which costs are placeholders: the words an adviser needs to
/// change the right input.
extension PortfolioProblem {
    /// Cost bases that are defaults of the procurement rules, not estimates of the gap: the minimum PCP budget
    /// and the minimum PPI volume (how-the-engine-decides.md §6). A portfolio built on them ranks by priority but its spending is nominal.
    public static let placeholderCostBases: Set<String> = ["pcpMinBudgetEUR", "ppiMinVolumeEUR"]

    /// The items whose cost is a placeholder.
    public var placeholderCostItems: [PortfolioItem] { items.filter { Self.placeholderCostBases.contains($0.costBasis) } }

    /// The binding constraints of an infeasible problem, each in plain words with the amounts involved, e.g.
    /// "must-fund WS-2019-CYB/G01 needs 1,500,000 EUR of pcp; the budget is 1,000,000 EUR".
    ///
    /// Direct checks first, each a proof of infeasibility on its own: (1) the must-fund gaps with their
    /// prerequisites cost more than an instrument's budget; (2) a must-fund gap needs a must-not-fund
    /// prerequisite; (3) a practitioner group has fewer allowed gaps than its minimum; (4) the budgets cannot fund
    /// the minimum count of a group even taking its cheapest gaps first (the largest count a knapsack can hold is
    /// reached by the cheapest items). When none applies, the constraints conflict only together: each family
    /// (must-fund, dependencies, each group minimum) is dropped in turn and the solver, given `timeLimit` seconds,
    /// tells which drops make a portfolio possible.
    public func infeasibilityReasons(timeLimit: Double = 2) -> [String] {
        var out: [String] = []
        let index = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.gapRef, $0) })
        var prerequisites = [[Int]](repeating: [], count: items.count)
        for r in requires { if let g = index[r.gap], let p = index[r.prerequisite] { prerequisites[g].append(p) } }
        /// A gap with its prerequisites, transitively.
        func closure(_ start: [Int]) -> [Int] {
            var seen = Set(start), stack = start
            while let g = stack.popLast() { for p in prerequisites[g] where !seen.contains(p) { seen.insert(p); stack.append(p) } }
            return seen.sorted()
        }
        let must = mustFund.sorted().compactMap { index[$0] }
        let needed = closure(must)
        for instrument in Instrument.allCases {
            let members = needed.filter { items[$0].instrument == instrument }
            let cost = members.reduce(0) { $0 + items[$1].cost }
            let budget = budgets[instrument] ?? 0
            guard cost > budget else { continue }
            let named = members.map { items[$0].gapRef }
            let who = named.count == 1 ? "must-fund \(named[0])" : "must-fund gaps " + named.joined(separator: ", ")
            let prereq = members.contains { !mustFund.contains(items[$0].gapRef) } ? " (with their prerequisites)" : ""
            out.append("\(who)\(prereq) need\(named.count == 1 ? "s" : "") \(Euros.text(cost)) of \(instrument.rawValue); the budget is \(Euros.text(budget))")
        }
        for g in must {
            for p in closure([g]) where p != g && mustNotFund.contains(items[p].gapRef) {
                out.append("must-fund \(items[g].gapRef) requires \(items[p].gapRef), which is must-not-fund")
            }
        }
        let blocked = Set(items.indices.filter { i in closure([i]).contains { mustNotFund.contains(items[$0].gapRef) } })
        for (group, minimum) in minPerGroup.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where minimum > 0 {
            let allowed = items.indices.filter { items[$0].practitionerGroup == group && !blocked.contains($0) }
            if allowed.count < minimum {
                out.append("\(group.rawValue) needs at least \(minimum) funded gaps; only \(allowed.count) of its gaps can be funded "
                           + "(their routes draw on a budget and neither they nor their prerequisites are must-not-fund)")
                continue
            }
            // Most gaps of the group the budgets can hold: per instrument, the cheapest first.
            var fundable = 0
            var detail: [String] = []
            for instrument in Instrument.allCases {
                let costs = allowed.filter { items[$0].instrument == instrument }.map { items[$0].cost }.sorted()
                guard !costs.isEmpty else { continue }
                var spent = 0, count = 0
                for c in costs where spent + c <= (budgets[instrument] ?? 0) { spent += c; count += 1 }
                fundable += count
                detail.append("\(count) of \(costs.count) on \(instrument.rawValue) (budget \(Euros.text(budgets[instrument] ?? 0)), cheapest \(Euros.text(costs[0])))")
            }
            if fundable < minimum {
                out.append("\(group.rawValue) needs at least \(minimum) funded gaps; the budgets fund at most \(fundable): " + detail.joined(separator: ", "))
            }
        }
        guard out.isEmpty else { return out }
        // The constraints conflict only together: which families, dropped alone, make a portfolio possible?
        var families: [(String, PortfolioProblem)] = []
        if !mustFund.isEmpty { var p = self; p.mustFund = []; families.append(("the must-fund list (\(mustFund.sorted().joined(separator: ", ")))", p)) }
        if !requires.isEmpty { var p = self; p.requires = []; families.append(("the dependencies (\(requires.map { "\($0.gap):\($0.prerequisite)" }.joined(separator: ", ")))", p)) }
        for (group, minimum) in minPerGroup.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where minimum > 0 {
            var p = self; p.minPerGroup[group] = nil
            families.append(("the minimum of \(minimum) for \(group.rawValue)", p))
        }
        let freeing = families.filter { !PortfolioSolver.solve($0.1, timeLimit: timeLimit).infeasible }.map(\.0)
        if freeing.isEmpty {
            out.append("the budgets, must-fund list, dependencies and group minimums conflict together; no single one of them, dropped, makes a portfolio possible")
        } else {
            out.append("the constraints conflict together within the budgets; a portfolio exists without " + freeing.joined(separator: ", or without "))
        }
        return out
    }
}
