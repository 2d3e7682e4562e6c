/// The explained result's recorder: every leaf with its raw value, value, weights, contribution and rating
/// evidence, grouped under the root child it belongs to.
struct ExplainedHierarchy: HierarchyTrace {
    static var records: Bool { true }
    let hierarchy: CompiledHierarchy
    let ratings: [RatingKey: AggregatedRating]
    private(set) var components: [ComponentResult] = []
    private var leaves: [LeafResult] = []

    init(hierarchy: CompiledHierarchy, ratings: [RatingKey: AggregatedRating]) {
        self.hierarchy = hierarchy
        self.ratings = ratings
    }

    mutating func leaf(node: Int, raw: Double, value: Double?, weight: Double, localWeight: Double, contribution: Double?) {
        let slot = hierarchy.slot[node]
        leaves.append(LeafResult(id: hierarchy.ids[node], raw: raw.isNaN ? nil : raw, value: value, weight: weight, localWeight: localWeight,
                                 contribution: contribution, rating: slot < RatingKey.allCases.count ? ratings[RatingKey.allCases[slot]] : nil,
                                 insufficient: value == nil))
    }

    mutating func component(node: Int, score: Double, weight: Double) {
        components.append(ComponentResult(id: hierarchy.ids[node], score: score, weight: weight, contribution: weight * score, subcriteria: leaves))
        leaves = []
    }
}
