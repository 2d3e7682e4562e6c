import Foundation
import PriorityEngine
import Reports
import JSONFormat

/// The planted cases of datasets/ilead-synthetic/GENERATOR.md inside the 25 workshops.
enum Planted {
    /// The workshop whose AHP falls back to fixed weights under `weights.mode = ahp` (two respondents only).
    static let ahpFallbackWorkshop = "WS-2021-FOR"
    /// The workshop with two identical gaps (a tie on P, GS and breadth, broken by gapRef).
    static let tieWorkshop = "WS-2020-CBC"
    /// The workshop with a gap rated by two voting participants only (PARTIAL_EVIDENCE).
    static let fewRatersWorkshop = "WS-2019-FLP"

    /// One catalogue item reassessed between 2019 and 2022: PCP_THEN_PPI in 2019 (TRL 6, one supplier), PPI in
    /// 2022 (TRL 8, limited commercial, two suppliers).
    static let risingTRL: [WorkedExamples.Case] = [
        WorkedExamples.Case(id: "R2019", title: "Extraction from the latest mobile operating systems (locked devices)", group: .FOR, year: 2019,
                            tags: ["encrypted_devices"],
                            solutions: [.init(source: .h2020, availability: .pilot, trl: (5, 6, 7), suppliers: 1, coverage: 75, catalogId: "TW-9001")],
                            procurers: [.init(commitment: .letter_of_intent), .init(commitment: .letter_of_intent)], horizon: .mid,
                            route: .PCP_THEN_PPI, rule: "R08"),
        WorkedExamples.Case(id: "R2022", title: "Extraction from the latest mobile operating systems (locked devices, re-assessed)", group: .FOR, year: 2022,
                            tags: ["encrypted_devices"],
                            solutions: [.init(source: .h2020, availability: .limited_commercial, trl: (7, 8, 8), suppliers: 2, coverage: 75, catalogId: "TW-9001")],
                            procurers: [.init(commitment: .letter_of_intent), .init(commitment: .letter_of_intent)], horizon: .mid,
                            route: .PPI, rule: "R06"),
    ]

    /// The planted catalogue items. TW-9001: assessed in 2019 as the 2019 workshop saw it (TRL 5–6–7, pilot, one
    /// supplier), then in mid-2022 at TRL 8 on the market (limited commercial, two suppliers): under `--watch` the
    /// 2019 gap moves from PCP_THEN_PPI to PPI at an as-of date from 2022-06-30 on, and stays at 2020.
    static let catalogue: [JSONValue] = [
        .obj([
            "catalogId": .str("TW-9001"), "name": .str("Locked-device extraction suite"), "source": .str("h2020"),
            "technicalApproach": .str("exploit-based acquisition"), "tags": .strs(["encrypted_devices"]),
            "assessments": .array([
                .obj(["date": .str("2019-09-30"), "trl": .threePoint(5, 6, 7), "availability": .str("pilot"),
                      "supplierCount": .obj(["total": .int(1)]), "aiActCategory": .str("not_ai"),
                      "trlEvidence": .str("project_deliverable"), "evidence": .str("H2020 project pilot report")]),
                .obj(["date": .str("2021-03-31"), "trl": .threePoint(6, 7, 7), "availability": .str("pilot"),
                      "supplierCount": .obj(["total": .int(1)]), "trlEvidence": .str("lea_field_trial"),
                      "evidence": .str("field trial in two forensic laboratories")]),
                .obj(["date": .str("2022-06-30"), "trl": .threePoint(7, 8, 8), "availability": .str("limited_commercial"),
                      "supplierCount": .obj(["total": .int(2)]), "trlEvidence": .str("independent_test"),
                      "evidence": .str("first commercial licences; a second supplier entered the market")]),
            ]),
        ]),
    ]

    /// More gaps for routes that random data rarely produces (at least three gaps per route, GENERATOR.md).
    static let extraRoutes: [WorkedExamples.Case] = [
        WorkedExamples.Case(id: "B1", title: "Live face matching of wanted suspects in train stations", group: .CYB, year: 2021,
                            solutions: [.init(source: .market, availability: .commercial, trl: (9, 9, 9), suppliers: 3, coverage: 80, override: .prohibited_use)],
                            procurers: [.init(commitment: .letter_of_intent)], route: .BLOCKED, rule: "R01"),
        WorkedExamples.Case(id: "B2", title: "Real-time remote biometric identification at transport hubs", group: .CNI, year: 2021,
                            solutions: [.init(source: .market, availability: .commercial, trl: (8, 9, 9), suppliers: 2, coverage: 75, override: .prohibited_use)],
                            procurers: [.init(commitment: .interest)], route: .BLOCKED, rule: "R01"),
        WorkedExamples.Case(id: "P1", title: "Live 3D scene capture under low light", group: .FOR, year: 2020,
                            solutions: [.init(source: .h2020, availability: .pilot, trl: (5, 6, 7), suppliers: 1, coverage: 70, approach: "photogrammetry"),
                                        .init(source: .h2020, availability: .prototype, trl: (4, 5, 6), suppliers: 1, coverage: 65, approach: "lidar")],
                            procurers: [.init(commitment: .letter_of_intent), .init(commitment: .letter_of_intent)], horizon: .mid, scale: .pilot, intent: .none,
                            route: .PCP, rule: "R08"),
        WorkedExamples.Case(id: "P2", title: "Automated detection of counterfeit pharmaceuticals in parcels", group: .CBC, year: 2022,
                            solutions: [.init(source: .h2020, availability: .prototype, trl: (4, 5, 6), suppliers: 1, coverage: 70, approach: "spectroscopy"),
                                        .init(source: .fp7, availability: .prototype, trl: (4, 5, 6), suppliers: 1, coverage: 60, approach: "x-ray-ml")],
                            procurers: [.init(commitment: .letter_of_intent), .init(commitment: .letter_of_intent)], horizon: .long, scale: .single_agency, intent: .none,
                            route: .PCP, rule: "R08"),
    ]

    /// Every planted gap of the workshops (E5 once; its route depends on asOfDate).
    static let all: [WorkedExamples.Case] = WorkedExamples.cases.filter { $0.id != "E5b" } + risingTRL + extraRoutes

    /// The planted gaps of a workshop, first in its gap list.
    static func gaps(for slot: WorkshopCalendar.Slot) -> [WorkedExamples.Case] {
        all.filter { $0.group == slot.group && $0.year == slot.year }
    }

    /// A planted gap rated with the fixture values by every voting participant, so its group values are those of
    /// the standalone worked example.
    static func gapJSON(_ c: WorkedExamples.Case, id: String, voting: [DatasetGenerator.Participant]) -> JSONValue {
        WorkedExamples.gap(c, id: id, raters: voting.map(\.id))
    }

    static func solutionJSON(_ s: WorkedExamples.Solution, id: String, gapId: String) -> JSONValue {
        WorkedExamples.solution(s, id: id, gapId: gapId)
    }

    /// Workshop-level plants: a tie, a gap with fewer than three raters, and `ai_triage` in a third PG.
    static func adjust(_ slot: WorkshopCalendar.Slot, gaps: inout [JSONValue], solutions: inout [JSONValue],
                       participants: [DatasetGenerator.Participant]) {
        if slot.id == tieWorkshop, case var .object(twin)? = gaps.last {
            let newId = String(format: "G%02d", gaps.count + 1)
            let oldId = twin.first { $0.0 == "id" }.map { if case let .string(s) = $0.1 { s } else { "" } } ?? ""
            twin = twin.map { $0.0 == "id" ? ("id", .string(newId)) : $0.0 == "title" ? ("title", title(of: $0.1, suffix: " (second region)")) : $0 }
            gaps.append(.object(twin))
            let linked = solutions.filter { links($0, to: oldId) }
            solutions += linked.enumerated().map { k, s in relink(s, id: String(format: "S%02d", solutions.count + k + 1), from: oldId, to: newId) }
        }
        if slot.id == fewRatersWorkshop, gaps.count > 2, case var .object(gap) = gaps[gaps.count - 1] {
            gap = gap.map { key, value in
                guard key == "ratings", case let .array(rows) = value else { return (key, value) }
                return (key, .array(Array(rows.prefix(2))))
            }
            gaps[gaps.count - 1] = .object(gap)
        }
        if slot.id == recurringNeedWorkshop { markFollowUps(&gaps, workshop: slot.id) }
        if slot.id == "WS-2022-FOR" {
            // The 2022 re-assessment of the locked-device need follows up the 2019 gap (both tagged encrypted_devices).
            gaps = gaps.map { gap in
                guard case let .object(pairs) = gap, pairs.contains(where: { $0.0 == "title" && $0.1 == .string(risingTRL[1].title) }) else { return gap }
                return .object(pairs + [("followsUp", .string("WS-2019-FOR/G01"))])
            }
        }
        if [("WS-2019-CNI"), ("WS-2019-FOR")].contains(slot.id), case var .object(gap) = gaps[gaps.count - 1] {
            gap = gap.map { $0.0 == "crossCuttingTags" ? ("crossCuttingTags", .array([.string("ai_triage")])) : $0 }
            gaps[gaps.count - 1] = .object(gap)
        }
    }

    /// The workshop where one need is raised three times (GENERATOR.md "Recurring needs").
    static let recurringNeedWorkshop = "WS-2018-FOR"

    /// "Rapid DNA in custody suites", raised again "at scale" and "with results usable as evidence": the two later
    /// statements follow up the first (`followsUp`) and all three carry the tag `tool_validation`, so the
    /// pan-European list shows them as one recurring need (rule followUp).
    static func markFollowUps(_ gaps: inout [JSONValue], workshop: String) {
        func field(_ gap: JSONValue, _ key: String) -> JSONValue? {
            if case let .object(pairs) = gap { return pairs.first { $0.0 == key }?.1 }
            return nil
        }
        let stem = "Rapid DNA in custody suites"
        guard let first = gaps.first(where: { field($0, "title") == .string(stem) }), case let .string(firstId)? = field(first, "id") else { return }
        for (k, gap) in gaps.enumerated() {
            guard case let .string(title)? = field(gap, "title"), title.hasPrefix(stem), case let .object(pairs) = gap else { continue }
            var out = pairs.map { $0.0 == "crossCuttingTags" ? ("crossCuttingTags", JSONValue.array([.string("tool_validation")])) : $0 }
            if title != stem { out.append(("followsUp", .string("\(workshop)/\(firstId)"))) }
            gaps[k] = .object(out)
        }
    }

    static func title(of v: JSONValue, suffix: String) -> JSONValue {
        if case let .string(s) = v { return .string(s + suffix) }
        return v
    }

    static func links(_ solution: JSONValue, to gapId: String) -> Bool {
        solution.serialized(pretty: false).contains("\"gapId\":\"\(gapId)\"")
    }

    static func relink(_ solution: JSONValue, id: String, from: String, to: String) -> JSONValue {
        guard case let .object(pairs) = solution else { return solution }
        return .object(pairs.map { key, value in
            switch key {
            case "id": return ("id", .string(id))
            case "linkedGaps":
                guard case let .array(links) = value else { return (key, value) }
                return (key, .array(links.compactMap { link in
                    guard case let .object(l) = link, l.contains(where: { $0.0 == "gapId" && $0.1 == .string(from) }) else { return nil }
                    return .object(l.map { $0.0 == "gapId" ? ("gapId", .string(to)) : $0 })
                }))
            default: return (key, value)
            }
        })
    }

    static var notes: String {
        var lines = WorkedExamples.cases.filter { $0.id != "E5b" }.map { c in
            "- \(c.id == "E5a" ? "E5" : c.id): \(c.title) (WS-\(c.year)-\(c.group.rawValue), first gaps of the file): \(c.route.rawValue) by \(c.rule)\(c.id == "E5a" ? " at asOfDate ≥ 2025-02-02, PPI before" : "")"
        }
        lines += extraRoutes.map { "- \($0.title) (WS-\($0.year)-\($0.group.rawValue)): \($0.route.rawValue) by \($0.rule)" }
        lines += risingTRL.map { "- \($0.title) (WS-\($0.year)-\($0.group.rawValue)), catalogue item TW-9001: \($0.route.rawValue) by \($0.rule)" }
        lines.append("- Tie: the last two gaps of \(tieWorkshop) are identical apart from id and title (tie broken by gapRef)")
        lines.append("- Fewer than three raters: the last gap of \(fewRatersWorkshop) (PARTIAL_EVIDENCE)")
        lines.append("- AHP fallback: only two participants give judgments in \(ahpFallbackWorkshop) (AHP_FALLBACK with weights.mode = ahp)")
        lines.append("- `ai_triage` in CYB (E3), CNI and FOR 2019 (breadthPG 5)")
        lines.append("- Recurring needs in the pan-European list: \"Rapid DNA in custody suites\" (\(recurringNeedWorkshop)) raised again \"at scale\" and \"with results usable as evidence\" (followsUp, tag tool_validation: one row); the locked-device extraction gaps of WS-2019-FOR and WS-2022-FOR, the later following up the earlier across years and both answered by catalogue item TW-9001 (followUp and same catalogue items: one row)")
        lines.append("- Scenario `SCN-03-threshold-flip` flips E8 from PPI to FURTHER_RESEARCH_FIRST with one threshold (trlPpiMin 9)")
        return lines.joined(separator: "\n")
    }
}
