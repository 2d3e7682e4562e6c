import PriorityEngine

/// The id of each list's section in the report: `overview` for the list of all gaps, `pg-CYB`, `year-2019`,
/// `ws-WS-2019-CYB`; characters other than letters, digits, `-` and `_` become `_`, and an id taken twice gets
/// `-2`, `-3`, … so every link finds its own section.
struct SectionAnchors {
    private var ids: [String: String] = [:]

    init(_ lists: [RankingList]) {
        var taken: Set<String> = ["overview", "workshops", "glossary", "overview-title"]
        for list in lists {
            let base: String
            switch list.kind {
            case .panEuropean: ids[Self.key(list)] = "overview"; continue
            case .practitionerGroup: base = HTMLNodes.anchor("pg", list.key)
            case .year: base = HTMLNodes.anchor("year", list.key)
            case .workshop: base = HTMLNodes.anchor("ws", list.key)
            }
            var id = base, n = 1
            while taken.contains(id) { n += 1; id = "\(base)-\(n)" }
            taken.insert(id)
            ids[Self.key(list)] = id
        }
    }

    static func key(_ list: RankingList) -> String { "\(list.kind.rawValue)/\(list.key)" }

    subscript(_ list: RankingList) -> String { ids[Self.key(list)] ?? "overview" }
    subscript(_ kind: RankingList.Kind, _ key: String) -> String? { ids["\(kind.rawValue)/\(key)"] }
}
