/// How many practitioners' ratings of one gap on one key become a group value (docs/how-the-engine-decides.md §2).
public struct RatingAggregationSettings: Sendable {
    public enum Statistic: String, CaseIterable, Sendable { case median, mean, trimmedMean20 }
    public enum ParticipantWeighting: String, CaseIterable, Sendable { case equal, perCountryEqual, roleWeighted }
    public enum Debias: String, CaseIterable, Sendable { case none, zscore }

    /// Default `median` (ordinal Likert data).
    public var statistic: Statistic = .median
    /// Default `perCountryEqual`: a country's median counts once, so no delegation dominates.
    public var participantWeighting: ParticipantWeighting = .perCountryEqual
    /// Role weights for `roleWeighted` (roles not listed weigh 1).
    public var roleWeights: [ParticipantRole: Double] = [:]
    /// Default `none`; `zscore` removes lenient/strict raters (how-the-engine-decides.md §2 step 3, applied by `WorkshopRatings`).
    public var debias: Debias = .none
    /// Minimum number of non-abstaining voting raters (default 3).
    public var minRaters = 3
    /// Consensus thresholds (how-the-engine-decides.md §2 step 6).
    public var highMaxIQR = 1.0, highMinShareWithinOne = 0.70, lowMinIQR = 2.0, lowBelowShareWithinOne = 0.50

    public init() {}
}

/// Agreement among raters (how-the-engine-decides.md §2 step 6).
public enum Consensus: String, Sendable { case high, moderate, low, insufficient }

/// The group value of one rated key of one gap, with the evidence behind it.
public struct AggregatedRating: Sendable, Equatable {
    /// The group value on the 1–5 scale; `nil` when no voting participant gave a value.
    public var value: Double?
    /// Voting participants with a value (people, not countries), and with an explicit abstention.
    public var n: Int, nAbstain: Int
    /// Interquartile range (R type 7) and share of values within 1 of the plain median.
    public var iqr: Double, shareWithinOne: Double
    public var consensus: Consensus
}

extension RatingAggregationSettings {
    /// Aggregates the ratings of one key (steps 1, 2, 4, 5, 6 of how-the-engine-decides.md §2).
    ///
    /// - Parameters:
    ///   - key: the rated criterion.
    ///   - ratings: every rating row of the gap.
    ///   - participants: the workshop's participants by id (ratings of non-voting or unknown participants are
    ///     ignored).
    ///   - debiasing: step 3, when the model asks for it (see `ZScoreDebiasing`).
    public func aggregate(_ key: RatingKey, ratings: [Workshop.Rating],
                          participants: [String: Workshop.Participant],
                          debiasing: ZScoreDebiasing? = nil) -> AggregatedRating {
        var values: [(value: Double, participant: Workshop.Participant)] = []
        var abstain = 0
        for r in ratings {
            guard let p = participants[r.participantId], p.voting, let cell = r.cells[key] else { continue }
            switch cell {
            case .abstained: abstain += 1
            case let .value(t):
                let x = Self.pertMean(t)
                values.append((debiasing?.adjust(x, participant: p.id) ?? x, p))
            }
        }
        let xs = values.map(\.value).sorted()
        let n = xs.count
        let group = GroupValue(settings: self, capacity: n)
        var countries: [String: Int32] = [:]
        for (x, p) in values {
            let country = countries[p.country] ?? Int32(countries.count)
            countries[p.country] = country
            group.add(x, country: country, roleWeight: roleWeights[p.role] ?? 1)
        }
        guard let value = group.statistic() else {
            return AggregatedRating(value: nil, n: 0, nAbstain: abstain, iqr: 0, shareWithinOne: 0, consensus: .insufficient)
        }
        let iqr = Self.quantile(xs, 0.75) - Self.quantile(xs, 0.25)
        let med = Self.median(xs)
        let share = Double(xs.filter { abs($0 - med) <= 1 }.count) / Double(n)
        let consensus: Consensus
        if n < minRaters { consensus = .insufficient }
        else if iqr <= highMaxIQR && share >= highMinShareWithinOne { consensus = .high }
        else if iqr >= lowMinIQR || share < lowBelowShareWithinOne { consensus = .low }
        else { consensus = .moderate }
        return AggregatedRating(value: value, n: n, nAbstain: abstain, iqr: iqr, shareWithinOne: share, consensus: consensus)
    }

    /// PERT mean `(a + 4m + b) / 6` of a three-point value, unrounded (how-the-engine-decides.md §2).
    public static func pertMean(_ t: ThreePoint) -> Double { (t.min + 4 * t.mostLikely + t.max) / 6 }

    /// Median of sorted values; the mean of the two middle values for an even count.
    static func median(_ s: [Double]) -> Double {
        let k = s.count
        return k % 2 == 1 ? s[k / 2] : (s[k / 2 - 1] + s[k / 2]) / 2
    }

    /// The statistic of sorted values (any random-access storage: arrays, or Monte-Carlo buffers).
    static func statistic<C: RandomAccessCollection>(_ st: Statistic, _ sorted: C) -> Double where C.Element == Double, C.Index == Int {
        let k = sorted.count, s0 = sorted.startIndex
        switch st {
        case .median: return k % 2 == 1 ? sorted[s0 + k / 2] : (sorted[s0 + k / 2 - 1] + sorted[s0 + k / 2]) / 2
        case .mean: return sorted.reduce(0, +) / Double(k)
        case .trimmedMean20:
            let cut = Int((0.2 * Double(k)).rounded(.down))
            var sum = 0.0
            for i in (s0 + cut)..<(s0 + k - cut) { sum += sorted[i] }
            return sum / Double(k - 2 * cut)
        }
    }

    /// Weighted median (first value whose cumulative weight reaches half the total; the mean with the next
    /// value when it equals exactly half) or weighted mean.
    static func weightedStatistic(_ st: Statistic, _ pairs: [(Double, Double)]) -> Double {
        let s = pairs.sorted { $0.0 < $1.0 }
        let total = s.reduce(0) { $0 + $1.1 }
        if st == .mean { return s.reduce(0) { $0 + $1.0 * $1.1 } / total }
        var cumulative = 0.0
        for (k, (x, w)) in s.enumerated() {
            cumulative += w
            if cumulative == total / 2, k + 1 < s.count { return (x + s[k + 1].0) / 2 }
            if cumulative >= total / 2 { return x }
        }
        return s.last!.0
    }

    /// Quantile of sorted values, R type 7 / numpy `linear`.
    static func quantile(_ s: [Double], _ p: Double) -> Double {
        let h = Double(s.count - 1) * p
        let lo = Int(h.rounded(.down))
        return lo + 1 >= s.count ? s[lo] : s[lo] + (h - Double(lo)) * (s[lo + 1] - s[lo])
    }
}

/// Z-score de-biasing of lenient and strict raters (how-the-engine-decides.md §2 step 3):
/// x′ = clamp(μ_all + σ_all·(x − μ_p)/σ_p, 1, 5), where μ_p, σ_p are the mean and population standard deviation of
/// participant p's values over every rating key and gap of the workshop, and μ_all, σ_all the same over all voting
/// participants' values. x is unchanged when σ_p = 0.
public struct ZScoreDebiasing: Sendable {
    var byParticipant: [String: (mean: Double, sd: Double)]
    var mean: Double, sd: Double

    /// The statistics of the voting participants of `workshop` (participant values are PERT means, how-the-engine-decides.md §2).
    public init(_ workshop: Workshop) {
        let voting = Set(workshop.participants.filter(\.voting).map(\.id))
        var values: [String: [Double]] = [:]
        for gap in workshop.capabilityGaps {
            for r in gap.ratings where voting.contains(r.participantId) {
                for cell in r.cells.values {
                    if case let .value(t) = cell { values[r.participantId, default: []].append(RatingAggregationSettings.pertMean(t)) }
                }
            }
        }
        func stats(_ xs: [Double]) -> (mean: Double, sd: Double) {
            guard !xs.isEmpty else { return (0, 0) }
            let m = xs.reduce(0, +) / Double(xs.count)
            return (m, (xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count)).squareRoot())
        }
        byParticipant = values.mapValues(stats)
        (mean, sd) = stats(values.keys.sorted().flatMap { values[$0]! })
    }

    /// The de-biased value of `x` given by `participant`.
    public func adjust(_ x: Double, participant: String) -> Double {
        guard let p = byParticipant[participant], p.sd > 0 else { return x }
        return Swift.min(5, Swift.max(1, mean + sd * (x - p.mean) / p.sd))
    }
}
