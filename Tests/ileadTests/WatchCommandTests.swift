import Foundation
import Testing

/// `ilead watch` from the command line: the four files, the planted case in words, bad input, and the page in a
/// real browser at 1400 and 1024 px and printed.
@Suite(.serialized) struct WatchCommandTests {
    static let catalogue = "datasets/ilead-synthetic/technology-watch.json"

    @Test func writesFourFilesAndSaysWhatMovedTheRoute() throws {
        let folder = try RunCommandTests.temporaryFolder()
        let r = try CLI.run(["watch", Self.catalogue, "datasets/ilead-synthetic/workshops", "--as-of", "2026-12-06", "--out", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("WS-2019-FOR/G01") && r.stdout.contains("routes moved"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names == ["watch.csv", "watch.html", "watch.json", "watch.md"])
        let md = try String(contentsOf: folder.appendingPathComponent("watch.md"), encoding: .utf8)
        #expect(md.contains("TW-9001 (assessed 2022-06-30, after the workshop's 2019-11-20): TRL 5–6–7 → 7–8–8, availability pilot → limited commercial, suppliers 1 → 2"))
        #expect(md.contains("PCP_THEN_PPI → PPI"))
        #expect(md.contains("## Blocked or unblocked by the AI Act date") && md.contains(": blocked — a linked solution's use is prohibited"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("watch.json"))) as! [String: Any]
        let gaps = json["gaps"] as! [[String: Any]]
        let tw = try #require(gaps.first { $0["gapRef"] as? String == "WS-2019-FOR/G01" })
        #expect(tw["routeThen"] as? String == "PCP_THEN_PPI" && tw["routeNow"] as? String == "PPI" && tw["movedBy"] as? [String] == ["catalogue"])
    }

    @Test func badInputIsAClearErrorAndWritesNothing() throws {
        let folder = try RunCommandTests.temporaryFolder()
        let bad = folder.appendingPathComponent("cat.json")
        try #"{"schemaVersion": "1.0", "kind": "technologyWatch", "items": [{"catalogId": "TW-1", "name": "x", "assessments": [{"date": "2022-02-30x", "trl": 7}]}]}"#
            .write(to: bad, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let r = try CLI.run(["watch", bad.path, "datasets/ilead-synthetic/workshops", "--out", out.path])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("cat.json") && r.stderr.contains("items[0].assessments[0].date: expected a date YYYY-MM-DD"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let usage = try CLI.run(["watch", Self.catalogue, "datasets/ilead-synthetic/workshops", "--since", "2021-1-1"])
        #expect(usage.status == 64 && usage.stderr.contains("--since"))
    }

    @Test func pageOpensCleanlyFitsTheScreenAndPrints() throws {
        let folder = try RunCommandTests.temporaryFolder()
        let r = try CLI.run(["watch", Self.catalogue, "datasets/ilead-synthetic/workshops", "--as-of", "2026-12-06", "--out", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        let page = folder.appendingPathComponent("watch.html").path
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"), "self-contained")
        #expect(html.contains("Readiness of catalogue items over time") && html.contains("TW-9001"))
        let seen = try ReportBrowserTests.check(page, folder: folder)
        try ReportBrowserTests.expectClean(seen) { w, _ in
            #expect(w.sections == 6, "\(w.sections)")
            #expect(!w.charts.isEmpty)
        }
        let pdf = try #require(seen.pdf)
        let info = try RatingSheetBrowserTests.tool("/usr/bin/pdfinfo", [pdf]).out
        #expect(info.contains("(A4)"), "\(info)")
        let text = try RatingSheetBrowserTests.tool("/usr/bin/pdftotext", [pdf, "-"]).out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(text.contains("Routes that moved") && text.contains("WS-2019-FOR/G01"))
    }

    @Test func runWithTheWatchSaysWhatChangedPerGap() throws {
        let folder = try RunCommandTests.temporaryFolder()
        let r = try CLI.run(["run", "datasets/ilead-synthetic/workshops", "--watch", Self.catalogue, "--as-of", "2023-06-30",
                             "--no-uncertainty", "--out", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Technology watch:") && r.stdout.contains("5 routes moved"))
        let md = try String(contentsOf: folder.appendingPathComponent("pan-european.ranking.md"), encoding: .utf8)
        #expect(md.contains("## What the technology watch changed"))
        #expect(md.contains("- WS-2019-FOR/G01 Extraction from the latest mobile operating systems (locked devices): route PCP_THEN_PPI → PPI"))
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("id=\"watch-changes\"") && html.contains("5 routes moved"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("pan-european.ranking.json"))) as! [String: Any]
        let values = (json["run"] as! [String: Any])["catalogueValues"] as! [[String: Any]]
        #expect(values.contains { $0["catalogId"] as? String == "TW-9001" && $0["solutionRef"] as? String == "WS-2019-FOR/S01" && $0["assessedOn"] as? String == "2022-06-30" })
        let inputs = (json["run"] as! [String: Any])["inputs"] as! [[String: Any]]
        #expect(inputs.contains { $0["path"] as? String == Self.catalogue })
    }
}
