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

/// `report.html` of `ilead run` in headless Chromium: it fits 1024 and 1400 px without horizontal scrolling (a probe
/// script, added to a copy only, compares the page's scroll width with the window), prints on A4, and explains its
/// codes.
@Suite(.serialized) struct ReportBrowserTests {
    @Test func reportFitsTheScreenAndPrints() throws {
        #expect(FileManager.default.isExecutableFile(atPath: RatingSheetBrowserTests.chromium), "Chromium is needed (test.sh installs it)")
        let folder = try RunCommandTests.temporaryFolder()
        let r = try CLI.run(["run", "datasets/ilead-synthetic/workshops", "--as-of", "2025-06-01", "--no-uncertainty", "--out", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("id=\"glossary\"") && html.contains("PCP_THEN_PPI") && html.contains("<meta name=\"viewport\""))
        // Every chart has a text alternative with its own id, and marks: bars for the top 15 and the groups, a dot per gap.
        let charts = html.components(separatedBy: "<svg role=\"img\"").count - 1
        let descriptions = html.components(separatedBy: "<desc id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(charts >= 3 && descriptions.count == charts && Set(descriptions).count == charts, "\(descriptions)")
        #expect(html.components(separatedBy: "<circle ").count - 1 >= 197 && html.components(separatedBy: "<rect ").count - 1 > 40)
        // Every section the navigation names exists: each practitioner group, each year, the workshops, the codes.
        for anchor in ["pg-CYB", "pg-FOR", "year-2018", "year-2022", "workshops", "glossary"] {
            #expect(html.contains("href=\"#\(anchor)\"") && html.contains("id=\"\(anchor)\""), "\(anchor)")
        }
        let probe = folder.appendingPathComponent("probe.html")
        try html.replacingOccurrences(of: "</body>", with: """
            <script>document.title = (document.documentElement.scrollWidth > window.innerWidth ? "overflow " : "fits ") + document.documentElement.scrollWidth;</script></body>
            """).write(to: probe, atomically: true, encoding: .utf8)
        for width in [1400, 1024] {
            let dom = try RatingSheetBrowserTests.tool(RatingSheetBrowserTests.chromium, RatingSheetBrowserTests.browserFlags
                                                       + ["--window-size=\(width),900", "--dump-dom", "file://\(probe.path)"]).out
            #expect(dom.contains("<title>fits "), "at \(width) px: \(dom.prefix(200))")
        }
        let pdf = folder.appendingPathComponent("report.pdf").path
        _ = try RatingSheetBrowserTests.tool(RatingSheetBrowserTests.chromium, RatingSheetBrowserTests.browserFlags
                                             + ["--print-to-pdf=\(pdf)", "--no-pdf-header-footer", "file://\(folder.appendingPathComponent("report.html").path)"])
        let info = try RatingSheetBrowserTests.tool("/usr/bin/pdfinfo", [pdf]).out
        #expect(info.contains("(A4)"), "\(info)")
        let raw = try RatingSheetBrowserTests.tool("/usr/bin/pdftotext", [pdf, "-"]).out
        let text = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(text.contains("What the codes mean") && text.contains("Standard procurement: a commercial solution covers"), "the printed report keeps its reasons")
    }
}
