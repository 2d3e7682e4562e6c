import PriorityEngine

/// Realistic gap titles per topic (datasets/ilead-synthetic/GENERATOR.md) and the standards the generator may cite (how-the-engine-decides.md §7).
enum GapSeeds {
    static let byTopic: [String: [String]] = [
        "Mobility for officers": ["Roadside access to SIS, Interpol and national registers", "Mobile biometric capture at checks", "Real-time translation in cross-border stops"],
        "People trafficking": ["Finding victims in online advertisements", "Financial-flow analysis of trafficking networks", "Multi-lingual victim interviews"],
        "OSINT": ["Dark-web monitoring at scale", "Forensically sound capture and preservation of web evidence", "LED-compliant social-media analytics"],
        "Intelligence analysis": ["Fusing heterogeneous intelligence data", "Cross-border link analysis", "Analyst workload triage"],
        "Emerging DNA technologies": ["Rapid DNA in custody suites", "Forensic DNA phenotyping", "Validation of MPS/NGS methods"],
        "Public order": ["Crowd-density monitoring at events", "Body-worn video management", "De-escalation communications"],
        "Drugs": ["Precursor detection at borders", "Darknet market attribution", "Synthetic-drug laboratory detection"],
        "Financial investigation & virtual currencies": ["Cross-chain tracing of virtual-currency flows", "Crypto-asset seizure and custody", "Bank data exchange formats"],
        "Digital investigations": ["Lawful access to encrypted communications", "Cloud evidence requests across borders", "Triage of seized data volumes"],
        "Digital forensics": ["Extraction from the latest mobile operating systems", "Validation of forensic tools", "Backlog triage in digital forensic units"],
        "UAVs": ["Counter-UAS at public events", "Police drone operations in urban airspace", "Drone forensics"],
        "Firearms crime": ["Ballistic data exchange across Member States", "Detection of converted and 3D-printed weapons", "Tracing of reactivated weapons"],
        "Cyber extortion": ["Ransomware victim reporting", "Decryption-key sharing", "Tracing of crypto ransoms"],
        "Signal intelligence": ["Lawful interception in 5G networks", "IMSI-catcher detection", "Metadata analytics"],
        "Crime scene real time": ["Live 3D scene capture and sharing", "Remote expert support at scenes", "Chain of custody for streamed evidence"],
        "Technology in vehicles": ["Infotainment and telematics forensics", "Remote vehicle stopping", "Access to connected-car data"],
        "Child sexual exploitation": ["CSAM triage and hashing", "Victim identification", "Grooming detection"],
        "Biometric verification": ["Morphing and deepfake detection", "Mobile face verification", "Interoperable biometric formats"],
        "Surveillance": ["Forensic review of post-event video", "ANPR data sharing", "Real-time remote biometric identification"],
        "Future individualisation techniques": ["Epigenetic age estimation", "Microbiome and proteomic traces", "Admissibility of novel methods"],
        "Police use of firearms": ["Less-lethal options", "Simulator training", "Shot detection integrated with body-worn video"],
        "Counterfeit goods": ["Product authentication at inspection", "E-commerce monitoring", "Customs-police data exchange"],
        "Credit card fraud": ["Skimmer detection", "Card-not-present fraud data sharing with banks", "Mule-account detection"],
        "Crime prevention": ["Place-based hotspot analysis without individual profiling", "Evaluation of situational prevention"],
        "Drug analysis (NPS)": ["Identifying new NPS without reference spectra", "Shared spectral libraries", "Field presumptive tests"],
    ]

    /// Qualifiers that turn a seed into a further, distinct gap when a workshop needs more gaps than seeds.
    static let aspects = ["at scale", "across borders", "for small agencies", "with court-ready reporting", "in real time",
                          "interoperable with EU systems", "with privacy safeguards", "for front-line staff"]

    /// Topics whose solutions face legal headwinds (−1 on legalBasis, dataProtection, ethics; GENERATOR.md).
    static let sensitiveTopics: Set<String> = ["OSINT", "Surveillance", "Biometric verification", "Child sexual exploitation",
                                               "Signal intelligence", "Future individualisation techniques"]

    /// Cross-cutting tags and the PGs they occur in (GENERATOR.md).
    static let tags: [(String, [PractitionerGroup])] = [
        ("ai_triage", [.CYB, .CNI, .FOR, .CBC]), ("encrypted_devices", [.CYB, .FOR]), ("decrypt_comms", [.CNI, .CBC]),
        ("cross_border_exchange", [.CBC, .FLP, .CNI]), ("tool_validation", [.FOR, .CYB]),
    ]

    static let standards: [(ref: String, body: StandardsBody)] = [
        ("ISO/IEC 27037", .ISO_IEC), ("ISO/IEC 27042", .ISO_IEC), ("ETSI TS 102 232", .ETSI), ("ETSI TS 102 657", .ETSI),
        ("ISO/IEC 39794", .ISO_IEC), ("ISO/IEC 30107", .ISO_IEC), ("ANSI/NIST-ITL 1", .NIST), ("ICAO Doc 9303", .ICAO),
        ("ISO/IEC 17025", .ISO_IEC), ("ISO 21043-2", .ISO), ("ISO 21043-3", .ISO), ("ENFSI BPM DNA", .ENFSI),
    ]

    static let approaches = ["rule-based", "ml-classifier", "graph-analytics", "sensor-fusion", "cloud-saas", "on-premise-suite"]

    static let consortium: Set<String> = ["NL", "BE", "PL", "ES", "FI", "GR", "IT", "RO", "GB", "PT", "LT"]
    static let countries: [String] = (Array(MemberStates.eu27) + ["GB"]).sorted()
}
