import MCDA

/// The group values of how-the-engine-decides.md §2 step 4 that a Monte-Carlo run computes without `FastAggregation`: plain keys off
/// pre-sorted raters, and the drawn countries of mixed keys.
extension MonteCarloState {
    /// The default aggregation on plain values (how-the-engine-decides.md §2: median of the per-country medians, each participant
    /// counted as often as it was drawn) of key `k`: a country's median is read off its raters, sorted once by
    /// value, by cumulative draw counts, so no values are copied or sorted per run. `nil` below `minRaters` draws.
    static func countryMedian(_ groups: MonteCarloPlan.CountryGroups, key k: Int = 0, times: UnsafeBufferPointer<Int>, minRaters: Int,
                              scratch: UnsafeMutablePointer<Double>) -> Double? {
        groups.raters.withUnsafeBufferPointer { raters in
        groups.values.withUnsafeBufferPointer { values in
        groups.ends.withUnsafeBufferPointer { ends in
            countryMedian(raters: raters.baseAddress!, values: values.baseAddress!, ends: ends.baseAddress!,
                          countries: groups.countries(k), times: times.baseAddress!, minRaters: minRaters, scratch: scratch)
        } } }
    }

    /// The same on the flat arrays of `CountryGroups`.
    @inline(__always)
    static func countryMedian(raters: UnsafePointer<Int>, values: UnsafePointer<Double>, ends: UnsafePointer<Int>,
                              countries: Range<Int>, times: UnsafePointer<Int>, minRaters: Int,
                              scratch: UnsafeMutablePointer<Double>) -> Double? {
        var n = 0, count = 0
        var start = countries.lowerBound == 0 ? 0 : ends[countries.lowerBound - 1]
        for c in countries {
            let end = ends[c]
            if end - start == 1 {
                // One rater: the country's median is its value whenever it was drawn.
                let total = times[raters[start]]
                if total > 0 { n &+= total; scratch[count] = values[start]; count &+= 1 }
                start = end
                continue
            }
            var total = 0
            for e in start..<end { total &+= times[raters[e]] }
            if total > 0 {
                n &+= total
                // The values at sorted positions p and q (p ≤ q) of the drawn multiset.
                let p = (total &- 1) / 2, q = total / 2
                var seen = 0, e = start
                while true { seen &+= times[raters[e]]; if p < seen { break }; e &+= 1 }
                let low = values[e]
                while q >= seen { e &+= 1; seen &+= times[raters[e]] }
                scratch[count] = p == q ? low : (low + values[e]) / 2
                count &+= 1
            }
            start = end
        }
        return medianOfCountries(scratch, count: count, draws: n, minRaters: minRaters)
    }

    /// A mixed key of gap `g` (`MixedGroups`) for lane `lane`: its plain countries' medians come from the lane
    /// buffers, as counts per doubled median m₂; each drawn country draws its voters' three-point cells (in rater
    /// order, only voters drawn by the bootstrap, as the general path does), and its median is read off the few
    /// values sorted with their draw counts. Then the median of the country medians (`mergedMedian`). Same numbers
    /// as `FastAggregation`.
    func mixedMedian(_ g: Int, key k: Int, lane: Int, times: UnsafePointer<Int>, rng: inout PairedNormalSampler?) -> Double? {
        let mixed = plan.gaps[g].mixed
        let medians = aggregation.scratch, x = scratch.drawnValues, t = scratch.drawnTimes
        let buckets = scratch.m2Counts
        buckets.update(repeating: 0, count: LaneMedians.m2Buckets)
        var n = 0, count = 0, plain = 0
        let offset = laneMedians.mixedOffset[g]
        for c in mixed.plainCountries(k) {
            let m2 = Int(scratch.mixedM2[offset + c][lane])
            guard m2 > 0 else { continue }
            buckets[m2] += 1
            plain += 1
            n += Int(scratch.mixedTotals[offset + c][lane])
        }
        mixed.drawnRaters.withUnsafeBufferPointer { raters in
        mixed.drawnCells.withUnsafeBufferPointer { cells in
        mixed.drawnEnds.withUnsafeBufferPointer { ends in
            let span = mixed.drawnCountries(k)
            var start = span.lowerBound == 0 ? 0 : ends[span.lowerBound - 1]
            for c in span {
                let end = ends[c]
                var m = 0, total = 0
                for e in start..<end {
                    let draws = times[raters[e]]
                    if draws == 0 { continue }
                    let value = Self.value(of: cells[e], rng: &rng)
                    var j = m
                    while j > 0 && x[j - 1] > value { x[j] = x[j - 1]; t[j] = t[j - 1]; j -= 1 }
                    x[j] = value; t[j] = draws
                    m += 1; total += draws
                }
                start = end
                guard total > 0 else { continue }
                n += total
                let p = (total - 1) / 2, q = total / 2
                var seen = 0, i = 0
                while true { seen += t[i]; if p < seen { break }; i += 1 }
                let low = x[i]
                while q >= seen { i += 1; seen += t[i] }
                medians[count] = p == q ? low : (low + x[i]) / 2
                count += 1
            }
        } } }
        guard n >= aggregation.settings.minRaters, n > 0 else { return nil }
        return Self.mergedMedian(plain: buckets, plainCount: plain, drawn: medians, drawnCount: count)
    }

    /// The median of country medians given as counts per doubled median m₂ (value (m₂ − 2)/2, m₂ = 1…20) and a few
    /// other values: the drawn ones are sorted (insertion), then the positions ⌊(N − 1)/2⌋ and ⌊N/2⌋ of the merged
    /// order are read off in one walk over the buckets and the sorted values together. The same values at the same
    /// positions as a sort of all N, and the same arithmetic as `RatingAggregationSettings.median`, so the same bits.
    static func mergedMedian(plain buckets: UnsafePointer<Int>, plainCount: Int, drawn: UnsafeMutablePointer<Double>,
                             drawnCount: Int) -> Double {
        FastAggregation.insertionSort(drawn, drawnCount)
        let total = plainCount + drawnCount
        // One walk in increasing order over the buckets and the sorted drawn values, up to position ⌊N/2⌋.
        let p = (total - 1) / 2, q = total / 2
        var seen = 0, d = 0, low = 0.0
        for m2 in 1..<LaneMedians.m2Buckets {
            let value = Double(m2 - 2) / 2
            while d < drawnCount, drawn[d] < value {
                if seen == p { low = drawn[d] }
                if seen == q { return p == q ? low : (low + drawn[d]) / 2 }
                seen += 1; d += 1
            }
            let count = buckets[m2]
            if count > 0 {
                if p >= seen, p < seen + count { low = value }
                if q < seen + count { return p == q ? low : (low + value) / 2 }
                seen += count
            }
        }
        while true {
            if seen == p { low = drawn[d] }
            if seen == q { return p == q ? low : (low + drawn[d]) / 2 }
            seen += 1; d += 1
        }
    }

    /// The median of `count` country medians, or `nil` below `minRaters` draws in all (how-the-engine-decides.md §2 steps 4–5).
    static func medianOfCountries(_ medians: UnsafeMutablePointer<Double>, count: Int, draws n: Int, minRaters: Int) -> Double? {
        guard n >= minRaters, n > 0 else { return nil }
        if let m = FastAggregation.gridMedian(medians, count) { return m }
        FastAggregation.insertionSort(medians, count)
        return RatingAggregationSettings.statistic(.median, UnsafeBufferPointer(start: medians, count: count))
    }

    /// A cell's value in a run: a plain number as it is, a three-point estimate drawn from its PERT-Beta, or its
    /// PERT mean in the deterministic run (no stream).
    @inline(__always)
    static func value(of cell: ThreePoint, rng: inout PairedNormalSampler?) -> Double {
        if cell.min == cell.max { return cell.mostLikely }
        if rng != nil { return rng!.pert(min: cell.min, mode: cell.mostLikely, max: cell.max) }
        return RatingAggregationSettings.pertMean(cell)
    }
}
