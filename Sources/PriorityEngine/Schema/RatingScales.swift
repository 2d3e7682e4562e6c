/// What each rated criterion measures and what its levels 1–5 mean: the anchors shown to raters (workbook guide,
/// printable rating sheet, JSON Schema), so that scores mean the same across groups and years.
public enum RatingScales {
    public struct Scale: Sendable {
        /// The key as written in files (`operationalImpact`).
        public var key: String
        /// A short name for people ("Operational impact").
        public var title: String
        /// The question the rater answers.
        public var question: String
        /// Levels 1…5, each with its meaning.
        public var levels: [String]
    }

    /// The nine rating keys of a gap, in the order of `RatingKey.allCases`.
    public static let ratings: [Scale] = RatingKey.allCases.map(scale)

    public static func scale(_ key: RatingKey) -> Scale {
        switch key {
        case .operationalImpact:
            Scale(key: key.rawValue, title: "Operational impact", question: "How much does the gap hurt the mission?",
                  levels: ["Negligible: a trivial workaround exists", "Minor: extra effort, same outcome",
                           "Moderate: delays or lower quality, some cases unresolved", "Major: objectives often missed, heavy drain on resources",
                           "Critical: the task cannot be done, evidence is lost, cases are abandoned"])
        case .publicSafetyImpact:
            Scale(key: key.rawValue, title: "Public-safety impact", question: "How much harm to victims, the public, officers or rights follows from the gap?",
                  levels: ["None that can be identified", "Limited and indirect", "Moderate harm to people or property",
                           "Serious: serious crime goes on, victims stay unidentified, officers at risk",
                           "Life-threatening or systemic (terrorism, ongoing child abuse)"])
        case .urgency:
            Scale(key: key.rawValue, title: "Urgency", question: "How soon does the gap become critical?",
                  levels: ["More than 5 years, or no pressure", "In 3 to 5 years", "In 1 to 3 years", "Within a year",
                           "Now: already failing and getting worse"])
        case .frequency:
            Scale(key: key.rawValue, title: "Frequency", question: "How often do officers meet the situation?",
                  levels: ["Rarely: less than once a year per agency", "Occasionally: a few times a year", "Regularly: monthly",
                           "Frequently: weekly", "Daily, or in nearly every case of the kind"])
        case .baselineMaturity:
            Scale(key: key.rawValue, title: "Baseline maturity", question: "How mature is your own agency's capability today?",
                  levels: maturityLevels)
        case .needClarity:
            Scale(key: key.rawValue, title: "Need clarity", question: "How clearly is the need written down?",
                  levels: ["Not articulated", "Described as a problem only", "Described with the expected outcome",
                           "Described with operational requirements", "Functional requirements written"])
        case .interoperabilityNeed:
            Scale(key: key.rawValue, title: "Interoperability need", question: "How much must results be exchanged with others?",
                  levels: ["Purely local use", "Occasional exchange inside the country", "National data exchange",
                           "Regular exchange across borders", "Routine, near-real-time exchange across borders (SIS, Prüm, joint teams)"])
        case .fragmentation:
            Scale(key: key.rawValue, title: "Fragmentation", question: "How many incompatible ways of doing it exist today?",
                  levels: ["One common approach", "Two approaches", "A few competing approaches", "Many approaches, partly compatible",
                           "Every country or agency uses incompatible tools, formats or procedures"])
        case .evidentialNeed:
            Scale(key: key.rawValue, title: "Evidential need", question: "How far must results stand up in court?",
                  levels: ["Intelligence use only", "Occasionally used as evidence", "Sometimes used as evidence",
                           "Often used as evidence", "Routinely presented in court; a validated method and chain of custody are required"])
        }
    }

    /// Baseline (own agency) and target (agreed by the group) maturity share one scale.
    public static let maturityLevels = ["Absent: no capability", "Ad hoc: individual initiative, no procedure or tool",
                                        "Partial: tools or procedures in some units, not systematic",
                                        "Established: a systematic national capability with known limits",
                                        "Advanced: state of the art, validated or accredited, interoperable across the EU"]

    /// What the allowed values of each enumeration of a workshop file mean, for guides and schema descriptions.
    public static let enumerationMeanings: [String: [(value: String, meaning: String)]] = [
        "gapNature": [("novel_capability", "a capability that does not exist yet"), ("integration_customisation", "existing technology to integrate or adapt"),
                      ("process_training", "a matter of procedures or training (no procurement)"), ("legal_policy", "a legal or policy matter (no procurement)")],
        "horizon": [("near", "needed within about 2 years"), ("mid", "needed in about 2 to 5 years"), ("long", "needed in more than 5 years")],
        "deploymentIntent": [("none", "no agency intends to deploy"), ("possible", "agencies may deploy"), ("committed", "agencies have committed to deploy")],
        "expectedScale": [("pilot", "a pilot"), ("single_agency", "one agency"), ("national", "one country"), ("multi_national", "several countries")],
        "commitment": [("interest", "interest stated"), ("letter_of_intent", "a letter of intent"), ("budget_committed", "budget committed")],
        "availability": [("concept", "an idea or design"), ("prototype", "a research prototype"), ("pilot", "piloted with users"),
                         ("limited_commercial", "sold to a few customers"), ("commercial", "on the market")],
        "coverage": [("none", "the standard does not cover the need"), ("partial", "it covers part of it"), ("complete", "it covers all of it")],
        "voting": [("yes", "rates the gaps (practitioners)"), ("no", "observer: ratings are ignored")],
    ]
}
