import MCDA
import JSONFormat

/// One ranked list of a run: a workshop, a practitioner group across years, a year across groups, or everything.
public struct RankingList: Sendable {
    public enum Kind: String, Sendable { case workshop, practitionerGroup, year, panEuropean }

    public var kind: Kind
    /// The workshop id, PG code or year; `all` for the pan-European list.
    public var key: String
    public var entries: [RankedEntry]
    /// The workshops whose gaps are listed, in id order.
    public var workshopIds: [String]

    public init(kind: Kind, key: String, entries: [RankedEntry], workshopIds: [String]) {
        (self.kind, self.key, self.entries, self.workshopIds) = (kind, key, entries, workshopIds)
    }

    /// Human title, e.g. "Practitioner group CYB, all years".
    public var title: String {
        switch kind {
        case .workshop: "Workshop \(key)"
        case .practitionerGroup: "Practitioner group \(key), all years"
        case .year: "Year \(key), all practitioner groups"
        case .panEuropean: panEuropeanTitle
        }
    }

    /// The list of every gap, titled by what it holds: one workshop is not "pan-European".
    var panEuropeanTitle: String {
        let parts = workshopIds.map { $0.split(separator: "-").map(String.init) }.filter { $0.count == 3 }
        let groups = Set(parts.map { $0[2] }), years = Set(parts.compactMap { Int($0[1]) })
        if workshopIds.count == 1 { return "Workshop \(workshopIds[0]), all gaps" }
        let span = years.isEmpty ? "" : years.count == 1 ? "\(years.first!)" : "\(years.min()!)–\(years.max()!)"
        if groups.count == 1, let g = groups.first { return "Practitioner group \(g), \(workshopIds.count) workshops, \(span)" }
        if years.count == 1 { return "Year \(span), \(workshopIds.count) workshops of \(groups.count) practitioner groups" }
        return "Pan-European list: \(workshopIds.count) workshops of \(groups.count) practitioner groups, \(span)"
    }

    /// The file stem under the output folder, e.g. `workshops/WS-2019-CYB`.
    public var fileStem: String {
        switch kind {
        case .workshop: "workshops/\(key)"
        case .practitionerGroup: "practitioner-groups/\(key)"
        case .year: "years/\(key)"
        case .panEuropean: "pan-european"
        }
    }
}

/// Engine identification for manifests.
public enum EngineInfo {
    public static let version = "0.3.0"
}

extension PriorityRun {
    /// The warnings about the workshops of `list` (ref = the workshop id, `<id>/…` or `<id>#…`), and those
    /// without a ref.
    public func warnings(for list: RankingList) -> [Diagnostic] {
        warnings.filter { w in
            guard let ref = w.ref else { return true }
            return list.workshopIds.contains { ref == $0 || ref.hasPrefix($0 + "/") || ref.hasPrefix($0 + "#") }
        }
    }

    /// Every list of how-the-engine-decides.md §1: per workshop, per PG across years, per year across PGs, and the
    /// pan-European list, where each recurring need is one row (`RecurringNeeds`; the other lists keep every gap).
    public func lists() throws(MCDAError) -> [RankingList] {
        func list(_ kind: RankingList.Kind, _ key: String, _ gaps: [GapResult]) throws(MCDAError) -> RankingList {
            RankingList(kind: kind, key: key, entries: try PriorityRanking.rank(gaps, model: model),
                        workshopIds: Array(Set(gaps.map(\.workshopId))).sorted())
        }
        var out: [RankingList] = []
        let workshopIds = Array(Set(results.map(\.workshopId))).sorted()
        for id in workshopIds { out.append(try list(.workshop, id, results.filter { $0.workshopId == id })) }
        for pg in PractitionerGroup.allCases where results.contains(where: { $0.practitionerGroup == pg }) {
            out.append(try list(.practitionerGroup, pg.rawValue, results.filter { $0.practitionerGroup == pg }))
        }
        for year in Array(Set(results.map(\.year))).sorted() {
            out.append(try list(.year, String(year), results.filter { $0.year == year }))
        }
        if !results.isEmpty {
            let needs = RecurringNeeds.find(results, workshops: workshops, minCoverage: model.procurementRules.minCoverageRoute, file: needsFile)
            var all = try list(.panEuropean, "all", results)
            all.entries = RecurringNeeds.collapse(all.entries, needs: needs)
            out.append(all)
        }
        return out
    }
}
