import Foundation
import Testing

/// `ilead workshop init|import|export|sheet` as a facilitator meets them, and folders of mixed files.
@Suite struct WorkshopCommandTests {
    @Test func templateThenImportNamesWhatIsMissing() throws {
        let out = try RunCommandTests.temporaryFolder()
        let book = out.appendingPathComponent("WS-2024-CYB.xlsx").path
        let r = try CLI.run(["workshop", "init", book, "--id", "WS-2024-CYB", "--group", "CYB", "--year", "2024", "--topic", "Ransomware response"])
        #expect(r.status == 0 && FileManager.default.fileExists(atPath: book), "\(r.stderr)")
        let json = out.appendingPathComponent("WS-2024-CYB.json").path
        let imported = try CLI.run(["workshop", "import", book, "-o", json])
        #expect(imported.status == 65 && imported.stderr.contains("at least one capability gap is needed"), "\(imported.stderr)")
        #expect(!FileManager.default.fileExists(atPath: json))
        let wrong = try CLI.run(["workshop", "init", book, "--id", "WS-2023-CYB", "--group", "CYB", "--year", "2024"])
        #expect(wrong.status == 64 && wrong.stderr.contains("should be WS-2024-CYB"))
    }

    @Test func exportImportAndRunGiveTheSameRanking() throws {
        let out = try RunCommandTests.temporaryFolder()
        for format in ["xlsx", "csv"] {
            let book = out.appendingPathComponent(format == "xlsx" ? "WS.xlsx" : "WS-csv").path
            #expect(try CLI.run(["workshop", "export", "datasets/examples/WS-2019-CYB.json", book, "--format", format]).status == 0)
            let json = out.appendingPathComponent("WS-\(format).json").path
            let r = try CLI.run(["workshop", "import", book, "-o", json])
            #expect(r.status == 0, "\(r.stderr)")
            let a = try CLI.run(["run", "datasets/examples/WS-2019-CYB.json", "--as-of", "2025-06-01", "--no-uncertainty", "--out", out.appendingPathComponent("a").path])
            let b = try CLI.run(["run", json, "--as-of", "2025-06-01", "--no-uncertainty", "--out", out.appendingPathComponent("b-\(format)").path])
            #expect(a.status == 0 && b.status == 0)
            let csvA = try String(contentsOf: out.appendingPathComponent("a/pan-european.ranking.csv"), encoding: .utf8)
            let csvB = try String(contentsOf: out.appendingPathComponent("b-\(format)/pan-european.ranking.csv"), encoding: .utf8)
            #expect(csvA == csvB)
        }
    }

    @Test func importOfAMissingFileOrABrokenCellWritesNothing() throws {
        let missing = try CLI.run(["workshop", "import", "no/such.xlsx", "-o", "/tmp/never-\(UUID().uuidString).json"])
        #expect(missing.status == 66 && missing.stderr.contains("no such file"), "\(missing.stderr)")
        let folder = try RunCommandTests.temporaryFolder()
        #expect(try CLI.run(["workshop", "export", "datasets/examples/WS-2019-CYB.json", folder.path, "--format", "csv"]).status == 0)
        let ratings = folder.appendingPathComponent("Ratings.csv")
        var text = try String(contentsOf: ratings, encoding: .utf8)
        text = text.replacingOccurrences(of: "P01,G01,operationalImpact,5", with: "P01,G01,operationalImpact,9")
        try text.write(to: ratings, atomically: true, encoding: .utf8)
        let json = folder.appendingPathComponent("out.json").path
        let r = try CLI.run(["workshop", "import", folder.path, "-o", json])
        #expect(r.status == 65 && r.stderr.contains("Ratings!D2: operationalImpact: 9 is outside 1–5"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: json))
    }

    @Test func printableSheetHasEveryGapAndScale() throws {
        let out = try RunCommandTests.temporaryFolder().appendingPathComponent("sheet.html").path
        let r = try CLI.run(["workshop", "sheet", "datasets/examples/WS-2019-CYB.json", "--out", out, "--three-point"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("Cross-chain tracing of virtual-currency flows") && html.contains("Officers not trained to seize crypto-assets"))
        #expect(html.contains("Now: already failing and getting worse") && html.contains("most likely") && html.contains("@page { size: A4"))
        #expect(!html.contains("<script") && !html.contains("http"))
        #expect(html.components(separatedBy: "participant P0").count - 1 == 3)   // one sheet per voting participant
    }

    @Test func foldersOfMixedFilesSkipOtherKinds() throws {
        let folder = try RunCommandTests.temporaryFolder()
        for file in ["datasets/examples/WS-2019-CYB.json", "datasets/examples/SCN-2019-CYB-joint-ppi.json", "models/ilead-default.json"] {
            try FileManager.default.copyItem(atPath: file, toPath: folder.appendingPathComponent((file as NSString).lastPathComponent).path)
        }
        let r = try CLI.run(["run", folder.path, "--no-uncertainty", "--as-of", "2025-06-01", "--out", folder.appendingPathComponent("out").path])
        #expect(r.status == 0 && r.stderr.contains("skipping") && r.stderr.contains("a scenario file"), "\(r.stderr)")
        let hint = try CLI.run(["run", "datasets/examples/SCN-2019-CYB-joint-ppi.json", "--out", "/tmp/never-\(UUID().uuidString)"])
        #expect(hint.status == 64 && hint.stderr.contains("is a scenario file, not a workshop; pass it with --scenario"), "\(hint.stderr)")
    }

    @Test func validateTellsWhatRunWillSee() throws {
        let r = try CLI.run(["validate", "datasets/examples/WS-2019-CYB.json"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("INSUFFICIENT_RATINGS: gap 'G01': publicSafetyImpact rated by 2 of 3 voting participant(s)"), "\(r.stderr)")
        #expect(r.stderr.contains("LINK_BELOW_ROUTE_COVERAGE: solution 'S01' covers gap 'G01' by 55 %, below the 60 %"))
    }
}
