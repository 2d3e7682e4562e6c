import Foundation
import PriorityEngine

/// Exact portfolio selection by depth-first branch and bound.
///
/// Values are P in millionths (integers), costs whole euros, so comparisons are exact. Must-fund gaps (with their
/// prerequisites) are decided first, then the others by value per euro (then by ref), every prerequisite before
/// its dependents (`decisionOrder`); the first dive, which takes every gap that fits, is a greedy fill and gives
/// the first incumbent. A node's upper bound is its value plus, per instrument, the LP relaxation (fractional
/// knapsack in value-per-euro order, Dantzig 1957) of its undecided gaps within the remaining budget, or, when
/// smaller, the sum of the m largest values where m is how many of the cheapest undecided gaps fit (many gaps
/// share a default cost, and then this bound is the tight one). The budgets are separate, so the bound is the sum
/// of one bound per instrument. Dependencies are enforced when either end
/// is decided; a node is cut when a practitioner group can no longer reach its minimum count. With a time limit
/// the search may stop early; the solution then reports as its upper bound the largest bound of the nodes on the
/// search path (every unexplored node lies below one of them), so the optimality gap is an honest upper estimate.
/// Every leaf meets every constraint, so a returned portfolio never exceeds a budget (`check` re-verifies; the
/// command line refuses to write one that fails it).
public enum PortfolioSolver {
    public static func solve(_ problem: PortfolioProblem, timeLimit: Double = 10) -> PortfolioSolution {
        let items = problem.items
        let n = items.count
        let value = items.map { Int(($0.priority * 1e6).rounded(.toNearestOrAwayFromZero)) }
        let index = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.gapRef, $0) })
        var prerequisites = [[Int]](repeating: [], count: n), dependents = [[Int]](repeating: [], count: n)
        for r in problem.requires {
            guard let g = index[r.gap], let p = index[r.prerequisite] else { continue }
            prerequisites[g].append(p); dependents[p].append(g)
        }
        // Must-fund gaps and, transitively, their prerequisites.
        var must = items.map { problem.mustFund.contains($0.gapRef) }
        var toVisit = (0..<n).filter { must[$0] }
        while let g = toVisit.popLast() { for p in prerequisites[g] where !must[p] { must[p] = true; toVisit.append(p) } }
        let byRatio = items.indices.sorted { a, b in
            let (ra, rb) = (Double(value[a]) / Double(max(1, items[a].cost)), Double(value[b]) / Double(max(1, items[b].cost)))
            return ra != rb ? ra > rb : items[a].gapRef < items[b].gapRef
        }
        let order = Self.decisionOrder(byRatio: byRatio, must: must, prerequisites: prerequisites)
        let instruments = Instrument.allCases
        var remaining = instruments.map { problem.budgets[$0] ?? 0 }
        let slot = items.map { instruments.firstIndex(of: $0.instrument)! }
        let groups = problem.minPerGroup.filter { $0.value > 0 }.sorted { $0.key.rawValue < $1.key.rawValue }
        let groupOf = items.map { item in groups.firstIndex { $0.key == item.practitionerGroup } }
        var undecidedInGroup = groups.map { g in items.filter { $0.practitionerGroup == g.key }.count }
        var chosenInGroup = groups.map { _ in 0 }

        // -1 undecided, 0 out, 1 in.
        var state = [Int](repeating: -1, count: n)
        var best: [Int]? = nil, bestValue = -1, nodes = 0
        let start = Date()
        var stopped = false
        // Frames of the path whose exclude branch is still to come: (depth, value before the decision). On a stop,
        // every unexplored node lies below one of them or below the node where the search stopped.
        var pending: [(depth: Int, value: Int)] = [], stopBound = 0.0
        var position = [Int](repeating: 0, count: n)
        for (k, i) in order.enumerated() { position[i] = k }

        let ratioOrder = instruments.indices.map { s in byRatio.filter { slot[$0] == s } }
        let byCost = instruments.indices.map { s in (0..<n).filter { slot[$0] == s }.sorted { items[$0].cost < items[$1].cost } }
        let byValue = instruments.indices.map { s in (0..<n).filter { slot[$0] == s }.sorted { value[$0] > value[$1] } }
        /// Per instrument, the smaller of two upper bounds on what its undecided gaps can add within `budget`: the
        /// LP relaxation, and the cardinality bound (at most m more gaps fit, m from the cheapest ones, so at most
        /// the m largest values). The second is much tighter when many gaps cost the same.
        func instrumentBound(_ s: Int, budget: Int, undecided: (Int) -> Bool) -> Double {
            var lp = 0.0, left = budget
            for i in ratioOrder[s] where undecided(i) {
                if items[i].cost <= left { left -= items[i].cost; lp += Double(value[i]) }
                else { lp += Double(value[i]) * Double(left) / Double(items[i].cost); break }
            }
            var fit = 0, spend = 0
            for i in byCost[s] where undecided(i) {
                if spend + items[i].cost > budget { break }
                spend += items[i].cost; fit += 1
            }
            var top = 0, taken = 0
            for i in byValue[s] where undecided(i) {
                if taken == fit { break }
                top += value[i]; taken += 1
            }
            return min(lp, Double(top))
        }
        func bound(from depth: Int, current: Int) -> Double {
            var total = Double(current)
            for s in instruments.indices { total += instrumentBound(s, budget: remaining[s], undecided: { state[$0] == -1 }) }
            return total
        }
        /// The LP bound of the node at `depth` of the current path with its gap excluded.
        func excludedBound(depth: Int, current: Int) -> Double {
            var total = Double(current)
            var left = instruments.map { problem.budgets[$0] ?? 0 }
            for k in 0..<depth where state[order[k]] == 1 { left[slot[order[k]]] -= items[order[k]].cost }
            for s in instruments.indices { total += instrumentBound(s, budget: left[s], undecided: { position[$0] > depth }) }
            return total
        }
        func canInclude(_ i: Int) -> Bool {
            !problem.mustNotFund.contains(items[i].gapRef) && items[i].cost <= remaining[slot[i]]
                && !prerequisites[i].contains { state[$0] == 0 }
        }
        func canExclude(_ i: Int) -> Bool {
            !must[i] && !dependents[i].contains { state[$0] == 1 }
        }
        func groupsReachable() -> Bool {
            for g in groups.indices where chosenInGroup[g] + undecidedInGroup[g] < groups[g].value { return false }
            return true
        }
        func search(_ depth: Int, _ current: Int) {
            if stopped { return }
            nodes += 1
            if nodes & 1023 == 0, Date().timeIntervalSince(start) > timeLimit {
                stopped = true
                stopBound = pending.map { excludedBound(depth: $0.depth, current: $0.value) }.max() ?? 0
                if depth < n { stopBound = max(stopBound, bound(from: depth, current: current)) }
                return
            }
            if depth == n {
                if current > bestValue { bestValue = current; best = state }
                return
            }
            if bound(from: depth, current: current) <= Double(bestValue) { return }
            let i = order[depth]
            let g = groupOf[i]
            if let g { undecidedInGroup[g] -= 1 }
            if canInclude(i) {
                let excludeLater = canExclude(i)
                if excludeLater { pending.append((depth, current)) }
                state[i] = 1; remaining[slot[i]] -= items[i].cost
                if let g { chosenInGroup[g] += 1 }
                if groupsReachable() { search(depth + 1, current + value[i]) }
                if let g { chosenInGroup[g] -= 1 }
                remaining[slot[i]] += items[i].cost
                if excludeLater { pending.removeLast() }
            }
            if stopped { state[i] = -1; if let g { undecidedInGroup[g] += 1 }; return }
            if canExclude(i) {
                state[i] = 0
                if groupsReachable() { search(depth + 1, current) }
            }
            state[i] = -1
            if let g { undecidedInGroup[g] += 1 }
        }
        let rootBound = bound(from: 0, current: 0)
        search(0, 0)
        guard let best else {
            return PortfolioSolution(selected: [], value: 0, spent: [:], optimal: !stopped, bound: rootBound / 1e6,
                                     nodes: nodes, infeasible: !stopped)
        }
        let selected = (0..<n).filter { best[$0] == 1 }
        var spent: [Instrument: Int] = [:]
        for i in selected { spent[items[i].instrument, default: 0] += items[i].cost }
        let total = Double(bestValue) / 1e6
        return PortfolioSolution(selected: selected, value: total, spent: spent, optimal: !stopped,
                                 bound: stopped ? max(total, min(rootBound, max(stopBound, Double(bestValue))) / 1e6) : total, nodes: nodes, infeasible: false)
    }

    /// Must-fund gaps first, then by value per euro, with every prerequisite placed before its dependents (Kahn's
    /// algorithm, taking the first available gap in that priority), so deciding a gap never waits on a later one
    /// and the first dive is a feasible greedy fill. Gaps on a dependency cycle follow in value-per-euro order.
    static func decisionOrder(byRatio: [Int], must: [Bool], prerequisites: [[Int]]) -> [Int] {
        let n = byRatio.count
        let priority = (byRatio.filter { must[$0] } + byRatio.filter { !must[$0] })
        var rank = [Int](repeating: 0, count: n)
        for (k, i) in priority.enumerated() { rank[i] = k }
        var waiting = prerequisites.map { Set($0).count }
        var dependents = [[Int]](repeating: [], count: n)
        for (g, ps) in prerequisites.enumerated() { for p in Set(ps) { dependents[p].append(g) } }
        var ready = Set((0..<n).filter { waiting[$0] == 0 })
        var placed = [Bool](repeating: false, count: n)
        var order: [Int] = []
        while let next = ready.min(by: { rank[$0] < rank[$1] }) {
            ready.remove(next); placed[next] = true; order.append(next)
            for d in dependents[next] { waiting[d] -= 1; if waiting[d] == 0 { ready.insert(d) } }
        }
        order += priority.filter { !placed[$0] }
        return order
    }

    /// Every violated constraint of `selected` (empty when the portfolio is feasible).
    public static func check(_ problem: PortfolioProblem, selected: [Int]) -> [String] {
        var out: [String] = []
        let chosen = Set(selected.map { problem.items[$0].gapRef })
        for instrument in Instrument.allCases {
            let spent = selected.filter { problem.items[$0].instrument == instrument }.reduce(0) { $0 + problem.items[$1].cost }
            if spent > (problem.budgets[instrument] ?? 0) { out.append("\(instrument.rawValue) spends \(spent) > budget \(problem.budgets[instrument] ?? 0)") }
        }
        for ref in problem.mustFund where !chosen.contains(ref) { out.append("must-fund \(ref) is out") }
        for ref in problem.mustNotFund where chosen.contains(ref) { out.append("must-not-fund \(ref) is in") }
        for r in problem.requires where chosen.contains(r.gap) && !chosen.contains(r.prerequisite) {
            out.append("\(r.gap) is in without \(r.prerequisite)")
        }
        for (group, minimum) in problem.minPerGroup {
            let count = selected.filter { problem.items[$0].practitionerGroup == group }.count
            if count < minimum { out.append("\(group.rawValue): \(count) funded < minimum \(minimum)") }
        }
        return out
    }

    /// What one more euro buys per instrument, given the solution.
    public static func marginalValues(_ problem: PortfolioProblem, solution: PortfolioSolution) -> [MarginalValue] {
        let chosen = Set(solution.selected)
        let funded = Set(solution.selected.map { problem.items[$0].gapRef })
        return Instrument.allCases.compactMap { instrument in
            let members = problem.items.indices.filter { problem.items[$0].instrument == instrument && !problem.mustNotFund.contains(problem.items[$0].gapRef) }
            guard !members.isEmpty else { return nil }
            let budget = problem.budgets[instrument] ?? 0
            // LP dual of the budget: the value per euro of the gap that fits only in part.
            var left = budget, perEuro = 0.0
            for i in members.sorted(by: { problem.items[$0].priority / Double(max(1, problem.items[$0].cost)) > problem.items[$1].priority / Double(max(1, problem.items[$1].cost)) }) {
                if problem.items[i].cost <= left { left -= problem.items[i].cost } else { perEuro = problem.items[i].priority / Double(max(1, problem.items[i].cost)); break }
            }
            let remaining = budget - (solution.spent[instrument] ?? 0)
            let candidates = members.filter { i in
                !chosen.contains(i) && problem.requires.allSatisfy { $0.gap != problem.items[i].gapRef || funded.contains($0.prerequisite) }
            }
            let next = candidates.max { problem.items[$0].priority < problem.items[$1].priority }.map { i in
                (problem.items[i].gapRef, problem.items[i].priority, max(0, problem.items[i].cost - remaining))
            }
            return MarginalValue(instrument: instrument, perEuro: perEuro, next: next)
        }
    }
}
