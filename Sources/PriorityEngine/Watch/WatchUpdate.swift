/// What the technology watch changed in one workshop solution: the catalogue's assessment that superseded the
/// workshop's own, and each value it replaced (recorded in the manifest, shown per gap in the reports).
public struct WatchChange: Sendable, Equatable {
    /// One value replaced: the field as the workshop file names it, the workshop's value and the catalogue's.
    public struct Field: Sendable, Equatable {
        public var name: String, before: String, after: String
    }

    /// `<workshopId>/<solutionId>`.
    public var solutionRef: String
    public var catalogId: String
    /// The gaps the solution is linked to (`<workshopId>/<gapId>`).
    public var gapRefs: [String]
    /// The date of the workshop's own assessment (`trlAssessedOn`, else the workshop's end or start date, else
    /// 31 December of its year) and of the catalogue's assessment that superseded it.
    public var ownDate: String, assessedOn: String
    /// The values that differ; empty when the newer assessment confirmed the workshop's.
    public var fields: [Field]
    /// The catalogue's evidence for the assessment, if it gives one.
    public var evidence: String?
}

extension TechnologyWatch {
    /// The date of a workshop solution's own assessment: its `trlAssessedOn`, else its workshop's date.
    public static func ownDate(of solution: Workshop.CandidateSolution, in workshop: Workshop.Info) -> String {
        solution.trlAssessedOn ?? date(of: workshop)
    }

    /// A workshop's date: its `endDate`, else its `startDate`, else 31 December of its year [decision: a catalogue
    /// assessment made in the workshop's own year but without a date before the workshop's counts only after it].
    public static func date(of workshop: Workshop.Info) -> String {
        workshop.endDate ?? workshop.startDate ?? "\(workshop.year)-12-31"
    }

    /// The solutions whose `catalogId` the catalogue does not hold: workshop id, the solution's position in
    /// `candidateSolutions` and its id, and the catalogue id (`CATALOG_ID_UNRESOLVED`).
    public func unresolvedCatalogIds(in workshops: [Workshop]) -> [(workshopId: String, solutionIndex: Int, solutionId: String, catalogId: String)] {
        workshops.flatMap { w in
            w.candidateSolutions.enumerated().compactMap { k, s in
                guard let id = s.catalogId, item(id) == nil else { return nil }
                return (w.workshop.id, k, s.id, id)
            }
        }
    }

    /// The workshops with every solution that carries a `catalogId` brought up to the catalogue's newest assessment
    /// dated on or before `asOf` and after the solution's own (`ownDate`): each value the assessment states replaces
    /// the workshop's (TRL, availability, supplier count and ids, AI Act category, TRL evidence). The one body of the
    /// rule; `changes` lists what it replaced. A `catalogId` the catalogue lacks leaves the solution as it is
    /// (`unresolvedCatalogIds(in:)` lists them).
    public func update(_ workshops: [Workshop], asOf: String) -> (workshops: [Workshop], changes: [WatchChange]) {
        var changes: [WatchChange] = []
        let updated = workshops.map { w -> Workshop in
            var w = w
            for (k, s) in w.candidateSolutions.enumerated() {
                guard let id = s.catalogId, let item = item(id) else { continue }
                let ref = "\(w.workshop.id)/\(s.id)"
                let own = Self.ownDate(of: s, in: w.workshop)
                guard let a = item.newestAssessment(after: own, onOrBefore: asOf) else { continue }
                var fields: [WatchChange.Field] = []
                var next = s
                func replace<T: Equatable>(_ name: String, _ path: WritableKeyPath<Workshop.CandidateSolution, T>, _ value: T?,
                                           _ text: (T) -> String) {
                    guard let value, next[keyPath: path] != value else { return }
                    fields.append(.init(name: name, before: text(next[keyPath: path]), after: text(value)))
                    next[keyPath: path] = value
                }
                replace("trl", \.trl, a.trl, \.text)
                replace("availability", \.availability, a.availability, \.rawValue)
                replace("supplierCount.total", \.supplierTotal, a.supplierTotal, String.init)
                replace("supplierCount.euBased", \.supplierEUBased, a.supplierEUBased.map(Optional.some)) { $0.map(String.init) ?? "none" }
                replace("supplierCount.supplierIds", \.supplierIds, a.supplierIds.map(Optional.some)) { $0.map { $0.joined(separator: ", ") } ?? "none" }
                replace("adoptionReadiness.aiActCategory", \.aiActCategory, a.aiActCategory, \.rawValue)
                replace("trlEvidence", \.trlEvidence, a.trlEvidence.map(Optional.some)) { $0?.rawValue ?? "none" }
                if a.supplierTotal != nil, a.supplierIds == nil, next.supplierIds != nil, next.supplierIds!.count != next.supplierTotal {
                    // The workshop's supplier ids described its own count; the catalogue's count replaces both.
                    fields.append(.init(name: "supplierCount.supplierIds", before: next.supplierIds!.joined(separator: ", "), after: "none"))
                    next.supplierIds = nil
                }
                // The values are now the catalogue's, as assessed on its date (so a second update changes nothing).
                next.trlAssessedOn = a.date
                w.candidateSolutions[k] = next
                changes.append(WatchChange(solutionRef: ref, catalogId: id, gapRefs: s.linkedGaps.map { "\(w.workshop.id)/\($0.gapId)" },
                                           ownDate: own, assessedOn: a.date, fields: fields, evidence: a.evidence))
            }
            return w
        }
        return (updated, changes)
    }
}

extension PriorityRun {
    /// The catalogue's changes by the gaps their solutions are linked to.
    public var watchChangesByGap: [String: [WatchChange]] {
        var out: [String: [WatchChange]] = [:]
        for c in watchChanges { for g in c.gapRefs { out[g, default: []].append(c) } }
        return out
    }
}

extension ThreePoint {
    /// The value as people write it: `8`, or `7–8–9` for a three-point value.
    public var text: String {
        func n(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
        return isPoint ? n(mostLikely) : "\(n(min))–\(n(mostLikely))–\(n(max))"
    }
}
