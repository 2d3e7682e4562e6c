/// The default aggregation of the plain-valued rating keys (how-the-engine-decides.md §2: median of the per-country medians, each voter
/// counted as often as the bootstrap drew it) for 16 Monte-Carlo runs at once, one SIMD lane per run.
///
/// It applies to a key whose values are whole numbers 0…9 in a workshop of at most 255 voters (every key of the
/// synthetic dataset's plain ratings). Values are held as levels v + 1 (so 0 means "not found yet"). Per country,
/// the draw counts are summed lane-wise; the values at sorted positions ⌊(T − 1)/2⌋ and ⌊T/2⌋ of the drawn
/// multiset are picked by a running count over the country's raters (sorted by value), which gives twice the
/// country median plus 2 as a small integer m₂. A histogram of m₂ over the countries, lane-wise, gives the
/// median of the country medians, (m₂,lo + m₂,hi − 4)/4. All of it is exact small-integer arithmetic, so each lane
/// equals `GroupValue` on that run to the last bit (a test checks it).
struct LaneMedians {
    static let lanes = 16
    typealias Lane = SIMD16<UInt8>
    /// Doubled country medians plus 2 (m₂) lie in 2…20; buckets 0…20.
    static let m2Buckets = 21

    /// Per gap: the level (value + 1) of each entry of its `CountryGroups`, and per key whether this path applies.
    let levels: [[UInt8]]
    let eligible: [[Bool]]
    /// Per gap and key: the range of m₂ over its countries (2·min level … 2·max level).
    let m2Range: [[ClosedRange<Int>]]
    let minRaters: Int
    /// Per gap: where its mixed keys' plain countries start in the buffers of `plainCountries`; their total.
    let mixedOffset: [Int]
    let mixedCountries: Int

    init(plan: MonteCarloPlan) {
        minRaters = plan.model.ratingAggregation.minRaters
        var offsets: [Int] = [], total = 0
        for gap in plan.gaps { offsets.append(total); total += gap.mixed.plainEnds.count }
        mixedOffset = offsets
        mixedCountries = total
        var levels: [[UInt8]] = [], eligible: [[Bool]] = [], ranges: [[ClosedRange<Int>]] = []
        for gap in plan.gaps {
            let groups = gap.countryGroups
            let small = plan.workshops[gap.workshop].voting.count <= 255
            levels.append(groups.values.map { v in v == v.rounded() && v >= 0 && v <= 9 ? UInt8(v + 1) : 0 })
            var keys: [Bool] = [], keyRanges: [ClosedRange<Int>] = []
            for k in groups.present.indices {
                let countries = groups.countries(k)
                let first = countries.lowerBound == 0 ? 0 : groups.ends[countries.lowerBound - 1]
                let last = countries.isEmpty ? first : groups.ends[countries.upperBound - 1]
                let values = groups.values[first..<last]
                let ok = small && groups.present[k] && !countries.isEmpty && values.allSatisfy { $0 == $0.rounded() && $0 >= 0 && $0 <= 9 }
                keys.append(ok)
                keyRanges.append(ok ? (2 * Int(values.min()! + 1))...(2 * Int(values.max()! + 1)) : 0...0)
            }
            eligible.append(keys)
            ranges.append(keyRanges)
        }
        self.levels = levels
        self.eligible = eligible
        m2Range = ranges
    }

    /// One country's draws, lane by lane, and twice its median plus 2 (m₂; 0 where none of its voters was drawn):
    /// the values at sorted positions ⌊(T − 1)/2⌋ and ⌊T/2⌋ of the drawn multiset, picked by a running count over
    /// the raters of `entries` (sorted by value).
    @inline(__always)
    static func country(_ entries: Range<Int>, raters: UnsafeBufferPointer<Int>, levels: UnsafeBufferPointer<UInt8>,
                        times: UnsafePointer<Lane>) -> (total: Lane, m2: Lane) {
        let zero = Lane(repeating: 0), one = Lane(repeating: 1)
        var total = zero
        for e in entries { total &+= times[raters[e]] }
        let p = (total &- one) &>> 1, q = total &>> 1
        var seen = zero, lo = zero, hi = zero
        for e in entries {
            seen &+= times[raters[e]]
            let v = Lane(repeating: levels[e])
            lo.replace(with: v, where: (seen .> p) .& (lo .== zero))
            hi.replace(with: v, where: (seen .> q) .& (hi .== zero))
        }
        return (total, (lo &+ hi).replacing(with: zero, where: total .== zero))
    }

    /// For the plain countries of mixed key `k` (`MixedGroups`): per country and lane, twice its median plus 2
    /// (0 when none of its voters was drawn) into `m2[c]`, and its draws into `totals[c]` (c as in `mixed`).
    func plainCountries(of mixed: MixedGroups, key k: Int, times: UnsafePointer<Lane>, m2: UnsafeMutablePointer<Lane>,
                        totals: UnsafeMutablePointer<Lane>) {
        mixed.plainRaters.withUnsafeBufferPointer { raters in
        mixed.plainEnds.withUnsafeBufferPointer { ends in
        mixed.plainLevels.withUnsafeBufferPointer { level in
            let span = mixed.plainCountries(k)
            var start = span.lowerBound == 0 ? 0 : ends[span.lowerBound - 1]
            for c in span {
                let end = ends[c]
                (totals[c], m2[c]) = Self.country(start..<end, raters: raters, levels: level, times: times)
                start = end
            }
        } } }
    }

    /// The group value of key `k` of gap `g` for every lane, into `out[0..<lanes]` (NaN when fewer than
    /// `minRaters` draws). `times[p]` holds voter p's draw counts, one lane per run; `histogram` has room for 21 lanes.
    func compute(gap g: Int, key k: Int, groups: MonteCarloPlan.CountryGroups, times: UnsafePointer<Lane>,
                 histogram: UnsafeMutablePointer<Lane>, out: UnsafeMutablePointer<Double>) {
        let range = m2Range[g][k]
        for level in range { histogram[level] = Lane(repeating: 0) }
        var n = SIMD16<UInt16>(repeating: 0), countries = Lane(repeating: 0)
        let zero = Lane(repeating: 0), one = Lane(repeating: 1)
        groups.raters.withUnsafeBufferPointer { raters in
        groups.ends.withUnsafeBufferPointer { ends in
        levels[g].withUnsafeBufferPointer { level in
            let span = groups.countries(k)
            var start = span.lowerBound == 0 ? 0 : ends[span.lowerBound - 1]
            for c in span {
                let end = ends[c]
                let (total, m2) = Self.country(start..<end, raters: raters, levels: level, times: times)
                let present = total .> zero
                n &+= SIMD16<UInt16>(truncatingIfNeeded: total)
                countries &+= one.replacing(with: zero, where: .!present)
                for l in range {
                    histogram[l] &+= one.replacing(with: zero, where: .!((m2 .== Lane(repeating: UInt8(l))) .& present))
                }
                start = end
            }
        } } }
        // The median of the country medians, lane by lane, from the cumulative histogram.
        let p = (countries &- one) &>> 1, q = countries &>> 1
        var seen = zero, lo = zero, hi = zero
        for l in range {
            seen &+= histogram[l]
            let level = Lane(repeating: UInt8(l))
            lo.replace(with: level, where: (seen .> p) .& (lo .== zero))
            hi.replace(with: level, where: (seen .> q) .& (hi .== zero))
        }
        let enough = n .>= SIMD16<UInt16>(repeating: UInt16(max(1, minRaters)))
        for lane in 0..<Self.lanes {
            out[lane] = enough[lane] && countries[lane] > 0 ? (Double(lo[lane]) + Double(hi[lane]) - 4) / 4 : .nan
        }
    }
}
