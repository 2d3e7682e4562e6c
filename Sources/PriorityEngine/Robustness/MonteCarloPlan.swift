import MCDA

/// Everything about a batch that does not change between Monte-Carlo runs, laid out for fast sampling.
struct MonteCarloPlan: Sendable {
    struct Participant: Sendable { var country: Int32; var roleWeight: Double }

    struct Link: Sendable {
        var ref: String
        /// Index of the solution in its workshop (draws are shared by the gaps it links).
        var solution: Int
        var coverage: Double
        var gated: Bool
        var inT: Bool, inS: Bool
        var category: AIActCategory
        var lar: Double?
        var cost: ThreePoint?
        /// TRL with the self-declared discount already applied to `min`.
        var trl: ThreePoint
        var availability: Availability
        var approach: String?
        var suppliers: Int
        var supplierIds: [String]?
        var dataProtection: Int?
        var supplierCompetition: Double
    }

    /// A class, so the inner loop takes a gap by one reference count rather than copying a dozen arrays.
    final class Gap: Sendable {
        let ref: String
        let workshop: Int
        let breadth: Int, breadthPG: Int, standardsGap: Int, target: Int
        let nature: GapNature
        let context: Workshop.ProcurementContext?
        let statedBudget: Double?
        /// Per rating key (in `RatingKey.allCases` order): raters (workshop voting index) and their cells, grouped
        /// by country (so a country's values are contiguous).
        let ratings: [[(rater: Int, cell: ThreePoint)]]
        /// The rating keys whose values are all plain numbers when the default aggregation applies (median of
        /// per-country medians, no de-biasing): the raters by country, sorted by value within each country, so
        /// a lane run only counts draws (`LaneMedians`). Other keys take `GroupValue`.
        let countryGroups: CountryGroups
        /// The keys that mix plain numbers and three-point estimates, split by country (`MixedGroups`).
        let mixed: MixedGroups
        let links: [Link]
        let linkCount: Int, allLinksGated: Bool
        let procurerStats: ProcurerStats
    
        init(ref: String, workshop: Int, breadth: Int, breadthPG: Int, standardsGap: Int, target: Int, nature: GapNature,
             context: Workshop.ProcurementContext?, statedBudget: Double?, ratings: [[(rater: Int, cell: ThreePoint)]],
             countryGroups: CountryGroups, mixed: MixedGroups, links: [Link], linkCount: Int, allLinksGated: Bool, procurerStats: ProcurerStats) {
            self.ref = ref; self.workshop = workshop; self.breadth = breadth; self.breadthPG = breadthPG
            self.standardsGap = standardsGap; self.target = target; self.nature = nature; self.context = context
            self.statedBudget = statedBudget; self.ratings = ratings; self.countryGroups = countryGroups; self.mixed = mixed; self.links = links
            self.linkCount = linkCount; self.allLinksGated = allLinksGated; self.procurerStats = procurerStats
        }
    }

    /// The plain-valued rating keys of one gap, flat: entries by key, then by country, then by value. Country c
    /// holds `entries[ends[c − 1]..<ends[c]]` (from 0 for c = 0); key k holds countries
    /// `keyEnds[k − 1]..<keyEnds[k]`; `present[k]` is false for a key on the general path.
    /// A class, so the inner loop takes it by one reference count.
    final class CountryGroups: Sendable {
        let raters: [Int], values: [Double]
        let ends: [Int], keyEnds: [Int]
        let present: [Bool]

        /// - Parameters:
        ///   - keys: per key, its countries' (rater, value) lists sorted by value, or `nil`.
        init(keys: [[[(rater: Int, value: Double)]]?]) {
            var raters: [Int] = [], values: [Double] = [], ends: [Int] = [], keyEnds: [Int] = [], present: [Bool] = []
            for groups in keys {
                present.append(groups != nil)
                for group in groups ?? [] {
                    raters += group.map(\.rater)
                    values += group.map(\.value)
                    ends.append(raters.count)
                }
                keyEnds.append(ends.count)
            }
            self.raters = raters; self.values = values; self.ends = ends; self.keyEnds = keyEnds; self.present = present
        }

        /// One key.
        convenience init(_ groups: [[(rater: Int, value: Double)]]) { self.init(keys: [groups]) }

        /// The countries of key `k`.
        func countries(_ k: Int) -> Range<Int> { (k == 0 ? 0 : keyEnds[k - 1])..<keyEnds[k] }
    }

    /// A class, so the inner loop takes it by one reference count; `replacingWeights` makes a varied copy.
    final class WorkshopPlan: Sendable {
        let voting: [Participant]
        /// Voting participant ids, for de-biasing.
        let votingIds: [String]
        let solutions: [(trl: ThreePoint, cost: ThreePoint?)]
        /// Final local weights per compiled node (children order).
        let weights: [[Double]]
        let debiasing: ZScoreDebiasing?

        init(voting: [Participant], votingIds: [String], solutions: [(trl: ThreePoint, cost: ThreePoint?)], weights: [[Double]],
             debiasing: ZScoreDebiasing?) {
            self.voting = voting; self.votingIds = votingIds; self.solutions = solutions; self.weights = weights; self.debiasing = debiasing
        }

        /// The same workshop with node `k`'s local weights replaced.
        func replacingWeights(node k: Int, with local: [Double]) -> WorkshopPlan {
            var weights = self.weights
            weights[k] = local
            return WorkshopPlan(voting: voting, votingIds: votingIds, solutions: solutions, weights: weights, debiasing: debiasing)
        }
    }

    /// The hierarchy as arrays: node k has children `children[k]`, a leaf has `leaf`.
    struct Node: Sendable {
        var id: String
        var children: [Int]
        var leaf: Leaf?
    }

    var model: ScoringModel
    /// The model's hierarchy laid flat (the same as the explained result's).
    let hierarchy: CompiledHierarchy
    var nodes: [Node]
    var workshops: [WorkshopPlan]
    var gaps: [Gap]
    /// Members of each ranking list (gap indices): every gap of every row (a recurring need's row has all its gaps).
    var lists: [[Int]]
    /// Per list, the row (entry) of each member; the gaps of one need share a row, which ranks where the best of them
    /// does (`RecurringNeeds.collapse`).
    var rowOf: [[Int]]
    /// Per list, the gap that stands for each row (the entry's gap), whose ref keys the row's uncertainty.
    var rowLeads: [[Int]]

    init(run: PriorityRun, lists rankingLists: [RankingList]) {
        model = run.model
        var nodes: [Node] = []
        func compile(_ n: HierarchyNode) -> Int {
            let k = nodes.count
            nodes.append(Node(id: n.id, children: [], leaf: n.leaf))
            let kids = n.children.map(compile)
            nodes[k].children = kids
            return k
        }
        _ = compile(run.model.hierarchy)
        self.nodes = nodes
        let context = ScoringContext(model: run.model, asOfDate: run.asOfDate, excludeSolutions: Set(run.scenario?.excludeSolutions ?? []),
                                     workshops: run.workshops)
        hierarchy = context.hierarchy
        var countryIndex: [String: Int32] = [:]
        var workshops: [WorkshopPlan] = []
        var gaps: [Gap] = []
        let results = Dictionary(uniqueKeysWithValues: run.results.map { ($0.gapRef, $0) })
        for (wi, w) in run.workshops.enumerated() {
            let voting = w.participants.filter(\.voting)
            let votingIndex = Dictionary(uniqueKeysWithValues: voting.enumerated().map { ($1.id, $0) })
            let agg = run.model.ratingAggregation
            let participants = voting.map { p -> Participant in
                if countryIndex[p.country] == nil { countryIndex[p.country] = Int32(countryIndex.count) }
                return Participant(country: countryIndex[p.country]!, roleWeight: agg.roleWeights[p.role] ?? 1)
            }
            let weights = run.weights[w.workshop.id]!
            let solutions = w.candidateSolutions.map { s -> (trl: ThreePoint, cost: ThreePoint?) in
                var trl = s.trl
                if s.trlEvidence == .self_declared { trl.min = Swift.max(1, trl.min - 1) }
                return (trl, s.costEstimateEUR)
            }
            workshops.append(WorkshopPlan(voting: participants, votingIds: voting.map(\.id), solutions: solutions,
                                          weights: nodes.map { node in node.children.map { weights.weight(node.id, nodes[$0].id) } },
                                          debiasing: agg.debias == .zscore ? ZScoreDebiasing(w) : nil))
            let evaluator = GapEvaluator(context: context, workshop: w, weights: weights)
            let solutionIndex = Dictionary(uniqueKeysWithValues: w.candidateSolutions.enumerated().map { ($1.id, $0) })
            for gap in w.capabilityGaps {
                let ref = "\(w.workshop.id)/\(gap.id)"
                guard let result = results[ref] else { continue }
                let ratings = RatingKey.allCases.map { key in
                    gap.ratings.compactMap { r -> (rater: Int, cell: ThreePoint)? in
                        guard let k = votingIndex[r.participantId], case let .value(t)? = r.cells[key] else { return nil }
                        return (k, t)
                    }.sorted { (participants[$0.rater].country, $0.rater) < (participants[$1.rater].country, $1.rater) }
                }
                let fastPath = agg.participantWeighting == .perCountryEqual && agg.statistic == .median && agg.debias == .none
                let countryGroups = CountryGroups(keys: ratings.map { raters in
                    guard fastPath, raters.allSatisfy({ $0.cell.isPoint }) else { return nil }
                    var groups: [[(rater: Int, value: Double)]] = []
                    for entry in raters {
                        if let last = groups.last?.last, participants[last.rater].country == participants[entry.rater].country {
                            groups[groups.count - 1].append((entry.rater, entry.cell.mostLikely))
                        } else {
                            groups.append([(entry.rater, entry.cell.mostLikely)])
                        }
                    }
                    return groups.map { $0.sorted { ($0.value, $0.rater) < ($1.value, $1.rater) } }
                })
                let rules = run.model.procurementRules
                let links: [Link] = evaluator.linkedSolutions(gap, statedBudget: nil).map { l in
                    let si = solutionIndex[l.solution.id]!
                    let inT = !l.gated && l.coverage >= run.model.derived.minCoverageLink
                    return Link(ref: l.ref, solution: si, coverage: l.coverage, gated: l.gated, inT: inT,
                                inS: inT && l.coverage >= rules.minCoverageRoute, category: l.effectiveCategory, lar: l.lar,
                                cost: l.solution.costEstimateEUR, trl: solutions[si].trl, availability: l.solution.availability,
                                approach: l.solution.technicalApproach, suppliers: l.solution.supplierTotal,
                                supplierIds: l.solution.supplierIds, dataProtection: l.solution.adoptionReadiness[.dataProtection],
                                supplierCompetition: l.supplierCompetition)
                }
                let lg = links.filter { $0.coverage >= rules.minCoverageRoute }
                gaps.append(Gap(ref: ref, workshop: wi, breadth: result.breadthScore,
                                breadthPG: context.breadthPG(gap, group: w.workshop.practitionerGroup),
                                standardsGap: StandardisationResult.standardsGap(gap.existingStandards), target: gap.targetMaturity,
                                nature: gap.gapNature, context: gap.procurementContext,
                                statedBudget: RoutingInputs.statedBudget(gap.procurementContext), ratings: ratings,
                                countryGroups: countryGroups,
                                mixed: MixedGroups(ratings: ratings, country: { participants[$0].country },
                                                   eligible: fastPath && participants.count <= 255),
                                links: links,
                                linkCount: lg.count, allLinksGated: lg.allSatisfy(\.gated),
                                procurerStats: ProcurerStats(gap.procurementContext, msAc: context.msAc(w.workshop.memberStateBasis))))
            }
        }
        self.workshops = workshops
        self.gaps = gaps
        let index = Dictionary(uniqueKeysWithValues: gaps.enumerated().map { ($1.ref, $0) })
        (lists, rowOf, rowLeads) = ([], [], [])
        for list in rankingLists {
            var members: [Int] = [], rows: [Int] = [], leads: [Int] = []
            for entry in list.entries {
                guard let lead = index[entry.result.gapRef] else { continue }
                for ref in entry.need?.gapRefs ?? [entry.result.gapRef] {
                    if let g = index[ref] { members.append(g); rows.append(leads.count) }
                }
                leads.append(lead)
            }
            lists.append(members); rowOf.append(rows); rowLeads.append(leads)
        }
    }

    /// Whether list `l` shows some gaps together as one row.
    func mergesRows(_ l: Int) -> Bool { rowLeads[l].count < lists[l].count }

    /// The rank of each row of list `l` (1…rows): a row ranks where its best-ranked gap ranks among the rows.
    func rowRanks(_ l: Int, priority: [Double], severity: [Double]) -> [Int] {
        let rank = ranks(lists[l], priority: priority, severity: severity)
        guard mergesRows(l) else { return rank }
        var rowRank = [Int](repeating: 0, count: rowLeads[l].count), next = 1
        for k in lists[l].indices.sorted(by: { rank[$0] < rank[$1] }) where rowRank[rowOf[l][k]] == 0 {
            rowRank[rowOf[l][k]] = next
            next += 1
        }
        return rowRank
    }

    /// The ranks of `members` in the ranking order (`PriorityRanking.ranksAbove`; P and GS already at 6 dp), as rank
    /// per member. Monte-Carlo runs sort packed keys instead (`ListOrdering`) whenever they apply.
    func ranks(_ members: [Int], priority: [Double], severity: [Double]) -> [Int] {
        let order = members.indices.sorted { a, c in
            let (x, y) = (members[a], members[c])
            return PriorityRanking.ranksAbove(score: (priority[x], priority[y]), severity: (severity[x], severity[y]),
                                              breadth: (gaps[x].breadth, gaps[y].breadth), ref: (gaps[x].ref, gaps[y].ref))
        }
        var rank = Array(repeating: 0, count: members.count)
        for (r, k) in order.enumerated() { rank[k] = r + 1 }
        return rank
    }
}
