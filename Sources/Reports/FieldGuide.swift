import PriorityEngine

/// What each field of a workshop file means, by its path (`capabilityGaps.gapNature`): the one text behind the
/// workbook's column help, its Guide sheet and the descriptions of `ilead schema workshop`.
public enum FieldGuide {
    public static func describe(_ path: String) -> String? {
        if let d = texts[path] { return d }
        let parts = path.split(separator: ".").map(String.init)
        switch parts.last {
        case "min"?: return "The lowest plausible value."
        case "mostLikely"?: return "The most likely value."
        case "max"?: return "The highest plausible value."
        default: break
        }
        if parts.count == 3, parts[0] == "capabilityGaps", parts[1] == "ratings", let key = RatingKey(rawValue: parts[2]) {
            let s = RatingScales.scale(key)
            return "\(s.title): \(s.question) 1–5 (" + s.levels.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: "; ") + "), or null to abstain; a three-point {min, mostLikely, max} when unsure; absent when not collected."
        }
        if parts.count == 3, parts[0] == "candidateSolutions", parts[1] == "adoptionReadiness", let d = AdoptionDimension(rawValue: parts[2]) {
            return "Adoption readiness for \(d.rawValue): 1 (major obstacles) to 5 (no obstacle)."
        }
        return nil
    }

    static let texts: [String: String] = [
        "competencies.maturityRatings": "Each participant's rating of their own agency's maturity in the competency.",
        "capabilityGaps.procurementContext.interestedProcurers": "Organisations interested in buying a solution for the gap.",
        "candidateSolutions.source": "Where the solution comes from (informational).", "candidateSolutions.supplierCount": "How many suppliers offer it.",
        "candidateSolutions.standards": "The solution's standards and interfaces (informational).",
        "criteriaComparisons.judgments": "The judgments: criterion a against criterion b.",
        "participants.id": "Short id used in the other sheets, e.g. P01.",
        "participants.country": "ISO 3166-1 alpha-2 code of the participant's country, e.g. DE.",
        "participants.role": "The participant's role.",
        "participants.organisationType": "The kind of organisation.",
        "participants.voting": "yes for practitioners who rate; no for observers (their ratings are ignored).",
        "participants.pseudonymousPersonId": "Optional stable id of a person who attends several workshops.",
        "capabilityGaps.id": "Short id used in the other sheets, e.g. G01.",
        "capabilityGaps.title": "The gap in a few words.",
        "capabilityGaps.description": "What cannot be done today, and its consequence.",
        "capabilityGaps.gapNature": "What kind of gap it is.",
        "capabilityGaps.targetMaturity": "The maturity the group aims at, 1–5 (see Guide).",
        "capabilityGaps.affectedMemberStates": "Countries that face the gap, e.g. NL; PL; ES.",
        "capabilityGaps.crossCuttingTags": "Themes shared with other groups, e.g. ai_triage; forensic.",
        "capabilityGaps.competencyIds": "Competencies (sheet Competencies) the gap belongs to.",
        "capabilityGaps.procurementContext.horizon": "When a solution is needed. Empty for gaps of process or law.",
        "capabilityGaps.procurementContext.deploymentIntent": "Whether agencies intend to deploy.",
        "capabilityGaps.procurementContext.expectedScale": "At what scale.",
        "capabilityGaps.procurementContext.rdNeeded": "yes or no to override whether R&D is needed; empty to derive it from the solutions.",
        "capabilityGaps.procurementContext.conformanceTestingNeeded": "yes when conformance testing is needed.",
        "capabilityGaps.declaredProcurementRoute": "The route the workshop itself recommended (optional).",
        "capabilityGaps.followsUp": "The earlier gap this one raises again, as <workshop id>/<gap id> (e.g. WS-2018-FOR/G02); with a shared cross-cutting tag both are one recurring need in the pan-European list (optional).",
        "candidateSolutions.id": "Short id, e.g. S01.",
        "candidateSolutions.name": "The solution's name.",
        "candidateSolutions.catalogId": "Id in the technology watch catalogue, if any.",
        "candidateSolutions.description": "What it does.",
        "candidateSolutions.technicalApproach": "A label of the technical approach (solutions with the same label count as one approach).",
        "candidateSolutions.availability": "How far it is from the market.",
        "candidateSolutions.trlEvidence": "Where the TRL comes from.",
        "candidateSolutions.trlAssessedOn": "When the TRL was assessed, YYYY-MM-DD.",
        "candidateSolutions.mrl": "Manufacturing readiness level 1–10 (information only).",
        "candidateSolutions.adoptionReadiness.aiActCategory": "The AI Act class of the solution's default use.",
        "candidateSolutions.costBasis": "What the cost covers.",
        "candidateSolutions.priceYear": "The year of the prices.",
        "candidateSolutions.supplierCount.total": "Number of suppliers.",
        "candidateSolutions.supplierCount.euBased": "Of which based in the EU.",
        "candidateSolutions.supplierCount.supplierIds": "Optional pseudonymous supplier ids (as many as suppliers).",
        "candidateSolutions.source.type": "Where the solution comes from.",
        "candidateSolutions.source.projectAcronym": "Research project acronym.",
        "candidateSolutions.source.grantId": "Grant id.",
        "candidateSolutions.source.programme": "Funding programme.",
        "candidateSolutions.standards.implements": "Standards the solution implements.",
        "candidateSolutions.standards.proprietaryFormats": "yes when it uses proprietary formats.",
        "candidateSolutions.standards.openInterfaces": "yes when it offers open interfaces.",
        "candidateSolutions.linkedGaps.coveragePct": "How much of the gap the solution covers, 0–100 %.",
        "candidateSolutions.linkedGaps.aiActCategoryOverride": "The AI Act class of this use, when it differs from the solution's.",
        "capabilityGaps.procurementContext.interestedProcurers.orgRef": "Pseudonymous id of the buying organisation, e.g. LEA-NL-1.",
        "capabilityGaps.procurementContext.interestedProcurers.country": "Its country, ISO code.",
        "capabilityGaps.procurementContext.interestedProcurers.commitment": "How firm its interest is.",
        "capabilityGaps.procurementContext.interestedProcurers.budgetEUR": "Budget it states, in euros (optional).",
        "capabilityGaps.existingStandards.ref": "The standard, e.g. ISO/IEC 27037.",
        "capabilityGaps.existingStandards.body": "Who issued it.",
        "capabilityGaps.existingStandards.coverage": "How much of the need it covers.",
        "capabilityGaps.existingStandards.adopted": "yes when agencies have adopted it.",
        "competencies.id": "Short id, e.g. C01.",
        "competencies.title": "The competency.",
        "competencies.description": "What it covers.",
        "competencies.maturityRatings.value": "Own agency's maturity 1–5, or abstain.",
        "capabilityGaps.innovationOpportunities.id": "Short id, e.g. IO1.",
        "capabilityGaps.innovationOpportunities.text": "The opportunity.",
        "priorityAreas.id": "Short id, e.g. PA1.",
        "priorityAreas.title": "The area.",
        "priorityAreas.gapIds": "The gaps in the area, e.g. G01; G02.",
        "priorityAreas.declaredRank": "The rank the group gave the area.",
        "criteriaComparisons.judgments.node": "The node whose children are compared, e.g. root.",
        "criteriaComparisons.judgments.a": "First criterion.",
        "criteriaComparisons.judgments.b": "Second criterion.",
        "criteriaComparisons.judgments.value": "How much more important a is than b: 1/9 … 9 (e.g. 3, or 0.333333 for 1/3).",
        "workshop.id": "WS-<year>-<group>, e.g. WS-2024-CYB.",
        "workshop.practitionerGroup": "FLP front-line policing, CBC cross-border crime, CYB cybercrime, CNI crime and intelligence, FOR forensics.",
        "workshop.topic": "The workshop's topic.",
        "workshop.year": "The year of the workshop.",
        "workshop.startDate": "First day, YYYY-MM-DD (needed when memberStateBasis is empty).",
        "workshop.endDate": "Last day, YYYY-MM-DD.",
        "workshop.memberStateBasis": "EU28 before 1 February 2020, EU27 after; empty: from the start date.",
        "workshop.location.city": "City of the meeting.",
        "workshop.location.country": "Country of the meeting, ISO code (e.g. GR).",
        "workshop.location.mode": "in_person, online or hybrid.",
        "workshop.facilitator": "Who facilitated (optional).",
        "sourceDocument": "The report the data come from (optional).",
        "candidateSolutions.trl": "Technology readiness level 1–9 (H2020 scale), a number or a three-point {min, mostLikely, max}.",
        "candidateSolutions.costEstimateEUR": "Cost in euros, a number or a three-point {min, mostLikely, max}; costBasis says what it covers.",
        "capabilityGaps.procurementContext.budgetEstimateEUR": "Estimated budget in euros, a number or a three-point {min, mostLikely, max}.",
        "capabilityGaps.procurementContext": "Whether and how agencies would buy a solution (required unless the gap is a matter of process, training, law or policy).",
        "capabilityGaps.ratings": "One rating per participant: participantId and the rated criteria.",
        "capabilityGaps.ratings.participantId": "The rater (participants[].id).",
        "capabilityGaps.existingStandards": "Standards found for the need; an empty list means none were found, an absent key that none were looked for.",
        "capabilityGaps.innovationOpportunities": "Innovation opportunities noted for the gap (information only).",
        "candidateSolutions.linkedGaps": "The gaps the solution addresses.",
        "candidateSolutions.linkedGaps.gapId": "The gap (capabilityGaps[].id).",
        "candidateSolutions.adoptionReadiness": "How ready agencies are to adopt the solution, per dimension 1–5, and its AI Act class.",
        "competencies.maturityRatings.participantId": "The rater (participants[].id).",
        "criteriaComparisons": "Pairwise comparisons of criteria (AHP), per participant and node.",
        "criteriaComparisons.participantId": "The participant (participants[].id).",
        "criteriaComparisons.node": "The node whose children are compared, e.g. root.",
        "workshop": "The workshop: id, group, year, dates and place.",
        "workshop.location": "Where the workshop met.",
        "participants": "Who took part, with pseudonymous ids.",
        "capabilityGaps": "The capability gaps the group identified.",
        "candidateSolutions": "Candidate solutions from the technology watch.",
        "competencies": "The competencies the group mapped (information only).",
        "priorityAreas": "The group's own clusters and ranks.",
        "schemaVersion": "1.<minor>, e.g. 1.0.",
        "kind": "Always \"workshop\".",
    ]
}
