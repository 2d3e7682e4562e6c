import Foundation
import Testing
@testable import PriorityEngine

/// docs/how-the-engine-decides.md §2 on the worked example of file-formats.md "Workshop" (one rater per country, default settings).
@Suite struct RatingAggregationTests {
    let workshop: Workshop = Workshop.read(WorkshopReadingTests.example, file: "WS-2019-CYB.json").workshop!
    var participants: [String: Workshop.Participant] { Dictionary(uniqueKeysWithValues: workshop.participants.map { ($0.id, $0) }) }

    func aggregate(_ key: RatingKey, gap: Int = 0, _ settings: RatingAggregationSettings = RatingAggregationSettings()) -> AggregatedRating {
        settings.aggregate(key, ratings: workshop.capabilityGaps[gap].ratings, participants: participants)
    }

    @Test func groupValuesOfTheOracle() {
        #expect(aggregate(.operationalImpact).value == 4)
        #expect(aggregate(.urgency).value == 4)          // P01's (3, 4, 5) has PERT mean 4.0
        #expect(aggregate(.frequency).value == 4)
        #expect(aggregate(.baselineMaturity).value == 2)
        #expect(aggregate(.needClarity).value == 4)
        #expect(aggregate(.interoperabilityNeed).value == 4)
    }

    @Test func abstentionMakesPublicSafetyInsufficient() {
        let r = aggregate(.publicSafetyImpact)
        #expect(r.n == 2 && r.nAbstain == 1 && r.consensus == .insufficient)
    }

    @Test func notCollectedKeysCountNeither() {
        let r = aggregate(.interoperabilityNeed, gap: 1)
        #expect(r.n == 0 && r.nAbstain == 0 && r.value == nil && r.consensus == .insufficient)
    }

    @Test func dispersionAndConsensus() {
        // operationalImpact: 5, 4, 4 → IQR (type 7) = 4.5 − 4 = 0.5, all within 1 of 4 → high.
        let r = aggregate(.operationalImpact)
        #expect(r.iqr == 0.5 && r.shareWithinOne == 1 && r.consensus == .high)
    }

    @Test func statisticsAndWeightedMedian() {
        typealias S = RatingAggregationSettings
        #expect(S.median([1, 2, 3, 4]) == 2.5)
        #expect(S.statistic(.trimmedMean20, [1, 2, 3, 4, 5, 100]) == 3.5)   // ⌊1.2⌋ = 1 trimmed from each end
        #expect(S.quantile([1, 2, 3, 4, 5], 0.25) == 2 && S.quantile([1, 2, 4], 0.75) == 3)
        #expect(S.weightedStatistic(.median, [(1, 1), (2, 1), (3, 1), (4, 1)]) == 2.5)  // exactly half → mean
        #expect(S.weightedStatistic(.median, [(1, 0.5), (5, 1), (3, 1)]) == 3)
    }
}
