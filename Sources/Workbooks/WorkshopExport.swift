import Foundation
import MCDA
import PriorityEngine
import JSONFormat

/// A workshop file as the sheets of `WorkbookLayout`: the template (no data) or the export of an existing file.
public enum WorkshopExport {
    /// The sheets of a workshop tree (as parsed from its JSON), or of an empty template when `tree` is nil, with
    /// `info` filling the Workshop sheet of a template.
    public static func sheets(tree: Any?, info: [String: String] = [:]) -> [Sheet] {
        func records(_ key: String, in node: Any?) -> [Any] { (JSONScalarObject.member(key, of: node) as? [Any]) ?? [] }
        func header(_ layout: SheetLayout) -> [Cell] { layout.columns.map { .text($0.header) } }
        func table(_ layout: SheetLayout, _ objects: [Any], extra: (Any, inout [Cell]) -> Void = { _, _ in }) -> Sheet {
            Sheet(name: layout.name, rows: [header(layout)] + objects.map { o in
                var row = layout.columns.map { ColumnValues.cell($0, of: o) }
                extra(o, &row)
                return row
            })
        }
        let L = WorkbookLayout.self
        var workshopRows: [[Cell]] = [header(L.workshop)]
        for field in L.workshopFields {
            let value = tree.map { ColumnValues.cell(field, of: $0) } ?? info[field.header].map(Cell.text) ?? .empty
            workshopRows.append([.text(field.header), value])
        }
        let gaps = records("capabilityGaps", in: tree)
        let solutions = records("candidateSolutions", in: tree)
        var ratingRows: [[Cell]] = [header(L.ratings)], procurerRows: [[Cell]] = [header(L.procurers)]
        var standardRows: [[Cell]] = [header(L.standards)], opportunityRows: [[Cell]] = [header(L.opportunities)]
        for gap in gaps {
            let gid = ColumnValues.plain(JSONScalarObject.member("id", of: gap))
            for rating in records("ratings", in: gap) {
                let pid = ColumnValues.plain(JSONScalarObject.member("participantId", of: rating))
                for key in RatingKey.allCases {
                    guard let v = JSONScalarObject.member(key.rawValue, of: rating) else { continue }
                    var row: [Cell] = [pid, gid, .text(key.rawValue), .empty, .empty, .empty, .empty]
                    if v is NSNull { row[3] = .text(WorkbookLayout.abstain) }
                    else if let x = JSONNumber.value(v) { row[3] = .number(x) }
                    else {
                        for (k, part) in ["min", "mostLikely", "max"].enumerated() {
                            row[4 + k] = JSONNumber.value(JSONScalarObject.member(part, of: v)).map(Cell.number) ?? .empty
                        }
                    }
                    ratingRows.append(row)
                }
            }
            let context = JSONScalarObject.member("procurementContext", of: gap)
            for p in records("interestedProcurers", in: context) {
                procurerRows.append([gid] + L.procurers.columns.dropFirst().map { ColumnValues.cell($0, of: p) })
            }
            for s in records("existingStandards", in: gap) {
                standardRows.append([gid] + L.standards.columns.dropFirst().map { ColumnValues.cell($0, of: s) })
            }
            for o in records("innovationOpportunities", in: gap) {
                opportunityRows.append([gid] + L.opportunities.columns.dropFirst().map { ColumnValues.cell($0, of: o) })
            }
        }
        var linkRows: [[Cell]] = [header(L.links)]
        for s in solutions {
            let sid = ColumnValues.plain(JSONScalarObject.member("id", of: s))
            for link in records("linkedGaps", in: s) {
                linkRows.append([sid, ColumnValues.plain(JSONScalarObject.member("gapId", of: link))]
                                + L.links.columns.dropFirst(2).map { ColumnValues.cell($0, of: link) })
            }
        }
        let competencies = records("competencies", in: tree)
        var competencyRatingRows: [[Cell]] = [header(L.competencyRatings)]
        for c in competencies {
            let cid = ColumnValues.plain(JSONScalarObject.member("id", of: c))
            for m in records("maturityRatings", in: c) {
                let v = JSONScalarObject.member("value", of: m)
                competencyRatingRows.append([cid, ColumnValues.plain(JSONScalarObject.member("participantId", of: m)),
                                             v is NSNull ? .text(WorkbookLayout.abstain) : ColumnValues.plain(v)])
            }
        }
        var judgmentRows: [[Cell]] = [header(L.judgments)]
        for c in records("criteriaComparisons", in: tree) {
            let pid = ColumnValues.plain(JSONScalarObject.member("participantId", of: c)), node = ColumnValues.plain(JSONScalarObject.member("node", of: c))
            for j in records("judgments", in: c) {
                judgmentRows.append([pid, node] + ["a", "b", "value"].map { ColumnValues.plain(JSONScalarObject.member($0, of: j)) })
            }
        }
        let gapSheet = table(L.gaps, gaps) { gap, row in
            let checked = L.gaps.column("standardsChecked")!
            row[checked] = JSONScalarObject.member("existingStandards", of: gap) != nil ? .bool(true) : .empty
        }
        return [
            Sheet(name: L.workshop.name, rows: workshopRows),
            table(L.participants, records("participants", in: tree)),
            gapSheet,
            Sheet(name: L.ratings.name, rows: ratingRows),
            table(L.solutions, solutions),
            Sheet(name: L.links.name, rows: linkRows),
            Sheet(name: L.procurers.name, rows: procurerRows),
            Sheet(name: L.standards.name, rows: standardRows),
            table(L.competencies, competencies),
            Sheet(name: L.competencyRatings.name, rows: competencyRatingRows),
            Sheet(name: L.opportunities.name, rows: opportunityRows),
            table(L.priorityAreas, records("priorityAreas", in: tree)),
            Sheet(name: L.judgments.name, rows: judgmentRows),
        ]
    }
}
