import JSONFormat

/// Needs raised more than once, across groups and years, that the pan-European list shows as one row each
/// (docs/technology-watch.md "Recurring needs"). Three explicit rules link two gaps; the gaps linked directly or
/// through others are one need. Titles are never compared.
///
/// - `followUp`: a gap's `followsUp` names the other, and the two share a cross-cutting tag.
/// - `sameCatalogueItems`: the two gaps are answered by the same catalogue items (the same non-empty set of
///   `catalogId`s among the solutions linked at the route's coverage), and share a practitioner group or a
///   cross-cutting tag [decision: one technology can answer different needs (a generic analytics platform serves
///   bank-data exchange and field tests), so the same items alone do not make the same need].
/// - `needsFile`: a needs file (`--needs`, `kind: "recurringNeeds"`) groups them.
public struct RecurringNeed: Sendable, Equatable {
    /// Why two gaps are one need.
    public struct Link: Sendable, Equatable {
        public enum Rule: String, Sendable { case followUp, sameCatalogueItems, needsFile }
        public var rule: Rule
        public var gapRefs: (String, String)
        /// In words: "WS-2018-FOR/G05 follows up WS-2018-FOR/G02; shared tag tool_validation".
        public var detail: String

        public static func == (a: Link, b: Link) -> Bool { a.rule == b.rule && a.gapRefs == b.gapRefs && a.detail == b.detail }
    }

    /// The needs file's id, else `NEED-` and the first gap's ref.
    public var id: String
    /// The needs file's title, else the title of the gap that raised it first.
    public var title: String
    /// The gaps, earliest first (by year; in one year the statement others follow up first; then by gapRef).
    public var gapRefs: [String]
    /// Every link that joined them.
    public var links: [Link]
}

/// A needs file (`kind: "recurringNeeds"`): needs grouped by hand, each `{id, title, gapRefs}`.
public struct NeedsFile: Sendable {
    public var needs: [(id: String, title: String?, gapRefs: [String])]
    public init(needs: [(id: String, title: String?, gapRefs: [String])]) { self.needs = needs }
}

public enum RecurringNeeds {
    /// The needs of `results` that more than one gap raises, by the three rules.
    ///
    /// - Parameters:
    ///   - results: the gaps in scope.
    ///   - workshops: their workshops (for `followsUp` and the linked catalogue items).
    ///   - minCoverage: the coverage in per cent at or above which a link counts for the route (the model's `minCoverageRoute`).
    ///   - file: the needs grouped by hand.
    public static func find(_ results: [GapResult], workshops: [Workshop], minCoverage: Double, file: NeedsFile? = nil) -> [RecurringNeed] {
        let index = Dictionary(results.enumerated().map { ($1.gapRef, $0) }, uniquingKeysWith: { a, _ in a })
        var links: [RecurringNeed.Link] = []
        var followsUp: [String: String] = [:], items: [String: Set<String>] = [:]
        for w in workshops {
            for g in w.capabilityGaps { if let f = g.followsUp { followsUp["\(w.workshop.id)/\(g.id)"] = f } }
            for s in w.candidateSolutions {
                guard let id = s.catalogId else { continue }
                for l in s.linkedGaps where Double(l.coveragePct) >= minCoverage {
                    items["\(w.workshop.id)/\(l.gapId)", default: []].insert(id)
                }
            }
        }
        for r in results {
            guard let earlier = followsUp[r.gapRef], let k = index[earlier] else { continue }
            let shared = sharedTags(r.crossCuttingTags, results[k].crossCuttingTags)
            guard !shared.isEmpty else { continue }
            links.append(.init(rule: .followUp, gapRefs: (earlier, r.gapRef),
                               detail: "\(r.gapRef) follows up \(earlier) (shared tag\(shared.count == 1 ? "" : "s") \(shared.joined(separator: ", ")))"))
        }
        var bySet: [Set<String>: [Int]] = [:]
        for (k, r) in results.enumerated() { if let s = items[r.gapRef], !s.isEmpty { bySet[s, default: []].append(k) } }
        for (set, members) in bySet where members.count > 1 {
            for (a, i) in members.enumerated() {
                for j in members[(a + 1)...] {
                    let (x, y) = (results[i], results[j])
                    let shared = sharedTags(x.crossCuttingTags, y.crossCuttingTags)
                    guard x.practitionerGroup == y.practitionerGroup || !shared.isEmpty else { continue }
                    let why = shared.isEmpty ? "same practitioner group \(x.practitionerGroup.rawValue)" : "shared tag\(shared.count == 1 ? "" : "s") \(shared.joined(separator: ", "))"
                    links.append(.init(rule: .sameCatalogueItems, gapRefs: (x.gapRef, y.gapRef),
                                       detail: "\(x.gapRef) and \(y.gapRef) are answered by \(set.sorted().joined(separator: ", ")) (\(why))"))
                }
            }
        }
        var named: [String: (id: String, title: String?)] = [:]
        for need in file?.needs ?? [] {
            let present = need.gapRefs.filter { index[$0] != nil }
            for r in present { named[r] = (need.id, need.title) }
            for (a, b) in zip(present, present.dropFirst()) {
                links.append(.init(rule: .needsFile, gapRefs: (a, b), detail: "grouped as \(need.id) in the needs file"))
            }
        }
        // Connected components (union-find over the gaps).
        var parent = Array(results.indices)
        func root(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
        for l in links { parent[root(index[l.gapRefs.0]!)] = root(index[l.gapRefs.1]!) }
        var groups: [Int: [Int]] = [:]
        for i in results.indices { groups[root(i), default: []].append(i) }
        return groups.values.filter { $0.count > 1 }.map { members in
            // Earliest first; in the same year, the statement others follow up before its follow-ups.
            func key(_ i: Int) -> (Int, Int, String) { (results[i].year, followsUp[results[i].gapRef] == nil ? 0 : 1, results[i].gapRef) }
            let sorted = members.sorted { key($0) < key($1) }
            let refs = sorted.map { results[$0].gapRef }
            let file = refs.lazy.compactMap { named[$0] }.first
            return RecurringNeed(id: file?.id ?? "NEED-\(refs[0])", title: file?.title ?? results[sorted[0]].title, gapRefs: refs,
                                 links: links.filter { refs.contains($0.gapRefs.0) })
        }.sorted { $0.gapRefs[0] < $1.gapRefs[0] }
    }

    /// The cross-cutting tags two gaps share, sorted: what makes a follow-up (or the same catalogue items across
    /// groups) the same need.
    static func sharedTags(_ a: [String], _ b: [String]) -> [String] { Set(a).intersection(b).sorted() }

    /// The follow-ups that merge nothing, as warnings: the earlier gap is not in the run (`FOLLOW_UP_NOT_LOADED`),
    /// or the two gaps share no cross-cutting tag (`FOLLOW_UP_WITHOUT_SHARED_TAG`).
    static func followUpWarnings(_ workshops: [Workshop], fileOf: [String: String]) -> [Diagnostic] {
        var tags: [String: [String]] = [:]
        for w in workshops { for g in w.capabilityGaps { tags["\(w.workshop.id)/\(g.id)"] = g.crossCuttingTags } }
        var out: [Diagnostic] = []
        for w in workshops {
            for (k, g) in w.capabilityGaps.enumerated() {
                guard let earlier = g.followsUp else { continue }
                let ref = "\(w.workshop.id)/\(g.id)", path = "capabilityGaps[\(k)].followsUp", file = fileOf[w.workshop.id] ?? ""
                if let other = tags[earlier] {
                    if sharedTags(other, g.crossCuttingTags).isEmpty {
                        out.append(Diagnostic(.warning, file: file, path: path, code: "FOLLOW_UP_WITHOUT_SHARED_TAG", ref: ref,
                                              "\(ref) follows up \(earlier) but they share no cross-cutting tag, so they are not merged into one need; give both the tag of the need"))
                    }
                } else {
                    out.append(Diagnostic(.warning, file: file, path: path, code: "FOLLOW_UP_NOT_LOADED", ref: ref,
                                          "\(ref) follows up \(earlier), which is not in this run; it stays a row of its own"))
                }
            }
        }
        return out
    }

    /// The ranked gaps with each need's gaps shown as one row: the need takes the place of its highest-ranked gap
    /// (its strongest statement) and the need's other gaps leave the list; ranks are numbered again 1…N.
    public static func collapse(_ entries: [RankedEntry], needs: [RecurringNeed]) -> [RankedEntry] {
        guard !needs.isEmpty else { return entries }
        var needOf: [String: Int] = [:]
        for (k, need) in needs.enumerated() { for r in need.gapRefs { needOf[r] = k } }
        let byRef = Dictionary(entries.map { ($0.result.gapRef, $0) }, uniquingKeysWith: { a, _ in a })
        var shown = Set<Int>(), out: [RankedEntry] = []
        for e in entries {
            guard let k = needOf[e.result.gapRef] else { out.append(e); continue }
            guard shown.insert(k).inserted else { continue }
            var row = e
            row.need = needs[k]
            row.needSources = needs[k].gapRefs.compactMap { byRef[$0] }
            out.append(row)
        }
        for i in out.indices { out[i].rank = i + 1 }
        return out
    }
}
