import JSONFormat
import PriorityEngine
/// One sentence per routing rule (R00–R09) and standardisation rule (SR1–SR6) that says what held, in the words of
/// docs/how-the-engine-decides.md (ranked lists, scenario comparisons); OR conditions read as "or", and "no solution" stands where the trace has
/// `trlBest 0`. The thresholds are those the rule compared with (from its trace, so scenario overrides show). The
/// full trace stays in the JSON.
public enum PlainReasons {
    static func n(_ x: Double) -> String { Decimal6.text(x) }

    /// The threshold a rule compared `input` with, as text.
    static func threshold(_ trace: RuleTrace?, _ input: String, _ fallback: String) -> String {
        guard let c = trace?.conditions.first(where: { $0.input == input }) else { return fallback }
        if case let .number(x) = c.threshold { return n(x) }
        return fallback
    }

    public static func route(_ r: GapResult) -> String {
        let p = r.procurement.decision, x = r.procurement.inputs
        let trace = p.trace.last
        let trl = x.routeSolution == nil ? "no solution" : "TRL \(n(x.trlBest))"
        func t(_ input: String, _ fallback: String) -> String { threshold(trace, input, fallback) }
        switch p.ruleId {
        case "R00":
            let what = x.gapNature == .legal_policy ? "law or policy" : "procedures or training"
            return "Not a procurement matter: the gap is one of \(what), so it calls for training, doctrine, legal or standardisation action."
        case "R01":
            return "Blocked: every solution that could serve is a use the AI Act prohibits at the date of the run; re-scope the need to a lawful use."
        case "R02":
            guard let clarity = x.needClarity else {
                return "Research first: too few participants rated how clearly the need is written down, so no route can be chosen before a needs assessment and an open market consultation."
            }
            return "Research first: the need is not yet written down clearly enough (need clarity \(n(clarity)), below \(t("needClarity", "3"))); a needs assessment and an open market consultation come first."
        case "R03":
            if x.candidates.isEmpty {
                return x.linkCount == 0
                    ? "Research first: no solution is known for this gap; market consultation, then research and innovation funding."
                    : "Research first: no known solution covers at least \(t("S_g", "60")) % of the need; market consultation, then research and innovation funding."
            }
            return "Research first: the best solution is only at \(trl) (\(t("trlBest", "3")) or below) and none is near the market; research funding before procurement."
        case "R04":
            return "Standard procurement: a commercial solution covers \(n(x.coverageBestCommercial)) % of the need (\(t("coverageBestCommercial", "80")) % needed) and \(x.nSuppliersCommercial) suppliers offer one (\(t("nSuppliersCommercial", "3")) needed): a competitive market already meets the need."
        case "R05":
            let why = x.conformanceTestingNeeded ? "conformance testing is needed" : suppliers(x.nSuppliersCommercial)
            return p.route == .PPI
                ? "PPI: an integration task, not research, with a solution at \(trl); \(why)."
                : "Standard procurement: an integration task, not research, with a solution at \(trl) and \(x.nSuppliersCommercial) suppliers."
        case "R06":
            var held: [String] = []
            if let c = trace?.conditions, c.count >= 5 {
                if x.nSuppliersCommercial == 0 { held.append("no solution is on the market yet") }
                else {
                    if c[2].pass { held.append(suppliers(x.nSuppliersCommercial)) }
                    if c[3].pass { held.append("commercial coverage is \(n(x.coverageBestCommercial)) %, below \(t("coverageBestCommercial", "80")) %") }
                }
                if c[4].pass { held.append("the routing solution is near the market (TRL 8, or sold to a few customers)") }
            }
            return "PPI: the best solution is near-market or ready (\(trl)), no research is needed, and the market is thin (at most "
                + "\(t("nSuppliersCommercial", "2")) suppliers, or commercial coverage below \(t("coverageBestCommercial", "80")) %, or a near-market solution): "
                + held.joined(separator: "; ") + "; the public buyer can act as launch customer."
        case "R07":
            var held: [String] = []
            if let c = trace?.conditions, c.count >= 6 {
                if c[4].pass { held.append("only \(x.competingApproaches) technical approach\(x.competingApproaches == 1 ? " is" : "es are") known") }
                if c[5].pass { held.append("only \(x.procurers) procurer\(x.procurers == 1 ? " is" : "s are") interested") }
            }
            return "Innovation partnership: research is still needed (\(trl), within \(t("trlBest", "4"))–7), agencies are committed to deploy, and there is "
                + "little to compare (fewer than \(t("competingApproaches", "2")) approaches or procurers): " + held.joined(separator: "; ") + "; research and purchase in one procedure."
        case "R08":
            let lo = trace?.conditions.first { $0.input == "trlBest" && $0.op == ">=" }.flatMap { c -> String? in if case let .number(v) = c.threshold { return n(v) } else { return nil } } ?? "4"
            let hi = trace?.conditions.first { $0.input == "trlBest" && $0.op == "<=" }.flatMap { c -> String? in if case let .number(v) = c.threshold { return n(v) } else { return nil } } ?? "7"
            let base = "research is still needed and the best solution is at \(trl) (within \(lo)–\(hi)), so competing approaches are compared in phases"
            if p.route == .PCP_THEN_PPI {
                let why = (x.expectedScale == .national || x.expectedScale == .multi_national) ? "the need is at \(x.expectedScale == .national ? "national" : "multinational") scale" : "agencies intend to deploy"
                return "PCP then PPI: \(base); \(why), so the purchase after the research is planned as a PPI."
            }
            return "PCP: \(base); no deployment is planned yet."
        default:
            return "Research first: the inputs fit no route (for example research marked as needed for a near-market solution); more technology watch and market consultation."
        }
    }

    /// "no solution is on the market yet", "only 1 supplier offers it", "only 2 suppliers offer it".
    static func suppliers(_ k: Int) -> String {
        k == 0 ? "no solution is on the market yet" : "only \(k) supplier\(k == 1 ? " offers" : "s offer") it"
    }

    public static func standardisation(_ r: GapResult) -> String {
        let s = r.standardisation
        switch s.ruleId {
        case "SR1": return "No EU action: the standardisation potential \(n(s.score)) is low, little is gained from harmonisation."
        case "SR2": return "Promote uptake: an existing standard already covers the need" + (s.standardRefs.isEmpty ? "" : " (\(s.standardRefs.joined(separator: ", ")))") + "; require it in tenders."
        case "SR3": return "Forensic method standard: results must stand up in court, so a validated method and accreditation are needed."
        case "SR4": return "Pre-standard (CEN workshop agreement): the technology is not yet stable enough for a formal standard."
        case "SR5": return "Formal interoperability standard: results must be exchanged routinely across borders."
        default: return "Best-practice guide: harmonise procedures without formal standardisation."
        }
    }
}
