import Foundation
import JSONFormat

/// The technology-watch catalogue (`kind: "technologyWatch"`, docs/technology-watch.md): the market and research
/// items the network follows, each with dated assessments of its readiness and market. Workshop solutions refer to
/// an item by `catalogId`.
public struct TechnologyWatch: Sendable {
    /// Where an item comes from.
    public enum Source: String, CaseIterable, Sendable { case market, h2020, fp7, isf, national, other }

    /// One dated assessment. Every field but `date` is optional: an assessment states what was assessed.
    public struct Assessment: Sendable, Equatable {
        /// YYYY-MM-DD.
        public var date: String
        public var trl: ThreePoint?
        public var availability: Availability?
        public var supplierTotal: Int?, supplierEUBased: Int?, supplierIds: [String]?
        public var aiActCategory: AIActCategory?
        public var trlEvidence: TRLEvidence?
        /// What the assessment rests on (free text: a test report, a tender, a project deliverable).
        public var evidence: String?

        public init(date: String, trl: ThreePoint? = nil, availability: Availability? = nil, supplierTotal: Int? = nil,
                    supplierEUBased: Int? = nil, supplierIds: [String]? = nil, aiActCategory: AIActCategory? = nil,
                    trlEvidence: TRLEvidence? = nil, evidence: String? = nil) {
            self.date = date; self.trl = trl; self.availability = availability; self.supplierTotal = supplierTotal
            self.supplierEUBased = supplierEUBased; self.supplierIds = supplierIds; self.aiActCategory = aiActCategory
            self.trlEvidence = trlEvidence; self.evidence = evidence
        }
    }

    /// One catalogue item.
    public struct Item: Sendable {
        public var catalogId: String
        public var name: String
        public var source: Source?
        public var technicalApproach: String?
        public var tags: [String]
        /// Oldest first.
        public var assessments: [Assessment]

        public init(catalogId: String, name: String, source: Source? = nil, technicalApproach: String? = nil,
                    tags: [String] = [], assessments: [Assessment]) {
            self.catalogId = catalogId; self.name = name; self.source = source; self.technicalApproach = technicalApproach
            self.tags = tags; self.assessments = assessments.sorted { $0.date < $1.date }
        }

        /// The newest assessment dated after `after` (exclusive) and on or before `asOf`: the one that supersedes a
        /// workshop's own assessment made on `after`.
        public func newestAssessment(after: String, onOrBefore asOf: String) -> Assessment? {
            assessments.last { $0.date > after && $0.date <= asOf }
        }
    }

    public let items: [Item]
    private let index: [String: Int]

    public init(items: [Item]) {
        self.items = items
        var index: [String: Int] = [:]
        for (k, item) in items.enumerated() where index[item.catalogId] == nil { index[item.catalogId] = k }
        self.index = index
    }

    /// The item with this catalogue id.
    public func item(_ catalogId: String) -> Item? { index[catalogId].map { items[$0] } }
}

extension TechnologyWatch {
    /// Reads and validates a catalogue file; every problem is collected with its JSON path, and the catalogue is
    /// returned only when there is no error.
    public static func read(_ data: Data, file: String) -> (watch: TechnologyWatch?, diagnostics: [Diagnostic]) {
        guard let root = JSONReader.parse(data, file: file) else { return (nil, []) }
        if root.node == nil { return (nil, root.sink.diagnostics) }
        guard root.expectObject(known: ["schemaVersion", "kind", "description", "generator", "items"]) else { return (nil, root.sink.diagnostics) }
        root.checkEnvelope(kind: "technologyWatch")
        var items: [Item] = []
        var seen: [String: Int] = [:]
        for (k, r) in root.array("items", required: true).enumerated() {
            guard let item = readItem(r) else { continue }
            if let first = seen[item.catalogId] {
                r.error("duplicate catalogId '\(item.catalogId)' (also items[\(first)])", at: r.childPath("catalogId"))
                continue
            }
            seen[item.catalogId] = k
            items.append(item)
        }
        let diagnostics = root.sink.diagnostics
        return (diagnostics.contains { $0.level == .error } ? nil : TechnologyWatch(items: items), diagnostics)
    }

    /// The keys each object may hold (built once: a catalogue has tens of thousands of assessments).
    private enum Keys {
        static let item: Set<String> = ["catalogId", "name", "description", "source", "technicalApproach", "tags", "assessments"]
        static let assessment: Set<String> = ["date", "assessedOn", "trl", "availability", "supplierCount", "supplierIds", "aiActCategory",
                                              "trlEvidence", "evidence"]
        static let supplierCount: Set<String> = ["total", "euBased", "supplierIds"]
    }

    private static func readItem(_ r: JSONReader) -> Item? {
        guard r.expectObject(known: Keys.item) else { return nil }
        let id = r.string("catalogId", required: true)
        let name = r.string("name", required: true)
        let source = r.enumeration("source", Source.self)
        var assessments: [Assessment] = []
        var dates: [String: Int] = [:]
        for (k, a) in r.array("assessments", required: true).enumerated() {
            guard let assessment = readAssessment(a) else { continue }
            if let first = dates[assessment.date] {
                a.error("two assessments of '\(id ?? "")' are dated \(assessment.date) (also assessments[\(first)]); merge them", at: a.childPath("date"))
                continue
            }
            dates[assessment.date] = k
            assessments.append(assessment)
        }
        guard let id, let name else { return nil }
        return Item(catalogId: id, name: name, source: source, technicalApproach: r.string("technicalApproach"),
                    tags: r.strings("tags"), assessments: assessments)
    }

    /// An assessment. Forms a catalogue may use besides the canonical one [decision: catalogues come from other
    /// tools]: `assessedOn` for `date`; `supplierCount` as a plain number, or `supplierIds` beside it (the count is
    /// then their number); a TRL-evidence level (`independent_test`, ...) given as `evidence`.
    private static func readAssessment(_ r: JSONReader) -> Assessment? {
        guard r.expectObject(known: Keys.assessment) else { return nil }
        if r.has("date"), r.has("assessedOn") { r.error("give the date once, as date or assessedOn", at: r.childPath("assessedOn")) }
        let date = r.has("assessedOn") ? r.date("assessedOn", required: true) : r.date("date", required: true)
        let trl = r.member("trl", required: false).flatMap { $0.threePoint(range: 1...9, integer: true) }
        var total: Int?, eu: Int?, ids: [String]?
        if r.has("supplierIds") {
            ids = r.strings("supplierIds")
            total = ids?.count
        }
        if let sc = r.member("supplierCount", required: false), JSONNumber.value(sc.node) != nil {
            total = sc.checkedNumber(range: 0...100_000, integer: true).map { Int($0) }
            if let total, let ids, ids.count != total { r.error("supplierIds lists \(ids.count) suppliers but supplierCount is \(total)", at: r.childPath("supplierIds")) }
        } else if let sc = r.member("supplierCount", required: false), sc.expectObject(known: Keys.supplierCount) {
            if r.has("supplierIds") { r.error("give the supplier ids once, inside supplierCount", at: r.childPath("supplierIds")) }
            total = sc.number("total", required: true, range: 0...100_000, integer: true).map { Int($0) }
            eu = sc.number("euBased", range: 0...100_000, integer: true).map { Int($0) }
            if sc.has("supplierIds") {
                ids = sc.strings("supplierIds")
                if let total, let ids, ids.count != total {
                    sc.error("supplierIds lists \(ids.count) suppliers but total is \(total)", at: sc.childPath("supplierIds"))
                }
            }
            if let total, let eu, eu > total { sc.error("euBased \(eu) exceeds total \(total)", at: sc.childPath("euBased")) }
        }
        let evidence = r.string("evidence")
        let level = r.enumeration("trlEvidence", TRLEvidence.self) ?? evidence.flatMap(TRLEvidence.init(rawValue:))
        let assessment = Assessment(date: date ?? "", trl: trl, availability: r.enumeration("availability", Availability.self),
                                    supplierTotal: total, supplierEUBased: eu, supplierIds: ids,
                                    aiActCategory: r.enumeration("aiActCategory", AIActCategory.self),
                                    trlEvidence: level, evidence: evidence)
        if r.isObject, !["trl", "availability", "supplierCount", "supplierIds", "aiActCategory"].contains(where: r.has) {
            r.error("an assessment states at least one of trl, availability, supplierCount, supplierIds, aiActCategory")
        }
        guard date != nil else { return nil }
        return assessment
    }
}
