import PriorityEngine

/// The synthetic workshop calendar of datasets/ilead-synthetic/GENERATOR.md (not real i-LEAD dates) and the topic table of GENERATOR.md.
public enum WorkshopCalendar {
    public struct Slot: Sendable {
        public var year: Int
        public var group: PractitionerGroup
        public var startDate: String
        public var city: String?
        public var country: String?
        public var mode: MeetingMode
        public var topic: String
        public var id: String { "WS-\(year)-\(group.rawValue)" }
    }

    static let table: [(Int, PractitionerGroup, String, String?, String?, MeetingMode)] = [
        (2018, .FLP, "03-13", "The Hague", "NL", .in_person), (2018, .CBC, "05-15", "Madrid", "ES", .in_person),
        (2018, .CYB, "06-19", "Vilnius", "LT", .in_person), (2018, .CNI, "09-18", "Warsaw", "PL", .in_person),
        (2018, .FOR, "11-13", "Brussels", "BE", .in_person),
        (2019, .FLP, "02-12", "Helsinki", "FI", .in_person), (2019, .CBC, "04-09", "Lisbon", "PT", .in_person),
        (2019, .CYB, "06-18", "Athens", "GR", .in_person), (2019, .CNI, "09-24", "Rome", "IT", .in_person),
        (2019, .FOR, "11-19", "London", "GB", .in_person),
        (2020, .FLP, "02-18", "Bucharest", "RO", .in_person), (2020, .CBC, "05-12", nil, nil, .online),
        (2020, .CYB, "07-07", nil, nil, .online), (2020, .CNI, "10-06", nil, nil, .online), (2020, .FOR, "11-24", nil, nil, .online),
        (2021, .FLP, "03-16", nil, nil, .online), (2021, .CBC, "05-18", nil, nil, .online),
        (2021, .CYB, "09-14", "Poznań", "PL", .hybrid), (2021, .CNI, "10-19", "The Hague", "NL", .hybrid),
        (2021, .FOR, "11-23", nil, nil, .online),
        (2022, .FLP, "03-22", "Madrid", "ES", .in_person), (2022, .CBC, "05-17", "Brussels", "BE", .in_person),
        (2022, .CYB, "06-21", "Lisbon", "PT", .in_person), (2022, .CNI, "09-20", "Helsinki", "FI", .in_person),
        (2022, .FOR, "11-15", "The Hague", "NL", .in_person),
    ]

    /// Topics by PG and year (GENERATOR.md, the project's table as given).
    static let topics: [PractitionerGroup: [String]] = [
        .FLP: ["Mobility for officers", "Public order", "UAVs", "Technology in vehicles", "Police use of firearms"],
        .CBC: ["People trafficking", "Drugs", "Firearms crime", "Child sexual exploitation", "Counterfeit goods"],
        .CYB: ["OSINT", "Financial investigation & virtual currencies", "Cyber extortion", "Biometric verification", "Credit card fraud"],
        .CNI: ["Intelligence analysis", "Digital investigations", "Signal intelligence", "Surveillance", "Crime prevention"],
        .FOR: ["Emerging DNA technologies", "Digital forensics", "Crime scene real time", "Future individualisation techniques", "Drug analysis (NPS)"],
    ]

    public static let slots: [Slot] = table.map { year, group, day, city, country, mode in
        Slot(year: year, group: group, startDate: "\(year)-\(day)", city: city, country: country, mode: mode,
             topic: topics[group]![year - 2018])
    }

    public static func slot(_ year: Int, _ group: PractitionerGroup) -> Slot { slots.first { $0.year == year && $0.group == group }! }
}
