import MCDA

/// The rating keys of one gap whose cells mix plain numbers and three-point estimates, under the default
/// aggregation (median of per-country medians, no de-biasing), split by country: a country whose cells are all plain
/// numbers ("plain country") is aggregated lane-parallel like a plain key (`LaneMedians.plainCountries`); a country
/// with a three-point cell ("drawn country") is drawn and aggregated per run, in rater order, so each run's random
/// stream is consumed exactly as by the general path. A key qualifies when its plain values are whole numbers
/// 0…9 in a workshop of at most 255 voters; `present[k]` says whether key k is held here.
final class MixedGroups: Sendable {
    /// Plain countries of the held keys: raters sorted by value and their levels (value + 1); country c holds
    /// entries `plainEnds[c − 1]..<plainEnds[c]`; key k holds countries `plainKeyEnds[k − 1]..<plainKeyEnds[k]`.
    let plainRaters: [Int], plainLevels: [UInt8], plainEnds: [Int], plainKeyEnds: [Int]
    /// Drawn countries, the same way, entries in rater order.
    let drawnRaters: [Int], drawnCells: [ThreePoint], drawnEnds: [Int], drawnKeyEnds: [Int]
    let present: [Bool]

    /// - Parameters:
    ///   - ratings: per key, the (voter, cell) entries sorted by (country, voter).
    ///   - country: the country number of a voter.
    ///   - eligible: the default aggregation applies and the workshop has at most 255 voters.
    init(ratings: [[(rater: Int, cell: ThreePoint)]], country: (Int) -> Int32, eligible: Bool) {
        var plainRaters: [Int] = [], plainLevels: [UInt8] = [], plainEnds: [Int] = [], plainKeyEnds: [Int] = []
        var drawnRaters: [Int] = [], drawnCells: [ThreePoint] = [], drawnEnds: [Int] = [], drawnKeyEnds: [Int] = []
        var present: [Bool] = []
        for entries in ratings {
            let mixed = entries.contains { !$0.cell.isPoint }
            let wholeValues = entries.allSatisfy { e in
                !e.cell.isPoint || (e.cell.mostLikely == e.cell.mostLikely.rounded() && e.cell.mostLikely >= 0 && e.cell.mostLikely <= 9)
            }
            let held = eligible && mixed && wholeValues
            present.append(held)
            if held {
                var start = 0
                while start < entries.count {
                    var end = start + 1
                    while end < entries.count, country(entries[end].rater) == country(entries[start].rater) { end += 1 }
                    let group = entries[start..<end]
                    if group.contains(where: { !$0.cell.isPoint }) {
                        drawnRaters += group.map(\.rater)
                        drawnCells += group.map(\.cell)
                        drawnEnds.append(drawnRaters.count)
                    } else {
                        let sorted = group.sorted { ($0.cell.mostLikely, $0.rater) < ($1.cell.mostLikely, $1.rater) }
                        plainRaters += sorted.map(\.rater)
                        plainLevels += sorted.map { UInt8($0.cell.mostLikely + 1) }
                        plainEnds.append(plainRaters.count)
                    }
                    start = end
                }
            }
            plainKeyEnds.append(plainEnds.count)
            drawnKeyEnds.append(drawnEnds.count)
        }
        self.plainRaters = plainRaters; self.plainLevels = plainLevels; self.plainEnds = plainEnds; self.plainKeyEnds = plainKeyEnds
        self.drawnRaters = drawnRaters; self.drawnCells = drawnCells; self.drawnEnds = drawnEnds; self.drawnKeyEnds = drawnKeyEnds
        self.present = present
    }

    /// The plain countries of key `k`, and the drawn ones.
    func plainCountries(_ k: Int) -> Range<Int> { (k == 0 ? 0 : plainKeyEnds[k - 1])..<plainKeyEnds[k] }
    func drawnCountries(_ k: Int) -> Range<Int> { (k == 0 ? 0 : drawnKeyEnds[k - 1])..<drawnKeyEnds[k] }
}

/// The group value of a mixed key in a lane run (how-the-engine-decides.md §2 steps 4–5, default aggregation).
extension MonteCarloWorker {
    /// A mixed key of gap `g` (`MixedGroups`) for lane `lane`: its plain countries' medians come from the lane
    /// buffers, as counts per doubled median m₂; each drawn country draws its voters' three-point cells (in rater
    /// order, only voters drawn by the bootstrap, as the general path does), and its median is read off the few
    /// values sorted with their draw counts. Then the median of the country medians (`mergedMedian`). Same numbers
    /// as `GroupValue`. Static, with what it reads passed in, so that a call does not copy the worker.
    ///
    /// - Parameters:
    ///   - offset: where the gap's plain countries start in the lane buffers (`LaneMedians.mixedOffset`).
    ///   - medians: room for one value per country.
    static func mixedMedian(_ mixed: MixedGroups, key k: Int, lane: Int, offset: Int, times: UnsafePointer<Int>, scratch: Scratch,
                            medians: UnsafeMutablePointer<Double>, minRaters: Int, rng: inout PairedNormalSampler?) -> Double? {
        let x = scratch.drawnValues, t = scratch.drawnTimes
        let buckets = scratch.m2Counts
        buckets.update(repeating: 0, count: LaneMedians.m2Buckets)
        var n = 0, count = 0, plain = 0
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
        guard n >= minRaters, n > 0 else { return nil }
        return Self.mergedMedian(plain: buckets, plainCount: plain, drawn: medians, drawnCount: count)
    }

    /// The median of country medians given as counts per doubled median m₂ (value (m₂ − 2)/2, m₂ = 1…20) and a few
    /// other values: the drawn ones are sorted (insertion), then the positions ⌊(N − 1)/2⌋ and ⌊N/2⌋ of the merged
    /// order are read off in one walk over the buckets and the sorted values together. The same values at the same
    /// positions as a sort of all N, and the same arithmetic as `RatingAggregationSettings.median`, so the same bits.
    static func mergedMedian(plain buckets: UnsafePointer<Int>, plainCount: Int, drawn: UnsafeMutablePointer<Double>,
                             drawnCount: Int) -> Double {
        GroupValue.insertionSort(drawn, drawnCount)
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
}
