import Foundation
import MCDA
import PriorityEngine
import Reports
import JSONFormat

/// The seeded generator of the synthetic i-LEAD dataset (datasets/ilead-synthetic/GENERATOR.md): 25 workshops (five groups × five years),
/// the technology-watch catalogue, adviser scenarios, the planted cases and their golden outputs.
///
/// Determinism (GENERATOR.md): one `Xoshiro256` stream from `seed`, collections visited in id order, keys sorted, integers
/// wherever file-formats.md asks for them. The same seed and `version` give byte-identical files on every platform.
public struct DatasetGenerator {
    public static let version = "1.0.0"
    public static let defaultSeed: UInt64 = 20170901

    public let seed: UInt64
    var rng: Xoshiro256
    /// Country capability index κ_c ~ N(3.0, 0.7), fixed for the dataset.
    var kappa: [String: Double] = [:]
    /// Repeat attendees per PG: (pseudonymous person id, country).
    var people: [PractitionerGroup: [(String, String)]] = [:]
    var personCount = 0
    /// Catalogue of technologies: id → item.
    var catalogue: [String: CatalogueItem] = [:]

    struct CatalogueItem {
        var id: String, name: String, source: SourceType, trlByYear: [Int: (Int, Int, Int)], availabilityCommercial: Bool
        var approach: String, suppliers: Int, cost: (Int, Int, Int, CostBasis)?, ai: AIActCategory, dims: [Int]
    }

    public init(seed: UInt64 = defaultSeed) {
        self.seed = seed
        rng = Xoshiro256(seed: seed)
        for c in GapSeeds.countries { kappa[c] = rng.normal(mean: 3.0, sd: 0.7) }
    }

    /// Every file of the dataset, keyed by path relative to the dataset folder.
    public mutating func generate() -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        var workshops: [String: JSONValue] = [:]
        for slot in WorkshopCalendar.slots { workshops[slot.id] = workshop(slot) }
        for id in workshops.keys.sorted() { files.append(("workshops/\(id).json", Self.text(workshops[id]!))) }
        let catalogue = Self.text(technologyWatch(workshops: workshops))
        files.append(("technology-watch.json", catalogue))
        for (name, scenario) in Scenarios.all { files.append(("scenarios/\(name).json", Self.text(scenario))) }
        for c in WorkedExamples.cases {
            files.append(("planted/\(c.id).json", Self.text(WorkedExamples.workshop(c))))
            files.append(("expected/\(c.id).ranking.json", Self.expected(c)))
        }
        for asOf in Self.watchGoldenDates {
            files.append(("expected/watch-\(asOf).csv", Self.watchGolden(workshops: files.filter { $0.0.hasPrefix("workshops/") }, catalogue: catalogue, asOf: asOf)))
        }
        files.append(("GENERATOR.md", generatorNotes()))
        return files
    }

    static func text(_ v: JSONValue) -> String { v.sortedKeys().serialized() + "\n" }

    /// The as-of dates of the golden watch reports: before TW-9001's 2022 assessment (no planted move) and after it.
    static let watchGoldenDates = ["2020-06-30", "2023-06-30"]

    /// `ilead watch` on the generated workshops and catalogue as of `asOf`, as CSV (a row per gap: route then and
    /// now, the cause, the assessments), the golden output of the technology watch.
    static func watchGolden(workshops: [(String, String)], catalogue: String, asOf: String) -> String {
        let sources = workshops.map { WorkshopSource(path: $0.0, data: Data($0.1.utf8)) }
        guard let report = try? WatchReport.build(RunRequest(workshops: sources, asOfDate: asOf, uncertainty: false,
                                                             watch: InputFile(path: "technology-watch.json", data: Data(catalogue.utf8)))) else { return "" }
        return report.csv
    }

    /// The golden ranking of a planted case: run alone with the default model at the case's asOfDate; the
    /// timestamp is fixed so that the file is reproducible.
    static func expected(_ c: WorkedExamples.Case) -> String {
        let data = Data(WorkedExamples.workshop(c).serialized().utf8)
        guard let run = try? PriorityRun.execute(sources: [WorkshopSource(path: "planted/\(c.id).json", data: data)], model: .default, asOfDate: c.asOfDate),
              let list = try? run.lists().last else { return "{}\n" }
        let manifest = RunManifest(generatedAt: "1970-01-01T00:00:00Z", modelId: "ilead-default", modelVersion: ScoringModel.default.version,
                                   scenarioId: nil, seed: defaultSeed, asOfDate: c.asOfDate, defaults: [],
                                   inputs: [("planted/\(c.id).json", "")])
        return RankingDocument.json(list, run: run, manifest: manifest).serialized() + "\n"
    }

    // MARK: - Workshops

    mutating func workshop(_ slot: WorkshopCalendar.Slot) -> JSONValue {
        let basis: MemberStateBasis = slot.year < 2020 ? .EU28 : .EU27
        let participants = makeParticipants(slot)
        let voting = participants.filter(\.voting)
        var gaps: [JSONValue] = []
        var solutions: [JSONValue] = []
        var gapIds: [String] = []
        var planted = Planted.gaps(for: slot)
        let total = rng.int(in: 6...10)
        var seeds = GapSeeds.byTopic[slot.topic] ?? ["Capability gap"]
        var k = 0
        while gaps.count < total || !planted.isEmpty {
            let id = String(format: "G%02d", gaps.count + 1)
            if !planted.isEmpty {
                let p = planted.removeFirst()
                let firstSolution = solutions.count + 1
                gaps.append(Planted.gapJSON(p, id: id, voting: voting))
                solutions += p.solutions.enumerated().map { j, s in Planted.solutionJSON(s, id: String(format: "S%02d", firstSolution + j), gapId: id) }
                gapIds.append(id)
                continue
            }
            let title: String
            if k < seeds.count { title = seeds[k] } else {
                let seed = seeds[k % seeds.count]
                let aspects = GapSeeds.aspects.filter { aspect in !aspect.split(separator: " ").contains { $0.count > 4 && seed.lowercased().contains($0.prefix(5)) } }
                title = "\(seed) \(aspects[(k / seeds.count - 1) % aspects.count])"
            }
            k += 1
            let (gap, linked) = makeGap(id: id, title: title, slot: slot, basis: basis, participants: participants, firstSolution: solutions.count + 1)
            gaps.append(gap)
            solutions += linked
            gapIds.append(id)
        }
        seeds.removeAll()
        Planted.adjust(slot, gaps: &gaps, solutions: &solutions, participants: participants)
        let competencies = (1...rng.int(in: 5...8)).map { c in
            JSONValue.obj(["id": .str(String(format: "C%02d", c)), "title": .str("\(slot.topic): competency \(c)"),
                           "maturityRatings": .array(voting.map { p in
                               .obj(["participantId": .str(p.id), "value": rng.uniform() < 0.05 ? .null : .int(clamp(kappa[p.country]! + rng.normal(sd: 0.6)))])
                           })])
        }
        let areas = (1...rng.int(in: 2...4)).map { a -> JSONValue in
            let members = gapIds.filter { _ in rng.uniform() < 0.35 }
            return .obj(["id": .str("PA\(a)"), "title": .str("Priority area \(a) of \(slot.topic)"),
                         "gapIds": .strs(members.isEmpty ? [gapIds[a % gapIds.count]] : members), "declaredRank": .int(a)])
        }
        let comparisons = makeComparisons(slot, voting: voting)
        var info: [(String, JSONValue)] = [("id", .str(slot.id)), ("practitionerGroup", .str(slot.group.rawValue)), ("topic", .str(slot.topic)),
                                           ("year", .int(slot.year)), ("startDate", .str(slot.startDate)), ("endDate", .str(nextDay(slot.startDate))),
                                           ("memberStateBasis", .str(basis.rawValue))]
        info.append(("location", .obj(["city": slot.city.map(JSONValue.string), "country": slot.country.map(JSONValue.string), "mode": .str(slot.mode.rawValue)])))
        return .obj([
            "schemaVersion": .str("1.0"), "kind": .str("workshop"),
            "workshop": .object(info),
            "participants": .array(participants.map(\.json)),
            "competencies": .array(competencies),
            "capabilityGaps": .array(gaps),
            "candidateSolutions": .array(solutions),
            "priorityAreas": .array(areas),
            "criteriaComparisons": .array(comparisons),
            "sourceDocument": .str("Synthetic i-LEAD dataset, generator \(Self.version), seed \(seed); not real i-LEAD data"),
        ])
    }

    struct Participant {
        var id: String, country: String, role: ParticipantRole, org: OrganisationType, voting: Bool, person: String
        var bias: Double, threePoint: Bool
        var json: JSONValue {
            .obj(["id": .str(id), "country": .str(country), "role": .str(role.rawValue), "organisationType": .str(org.rawValue),
                  "voting": .bool(voting), "pseudonymousPersonId": .str(person)])
        }
    }

    func clamp(_ x: Double) -> Int { Int(min(5, max(1, x.rounded()))) }

    func nextDay(_ date: String) -> String {
        let parts = date.split(separator: "-").map { Int($0)! }
        return String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2] + 1)
    }

    mutating func makeParticipants(_ slot: WorkshopCalendar.Slot) -> [Participant] {
        let n = rng.int(in: 14...28)
        let observers = rng.int(in: 1...3)
        var k = max(rng.int(in: 8...16), (n + 3) / 4)
        k = min(k, GapSeeds.countries.count)
        var pool = GapSeeds.countries
        var chosen: [String] = []
        while chosen.count < k {
            let i = rng.categorical(pool.map { GapSeeds.consortium.contains($0) ? 3 : 1 })
            chosen.append(pool.remove(at: i))
        }
        var countries = chosen
        while countries.count < n {
            let open = chosen.filter { c in countries.filter { $0 == c }.count < 4 }
            countries.append(open[rng.categorical(open.map { GapSeeds.consortium.contains($0) ? 3 : 1 })])
        }
        let votingRoles: [ParticipantRole] = [.operational_officer, .investigator, .intelligence_analyst, .forensic_scientist, .digital_forensic_examiner,
                                              .technical_specialist, .manager_commander, .procurement_officer, .trainer, .legal_advisor]
        let orgs: [OrganisationType] = [.national_police, .regional_police, .gendarmerie, .customs, .border_guard, .forensic_institute, .ministry, .eu_agency]
        return countries.enumerated().map { i, country in
            let voting = i < n - observers
            var person: String
            let earlier = (people[slot.group] ?? []).filter { $0.1 == country }
            if rng.uniform() < 0.3, !earlier.isEmpty { person = earlier[rng.int(in: 0...(earlier.count - 1))].0 }
            else {
                personCount += 1
                person = String(format: "PP-%04d", personCount)
                people[slot.group, default: []].append((person, country))
            }
            return Participant(id: String(format: "P%02d", i + 1), country: country,
                               role: voting ? votingRoles[rng.int(in: 0...(votingRoles.count - 1))] : (rng.uniform() < 0.5 ? .researcher_observer : .industry_observer),
                               org: voting ? orgs[rng.int(in: 0...(orgs.count - 1))] : (rng.uniform() < 0.5 ? .research : .industry),
                               voting: voting, person: person, bias: rng.normal(sd: 0.35), threePoint: rng.uniform() < 0.2)
        }
    }

    mutating func makeGap(id: String, title: String, slot: WorkshopCalendar.Slot, basis: MemberStateBasis,
                          participants: [Participant], firstSolution: Int) -> (JSONValue, [JSONValue]) {
        let natures: [GapNature] = [.novel_capability, .integration_customisation, .process_training, .legal_policy]
        let nature = natures[rng.categorical([45, 25, 20, 10])]
        let members = MemberStates.members(of: basis).sorted()
        let breadthClass = rng.categorical([15, 25, 40, 20])
        let breadth = [rng.int(in: 1...1), rng.int(in: 2...3), rng.int(in: 4...9), rng.int(in: 10...20)][breadthClass]
        var affected: [String] = []
        var pool = members
        while affected.count < breadth, !pool.isEmpty { affected.append(pool.remove(at: rng.int(in: 0...(pool.count - 1)))) }
        affected.sort()
        var tags: [String] = []
        if rng.uniform() < 0.25 {
            let options = GapSeeds.tags.filter { $0.1.contains(slot.group) }
            if !options.isEmpty { tags = [options[rng.int(in: 0...(options.count - 1))].0] }
        }
        // Latent values per criterion (GENERATOR.md).
        var latent: [RatingKey: Double] = [:]
        for key in RatingKey.allCases { latent[key] = 1 + 4 * rng.beta(2.2, 1.8) }
        let interop: [PractitionerGroup: Double] = [.CBC: 4.0, .CYB: 3.5, .CNI: 3.5, .FOR: 3.5, .FLP: 3.0]
        let evidential: [PractitionerGroup: Double] = [.FOR: 4.5, .CYB: 4.0, .CBC: 3.5, .CNI: 2.5, .FLP: 2.5]
        latent[.interoperabilityNeed] = interop[slot.group]! + rng.normal(sd: 0.5)
        latent[.evidentialNeed] = evidential[slot.group]! + rng.normal(sd: 0.5)
        latent[.needClarity] = rng.uniform() < 0.1 ? 1.8 : 3.6
        let difficulty = rng.normal(mean: -0.5, sd: 0.5)
        var ratings: [JSONValue] = []
        for p in participants {
            guard p.voting else { continue }
            var pairs: [(String, JSONValue)] = [("participantId", .str(p.id))]
            for key in RatingKey.allCases {
                let u = rng.uniform()
                if u < 0.07 { continue }
                if u < 0.10 { pairs.append((key.rawValue, .null)); continue }
                var x: Int
                if key == .baselineMaturity { x = clamp(kappa[p.country]! + difficulty + rng.normal(sd: 0.5)) }
                else { x = clamp(latent[key]! + p.bias + rng.normal(sd: 0.6)) }
                if key == .frequency, !affected.contains(p.country) { x = max(1, x - 1) }
                if p.threePoint, key == .urgency || key == .frequency {
                    let lo = max(1, x - rng.int(in: 0...1)), hi = min(5, x + rng.int(in: 0...2))
                    pairs.append((key.rawValue, .threePoint(lo, x, hi)))
                } else {
                    pairs.append((key.rawValue, .int(x)))
                }
            }
            ratings.append(.object(pairs))
        }
        var gap: [(String, JSONValue)] = [
            ("id", .str(id)), ("title", .str(title)),
            ("description", .str("\(title): raised by the \(slot.group.rawValue) practitioner group at its \(slot.year) workshop on \(slot.topic).")),
            ("competencyIds", .strs(["C01"])), ("gapNature", .str(nature.rawValue)), ("affectedMemberStates", .strs(affected)),
            ("crossCuttingTags", .strs(tags)), ("targetMaturity", .int(rng.uniform() < 0.7 ? 4 : 5)), ("ratings", .array(ratings)),
            ("innovationOpportunities", .array((1...rng.int(in: 1...2)).map { .obj(["id": .str("IO\($0)"), "text": .str("Opportunity \($0) for \(title.lowercased())")]) })),
        ]
        if rng.uniform() < 0.7 {
            let count = rng.int(in: 0...2)
            gap.append(("existingStandards", .array((0..<count).map { _ in
                let s = GapSeeds.standards[rng.int(in: 0...(GapSeeds.standards.count - 1))]
                let coverage = [StandardCoverage.none, .partial, .complete][rng.categorical([50, 35, 15])]
                return .obj(["ref": .str(s.ref), "body": .str(s.body.rawValue), "coverage": .str(coverage.rawValue),
                             "adopted": .bool(coverage == .complete && rng.uniform() >= 0.3)])
            })))
        }
        var solutions: [JSONValue] = []
        if nature == .novel_capability || nature == .integration_customisation {
            let horizons: [Horizon] = [.near, .mid, .long]
            let intents: [DeploymentIntent] = [.none, .possible, .committed]
            let scales: [ExpectedScale] = [.pilot, .single_agency, .national, .multi_national]
            let voters = participants.filter(\.voting)
            var seen = Set<String>()
            let procurers: [JSONValue] = (0..<rng.poisson(1.5)).compactMap { _ in
                let p = voters[rng.int(in: 0...(voters.count - 1))]
                let org = "LEA-\(p.country)-\(rng.int(in: 1...3))"
                guard seen.insert(org).inserted else { return nil }
                let commitment = [Commitment.interest, .letter_of_intent, .budget_committed][rng.categorical([60, 30, 10])]
                let budget = commitment == .budget_committed ? Int((Foundation.exp(rng.normal(mean: Foundation.log(2_000_000), sd: 0.6)) / 10_000).rounded()) * 10_000 : nil
                return .obj(["orgRef": .str(org), "country": .str(p.country), "commitment": .str(commitment.rawValue), "budgetEUR": budget.map(JSONValue.int)])
            }
            let estimate: JSONValue? = rng.uniform() < 0.3 ? { () -> JSONValue in
                let ml = Int((Foundation.exp(rng.normal(mean: Foundation.log(4_000_000), sd: 0.5)) / 100_000).rounded()) * 100_000
                return .threePoint(ml / 2, ml, ml * 2)
            }() : nil
            gap.append(("procurementContext", .obj([
                "horizon": .str(horizons[rng.categorical([35, 45, 20])].rawValue),
                "deploymentIntent": .str(intents[rng.categorical([40, 40, 20])].rawValue),
                "expectedScale": .str(scales[rng.categorical([10, 20, 40, 30])].rawValue),
                "interestedProcurers": .array(procurers),
                "budgetEstimateEUR": estimate,
            ])))
            let count = [0, 1, 2, 3, rng.int(in: 4...5)][rng.categorical([15, 30, 30, 15, 10])]
            for j in 0..<count {
                solutions.append(makeSolution(id: String(format: "S%02d", firstSolution + j), gapId: id, slot: slot))
            }
        }
        return (.object(gap), solutions)
    }

    mutating func makeSolution(id: String, gapId: String, slot: WorkshopCalendar.Slot) -> JSONValue {
        let earlier = catalogue.keys.sorted().filter { catalogue[$0]!.trlByYear.keys.min()! < slot.year }
        let item: CatalogueItem
        if rng.uniform() < 0.2, !earlier.isEmpty { item = catalogue[earlier[rng.int(in: 0...(earlier.count - 1))]]! }
        else { item = newCatalogueItem(slot) }
        let trl = item.trlByYear[slot.year] ?? item.trlByYear[item.trlByYear.keys.max()!]!
        let availability = Self.availability(trl: trl, commercial: item.availabilityCommercial)
        var dims = item.dims
        if GapSeeds.sensitiveTopics.contains(slot.topic) { for k in 0..<3 { dims[k] = max(1, dims[k] - 1) } }
        let eu = Int((Double(item.suppliers) * (0.6 + 0.2 * rng.uniform())).rounded())
        let evidence: [TRLEvidence] = [.self_declared, .project_deliverable, .tech_watch_assessment, .independent_test, .lea_field_trial]
        return .obj([
            "id": .str(id), "catalogId": .str(item.id), "name": .str(item.name),
            "linkedGaps": .array([.obj(["gapId": .str(gapId), "coveragePct": .int(Int((100 * rng.beta(5, 3)).rounded()))])]),
            "source": .obj(["type": .str(item.source.rawValue)]),
            "technicalApproach": .str(item.approach),
            "availability": .str(availability.rawValue),
            "trl": .threePoint(trl.0, trl.1, trl.2),
            "trlEvidence": .str(evidence[rng.categorical([30, 25, 25, 10, 10])].rawValue),
            "adoptionReadiness": .object(zip(AdoptionDimension.allCases, dims).map { ($0.rawValue, .int($1)) } + [("aiActCategory", .str(item.ai.rawValue))]),
            "costEstimateEUR": item.cost.map { .threePoint($0.0, $0.1, $0.2) },
            "costBasis": item.cost.map { .str($0.3.rawValue) },
            "supplierCount": .obj(["total": .int(item.suppliers), "euBased": .int(eu)]),
        ])
    }

    mutating func newCatalogueItem(_ slot: WorkshopCalendar.Slot) -> CatalogueItem {
        let sources: [SourceType] = [.market, .h2020, .fp7, .isf_police, .isec, .academic, .lea_inhouse, .open_source]
        let source = sources[rng.categorical([45, 25, 10, 5, 5, 5, 2.5, 2.5])]
        let ml: Int
        switch source {
        case .market: ml = [9, 8, 7][rng.categorical([55, 30, 15])]
        case .h2020, .horizon_europe: ml = Int(rng.triangular(4, 6, 8).rounded())
        case .fp7: ml = Int(rng.triangular(3, 5, 7).rounded())
        case .isf_police, .isec, .national_programme: ml = Int(rng.triangular(6, 7, 9).rounded())
        case .academic: ml = Int(rng.triangular(2, 3, 5).rounded())
        case .lea_inhouse, .open_source: ml = Int(rng.triangular(5, 7, 9).rounded())
        }
        let market = source == .market
        var history: [Int: (Int, Int, Int)] = [:]
        var current = ml
        let frozen = source == .fp7 && rng.uniform() < 0.5
        for year in slot.year...2022 {
            if year > slot.year, !market, !frozen, (year - slot.year) % 2 == 0, rng.uniform() < 0.4 { current = min(9, current + 1) }
            let lo = market ? max(1, current - rng.int(in: 0...1)) : max(1, current - rng.int(in: 0...2))
            let hi = market ? min(9, current + rng.int(in: 0...1)) : min(9, current + rng.int(in: 0...1))
            history[year] = (lo, current, hi)
        }
        let suppliers: Int
        if market { suppliers = 1 + rng.poisson(rng.gamma(shape: 2) * 1.5) } else { suppliers = rng.int(in: 0...1) }
        var cost: (Int, Int, Int, CostBasis)?
        if rng.uniform() < 0.8 {
            let development = !market && rng.uniform() < 0.6
            let mlCost = development ? Foundation.exp(rng.normal(mean: Foundation.log(3_000_000), sd: 0.7)) : Foundation.exp(rng.normal(mean: Foundation.log(50_000), sd: 1.0))
            let round = development ? 10_000.0 : 1_000.0
            let m = max(round, (mlCost / round).rounded() * round)
            cost = (Int((m * (0.5 + 0.3 * rng.uniform()) / round).rounded() * round), Int(m), Int((m * (1.3 + 0.7 * rng.uniform()) / round).rounded() * round),
                    development ? .development_total : (rng.uniform() < 0.5 ? .per_unit : .per_licence_year))
        }
        let ai: AIActCategory = [.not_ai, .minimal_or_limited, .high_risk][rng.categorical([50, 30, 20])]
        let dims = AdoptionDimension.allCases.map { _ in clamp(rng.normal(mean: 3.6, sd: 0.6)) }
        let id = String(format: "TW-%04d", catalogue.count + 1)
        let item = CatalogueItem(id: id, name: "\(slot.topic) technology \(id)", source: source, trlByYear: history,
                                 availabilityCommercial: market, approach: GapSeeds.approaches[rng.int(in: 0...(GapSeeds.approaches.count - 1))],
                                 suppliers: suppliers, cost: cost, ai: ai, dims: dims)
        catalogue[id] = item
        return item
    }

    /// AHP judgments for 60–80 % of the voting participants at `root` and `gapSeverity` (GENERATOR.md): w_p ~
    /// Dirichlet(50·w0), a_ij = snap((w_i/w_j)·exp(N(0, 0.25))); two deliberately inconsistent participants in
    /// the year's first workshop; only two respondents in the planted AHP-fallback workshop.
    mutating func makeComparisons(_ slot: WorkshopCalendar.Slot, voting: [Participant]) -> [JSONValue] {
        let model = ScoringModel.default
        var share = 0.6 + 0.2 * rng.uniform()
        if slot.id == Planted.ahpFallbackWorkshop { share = 2.0 / Double(voting.count) }
        let respondents = voting.filter { _ in rng.uniform() < share }.prefix(slot.id == Planted.ahpFallbackWorkshop ? 2 : voting.count)
        var out: [JSONValue] = []
        for (r, p) in respondents.enumerated() {
            let inconsistent = slot.group == .FLP && r < 2
            for nodeId in ["root", "gapSeverity"] {
                let node = model.hierarchy.node(nodeId)!
                let fixed = model.weights.fixed[nodeId]!
                let items = node.children.map(\.id).filter { fixed[$0]! > 0 }
                let w = rng.dirichlet(items.map { 50 * fixed[$0]! })
                var judgments: [JSONValue] = []
                for i in items.indices { for j in items.indices where j > i {
                    let v = inconsistent ? Saaty.values[rng.int(in: 0...(Saaty.values.count - 1))]
                        : Saaty.snap(w[i] / w[j] * Foundation.exp(rng.normal(sd: 0.25)))
                    judgments.append(.obj(["a": .str(items[i]), "b": .str(items[j]), "value": v >= 1 ? .int(Int(v)) : .decimal(v)]))
                } }
                out.append(.obj(["participantId": .str(p.id), "node": .str(nodeId), "judgments": .array(judgments)]))
            }
        }
        return out
    }

    // MARK: - Catalogue and notes

    /// The catalogue: every generated item with one assessment a year (dated 31 January, before any workshop of
    /// that year, so a workshop's own values are never superseded by its own year's), tagged with the cross-cutting
    /// tags of the gaps that link it; then the planted items (`Planted.catalogue`).
    func technologyWatch(workshops: [String: JSONValue]) -> JSONValue {
        var tags: [String: Set<String>] = [:]
        for w in workshops.values {
            guard let tree = try? JSONSerialization.jsonObject(with: Data(w.serialized().utf8)) as? [String: Any] else { continue }
            let gapTags = Dictionary(uniqueKeysWithValues: (tree["capabilityGaps"] as? [[String: Any]] ?? []).map {
                ($0["id"] as? String ?? "", $0["crossCuttingTags"] as? [String] ?? [])
            })
            for s in tree["candidateSolutions"] as? [[String: Any]] ?? [] {
                guard let id = s["catalogId"] as? String else { continue }
                for link in s["linkedGaps"] as? [[String: Any]] ?? [] { tags[id, default: []].formUnion(gapTags[link["gapId"] as? String ?? ""] ?? []) }
            }
        }
        let generated: [JSONValue] = catalogue.keys.sorted().map { id in
            let item = catalogue[id]!
            return .obj([
                "catalogId": .str(id), "name": .str(item.name), "source": .str(Self.catalogueSource(item.source).rawValue),
                "technicalApproach": .str(item.approach), "tags": .strs((tags[id] ?? []).sorted()),
                "assessments": .array(item.trlByYear.keys.sorted().map { y in
                    let trl = item.trlByYear[y]!
                    return .obj([
                        "date": .str("\(y)-01-31"), "trl": .threePoint(trl.0, trl.1, trl.2),
                        "availability": .str(Self.availability(trl: trl, commercial: item.availabilityCommercial).rawValue),
                        "supplierCount": .obj(["total": .int(item.suppliers)]), "aiActCategory": .str(item.ai.rawValue),
                        "trlEvidence": .str(TRLEvidence.tech_watch_assessment.rawValue),
                    ])
                }),
            ])
        }
        return .obj([
            "schemaVersion": .str("1.0"), "kind": .str("technologyWatch"),
            "generator": .obj(["version": .str(Self.version), "seed": .int(Int(seed))]),
            "items": .array(generated + Planted.catalogue),
        ])
    }

    /// Where a generated item comes from, in the catalogue's terms.
    static func catalogueSource(_ s: SourceType) -> TechnologyWatch.Source {
        switch s {
        case .market: .market
        case .h2020, .horizon_europe: .h2020
        case .fp7: .fp7
        case .isf_police, .isec: .isf
        case .national_programme: .national
        case .academic, .lea_inhouse, .open_source: .other
        }
    }

    /// The availability a TRL implies for a generated item (the same in workshop solutions and catalogue).
    static func availability(trl: (Int, Int, Int), commercial: Bool) -> Availability {
        commercial && trl.1 == 9 ? .commercial
            : trl.1 <= 3 ? .concept : trl.1 <= 5 ? .prototype : trl.1 <= 7 ? .pilot : trl.1 == 8 ? .limited_commercial : .commercial
    }

    func generatorNotes() -> String {
        """
        # Synthetic i-LEAD dataset

        Generated by `ilead generate` (SyntheticData, generator \(Self.version)) with seed \(seed). Not real i-LEAD data:
        the same seed and generator version give byte-identical files.

        Rebuild: `swift run ilead generate --seed \(seed) --out datasets/ilead-synthetic`

        | Parameter | Value |
        |---|---|
        | Workshops | 25: five practitioner groups × 2018–2022, one workshop per group and year, memberStateBasis EU28 to 2019, EU27 from 2020 |
        | Participants | uniform 14–28 per workshop, 1–3 non-voting observers, 8–16 countries (consortium weight 3), at most 4 per country, 30 % repeat attendees |
        | Gaps | uniform 6–10 per workshop, plus planted gaps; nature 45/25/20/10 % novel/integration/training/legal |
        | Ratings | latent μ = 1 + 4·Beta(2.2, 1.8) per gap and criterion; leniency N(0, 0.35); noise N(0, 0.6); 7 % missing, 3 % abstain; 20 % of raters give 3pt urgency/frequency |
        | SP latent means | interoperabilityNeed CBC 4.0, CYB/CNI/FOR 3.5, FLP 3.0; evidentialNeed FOR 4.5, CYB 4.0, CBC 3.5, CNI/FLP 2.5 |
        | Baseline | κ_c ~ N(3.0, 0.7) per country, δ_g ~ N(−0.5, 0.5), noise N(0, 0.5); target 4 (70 %) or 5 |
        | Breadth | 1 (15 %), 2–3 (25 %), 4–9 (40 %), 10–20 (20 %) affected Member States |
        | Solutions per gap | 0/1/2/3/4–5 with 15/30/30/15/10 %; 20 % reuse a catalogue item; TRL by source; coverage round(100·Beta(5, 3)) |
        | AHP | 60–80 % of voting participants at root and gapSeverity; w_p ~ Dirichlet(50·w0); judgments snapped; two random (inconsistent) respondents in each FLP workshop |
        | Procurement | horizon 35/45/20 %, intent 40/40/20 %, procurers Poisson(1.5), commitment 60/30/10 % |

        Planted cases (the worked examples E1–E8 and further cases with known outcomes):

        \(Planted.notes)

        `planted/E*.json` hold the worked examples as standalone files; `expected/E*.ranking.json` are the engine's outputs
        for them (default model, the case's asOfDate), checked by the test suite. `expected/watch-<date>.csv` are the
        outputs of `ilead watch technology-watch.json workshops --as-of <date>` (\(Self.watchGoldenDates.joined(separator: " and "))):
        TW-9001 moves WS-2019-FOR/G01 from PCP_THEN_PPI to PPI as of 2023 and not as of 2020.

        """
    }
}
