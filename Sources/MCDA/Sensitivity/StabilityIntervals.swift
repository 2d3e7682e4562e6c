/// The weight interval of one criterion over which a ranking property holds.
public struct StabilityInterval: Sendable {
    public let criterion: String
    public let weight: Double
    /// First-ranked alternative unchanged.
    public let first: ClosedRange<Double>
    /// Set of the top k unchanged.
    public let topK: ClosedRange<Double>
    /// Whole ranking unchanged.
    public let ranking: ClosedRange<Double>
    /// `exact` (closed form) or `bracketed` (grid scan + bisection to 1e-9).
    public let method: String
}

extension MethodName {
    /// For each criterion j, the interval of w_j (others rescaled proportionally, w_k(t) = w_k(1 − t)/(1 − w_j))
    /// around the current weight over which the first alternative, the top-k set and the full ranking stay the
    /// same. Weights are first normalised to sum 1; endpoints are where two scores become equal.
    ///
    /// Weighted sum: exact. The normalised values do not depend on the weights, so every score is linear in t,
    /// s_i(t) = a_i + b_i·t, and the endpoints are the nearest crossings t = (a_q − a_p)/(b_p − b_q) of the pairs
    /// that matter. Other methods: the ranking is evaluated on a grid of step 0.01 outward from w_j and each
    /// change is located by bisection to 1e-9 (a swap that reverts within one grid step can be missed).
    public func stabilityIntervals(_ problem: DecisionProblem, topK k: Int = 3, options: MethodOptions = MethodOptions())
        throws(MCDAError) -> [StabilityInterval] {
        let m = problem.alternativeCount
        guard k >= 1, k <= m else { throw .invalidParameter(name: "topK", rule: "must lie in 1…\(m), got \(k)") }
        let total = problem.weights.reduce(0, +)
        let w = problem.weights.map { $0 / total }
        let base = try evaluate(problem.replacingWeights(w), options: options)
        let order = base.order
        if self == .wsm {
            let r = try (options.normalization ?? defaultNormalization!).columns(of: problem)
            return problem.criteria.indices.map { j in
                exactInterval(j, id: problem.criteria[j].id, r: r, w: w, order: order, k: k)
            }
        }
        var out: [StabilityInterval] = []
        for (j, c) in problem.criteria.enumerated() {
            func orderAt(_ t: Double) throws(MCDAError) -> [Int] {
                try evaluate(problem.replacingWeights(Self.rescaled(w, moving: j, to: t)), options: options).order
            }
            func bracket(_ holds: ([Int]) -> Bool) throws(MCDAError) -> ClosedRange<Double> {
                var bounds: [Double] = []
                for direction in [-1.0, 1.0] {
                    var good = w[j], edge = direction < 0 ? 0.0 : 1.0
                    var t = good
                    var found = false
                    while !found && (direction < 0 ? t > 0 : t < 1) {
                        t = direction < 0 ? Swift.max(0, t - 0.01) : Swift.min(1, t + 0.01)
                        if try holds(orderAt(t)) { good = t } else { found = true; edge = t }
                    }
                    if found {
                        var (a, b) = (good, edge)
                        while abs(b - a) > 1e-9 {
                            let mid = (a + b) / 2
                            if try holds(orderAt(mid)) { a = mid } else { b = mid }
                        }
                        bounds.append((a + b) / 2)
                    } else {
                        bounds.append(edge)
                    }
                }
                return bounds[0]...bounds[1]
            }
            let topSet = Set(order.prefix(k))
            out.append(StabilityInterval(
                criterion: c.id, weight: w[j],
                first: try bracket { $0[0] == order[0] },
                topK: try bracket { Set($0.prefix(k)) == topSet },
                ranking: try bracket { $0 == order },
                method: "bracketed"))
        }
        return out
    }

    /// The closed form for the weighted sum.
    private func exactInterval(_ j: Int, id: String, r: [[Double]], w: [Double], order: [Int], k: Int) -> StabilityInterval {
        let m = order.count, n = w.count
        let rest = 1 - w[j]
        // s_i(t) = a_i + b_i t: with others scaled by (1 − t)/rest, a_i = Σ_{k≠j} w_k r_ik / rest and b_i = r_ij − a_i.
        var a = [Double](repeating: 0, count: m), b = a
        for i in 0..<m {
            var other = 0.0
            for c in 0..<n where c != j { other += rest > 0 ? w[c] * r[c][i] / rest : r[c][i] / Double(n - 1) }
            a[i] = other
            b[i] = r[j][i] - other
        }
        func interval(_ pairs: [(Int, Int)]) -> ClosedRange<Double> {
            var lo = 0.0, hi = 1.0
            for (p, q) in pairs where b[p] != b[q] {
                let t = (a[q] - a[p]) / (b[p] - b[q])
                if t < w[j] { lo = Swift.max(lo, t) } else if t > w[j] { hi = Swift.min(hi, t) } else { lo = t; hi = t }
            }
            return Swift.max(0, lo)...Swift.min(1, Swift.max(Swift.max(0, lo), hi))
        }
        let first = order[0]
        let top = Array(order.prefix(k)), rest2 = Array(order.dropFirst(k))
        var all: [(Int, Int)] = []
        for x in 0..<m { for y in (x + 1)..<m { all.append((order[x], order[y])) } }
        return StabilityInterval(criterion: id, weight: w[j],
                                 first: interval((0..<m).filter { $0 != first }.map { (first, $0) }),
                                 topK: interval(top.flatMap { p in rest2.map { (p, $0) } }),
                                 ranking: interval(all), method: "exact")
    }
}
