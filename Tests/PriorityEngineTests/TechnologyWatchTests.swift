import Foundation
import Testing
import TestSupport
@testable import PriorityEngine

/// The technology-watch catalogue: reading, the update rule (newest assessment on or before the as-of date and after
/// the workshop's own), and what a run takes from it.
@Suite struct TechnologyWatchTests {
    static let catalogueFile = SyntheticWorkshops.folder.appendingPathComponent("technology-watch.json")

    static func catalogue(_ items: String) -> Data {
        Data(#"{"schemaVersion": "1.0", "kind": "technologyWatch", "items": [\#(items)]}"#.utf8)
    }

    @Test func bundledCatalogueReadsAndHoldsTW9001() throws {
        let (watch, diagnostics) = TechnologyWatch.read(try Data(contentsOf: Self.catalogueFile), file: "technology-watch.json")
        #expect(diagnostics.filter { $0.level == .error }.isEmpty)
        let item = try #require(watch?.item("TW-9001"))
        #expect(item.assessments.map(\.date) == ["2019-09-30", "2021-03-31", "2022-06-30"])
        #expect(item.assessments.last?.availability == .limited_commercial)
    }

    @Test func errorsNameThePathAndTheRule() throws {
        let (watch, diagnostics) = TechnologyWatch.read(Self.catalogue("""
            {"catalogId": "TW-1", "name": "a", "assessments": [{"date": "2022-13-01", "trl": 7},
                                                                {"date": "2021-01-01", "trl": 12},
                                                                {"date": "2020-01-01"},
                                                                {"date": "2019-01-01", "supplierCount": {"total": 1, "euBased": 2}}]},
            {"catalogId": "TW-1", "name": "b", "assessments": []},
            {"catalogId": "TW-2", "name": "c", "source": "marketplace", "assessments": [{"date": "2020-01-01", "trl": 5}, {"date": "2020-01-01", "trl": 6}]}
            """), file: "cat.json")
        #expect(watch == nil)
        let text = diagnostics.map(\.description).joined(separator: "\n")
        #expect(text.contains("items[0].assessments[0].date: expected a date YYYY-MM-DD"))
        #expect(text.contains("items[0].assessments[1].trl"))
        #expect(text.contains("items[0].assessments[2]: an assessment states at least one of"))
        #expect(text.contains("items[0].assessments[3].supplierCount.euBased: euBased 2 exceeds total 1"))
        #expect(text.contains("items[1].catalogId: duplicate catalogId 'TW-1'"))
        #expect(text.contains("items[2].source"))
        #expect(text.contains("items[2].assessments[1].date: two assessments of 'TW-2' are dated 2020-01-01"))
        #expect(diagnostics.allSatisfy { $0.file == "cat.json" })
    }

    /// The forms other tools write: `assessedOn`, a plain supplier count, supplier ids alone, an evidence level.
    @Test func otherFormsOfAnAssessment() throws {
        let (watch, diagnostics) = TechnologyWatch.read(Self.catalogue("""
            {"catalogId": "TW-1", "name": "a", "assessments": [
              {"assessedOn": "2022-01-31", "trl": 8, "supplierCount": 3, "evidence": "independent_test"},
              {"date": "2023-01-31", "supplierIds": ["s1", "s2"]}]},
            {"catalogId": "TW-2", "name": "b", "assessments": [
              {"date": "2022-01-31", "assessedOn": "2022-02-01", "supplierCount": 2, "supplierIds": ["s1"]}]}
            """), file: "c.json")
        let errors = diagnostics.filter { $0.level == .error }.map(\.description)
        #expect(errors.count == 2 && errors.contains { $0.contains("items[1].assessments[0].assessedOn: give the date once") }
                && errors.contains { $0.contains("supplierIds lists 1 suppliers but supplierCount is 2") }, "\(errors)")
        #expect(watch == nil)
        let (good, _) = TechnologyWatch.read(Self.catalogue("""
            {"catalogId": "TW-1", "name": "a", "assessments": [
              {"assessedOn": "2022-01-31", "trl": 8, "supplierCount": 3, "evidence": "independent_test"},
              {"date": "2023-01-31", "supplierIds": ["s1", "s2"]}]}
            """), file: "c.json")
        let a = try #require(good?.item("TW-1")?.assessments)
        #expect(a[0].date == "2022-01-31" && a[0].supplierTotal == 3 && a[0].trlEvidence == .independent_test && a[0].evidence == "independent_test")
        #expect(a[1].supplierTotal == 2 && a[1].supplierIds == ["s1", "s2"])
    }

    /// The rule, by hand: own date 2019-11-20; assessments 2019-09-30 (older), 2021-03-31, 2022-06-30.
    @Test func newestAssessmentAfterTheOwnAndOnOrBeforeTheAsOfDate() throws {
        let watch = try #require(TechnologyWatch.read(try Data(contentsOf: Self.catalogueFile), file: "c").watch)
        let item = try #require(watch.item("TW-9001"))
        #expect(item.newestAssessment(after: "2019-11-20", onOrBefore: "2020-06-30") == nil)
        #expect(item.newestAssessment(after: "2019-11-20", onOrBefore: "2021-03-31")?.date == "2021-03-31")
        #expect(item.newestAssessment(after: "2019-11-20", onOrBefore: "2023-06-30")?.date == "2022-06-30")
        #expect(item.newestAssessment(after: "2022-06-30", onOrBefore: "2023-06-30") == nil)
    }

    /// The planted case of the issue: TW-9001 moves WS-2019-FOR/G01 from PCP_THEN_PPI to PPI under the catalogue as
    /// of 2023, and not as of 2020; the manifest lists the values taken.
    @Test(arguments: [("2020-06-30", ProcurementRoute.PCP_THEN_PPI), ("2023-06-30", .PPI)])
    func plantedTW9001(asOf: String, route: ProcurementRoute) throws {
        let prepared = try PreparedRun.prepare(RunRequest(workshops: SyntheticWorkshops.sources, asOfDate: asOf, uncertainty: false,
                                                          watch: InputFile(path: "technology-watch.json", data: try Data(contentsOf: Self.catalogueFile))))
        let gap = try #require(prepared.run.results.first { $0.gapRef == "WS-2019-FOR/G01" })
        #expect(gap.procurement.decision.route == route)
        #expect(prepared.run.routesBeforeWatch["WS-2019-FOR/G01"] == .PCP_THEN_PPI)
        let taken = prepared.manifest.catalogueValues.first { $0.catalogId == "TW-9001" && $0.solutionRef.hasPrefix("WS-2019-FOR/") }
        if asOf == "2023-06-30" {
            let change = try #require(taken)
            #expect(change.assessedOn == "2022-06-30" && change.ownDate == "2019-11-20")
            #expect(change.fields.contains { $0.name == "availability" && $0.before == "pilot" && $0.after == "limited_commercial" })
            #expect(change.fields.contains { $0.name == "supplierCount.total" && $0.before == "1" && $0.after == "2" })
        } else {
            #expect(taken == nil)
        }
        // The 2022 workshop's own assessment is newer than the catalogue's: it keeps its values.
        #expect(!prepared.manifest.catalogueValues.contains { $0.solutionRef.hasPrefix("WS-2022-FOR/") && $0.catalogId == "TW-9001" })
    }

    /// Without a catalogue nothing changes; applying the update twice changes nothing more.
    @Test func updateIsIdempotentAndOptional() throws {
        let watch = try #require(TechnologyWatch.read(try Data(contentsOf: Self.catalogueFile), file: "c").watch)
        let run = try SyntheticWorkshops.run(asOf: "2023-06-30")
        let once = watch.update(run.workshops, asOf: "2023-06-30")
        let twice = watch.update(once.workshops, asOf: "2023-06-30")
        #expect(!once.changes.isEmpty && twice.changes.isEmpty)
        #expect(watch.unresolvedCatalogIds(in: run.workshops).isEmpty)
        #expect(run.watchChanges.isEmpty && run.routesBeforeWatch.isEmpty)
    }

    @Test func unresolvedCatalogIdIsAWarning() throws {
        let run = try PriorityRun.execute(sources: SyntheticWorkshops.sources, model: .default, asOfDate: "2023-06-30")
        let watch = TechnologyWatch(items: [])
        let updated = watch.update(run.workshops, asOf: "2023-06-30")
        #expect(updated.changes.isEmpty)
        #expect(watch.unresolvedCatalogIds(in: run.workshops).contains { $0.catalogId == "TW-9001" })
        // In a run, a warning located at the solution's catalogId.
        let empty = Data(#"{"schemaVersion": "1.0", "kind": "technologyWatch", "items": []}"#.utf8)
        let prepared = try PreparedRun.prepare(RunRequest(workshops: SyntheticWorkshops.sources, asOfDate: "2023-06-30", uncertainty: false,
                                                          watch: InputFile(path: "empty.json", data: empty)))
        let w = try #require(prepared.run.warnings.first { $0.code == "CATALOG_ID_UNRESOLVED" && $0.ref == "WS-2019-FOR/S01" })
        #expect(w.path == "candidateSolutions[0].catalogId" && w.file == "workshops/WS-2019-FOR.json" && w.message.contains("TW-9001"))
    }
}

/// `ilead watch`: routes then and now told apart by cause.
@Suite struct WatchReportTests {
    static func report(asOf: String, since: String? = nil) throws -> WatchReport {
        try WatchReport.build(RunRequest(workshops: SyntheticWorkshops.sources, asOfDate: asOf,
                                         watch: InputFile(path: "technology-watch.json", data: try Data(contentsOf: TechnologyWatchTests.catalogueFile))),
                              since: since)
    }

    @Test func catalogueAndAIActCausesAreToldApart() throws {
        let report = try Self.report(asOf: "2026-12-06")
        let tw = try #require(report.gaps.first { $0.gapRef == "WS-2019-FOR/G01" })
        #expect(tw.routeThen == .PCP_THEN_PPI && tw.routeNow == .PPI && tw.movedByCatalogue && !tw.movedByAIAct && tw.becameProcurable)
        #expect(tw.changes.map(\.catalogId) == ["TW-9001"])
        // The planted prohibited uses: not blocked at their 2021 workshops, blocked after 2025-02-02.
        let blocked = report.gaps.filter(\.blockedByAIAct)
        #expect(!blocked.isEmpty)
        #expect(blocked.allSatisfy { $0.routeNow == .BLOCKED && $0.routeThen != .BLOCKED && $0.causes == ["aiActDate"] })
        // Moved gaps come first.
        let firstUnmoved = report.gaps.firstIndex { !$0.moved } ?? report.gaps.count
        #expect(report.gaps[..<firstUnmoved].allSatisfy { $0.moved } && report.gaps[firstUnmoved...].allSatisfy { !$0.moved })
    }

    @Test func asOf2020MovesNoPlantedRoute() throws {
        let report = try Self.report(asOf: "2020-06-30")
        let tw = try #require(report.gaps.first { $0.gapRef == "WS-2019-FOR/G01" })
        #expect(!tw.moved && tw.changes.isEmpty)
        #expect(!report.gaps.contains { $0.movedByAIAct })
    }

    /// With --since after the 2022 assessment, TW-9001's move is already in "then".
    @Test func sinceMovesTheComparisonPoint() throws {
        let report = try Self.report(asOf: "2023-06-30", since: "2022-12-31")
        let tw = try #require(report.gaps.first { $0.gapRef == "WS-2019-FOR/G01" })
        #expect(tw.then == "2022-12-31" && tw.routeThen == .PPI && !tw.moved && tw.changes.isEmpty)
    }

    @Test func candidatesShareATagAndTrajectoriesAreDated() throws {
        let report = try Self.report(asOf: "2023-06-30")
        #expect(!report.candidates.isEmpty)
        for c in report.candidates.prefix(5) {
            #expect(c.items.allSatisfy { !Set($0.sharedTags).isDisjoint(with: c.tags) })
        }
        let tw = try #require(report.trajectories.first { $0.catalogId == "TW-9001" })
        #expect(tw.points.map { $0.trl?.mostLikely } == [6, 7, 8])
        #expect(tw.gapRefs.contains("WS-2019-FOR/G01") && tw.gapRefs.contains("WS-2022-FOR/G02"))
    }
}
