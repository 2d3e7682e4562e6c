import Foundation
import MCDA
import PriorityEngine

/// A problem of an imported workbook, located at a cell (`Ratings!D14`), a row, a sheet or the workbook.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    public var location: String
    public var message: String
    public var isError: Bool
    public var description: String { location.isEmpty ? message : "\(location): \(message)" }
}

/// Sheets (from a workbook or a folder of CSV files) back to a workshop tree, checked by the workshop reader with
/// every message moved from its JSON path to the cell it came from.
public struct WorkshopImport {
    public private(set) var tree: [String: Any] = [:]
    public private(set) var problems: [ImportProblem] = []
    /// Where each JSON path of the tree came from.
    private var origins: [String: String] = [:]
    /// JSON paths whose cell was refused (reported once, at the cell).
    private var refused: Set<String> = []
    private let source: String

    /// Reads `sheets` (by name) from `source` (the file or folder, for messages).
    public init(sheets: [Sheet], source: String) {
        self.source = source
        assemble(Dictionary(sheets.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }))
        // The workshop reader checks what could be read, also when some cells could not: every problem at once.
        // A field whose cell was refused is not reported again as missing.
        let structural = problems.contains { $0.isError && !$0.location.contains("!") }
        if !structural { check() }
    }

    public var hasErrors: Bool { problems.contains(where: \.isError) }

    mutating func error(_ location: String, _ message: String) { problems.append(ImportProblem(location: location, message: message, isError: true)) }

    // MARK: sheets to tree

    /// The header positions of `layout` in `sheet`; unknown headers are reported, missing required ones too.
    mutating func headers(_ sheet: Sheet, _ layout: SheetLayout) -> [Int: Int]? {
        guard let header = sheet.rows.first else { error(sheet.name, "the sheet is empty; its first row must name the columns"); return nil }
        var map: [Int: Int] = [:]   // layout column -> sheet column
        for (k, cell) in header.enumerated() where !cell.isEmpty {
            let name = ColumnValues.text(cell)
            if let c = layout.columns.firstIndex(where: { $0.header.caseInsensitiveCompare(name) == .orderedSame }) {
                if map[c] != nil { error(sheet.reference(row: 0, column: k), "column '\(name)' appears twice") } else { map[c] = k }
            } else {
                error(sheet.reference(row: 0, column: k), "unknown column '\(name)' (expected: \(layout.columns.map(\.header).joined(separator: ", ")))")
            }
        }
        for (c, column) in layout.columns.enumerated() where column.required && map[c] == nil {
            error(sheet.name, "the column '\(column.header)' is missing")
        }
        return map
    }

    /// The records of a table sheet: per data row, its object and its row index.
    mutating func records(_ sheet: Sheet, _ layout: SheetLayout, at arrayPath: (Int) -> String) -> [(object: [String: Any], row: Int)] {
        guard let map = headers(sheet, layout) else { return [] }
        var out: [(object: [String: Any], row: Int)] = []
        for r in 1..<max(1, sheet.rows.count) {
            let row = sheet.rows[r]
            if row.allSatisfy(\.isEmpty) { continue }
            let path = arrayPath(out.count)
            var object: [String: Any] = [:]
            var threePoints: [String: [String: (Any, Int)]] = [:]
            for (c, column) in layout.columns.enumerated() {
                guard let k = map[c], k < row.count else { continue }
                let ref = sheet.reference(row: r, column: k)
                switch ColumnValues.json(row[k], for: column) {
                case let .failure(problem):
                    error(ref, "\(column.header): \(problem.message)")
                    refused.insert(path + "." + column.path.joined(separator: "."))
                case .success(nil): continue
                case let .success(value?):
                    if case let .threePoint(part, _, _) = column.kind {
                        threePoints[column.path.joined(separator: "."), default: [:]][part] = (value, k)
                        continue
                    }
                    if let list = value as? [String], list.isEmpty { continue }
                    Self.set(value, at: column.path, in: &object)
                    origins[path + "." + column.path.joined(separator: ".")] = ref
                }
            }
            for (name, parts) in threePoints.sorted(by: { $0.key < $1.key }) {
                let keyPath = name.split(separator: ".").map(String.init)
                let jsonPath = path + "." + name
                if parts.count == 1, let (v, k) = parts["mostLikely"] {
                    Self.set(v, at: keyPath, in: &object); origins[jsonPath] = sheet.reference(row: r, column: k)
                } else if parts.count == 3 {
                    Self.set(["min": parts["min"]!.0, "mostLikely": parts["mostLikely"]!.0, "max": parts["max"]!.0], at: keyPath, in: &object)
                    origins[jsonPath] = sheet.reference(row: r, column: parts["mostLikely"]!.1)
                    for (part, (_, k)) in parts { origins[jsonPath + "." + part] = sheet.reference(row: r, column: k) }
                } else {
                    error(sheet.reference(row: r, column: parts.values.map(\.1).min()!),
                          "\(name): give mostLikely alone, or min, mostLikely and max together")
                }
            }
            origins[path] = "\(sheet.name)!A\(r + 1)"
            out.append((object, r))
        }
        return out
    }

    static func set(_ value: Any, at path: [String], in object: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 { object[first] = value; return }
        var child = object[first] as? [String: Any] ?? [:]
        set(value, at: Array(path.dropFirst()), in: &child)
        object[first] = child
    }

    /// The id column's text of a child row, and an error at its cell when it names no known record.
    mutating func parentIndex(_ sheet: Sheet, row: Int, column: Int?, in ids: [String: Int], what: String) -> Int? {
        guard let column, column < sheet.rows[row].count else { return nil }
        let id = ColumnValues.text(sheet.rows[row][column])
        if let index = ids[id] { return index }
        error(sheet.reference(row: row, column: column), id.isEmpty ? "the \(what) is missing" : "unknown \(what) '\(id)' (not in sheet \(what == "gap" ? "Gaps" : what == "solution" ? "Solutions" : what == "competency" ? "Competencies" : "Participants"))")
        return nil
    }

    mutating func assemble(_ sheets: [String: Sheet]) {
        let L = WorkbookLayout.self
        for layout in L.sheets where layout.required && sheets[layout.name] == nil {
            error(source, "the sheet '\(layout.name)' is missing (expected sheets: \(L.sheets.map(\.name).joined(separator: ", ")))")
        }
        for name in sheets.keys.sorted() where !L.sheets.contains(where: { $0.name == name }) && name != L.guideSheet && name != L.listsSheet {
            problems.append(ImportProblem(location: name, message: "sheet '\(name)' is not part of a workshop workbook; it is ignored", isError: false))
        }
        tree["schemaVersion"] = "1.0"
        tree["kind"] = "workshop"
        // Workshop: field/value rows.
        if let sheet = sheets[L.workshop.name] {
            var info: [String: Any] = [:]
            for r in 1..<max(1, sheet.rows.count) {
                let row = sheet.rows[r]
                guard let first = row.first, !first.isEmpty else { continue }
                let name = ColumnValues.text(first)
                guard let field = L.workshopFields.first(where: { $0.header.caseInsensitiveCompare(name) == .orderedSame }) else {
                    error(sheet.reference(row: r, column: 0), "unknown field '\(name)' (expected: \(L.workshopFields.map(\.header).joined(separator: ", ")))")
                    continue
                }
                let cell = row.count > 1 ? row[1] : .empty
                switch ColumnValues.json(cell, for: field) {
                case let .failure(p): error(sheet.reference(row: r, column: 1), "\(field.header): \(p.message)")
                case .success(nil): continue
                case let .success(v?):
                    Self.set(v, at: field.path, in: &info)
                    origins[field.path.joined(separator: ".")] = sheet.reference(row: r, column: 1)
                }
            }
            for (k, v) in info { tree[k] = v }
            if tree["workshop"] == nil { tree["workshop"] = [String: Any]() }
            origins["workshop"] = "sheet \(sheet.name)"; origins[""] = "sheet \(sheet.name)"
        }
        var participantIds: [String: Int] = [:]
        if let sheet = sheets[L.participants.name] {
            origins["participants"] = "sheet \(sheet.name)"
            let rows = records(sheet, L.participants) { "participants[\($0)]" }
            tree["participants"] = rows.map(\.object)
            for (i, r) in rows.enumerated() { if let id = r.object["id"] as? String, participantIds[id] == nil { participantIds[id] = i } }
        }
        // Gaps and their child sheets.
        var gaps: [[String: Any]] = [], gapIds: [String: Int] = [:]
        if let sheet = sheets[L.gaps.name] {
            origins["capabilityGaps"] = "sheet \(sheet.name)"
            let rows = records(sheet, L.gaps) { "capabilityGaps[\($0)]" }
            gaps = rows.map(\.object)
            for (i, r) in rows.enumerated() {
                if let id = r.object["id"] as? String, gapIds[id] == nil { gapIds[id] = i }
                if gaps[i].removeValue(forKey: "$standardsChecked") as? Bool == true { gaps[i]["existingStandards"] = [Any]() }
                gaps[i]["ratings"] = [Any]()
            }
        }
        if let sheet = sheets[L.ratings.name] { ratings(sheet, into: &gaps, gapIds: gapIds) }
        func children(_ layout: SheetLayout, parentColumn: String, ids: [String: Int], what: String,
                      arrayPath: (Int, Int) -> String, attach: (Int, [String: Any]) -> Void) {
            guard let sheet = sheets[layout.name], let map = headers(sheet, layout) else { return }
            var counts: [Int: Int] = [:]
            for r in 1..<max(1, sheet.rows.count) where !sheet.rows[r].allSatisfy(\.isEmpty) {
                guard let parent = parentIndex(sheet, row: r, column: map[layout.column(parentColumn)!], in: ids, what: what) else { continue }
                let n = counts[parent, default: 0]
                counts[parent] = n + 1
                let base = arrayPath(parent, n)
                var object: [String: Any] = [:]
                for (c, column) in layout.columns.enumerated() where column.header != parentColumn {
                    guard let k = map[c], k < sheet.rows[r].count else { continue }
                    let ref = sheet.reference(row: r, column: k)
                    let cell = sheet.rows[r][k]
                    if column.header == "value", ColumnValues.text(cell).lowercased() == WorkbookLayout.abstain {
                        object["value"] = NSNull(); origins[base + ".value"] = ref; continue
                    }
                    switch ColumnValues.json(cell, for: column) {
                    case let .failure(p): error(ref, "\(column.header): \(p.message)")
                    case .success(nil): continue
                    case let .success(v?):
                        let key = column.header == "gap" ? ["gapId"] : column.header == "participant" ? ["participantId"] : column.path
                        Self.set(v, at: key, in: &object)
                        origins[base + "." + key.joined(separator: ".")] = ref
                    }
                }
                if layout.name == L.competencyRatings.name, object["value"] == nil { object["value"] = NSNull() }
                origins[base] = "\(sheet.name)!A\(r + 1)"
                attach(parent, object)
            }
        }
        children(L.procurers, parentColumn: "gap", ids: gapIds, what: "gap",
                 arrayPath: { "capabilityGaps[\($0)].procurementContext.interestedProcurers[\($1)]" }) { g, o in
            var context = gaps[g]["procurementContext"] as? [String: Any] ?? [:]
            context["interestedProcurers"] = (context["interestedProcurers"] as? [Any] ?? []) + [o]
            gaps[g]["procurementContext"] = context
        }
        children(L.standards, parentColumn: "gap", ids: gapIds, what: "gap",
                 arrayPath: { "capabilityGaps[\($0)].existingStandards[\($1)]" }) { g, o in
            gaps[g]["existingStandards"] = (gaps[g]["existingStandards"] as? [Any] ?? []) + [o]
        }
        children(L.opportunities, parentColumn: "gap", ids: gapIds, what: "gap",
                 arrayPath: { "capabilityGaps[\($0)].innovationOpportunities[\($1)]" }) { g, o in
            gaps[g]["innovationOpportunities"] = (gaps[g]["innovationOpportunities"] as? [Any] ?? []) + [o]
        }
        if sheets[L.gaps.name] != nil { tree["capabilityGaps"] = gaps }
        // Solutions and links.
        if let sheet = sheets[L.solutions.name] {
            let rows = records(sheet, L.solutions) { "candidateSolutions[\($0)]" }
            var solutions = rows.map { r -> [String: Any] in var o = r.object; o["linkedGaps"] = [Any](); return o }
            var ids: [String: Int] = [:]
            for (i, s) in solutions.enumerated() { if let id = s["id"] as? String, ids[id] == nil { ids[id] = i } }
            children(L.links, parentColumn: "solution", ids: ids, what: "solution",
                     arrayPath: { "candidateSolutions[\($0)].linkedGaps[\($1)]" }) { s, o in
                solutions[s]["linkedGaps"] = (solutions[s]["linkedGaps"] as? [Any] ?? []) + [o]
            }
            tree["candidateSolutions"] = solutions
        } else if let links = sheets[L.links.name], links.rows.count > 1 {
            error(links.name, "links need the sheet Solutions")
        }
        if let sheet = sheets[L.competencies.name] {
            let rows = records(sheet, L.competencies) { "competencies[\($0)]" }
            var competencies = rows.map(\.object)
            var ids: [String: Int] = [:]
            for (i, c) in competencies.enumerated() { if let id = c["id"] as? String, ids[id] == nil { ids[id] = i } }
            children(L.competencyRatings, parentColumn: "competency", ids: ids, what: "competency",
                     arrayPath: { "competencies[\($0)].maturityRatings[\($1)]" }) { c, o in
                competencies[c]["maturityRatings"] = (competencies[c]["maturityRatings"] as? [Any] ?? []) + [o]
            }
            tree["competencies"] = competencies
        }
        if let sheet = sheets[L.priorityAreas.name] {
            let rows = records(sheet, L.priorityAreas) { "priorityAreas[\($0)]" }
            if !rows.isEmpty { tree["priorityAreas"] = rows.map(\.object) }
        }
        if let sheet = sheets[L.judgments.name] { judgments(sheet) }
        if tree["competencies"] as? [Any] == nil || (tree["competencies"] as? [Any])?.isEmpty == true { tree["competencies"] = nil }
        if (tree["candidateSolutions"] as? [Any])?.isEmpty == true && sheets[L.solutions.name]?.rows.count ?? 0 <= 1 { tree["candidateSolutions"] = nil }
    }

    /// Ratings in long form (participant, gap, criterion, value | min, mostLikely, max) or in the wide form of a
    /// survey export (one row per participant, one column per gap and criterion, e.g. "G01 urgency").
    mutating func ratings(_ sheet: Sheet, into gaps: inout [[String: Any]], gapIds: [String: Int]) {
        guard let header = sheet.rows.first else { error(sheet.name, "the sheet is empty"); return }
        let names = header.map { ColumnValues.text($0).lowercased() }
        if !names.contains("criterion") { wideRatings(sheet, into: &gaps, gapIds: gapIds); return }
        guard let map = headers(sheet, WorkbookLayout.ratings) else { return }
        let col = { (name: String) in map[WorkbookLayout.ratings.column(name)!] }
        var ratingIndex: [String: Int] = [:]   // "gap|participant" -> index in the gap's ratings
        for r in 1..<max(1, sheet.rows.count) where !sheet.rows[r].allSatisfy(\.isEmpty) {
            let row = sheet.rows[r]
            func cell(_ name: String) -> Cell { col(name).map { $0 < row.count ? row[$0] : .empty } ?? .empty }
            func ref(_ name: String) -> String { sheet.reference(row: r, column: col(name) ?? 0) }
            guard let g = parentIndex(sheet, row: r, column: col("gap"), in: gapIds, what: "gap") else { continue }
            let participant = ColumnValues.text(cell("participant"))
            if participant.isEmpty { error(ref("participant"), "the participant is missing"); continue }
            let criterionText = ColumnValues.text(cell("criterion"))
            guard let key = Self.criterion(criterionText) else {
                error(ref("criterion"), "'\(criterionText)' is not a rated criterion (one of \(RatingKey.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            var value: Any?
            var valueRef = ref("value")
            let v = cell("value"), parts = ["min", "mostLikely", "max"].map(cell)
            if ColumnValues.text(v).lowercased() == WorkbookLayout.abstain { value = NSNull() }
            else if !v.isEmpty {
                guard let x = ColumnValues.number(v) else { error(ref("value"), "\(key.rawValue): '\(v.text)' is not a number 1–5 or abstain"); continue }
                value = ColumnValues.json(x)
                if parts.contains(where: { !$0.isEmpty }) { error(ref("min"), "give either value or min, mostLikely and max"); continue }
            } else if parts.allSatisfy({ !$0.isEmpty }) {
                let xs = parts.map(ColumnValues.number)
                guard xs.allSatisfy({ $0 != nil }) else { error(ref("min"), "\(key.rawValue): min, mostLikely and max must be numbers"); continue }
                value = ["min": ColumnValues.json(xs[0]!), "mostLikely": ColumnValues.json(xs[1]!), "max": ColumnValues.json(xs[2]!)]
                valueRef = ref("mostLikely")
            } else if parts.contains(where: { !$0.isEmpty }) {
                error(ref("min"), "\(key.rawValue): give min, mostLikely and max together"); continue
            } else {
                error(ref("value"), "\(key.rawValue): no value (write 1–5, abstain, or min, mostLikely and max)"); continue
            }
            let slot = "\(g)|\(participant)"
            var ratings = gaps[g]["ratings"] as? [Any] ?? []
            let index = ratingIndex[slot] ?? ratings.count
            var rating = index < ratings.count ? ratings[index] as! [String: Any] : ["participantId": participant]
            let base = "capabilityGaps[\(g)].ratings[\(index)]"
            if rating[key.rawValue] != nil {
                error(ref("criterion"), "participant '\(participant)' rates \(key.rawValue) of gap '\(ColumnValues.text(cell("gap")))' twice"); continue
            }
            rating[key.rawValue] = value
            if index < ratings.count { ratings[index] = rating } else {
                ratings.append(rating); ratingIndex[slot] = index
                origins[base] = ref("participant"); origins[base + ".participantId"] = ref("participant")
            }
            origins[base + "." + key.rawValue] = valueRef
            if case .some = value as? [String: Any] {
                for (p, name) in ["min", "mostLikely", "max"].enumerated() { origins[base + "." + key.rawValue + "." + name] = sheet.reference(row: r, column: col(["min", "mostLikely", "max"][p]) ?? 0) }
            }
            gaps[g]["ratings"] = ratings
        }
    }

    /// A rated criterion from a header or cell: its key (any case), or its title ("Operational impact").
    static func criterion(_ text: String) -> RatingKey? {
        if let key = RatingKey(rawValue: text) { return key }
        return criterionNames[text.lowercased().filter { $0.isLetter }]
    }

    /// Rated criteria by their key or title, lower case, letters only ("operationalimpact").
    static let criterionNames: [String: RatingKey] = Dictionary(RatingKey.allCases.flatMap { key in
        [(key.rawValue.lowercased(), key), (RatingScales.scale(key).title.lowercased().filter(\.isLetter), key)]
    }, uniquingKeysWith: { a, _ in a })

    mutating func wideRatings(_ sheet: Sheet, into gaps: inout [[String: Any]], gapIds: [String: Int]) {
        let header = sheet.rows[0]
        var participantColumn: Int?
        var cells: [(column: Int, gap: Int, key: RatingKey)] = []
        var ignored: [String] = []
        // The participant's column: one whose header names the participant, else a respondent id or code.
        let names = header.map { ColumnValues.text($0).lowercased() }
        participantColumn = names.firstIndex { $0.contains("participant") } ?? names.firstIndex { ["respondent", "code", "id"].contains($0) }
        for (k, c) in header.enumerated() where !c.isEmpty && k != participantColumn {
            let name = ColumnValues.text(c)
            if let (g, key) = Self.surveyColumn(name, gapIds: gapIds) { cells.append((k, g, key)) } else { ignored.append(name) }
        }
        if !ignored.isEmpty {
            problems.append(ImportProblem(location: sheet.name, message: "columns that name no gap and criterion are ignored: "
                                          + ignored.map { "'\($0)'" }.joined(separator: ", "), isError: false))
        }
        if cells.isEmpty {
            error(sheet.name, "no column names a gap and a criterion (e.g. 'G01 urgency', 'G01 - Operational impact', 'G01[urgency]')"); return
        }
        guard let participantColumn else { error(sheet.name, "a rating sheet needs the column 'participant' (long form: participant, gap, criterion, value; wide form: participant and one column per gap and criterion)"); return }
        for r in 1..<max(1, sheet.rows.count) where !sheet.rows[r].allSatisfy(\.isEmpty) {
            let row = sheet.rows[r]
            let participant = participantColumn < row.count ? ColumnValues.text(row[participantColumn]) : ""
            if participant.isEmpty { error(sheet.reference(row: r, column: participantColumn), "the participant is missing"); continue }
            var byGap: [Int: [String: Any]] = [:], refs: [Int: [(String, String)]] = [:]
            for (k, g, key) in cells where k < row.count && !row[k].isEmpty {
                let ref = sheet.reference(row: r, column: k)
                switch Self.surveyAnswer(row[k]) {
                case .abstain: byGap[g, default: [:]][key.rawValue] = NSNull()
                case let .value(x): byGap[g, default: [:]][key.rawValue] = ColumnValues.json(x)
                case .none: continue
                case .unreadable: error(ref, "\(key.rawValue): '\(row[k].text)' is not a number 1–5 or abstain"); continue
                }
                refs[g, default: []].append((key.rawValue, ref))
            }
            for g in byGap.keys.sorted() {
                var rating = byGap[g]!
                rating["participantId"] = participant
                var ratings = gaps[g]["ratings"] as? [Any] ?? []
                let base = "capabilityGaps[\(g)].ratings[\(ratings.count)]"
                origins[base] = sheet.reference(row: r, column: participantColumn)
                origins[base + ".participantId"] = origins[base]
                for (key, ref) in refs[g] ?? [] { origins[base + "." + key] = ref }
                ratings.append(rating)
                gaps[g]["ratings"] = ratings
            }
        }
    }

    /// The gap and criterion a survey column asks for: its first word is a gap id (`G01`, also `G01[urgency]`,
    /// `G01_urgency`), and the rest ends with a criterion's key or title (`G01 - Cross-chain tracing: Urgency`).
    static func surveyColumn(_ name: String, gapIds: [String: Int]) -> (Int, RatingKey)? {
        let separators = CharacterSet(charactersIn: " .:-_/[]()–—,;").union(.whitespaces)
        let words = name.components(separatedBy: separators).filter { !$0.isEmpty }
        guard let first = words.first, let g = gapIds[first] ?? gapIds[first.uppercased()] else { return nil }
        let rest = words.dropFirst().joined().lowercased().filter(\.isLetter)
        let match = criterionNames.filter { rest.hasSuffix($0.key) }.max { $0.key.count < $1.key.count }
        return match.map { (g, $0.value) }
    }

    enum SurveyAnswer { case value(Double), abstain, none, unreadable }

    /// A survey answer: a number, a labelled answer whose label starts with its number ("4 - Major"), an
    /// abstention ("abstain", "don't know", "n/a"), or nothing.
    static func surveyAnswer(_ cell: Cell) -> SurveyAnswer {
        if cell.isEmpty { return .none }
        if let x = ColumnValues.number(cell) { return .value(x) }
        let t = ColumnValues.text(cell).lowercased()
        if [WorkbookLayout.abstain, "don't know", "dont know", "do not know", "n/a", "na", "no opinion", "prefer not to say"].contains(t) { return .abstain }
        let digits = t.prefix { $0.isNumber }
        if let x = Double(digits), !digits.isEmpty, t.dropFirst(digits.count).first.map({ !$0.isNumber && $0 != "." && $0 != "," }) ?? true {
            return .value(x)
        }
        return .unreadable
    }

    mutating func judgments(_ sheet: Sheet) {
        let layout = WorkbookLayout.judgments
        guard let map = headers(sheet, layout) else { return }
        var comparisons: [[String: Any]] = [], index: [String: Int] = [:]
        for r in 1..<max(1, sheet.rows.count) where !sheet.rows[r].allSatisfy(\.isEmpty) {
            let row = sheet.rows[r]
            func cell(_ name: String) -> (Cell, String) {
                let k = map[layout.column(name)!] ?? 0
                return (k < row.count ? row[k] : .empty, sheet.reference(row: r, column: k))
            }
            let (p, pref) = cell("participant"), (node, _) = cell("node"), (a, aref) = cell("a"), (b, bref) = cell("b"), (v, vref) = cell("value")
            let pid = ColumnValues.text(p), nodeId = ColumnValues.text(node)
            guard let x = ColumnValues.number(v) else { error(vref, "value: '\(v.text)' is not a number (1/9 … 9, e.g. 3 or 0.333333)"); continue }
            let slot = pid + "|" + nodeId
            let c = index[slot] ?? comparisons.count
            if c == comparisons.count {
                comparisons.append(["participantId": pid, "node": nodeId, "judgments": [Any]()]); index[slot] = c
                origins["criteriaComparisons[\(c)]"] = pref; origins["criteriaComparisons[\(c)].participantId"] = pref
            }
            var list = comparisons[c]["judgments"] as! [Any]
            let base = "criteriaComparisons[\(c)].judgments[\(list.count)]"
            list.append(["a": ColumnValues.text(a), "b": ColumnValues.text(b), "value": ColumnValues.json(x)])
            origins[base] = pref; origins[base + ".a"] = aref; origins[base + ".b"] = bref; origins[base + ".value"] = vref
            comparisons[c]["judgments"] = list
        }
        if !comparisons.isEmpty { tree["criteriaComparisons"] = comparisons }
    }

    // MARK: checking

    /// The workshop reader's verdict on the tree, each message at the cell its JSON path came from.
    mutating func check() {
        var (workshop, diagnostics) = Workshop.read(json: tree, file: source)
        if let workshop { diagnostics += workshop.checkComparisons(against: .default, file: source) }
        for d in diagnostics where d.level != .info && !refused.contains(d.path) {
            // The field's name leads the message when the cell alone does not say it ("urgency: 7 is outside 1–5").
            let key = d.path.split(whereSeparator: { $0 == "." || $0 == "[" }).last.map(String.init) ?? ""
            let field = ["gapId": "gap", "participantId": "participant"][key] ?? key
            let named = field.isEmpty || field.hasSuffix("]") || d.message.contains("'\(field)'") || d.message.contains("\(field) '")
                || d.message.hasPrefix(field)
            problems.append(ImportProblem(location: location(of: d.path), message: named ? d.message : "\(field): \(d.message)", isError: d.level == .error))
        }
    }

    /// The cell of a JSON path, or of its nearest ancestor that has one.
    func location(of path: String) -> String {
        var p = path
        while !p.isEmpty {
            if let o = origins[p] { return o }
            if let cut = p.lastIndex(where: { $0 == "." || $0 == "[" }) { p = String(p[..<cut]) } else { break }
        }
        return ""
    }
}
