/// PROMETHEE II (Brans & Vincke 1985).
///
/// For each ordered pair (a, b) and criterion j, `d_j = x_aj − x_bj` for a benefit criterion and `x_bj − x_aj`
/// for a cost criterion (directions are honoured, which some peer tools do not). `π(a, b) = Σ_j w_j P_j(d_j)` with the
/// criterion's preference function and the weights as given. `φ⁺(a) = Σ_b π(a, b) / (m − 1)`,
/// `φ⁻(a) = Σ_b π(b, a) / (m − 1)`, net flow `φ = φ⁺ − φ⁻` (higher is better).
///
/// The piecewise-linear preference functions (usual, U-shape, V-shape, level, linear) are 0 up to a threshold
/// t₀, α + β·d up to t₁ and 1 beyond, so a criterion's sums over b come from the values sorted once, with prefix
/// sums: per alternative, the counts and sums of the values in each band, found by binary search on the same
/// comparisons `d > t` the pairwise form makes (O(m log m) per criterion instead of O(m²)). The Gaussian function
/// keeps the pairwise sum. The tests keep the pairwise form for every function as the reference.
enum PROMETHEE {
    /// The largest number of alternatives whose preference matrix (m² cells) an explanation shows.
    static let largestExplainedMatrix = 500

    static func evaluate(_ p: DecisionProblem) -> (net: [Double], plus: [Double], minus: [Double]) {
        var silent = Explanation(recording: false)
        return evaluate(p, explanation: &silent)
    }

    static func evaluate(_ p: DecisionProblem, explanation: inout Explanation) -> (net: [Double], plus: [Double], minus: [Double]) {
        let m = p.alternativeCount
        var plus = [Double](repeating: 0, count: m), minus = plus
        for (j, c) in p.criteria.enumerated() where c.weight != 0 {
            let sign: Double = c.direction == .benefit ? 1 : -1
            let y = p.column(j).map { sign * $0 }
            if let bands = Bands(c.preference) {
                bands.add(y, weight: c.weight, plus: &plus, minus: &minus)
            } else {
                for a in 0..<m {
                    for b in 0..<m where a != b {
                        let pi = c.weight * c.preference(y[a] - y[b])
                        plus[a] += pi
                        minus[b] += pi
                    }
                }
            }
        }
        let scale = 1 / Double(m - 1)
        plus = plus.map { $0 * scale }
        minus = minus.map { $0 * scale }
        let net = zip(plus, minus).map { $0 - $1 }
        if explanation.isRecording, m <= largestExplainedMatrix {
            explanation.record(IntermediateTable(
                key: "preferenceMatrix", title: "Aggregated preference index of the row alternative over the column alternative",
                formula: "π(a, b) = Σ_j w_j P_j(d_j(a, b)), d_j = x_aj − x_bj for a benefit criterion, x_bj − x_aj for a cost criterion",
                rows: p.alternatives, columns: p.alternatives, values: preferenceMatrix(p)))
        }
        explanation.record(IntermediateTable(
            key: "flows", title: "Leaving, entering and net outranking flows",
            formula: "φ⁺(a) = Σ_b π(a, b) / (m − 1), φ⁻(a) = Σ_b π(b, a) / (m − 1), φ(a) = φ⁺(a) − φ⁻(a)",
            rows: p.alternatives, columns: ["phi+", "phi-", "phi"], byColumn: [plus, minus, net]))
        return (net, plus, minus)
    }

    /// π(a, b) for every ordered pair, pairwise (for the explanation; the flows above use the sorted form).
    static func preferenceMatrix(_ p: DecisionProblem) -> [[Double]] {
        let m = p.alternativeCount
        var pi = [[Double]](repeating: [Double](repeating: 0, count: m), count: m)
        for (j, c) in p.criteria.enumerated() where c.weight != 0 {
            let sign: Double = c.direction == .benefit ? 1 : -1
            let y = p.column(j).map { sign * $0 }
            for a in 0..<m {
                for b in 0..<m where a != b { pi[a][b] += c.weight * c.preference(y[a] - y[b]) }
            }
        }
        return pi
    }

    /// A piecewise-linear preference function: P(d) = 0 for d ≤ t₀, (d − shift)·slope + level for t₀ < d ≤ t₁,
    /// 1 for d > t₁.
    struct Bands {
        let t0: Double, t1: Double
        /// The middle band: constant `level` (level function) or `(d − shift) / width` (V-shape, linear).
        let level: Double?, shift: Double, width: Double

        init?(_ f: PreferenceFunction) {
            switch f {
            case .usual: (t0, t1, level, shift, width) = (0, 0, 1, 0, 1)
            case let .ushape(q): (t0, t1, level, shift, width) = (q, q, 1, 0, 1)
            case let .vshape(p): (t0, t1, level, shift, width) = (0, p, nil, 0, p)
            case let .level(q, p): (t0, t1, level, shift, width) = (q, p, 0.5, 0, 1)
            case let .linear(q, p): (t0, t1, level, shift, width) = (q, p, nil, q, p - q)
            case .gaussian: return nil
            }
        }

        /// Adds `weight · Σ_b P(y_a − y_b)` to `plus[a]` and `weight · Σ_b P(y_b − y_a)` to `minus[a]`.
        func add(_ y: [Double], weight: Double, plus: inout [Double], minus: inout [Double]) {
            let m = y.count
            let order = y.indices.sorted { y[$0] < y[$1] }
            let sorted = order.map { y[$0] }
            // Prefix sums of the values less their mean (smaller magnitudes, smaller cancellation in differences).
            let mean = sorted.reduce(0, +) / Double(m)
            var prefix = [Double](repeating: 0, count: m + 1)
            for i in 0..<m { prefix[i + 1] = prefix[i] + (sorted[i] - mean) }
            /// The first index i whose value fails `holds` (which holds for a prefix of the sorted values).
            func boundary(_ holds: (Double) -> Bool) -> Int {
                var lo = 0, hi = m
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if holds(sorted[mid]) { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            /// Σ over the band [lo, hi) of the middle preference of d = sign·(v − y_b) (sign +1) or (y_b − v) (−1).
            func middle(_ v: Double, _ lo: Int, _ hi: Int, towardsLarger: Bool) -> Double {
                let k = Double(hi - lo)
                guard k > 0 else { return 0 }
                if let level { return k * level }
                let sum = prefix[hi] - prefix[lo]            // Σ (y_b − mean)
                let dSum = towardsLarger ? sum - k * (v - mean) : k * (v - mean) - sum
                return (dSum - k * shift) / width
            }
            for a in 0..<m {
                let v = y[a]
                // φ⁺: d = v − y_b, decreasing in y_b. Beyond t₁ for the smallest values, in the middle band next.
                let above = boundary { v - $0 > t1 }, middleEnd = boundary { v - $0 > t0 }
                plus[a] += weight * (Double(above) + middle(v, above, middleEnd, towardsLarger: false))
                // φ⁻: d = y_b − v, increasing in y_b. In the middle band from the first d > t₀ up to d ≤ t₁, 1 after.
                let start = boundary { !($0 - v > t0) }, beyond = boundary { !($0 - v > t1) }
                minus[a] += weight * (Double(m - beyond) + middle(v, start, beyond, towardsLarger: true))
            }
        }
    }
}
