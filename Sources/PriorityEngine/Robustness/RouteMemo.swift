/// Routing depends on a run only through the drawn TRLs of S_g, the need clarity and, for the routeSolution tie
/// rule, which member of S_g is routeSolution; every other routing input of a gap is fixed. So a gap's route,
/// suitability and TRL_best are kept by those three, and a run that repeats them reuses the outcome (exactly the
/// same numbers: the memo only skips recomputing a pure function).
enum RouteMemo {
    struct Key: Hashable {
        /// Bit pattern of the rounded need clarity, or all ones when insufficient.
        var needClarity: UInt64
        /// 4 bits per member of S_g (TRL 1…9), then 4 bits for routeSolution's position.
        var trls: UInt64
    }

    struct Outcome {
        var route: Int
        var suitability: Double
        var trlBest: Double
    }

    /// `nil` (not memoised) when S_g has more than 14 members or a TRL is not a whole number in 1…9.
    static func key(gap: MonteCarloPlan.Gap, trl: [Double], so: UnsafeBufferPointer<Double>, needClarity: Double?) -> Key? {
        var packed: UInt64 = 0, count = 0
        var best: Int?
        for (i, link) in gap.links.enumerated() where link.inS {
            let t = trl[link.solution]
            guard count < 14, t >= 1, t <= 9, t == t.rounded() else { return nil }
            packed |= UInt64(t) << (4 * count)
            if let b = best {
                let other = gap.links[b]
                if RouteCandidate.ranksAboveAsRouteSolution(trl: (t, trl[other.solution]), coverage: (link.coverage, other.coverage),
                                                            so: (so[i], so[b]), ref: (link.ref, other.ref)) {
                    best = i
                }
            } else {
                best = i
            }
            count += 1
        }
        let position = best.map { i in gap.links[..<i].filter(\.inS).count } ?? 15
        packed |= UInt64(position) << (4 * 14)
        return Key(needClarity: needClarity.map(\.bitPattern) ?? .max, trls: packed)
    }
}
