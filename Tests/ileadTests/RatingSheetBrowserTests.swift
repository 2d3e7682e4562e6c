import Foundation
import Testing

/// The printable rating sheet as a browser shows and prints it (Debian's headless Chromium, poppler's pdfinfo and
/// pdftotext; `test.sh` installs them): A4 pages, the scales on the first page whole, one sheet per voting
/// participant, and screenshots at 1400 and 1024 px.
@Suite(.serialized) struct RatingSheetBrowserTests {
    static func tool(_ path: String, _ arguments: [String]) throws -> (status: Int32, out: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let chromium = "/usr/bin/chromium"
    static let browserFlags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]

    @Test func printsOnA4WithTheScalesFirstAndOneSheetPerRater() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.chromium), "Chromium is needed (test.sh installs Debian's chromium)")
        let folder = try RunCommandTests.temporaryFolder()
        let html = folder.appendingPathComponent("sheet.html").path, pdf = folder.appendingPathComponent("sheet.pdf").path
        #expect(try CLI.run(["workshop", "sheet", "datasets/examples/WS-2019-CYB.json", "--out", html]).status == 0)
        _ = try Self.tool(Self.chromium, Self.browserFlags + ["--print-to-pdf=\(pdf)", "--no-pdf-header-footer", "file://\(html)"])
        let info = try Self.tool("/usr/bin/pdfinfo", [pdf]).out
        #expect(info.contains("(A4)"), "\(info)")
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        // The scales page, then per voting participant (three) one page per gap (two).
        #expect(pages == 1 + 3 * 2, "\(info)")
        let first = try Self.tool("/usr/bin/pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).out
        #expect(first.contains("Operational impact") && first.contains("Evidential need") && first.contains("chain of"), "\(first)")
        let second = try Self.tool("/usr/bin/pdftotext", ["-f", "2", "-l", "2", pdf, "-"]).out
        #expect(second.contains("participant P01") && second.contains("Cross-chain tracing"), "\(second)")
        for width in [1400, 1024] {
            let png = folder.appendingPathComponent("sheet-\(width).png").path
            _ = try Self.tool(Self.chromium, Self.browserFlags + ["--screenshot=\(png)", "--window-size=\(width),900", "file://\(html)"])
            let size = (try? FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
            #expect(size > 10_000, "screenshot at \(width) px")
        }
    }
}

/// `report.html` of `ilead run` in headless Chromium, driven over the DevTools protocol by
/// `scripts/browser-check.py`: no console message, page error or failed load; no horizontal scrolling at 1024 and
/// 1400 px; every link finds its section and every section is reachable from the navigation; every chart has marks;
/// screenshots at both widths; the A4 print keeps the reasons and the codes.
@Suite(.serialized) struct ReportBrowserTests {
    struct Check: Decodable {
        struct Width: Decodable {
            struct Chart: Decodable { var title: String, marks: Int, width: Int }
            var scrollWidth: Int, innerWidth: Int
            var overflowing: [String], broken: [String], unreachable: [String]
            var sections: Int, charts: [Chart], screenshot: String
        }
        struct Message: Decodable { var kind: String, text: String }
        var widths: [String: Width]?
        var messages: [Message]?
        var pdf: String?
        var error: String?
    }

    /// Runs the DevTools check on a page and decodes what it saw.
    static func check(_ page: String, folder: URL) throws -> Check {
        let r = try RatingSheetBrowserTests.tool("/usr/bin/python3", ["scripts/browser-check.py", page, folder.path, "--widths", "1400,1024"])
        return try JSONDecoder().decode(Check.self, from: Data(r.out.utf8))
    }

    /// What every page of ours must show in the browser: no message, and at 1400 and 1024 px no sideways scrolling,
    /// every link resolved, every section reachable and every chart drawn; `page` checks the rest per width.
    static func expectClean(_ seen: Check, _ page: (Check.Width, String) throws -> Void) throws {
        #expect(seen.error == nil, "\(seen.error ?? "")")
        #expect(seen.messages?.isEmpty == true, "console: \(seen.messages ?? [])")
        for width in ["1400", "1024"] {
            let w = try #require(seen.widths?[width], "width \(width)")
            #expect(w.scrollWidth <= w.innerWidth, "at \(width) px the page scrolls sideways: \(w.overflowing)")
            #expect(w.broken.isEmpty && w.unreachable.isEmpty, "broken links \(w.broken); unreachable sections \(w.unreachable)")
            #expect(w.charts.allSatisfy { $0.marks > 0 && $0.width > 100 }, "\(w.charts.filter { $0.marks == 0 })")
            try page(w, width)
        }
    }

    @Test func reportOpensCleanlyFitsTheScreenAndPrints() throws {
        #expect(FileManager.default.isExecutableFile(atPath: RatingSheetBrowserTests.chromium), "Chromium is needed (test.sh installs it)")
        let folder = try RunCommandTests.temporaryFolder()
        let r = try CLI.run(["run", "datasets/ilead-synthetic/workshops", "--as-of", "2025-06-01", "--runs", "100", "--out", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        let page = folder.appendingPathComponent("report.html").path
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("id=\"glossary\"") && html.contains("PCP_THEN_PPI") && html.contains("<meta name=\"viewport\""))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"), "self-contained: no script, no address")
        // Every chart has a text alternative with its own id.
        let charts = html.components(separatedBy: "<svg role=\"img\"").count - 1
        let descriptions = html.components(separatedBy: "<desc id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(charts >= 6 && descriptions.count == charts && Set(descriptions).count == charts, "\(descriptions)")
        // The tornado, the group's rank beside the engine's, and a page per group, year and workshop.
        #expect(html.contains("Which weights move the ranks") && html.contains("The group's rank beside the engine's"))
        for anchor in ["pg-CYB", "pg-FOR", "year-2018", "year-2022", "workshops", "ws-WS-2019-CYB", "ws-WS-2022-FOR", "glossary"] {
            #expect(html.contains("href=\"#\(anchor)\"") && html.contains("id=\"\(anchor)\""), "\(anchor)")
        }

        let seen = try Self.check(page, folder: folder)
        try Self.expectClean(seen) { w, width in
            #expect(w.sections >= 1 + 5 + 5 + 1 + 25 + 1, "overview, groups, years, workshop index, workshops, codes: \(w.sections)")
            #expect(w.charts.count == charts)
            let size = (try? FileManager.default.attributesOfItem(atPath: w.screenshot)[.size] as? Int) ?? 0
            #expect(size > 50_000, "screenshot at \(width) px: \(size) bytes")
        }
        let pdf = try #require(seen.pdf)
        let info = try RatingSheetBrowserTests.tool("/usr/bin/pdfinfo", [pdf]).out
        #expect(info.contains("(A4)"), "\(info)")
        let raw = try RatingSheetBrowserTests.tool("/usr/bin/pdftotext", [pdf, "-"]).out
        let text = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(text.contains("What the codes mean") && text.contains("Standard procurement: a commercial solution covers"), "the printed report keeps its reasons")
        #expect(text.contains("Workshop WS-2019-CYB"), "the workshop pages print")
    }

    /// A page the check flags: a script that logs an error, a link to nowhere, a section no link reaches, a table
    /// wider than the window. Without this the report's clean result could be the script seeing nothing.
    @Test func theCheckSeesWhatIsWrong() throws {
        let folder = try RunCommandTests.temporaryFolder()
        let page = folder.appendingPathComponent("bad.html")
        try """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
            <nav><a href="#nowhere">gone</a></nav><section id="overview"><svg><rect width="5" height="5"/></svg><svg></svg></section>
            <section id="orphan">no link comes here</section><table style="width:3000px"><tr><td>wide</td></tr></table>
            <script>console.error("broken on purpose")</script></body></html>
            """.write(to: page, atomically: true, encoding: .utf8)
        let seen = try Self.check(page.path, folder: folder)
        #expect(seen.messages?.contains { $0.kind == "console.error" && $0.text.contains("broken on purpose") } == true, "\(seen.messages ?? [])")
        let w = try #require(seen.widths?["1024"])
        #expect(w.scrollWidth > w.innerWidth && w.broken == ["nowhere"] && w.unreachable == ["orphan"])
        #expect(w.charts.map(\.marks) == [1, 0])
    }
}
