import Foundation
import MCDA
import JSONFormat

extension Workshop {
    /// Reads and validates a workshop file (docs/file-formats.md "Workshop", file-formats.md checks that need no model).
    ///
    /// Every problem is collected with its JSON path; the workshop is returned only when there is no error.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: its name, for the diagnostics.
    ///   - minRaters: the model's minimum number of voting raters, for the `FEW_RATERS` warning.
    ///   - strict: unknown keys are errors instead of warnings.
    public static func read(_ data: Data, file: String, minRaters: Int = 3, strict: Bool = false)
        -> (workshop: Workshop?, diagnostics: [Diagnostic]) {
        guard let root = JSONReader.parse(data, file: file, strict: strict, compacting: compactedArrays) else { return (nil, []) }
        if root.node == nil { return (nil, root.sink.diagnostics) }
        return read(root, minRaters: minRaters)
    }

    /// The arrays of a workshop whose objects are read compactly (`JSONScalarObject`): the bulk of a large workshop.
    public static let compactedArrays: Set<String> = ["ratings", "maturityRatings"]

    /// Reads an already parsed workshop tree (`JSONSerialization` objects), e.g. after a scenario merge.
    /// - Parameters:
    ///   - json: the tree.
    ///   - file: the file's name in messages.
    ///   - minRaters: the model's minimum number of voting raters, for the `FEW_RATERS` warning.
    ///   - strict: unknown keys are errors instead of warnings.
    ///   - inexactIntegers: JSON paths of literals that round to whole numbers but are not (`StrictJSON`).
    ///   - reusing: gaps, by id, read before from the same subtrees (a scenario's variant that does not change
    ///     them); they are taken as they are instead of being read again.
    public static func read(json: Any, file: String, minRaters: Int = 3, strict: Bool = false,
                            inexactIntegers: Set<String> = [],
                            reusing: [String: Workshop.CapabilityGap] = [:]) -> (workshop: Workshop?, diagnostics: [Diagnostic]) {
        let sink = JSONReader.Sink(file: file, strict: strict)
        sink.inexactIntegers = inexactIntegers
        return read(JSONReader(node: json, path: "", sink: sink), minRaters: minRaters, reusing: reusing)
    }

    private static func read(_ root: JSONReader, minRaters: Int,
                             reusing: [String: Workshop.CapabilityGap] = [:]) -> (workshop: Workshop?, diagnostics: [Diagnostic]) {
        let w = WorkshopParser(root: root, minRaters: minRaters, reusing: reusing).parse()
        let diagnostics = root.sink.diagnostics
        return (diagnostics.contains { $0.level == .error } ? nil : w, diagnostics)
    }
}

/// The reading pass behind `Workshop.read`, one method per part of the file.
private struct WorkshopParser {
    let root: JSONReader
    let minRaters: Int
    /// Gaps read before from the same subtrees, by id.
    var reusing: [String: Workshop.CapabilityGap] = [:]
    /// Positions in the file of the nested elements that were read, per array path, kept only for arrays where an
    /// element was left out (its error reported), so that later messages name the right element.
    let positions = ElementPositions()

    final class ElementPositions {
        var table: [String: [Int]] = [:]
        func position(_ arrayPath: String, _ k: Int) -> Int { table[arrayPath]?[k] ?? k }
    }

    /// The elements of the array `key` of `r` that `parse` reads, recording their positions when one is left out.
    func elements<T>(_ r: JSONReader, _ key: String, required: Bool = false, _ parse: (JSONReader) -> T?) -> [T] {
        let readers = r.array(key, required: required)
        var out: [T] = [], kept: [Int] = []
        for (k, e) in readers.enumerated() { if let v = parse(e) { out.append(v); kept.append(k) } }
        if out.count < readers.count { positions.table[r.childPath(key)] = kept }
        return out
    }

    func parse() -> Workshop? {
        guard root.expectObject(known: ["schemaVersion", "kind", "workshop", "participants", "competencies",
                                        "capabilityGaps", "candidateSolutions", "priorityAreas",
                                        "criteriaComparisons", "sourceDocument"]) else { return nil }
        root.checkEnvelope(kind: "workshop")
        let info = parseInfo(root["workshop"])
        let participants = Parsed(root.array("participants", required: true), parseParticipant)
        let competencies = Parsed(root.array("competencies"), parseCompetency)
        let gapReaders = root.array("capabilityGaps", required: true)
        if root.has("capabilityGaps"), gapReaders.isEmpty { root.error("at least one capability gap is needed", at: "capabilityGaps") }
        let gaps = Parsed(gapReaders) { r in
            (JSONScalarObject.member("id", of: r.node) as? String).flatMap { reusing[$0] } ?? parseGap(r)
        }
        let solutions = Parsed(root.array("candidateSolutions"), parseSolution)
        let areas = Parsed(root.array("priorityAreas"), parsePriorityArea)
        let comparisons = Parsed(root.array("criteriaComparisons"), parseComparison)
        guard let info else { return nil }
        let w = Workshop(workshop: info, participants: participants.values, competencies: competencies.values, capabilityGaps: gaps.values,
                         candidateSolutions: solutions.values, priorityAreas: areas.values, criteriaComparisons: comparisons.values,
                         sourceDocument: root.string("sourceDocument"))
        crossCheck(w, References(participants: participants, competencies: competencies, gaps: gaps, solutions: solutions,
                                 areas: areas, comparisons: comparisons))
        return w
    }

    /// The elements of an array that were read without error, with their positions in the file (so messages about
    /// them name the right element when an earlier one was left out), and the ids that every element declares,
    /// read or not (so a reference to an element that has an error of its own is not reported again: one root
    /// cause, one error).
    struct Parsed<T> {
        var values: [T] = [], positions: [Int] = [], declaredIds: Set<String> = []
        init(_ readers: [JSONReader], _ parse: (JSONReader) -> T?) {
            for (k, r) in readers.enumerated() {
                if let id = JSONScalarObject.member("id", of: r.node) as? String { declaredIds.insert(id) }
                if let v = parse(r) { values.append(v); positions.append(k) }
            }
        }
    }

    struct References {
        var participants: Parsed<Workshop.Participant>, competencies: Parsed<Workshop.Competency>, gaps: Parsed<Workshop.CapabilityGap>
        var solutions: Parsed<Workshop.CandidateSolution>, areas: Parsed<Workshop.PriorityArea>, comparisons: Parsed<Workshop.CriteriaComparison>
    }

    // MARK: parts

    func parseInfo(_ r: JSONReader) -> Workshop.Info? {
        guard r.node != nil else { r.error("required key 'workshop' is missing"); return nil }
        guard r.expectObject(known: ["id", "practitionerGroup", "topic", "year", "startDate", "endDate", "location",
                                     "facilitator", "memberStateBasis"]) else { return nil }
        let id = r.workshopId()
        let pg = r.enumeration("practitionerGroup", PractitionerGroup.self, required: true)
        let year = r.number("year", required: true, range: 1990...2100, integer: true)
        let start = date(r, "startDate"), end = date(r, "endDate")
        var basis = r.enumeration("memberStateBasis", MemberStateBasis.self)
        if basis == nil, !r.has("memberStateBasis") {
            if let start { basis = start < "2020-02-01" ? .EU28 : .EU27 }
            else if !r.has("startDate") { r.error("required key 'startDate' is missing (needed when memberStateBasis is absent)", at: r.childPath("startDate")) }
        }
        if let start, let end, end < start { r.error("endDate \(end) is before startDate \(start)", at: r.childPath("endDate")) }
        let location = r["location"]
        var city: String?, country: String?, mode: MeetingMode?
        if location.node != nil, location.expectObject(known: ["city", "country", "mode"]) {
            city = location.string("city")
            country = self.country(location, "country")
            mode = location.enumeration("mode", MeetingMode.self)
        }
        guard let id, let pg, let year, let basis else { return nil }
        if id != "WS-\(Int(year))-\(pg.rawValue)" {
            r.warning("WORKSHOP_ID_MISMATCH", "workshop id '\(id)' differs from 'WS-\(Int(year))-\(pg.rawValue)'", at: r.childPath("id"), ref: id)
        }
        return Workshop.Info(id: id, practitionerGroup: pg, topic: r.string("topic"), year: Int(year), startDate: start,
                             endDate: end, city: city, country: country, mode: mode,
                             facilitator: r.string("facilitator"), memberStateBasis: basis)
    }

    func parseParticipant(_ r: JSONReader) -> Workshop.Participant? {
        guard r.expectObject(known: ["id", "country", "role", "organisationType", "voting", "pseudonymousPersonId"]) else { return nil }
        let id = r.localId()
        let country = self.country(r, "country", required: true)
        let role = r.enumeration("role", ParticipantRole.self, required: true)
        let org = r.enumeration("organisationType", OrganisationType.self, required: true)
        let voting = r.bool("voting", required: true)
        guard let id, let country, let role, let org, let voting else { return nil }
        return Workshop.Participant(id: id, country: country, role: role, organisationType: org, voting: voting,
                                    pseudonymousPersonId: r.string("pseudonymousPersonId"))
    }

    func parseCompetency(_ r: JSONReader) -> Workshop.Competency? {
        guard r.expectObject(known: ["id", "title", "description", "maturityRatings"]) else { return nil }
        let id = r.localId(), title = r.string("title", required: true)
        let ratings: [(participantId: String, value: Int?)] = elements(r, "maturityRatings") { m in
            guard m.expectObject(known: ["participantId", "value"]), let p = m.string("participantId", required: true) else { return nil }
            if m["value"].isNull { return (p, nil) }
            guard let v = m.number("value", required: true, range: 1...5, integer: true) else { return nil }
            return (p, Int(v))
        }
        guard let id, let title else { return nil }
        return Workshop.Competency(id: id, title: title, description: r.string("description"), maturityRatings: ratings)
    }

    func parseGap(_ r: JSONReader) -> Workshop.CapabilityGap? {
        guard r.expectObject(known: ["id", "title", "description", "competencyIds", "gapNature", "affectedMemberStates",
                                     "crossCuttingTags", "targetMaturity", "ratings", "innovationOpportunities",
                                     "existingStandards", "procurementContext", "declaredProcurementRoute", "followsUp"]) else { return nil }
        let id = r.localId(), title = r.string("title", required: true)
        let nature = r.enumeration("gapNature", GapNature.self, required: true)
        let target = r.number("targetMaturity", required: true, range: 1...5, integer: true)
        let competencyIds = r.strings("competencyIds")
        let states = elements(r, "affectedMemberStates") { c -> String? in
            guard let s = c.node as? String else { c.error("expected a country code"); return nil }
            return checkCountry(s, c)
        }
        let tags = r.strings("crossCuttingTags")
        let ratings = elements(r, "ratings", required: true, parseRating)
        for o in r.array("innovationOpportunities") {
            if o.expectObject(known: ["id", "text"]) { _ = o.string("id", required: true); _ = o.string("text", required: true) }
        }
        var standards: [Workshop.ExistingStandard]?
        if r.has("existingStandards") {
            standards = r.array("existingStandards").compactMap { s in
                guard s.expectObject(known: ["ref", "body", "coverage", "adopted"]) else { return nil }
                let ref = s.string("ref", required: true)
                let body = s.enumeration("body", StandardsBody.self, required: true)
                let coverage = s.enumeration("coverage", StandardCoverage.self, required: true)
                let adopted = s.bool("adopted") ?? false
                guard let ref, let body, let coverage else { return nil }
                return Workshop.ExistingStandard(ref: ref, body: body, coverage: coverage, adopted: adopted)
            }
        }
        var context: Workshop.ProcurementContext?
        let pc = r["procurementContext"]
        if pc.node != nil {
            context = parseContext(pc)
        } else if let nature, nature == .novel_capability || nature == .integration_customisation {
            r.error("required key 'procurementContext' is missing (needed unless gapNature is process_training or legal_policy)",
                    at: r.childPath("procurementContext"))
        }
        let declared = r.enumeration("declaredProcurementRoute", ProcurementRoute.self)
        let followsUp = r.gapRef("followsUp")
        if let followsUp, let id, let wid = root["workshop"]["id"].node as? String, followsUp == "\(wid)/\(id)" {
            r.error("a gap cannot follow up itself", at: r.childPath("followsUp"))
        }
        guard let id, let title, let nature, let target else { return nil }
        return Workshop.CapabilityGap(id: id, title: title, description: r.string("description"), competencyIds: competencyIds,
                                      gapNature: nature, affectedMemberStates: states, crossCuttingTags: tags,
                                      targetMaturity: Int(target), ratings: ratings, existingStandards: standards,
                                      procurementContext: context, declaredProcurementRoute: declared, followsUp: followsUp)
    }

    static let ratingKeys = Set(["participantId"] + RatingKey.allCases.map(\.rawValue))

    func parseRating(_ r: JSONReader) -> Workshop.Rating? {
        guard r.expectObject(known: Self.ratingKeys),
              let p = r.string("participantId", required: true) else { return nil }
        var cells = RatingCells()
        for key in RatingKey.allCases {
            let c = r[key.rawValue]
            guard let node = c.node else { continue }
            if node is NSNull { cells[key] = .abstained }
            else if let t = threePoint(c, range: 1...5, integer: true) { cells[key] = .value(t) }
        }
        return Workshop.Rating(participantId: p, cells: cells)
    }

    func parseContext(_ r: JSONReader) -> Workshop.ProcurementContext? {
        guard r.expectObject(known: ["horizon", "deploymentIntent", "expectedScale", "rdNeeded", "conformanceTestingNeeded",
                                     "interestedProcurers", "budgetEstimateEUR"]) else { return nil }
        let horizon = r.enumeration("horizon", Horizon.self, required: true)
        let intent = r.enumeration("deploymentIntent", DeploymentIntent.self, required: true)
        let scale = r.enumeration("expectedScale", ExpectedScale.self, required: true)
        let procurers: [Workshop.InterestedProcurer] = r.array("interestedProcurers").compactMap { p in
            guard p.expectObject(known: ["orgRef", "country", "commitment", "budgetEUR"]) else { return nil }
            let org = p.string("orgRef", required: true)
            let country = self.country(p, "country", required: true)
            let commitment = p.enumeration("commitment", Commitment.self, required: true)
            let budget = p.number("budgetEUR", range: 0...1e13, integer: true)
            guard let org, let country, let commitment else { return nil }
            return Workshop.InterestedProcurer(orgRef: org, country: country, commitment: commitment, budgetEUR: budget.map { Int($0) })
        }
        let budget = r.member("budgetEstimateEUR", required: false).flatMap { threePoint($0, range: 0...1e13, integer: true) }
        guard let horizon, let intent, let scale else { return nil }
        return Workshop.ProcurementContext(horizon: horizon, deploymentIntent: intent, expectedScale: scale,
                                           rdNeeded: r.bool("rdNeeded"), conformanceTestingNeeded: r.bool("conformanceTestingNeeded") ?? false,
                                           interestedProcurers: procurers, budgetEstimateEUR: budget)
    }

    func parseSolution(_ r: JSONReader) -> Workshop.CandidateSolution? {
        guard r.expectObject(known: ["id", "catalogId", "name", "description", "linkedGaps", "source", "technicalApproach",
                                     "availability", "trl", "trlEvidence", "trlAssessedOn", "mrl", "adoptionReadiness",
                                     "costEstimateEUR", "costBasis", "priceYear", "supplierCount", "standards"]) else { return nil }
        let id = r.localId()
        let links: [Workshop.GapLink] = elements(r, "linkedGaps", required: true) { l in
            guard l.expectObject(known: ["gapId", "coveragePct", "aiActCategoryOverride"]) else { return nil }
            let g = l.string("gapId", required: true)
            let c = l.number("coveragePct", required: true, range: 0...100, integer: true)
            let o = l.enumeration("aiActCategoryOverride", AIActCategory.self)
            guard let g, let c else { return nil }
            return Workshop.GapLink(gapId: g, coveragePct: Int(c), aiActCategoryOverride: o)
        }
        var sourceType: SourceType?
        let source = r["source"]
        if source.node != nil, source.expectObject(known: ["type", "projectAcronym", "grantId", "programme"]) {
            sourceType = source.enumeration("type", SourceType.self, required: true)
        }
        let availability = r.enumeration("availability", Availability.self, required: true)
        let trl = r.member("trl", required: true).flatMap { threePoint($0, range: 1...9, integer: true) }
        let evidence = r.enumeration("trlEvidence", TRLEvidence.self)
        let assessedOn = date(r, "trlAssessedOn")
        let mrl = r.number("mrl", range: 1...10, integer: true)
        var readiness: [AdoptionDimension: Int] = [:]
        var aiAct: AIActCategory?
        if let ar = r.member("adoptionReadiness", required: true), ar.expectObject(known: Set(AdoptionDimension.allCases.map(\.rawValue) + ["aiActCategory"])) {
            for d in AdoptionDimension.allCases where ar.has(d.rawValue) {
                if let v = ar.number(d.rawValue, range: 1...5, integer: true) { readiness[d] = Int(v) }
            }
            if !AdoptionDimension.allCases.contains(where: { ar.has($0.rawValue) }) {
                ar.error("at least one adoption-readiness dimension (\(AdoptionDimension.allCases.map(\.rawValue).joined(separator: ", "))) is needed")
            }
            aiAct = ar.enumeration("aiActCategory", AIActCategory.self, required: true)
        }
        let cost = r.member("costEstimateEUR", required: false).flatMap { threePoint($0, range: 0...1e13, integer: true) }
        let basis = r.enumeration("costBasis", CostBasis.self)
        _ = r.number("priceYear", range: 1990...2100, integer: true)
        var total: Double?, eu: Double?, ids: [String]?
        if let sc = r.member("supplierCount", required: true), sc.expectObject(known: ["total", "euBased", "supplierIds"]) {
            total = sc.number("total", required: true, range: 0...100_000, integer: true)
            eu = sc.number("euBased", range: 0...100_000, integer: true)
            if sc.has("supplierIds") {
                ids = sc.strings("supplierIds")
                if let total, let ids, ids.count != Int(total) {
                    sc.error("supplierIds lists \(ids.count) suppliers but total is \(Int(total))", at: sc.childPath("supplierIds"))
                }
            }
            if let total, let eu, eu > total { sc.error("euBased \(Int(eu)) exceeds total \(Int(total))", at: sc.childPath("euBased")) }
        }
        let standards = r["standards"]
        if standards.node != nil { standards.expectObject(known: ["implements", "proprietaryFormats", "openInterfaces"]) }
        guard let id, let availability, let trl, let aiAct, let total else { return nil }
        if trl.mostLikely >= 8, availability == .concept || availability == .prototype, evidence == .self_declared {
            let wid = root["workshop"]["id"].node as? String ?? ""
            r.warning("TRL_AVAILABILITY_MISMATCH", "solution '\(id)' self-declares TRL \(JSONReader.show(trl.mostLikely)) but availability '\(availability.rawValue)'", at: r.childPath("trl"), ref: "\(wid)/\(id)")
        }
        return Workshop.CandidateSolution(id: id, catalogId: r.string("catalogId"), name: r.string("name"),
                                          description: r.string("description"), linkedGaps: links, sourceType: sourceType,
                                          technicalApproach: r.string("technicalApproach"), availability: availability,
                                          trl: trl, trlEvidence: evidence, mrl: mrl.map { Int($0) }, adoptionReadiness: readiness,
                                          aiActCategory: aiAct, costEstimateEUR: cost, costBasis: basis,
                                          supplierTotal: Int(total), supplierEUBased: eu.map { Int($0) }, supplierIds: ids,
                                          trlAssessedOn: assessedOn)
    }

    func parsePriorityArea(_ r: JSONReader) -> Workshop.PriorityArea? {
        guard r.expectObject(known: ["id", "title", "gapIds", "declaredRank"]), let id = r.localId() else { return nil }
        let gapIds = r.strings("gapIds")
        let rank = r.number("declaredRank", range: 1...10_000, integer: true)
        return Workshop.PriorityArea(id: id, title: r.string("title"), gapIds: gapIds, declaredRank: rank.map { Int($0) })
    }

    func parseComparison(_ r: JSONReader) -> Workshop.CriteriaComparison? {
        guard r.expectObject(known: ["participantId", "node", "judgments"]) else { return nil }
        let p = r.string("participantId", required: true), node = r.string("node", required: true)
        let judgments: [(a: String, b: String, value: Double)] = r.array("judgments", required: true).compactMap { j in
            guard j.expectObject(known: ["a", "b", "value"]) else { return nil }
            let a = j.string("a", required: true), b = j.string("b", required: true)
            let v = j.number("value", required: true, range: (1.0 / 9 - 1e-3)...(9 + 1e-3))
            guard let a, let b, let v else { return nil }
            if a == b { j.error("an item cannot be compared with itself ('\(a)')") }
            return (a, b, v)
        }
        guard let p, let node else { return nil }
        return Workshop.CriteriaComparison(participantId: p, node: node, judgments: judgments)
    }

    // MARK: values

    func threePoint(_ r: JSONReader, range: ClosedRange<Double>, integer: Bool) -> ThreePoint? {
        r.threePoint(range: range, integer: integer)
    }

    func date(_ r: JSONReader, _ key: String) -> String? { r.date(key) }

    func country(_ r: JSONReader, _ key: String, required: Bool = false) -> String? {
        guard let s = r.string(key, required: required) else { return nil }
        return checkCountry(s, r[key])
    }

    func checkCountry(_ s: String, _ r: JSONReader) -> String? {
        guard s.count == 2, s.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            r.error("'\(JSONReader.printable(s))' is not an ISO 3166-1 alpha-2 country code" + (MemberStates.suggestion(for: s).map { " (did you mean \($0)?)" } ?? " such as DE or FR"))
            return nil
        }
        return MemberStates.isoCode(s)
    }

    // MARK: references

    /// Duplicate ids, dangling references and the warnings that need the whole file.
    func crossCheck(_ w: Workshop, _ refs: References) {
        func duplicates(_ ids: [String], _ positions: [Int], _ key: String) {
            var seen: Set<String> = []
            for (k, id) in ids.enumerated() where !seen.insert(id).inserted {
                root.error("duplicate id '\(id)'", at: "\(key)[\(positions[k])].id")
            }
        }
        duplicates(w.participants.map(\.id), refs.participants.positions, "participants")
        duplicates(w.competencies.map(\.id), refs.competencies.positions, "competencies")
        duplicates(w.capabilityGaps.map(\.id), refs.gaps.positions, "capabilityGaps")
        duplicates(w.candidateSolutions.map(\.id), refs.solutions.positions, "candidateSolutions")
        let participants = Dictionary(w.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let gapIds = Set(w.capabilityGaps.map(\.id)), competencyIds = Set(w.competencies.map(\.id))
        // A reference to an element that is in the file but has an error of its own is not a second error.
        func unknownParticipant(_ id: String) -> Bool { participants[id] == nil && !refs.participants.declaredIds.contains(id) }
        func unknownGap(_ id: String) -> Bool { !gapIds.contains(id) && !refs.gaps.declaredIds.contains(id) }
        let members = MemberStates.members(of: w.workshop.memberStateBasis)
        for (c, comp) in w.competencies.enumerated() {
            for (k, m) in comp.maturityRatings.enumerated() where unknownParticipant(m.participantId) {
                let at = "competencies[\(refs.competencies.positions[c])].maturityRatings"
                root.error("unknown participant '\(m.participantId)'", at: "\(at)[\(positions.position(at, k))].participantId")
            }
        }
        for (g, gap) in w.capabilityGaps.enumerated() {
            let at = "capabilityGaps[\(refs.gaps.positions[g])]"
            for (k, c) in gap.competencyIds.enumerated() where !competencyIds.contains(c) && !refs.competencies.declaredIds.contains(c) {
                root.error("unknown competency '\(c)'", at: "\(at).competencyIds[\(k)]")
            }
            var rated: Set<String> = []
            var voting = 0
            for (n, rating) in gap.ratings.enumerated() {
                let k = positions.position("\(at).ratings", n)
                guard let p = participants[rating.participantId] else {
                    if unknownParticipant(rating.participantId) {
                        root.error("unknown participant '\(rating.participantId)'", at: "\(at).ratings[\(k)].participantId")
                    }
                    continue
                }
                if !rated.insert(p.id).inserted {
                    root.error("participant '\(p.id)' rates gap '\(gap.id)' more than once", at: "\(at).ratings[\(k)].participantId")
                }
                if !p.voting {
                    root.warning("NON_VOTING_RATINGS", "non-voting participant '\(p.id)' rated gap '\(gap.id)'; the ratings are ignored", at: "\(at).ratings[\(k)]", ref: "\(w.workshop.id)/\(p.id)")
                } else { voting += 1 }
            }
            if voting < minRaters {
                root.warning("FEW_RATERS", "gap '\(gap.id)' is rated by \(voting) voting participant(s), fewer than minRaters \(minRaters)", at: "\(at).ratings", ref: "\(w.workshop.id)/\(gap.id)")
            }
            for (n, country) in gap.affectedMemberStates.enumerated() where !members.contains(country) {
                let k = positions.position("\(at).affectedMemberStates", n)
                root.warning("NON_EU_AFFECTED_COUNTRY", "'\(country)' is not an EU Member State under \(w.workshop.memberStateBasis.rawValue)", at: "\(at).affectedMemberStates[\(k)]", ref: "\(w.workshop.id)/\(gap.id)")
            }
        }
        for (s, solution) in w.candidateSolutions.enumerated() {
            let at = "candidateSolutions[\(refs.solutions.positions[s])]"
            if solution.linkedGaps.isEmpty {
                root.warning("UNLINKED_SOLUTION", "solution '\(solution.id)' is linked to no gap", at: "\(at).linkedGaps", ref: "\(w.workshop.id)/\(solution.id)")
            }
            for (n, link) in solution.linkedGaps.enumerated() where unknownGap(link.gapId) {
                let k = positions.position("\(at).linkedGaps", n)
                root.error("unknown gap '\(link.gapId)'", at: "\(at).linkedGaps[\(k)].gapId")
            }
        }
        for (a, area) in w.priorityAreas.enumerated() {
            for (k, g) in area.gapIds.enumerated() where unknownGap(g) {
                root.error("unknown gap '\(g)'", at: "priorityAreas[\(refs.areas.positions[a])].gapIds[\(k)]")
            }
        }
        for (c, comparison) in w.criteriaComparisons.enumerated() where unknownParticipant(comparison.participantId) {
            root.error("unknown participant '\(comparison.participantId)'", at: "criteriaComparisons[\(refs.comparisons.positions[c])].participantId")
        }
    }
}
