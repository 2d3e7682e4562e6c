/// The group value of one rated criterion of one gap (how-the-engine-decides.md §2 steps 4–5), on preallocated
/// buffers: the one implementation of the statistic, called by the explained result (`RatingAggregationSettings.aggregate`,
/// each voting participant once) and by the Monte Carlo (each participant as often as the bootstrap drew it).
///
/// - `equal`: the statistic of all values.
/// - `perCountryEqual`: each country's median (the mean of the two middle values for an even count), then the
///   statistic of the country medians, so a country counts once however many people it sent.
/// - `roleWeighted`: the weighted median (first value whose cumulative weight reaches half the total; the mean
///   with the next value when it is exactly half) or weighted mean, with weights by role; `trimmedMean20` ignores
///   the weights.
///
/// The lane-parallel Monte-Carlo kernel (`LaneMedians`) computes the default case (median of country medians) for
/// 16 runs at once and is checked against this one. One instance per thread.
final class GroupValue {
    let settings: RatingAggregationSettings
    private let capacity: Int
    private let values: UnsafeMutablePointer<Double>
    private let countries: UnsafeMutablePointer<Int32>
    private let weights: UnsafeMutablePointer<Double>
    private let medians: UnsafeMutablePointer<Double>
    /// Free scratch of `capacity` doubles for callers (the per-country medians of the fast path).
    let scratch: UnsafeMutablePointer<Double>
    private(set) var count = 0

    init(settings: RatingAggregationSettings, capacity: Int) {
        self.settings = settings
        self.capacity = Swift.max(1, capacity)
        values = .allocate(capacity: self.capacity); countries = .allocate(capacity: self.capacity)
        weights = .allocate(capacity: self.capacity); medians = .allocate(capacity: self.capacity)
        scratch = .allocate(capacity: self.capacity)
    }

    deinit { values.deallocate(); countries.deallocate(); weights.deallocate(); medians.deallocate(); scratch.deallocate() }

    func reset() { count = 0 }

    /// Adds one participant value (call it once per draw of the participant).
    @inline(__always)
    func add(_ x: Double, country: Int32, roleWeight: Double) {
        precondition(count < capacity, "more values than voting draws")
        values[count] = x
        countries[count] = country
        weights[count] = roleWeight
        count += 1
    }

    /// The group value, or `nil` when fewer than `minRaters` values were added (insufficient).
    func value() -> Double? { count >= settings.minRaters ? statistic() : nil }

    /// The statistic of the values added, whatever their number; `nil` when there is none.
    func statistic() -> Double? {
        let n = count
        guard n > 0 else { return nil }
        switch settings.participantWeighting {
        case .equal:
            Self.insertionSort(values, n)
            return RatingAggregationSettings.statistic(settings.statistic, UnsafeBufferPointer(start: values, count: n))
        case .perCountryEqual:
            Self.sortByCountry(values, countries, n)
            var groups = 0, start = 0
            while start < n {
                var end = start + 1
                while end < n, countries[end] == countries[start] { end += 1 }
                let k = end - start
                Self.insertionSort(values + start, k)
                medians[groups] = k % 2 == 1 ? values[start + k / 2] : (values[start + k / 2 - 1] + values[start + k / 2]) / 2
                groups += 1
                start = end
            }
            if settings.statistic == .median, let m = Self.gridMedian(medians, groups) { return m }
            Self.insertionSort(medians, groups)
            return RatingAggregationSettings.statistic(settings.statistic, UnsafeBufferPointer(start: medians, count: groups))
        case .roleWeighted:
            if settings.statistic == .trimmedMean20 {
                Self.insertionSort(values, n)
                return RatingAggregationSettings.statistic(.trimmedMean20, UnsafeBufferPointer(start: values, count: n))
            }
            return RatingAggregationSettings.weightedStatistic(settings.statistic, (0..<n).map { (values[$0], weights[$0]) })
        }
    }

    /// The median of values that all lie on the half-point grid 1, 1.5, …, 5 (country medians of Likert ratings),
    /// by a 9-bucket count instead of a sort; `nil` when a value is off the grid. Same result as the sorted median.
    static func gridMedian(_ a: UnsafeMutablePointer<Double>, _ n: Int) -> Double? {
        var counts: (Int, Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &counts) { raw -> Double? in
            let c = raw.baseAddress!.assumingMemoryBound(to: Int.self)
            for i in 0..<n {
                let twice = a[i] * 2
                let k = Int(twice) - 2
                guard Double(k + 2) == twice, k >= 0, k <= 8 else { return nil }
                c[k] += 1
            }
            // The element at sorted position p (0-based).
            func at(_ p: Int) -> Double {
                var seen = 0
                for k in 0..<9 {
                    seen += c[k]
                    if p < seen { return Double(k + 2) / 2 }
                }
                return 5
            }
            return n % 2 == 1 ? at(n / 2) : (at(n / 2 - 1) + at(n / 2)) / 2
        }
    }

    @inline(__always)
    static func insertionSort(_ a: UnsafeMutablePointer<Double>, _ n: Int) {
        if n < 2 { return }
        if n == 2 {
            if a[1] < a[0] { let t = a[0]; a[0] = a[1]; a[1] = t }
            return
        }
        for x in 1..<n {
            let v = a[x]
            var y = x - 1
            while y >= 0, a[y] > v { a[y + 1] = a[y]; y -= 1 }
            a[y + 1] = v
        }
    }

    /// Stable insertion sort of (country, value) pairs by country (linear when they come grouped already).
    static func sortByCountry(_ v: UnsafeMutablePointer<Double>, _ c: UnsafeMutablePointer<Int32>, _ n: Int) {
        guard n > 1 else { return }
        for x in 1..<n {
            let (cv, vv) = (c[x], v[x])
            var y = x - 1
            while y >= 0, c[y] > cv { c[y + 1] = c[y]; v[y + 1] = v[y]; y -= 1 }
            c[y + 1] = cv
            v[y + 1] = vv
        }
    }
}
