import Foundation
import PriorityEngine
import Testing

/// The repository documents itself: every code the outputs use is explained in docs/, links between documents
/// resolve, and nothing a user reads points outside the repository.
@Suite struct DocumentationTests {
    static func read(_ path: String) throws -> String { try String(contentsOf: CLI.root.appendingPathComponent(path), encoding: .utf8) }

    @Test func everyRouteRuleFlagAndRecommendationIsExplained() throws {
        let guide = try Self.read("docs/how-the-engine-decides.md")
        var codes = ProcurementRoute.allCases.map(\.rawValue) + RouteReason.allCases.map(\.rawValue) + ProcurementFlag.allCases.map(\.rawValue)
            + StandardisationRecommendation.allCases.map(\.rawValue) + (0...9).map { "R0\($0)" } + (1...6).map { "SR\($0)" }
        // The gap flags, as the evaluator raises them.
        let evaluator = try Self.read("Sources/PriorityEngine/Scoring/GapEvaluator.swift")
        let raised = evaluator.components(separatedBy: "flags.insert(\"").dropFirst().map { String($0.prefix { $0.isUppercase || $0 == "_" }) }
        #expect(raised.count >= 6)
        codes += raised
        let missing = Set(codes).filter { !guide.contains("`\($0)") && !guide.contains("| \($0) |") }
        #expect(missing.isEmpty, "not explained in docs/how-the-engine-decides.md: \(missing.sorted())")
        for scale in RatingScales.ratings { for level in scale.levels { #expect(guide.contains(level), "\(scale.key): \(level)") } }
    }

    @Test func linksBetweenDocumentsResolve() throws {
        for file in ["README.md", "docs/how-the-engine-decides.md", "docs/file-formats.md", "docs/decision-problems.md", "docs/technology-watch.md"] {
            let text = try Self.read(file)
            for part in text.components(separatedBy: "](").dropFirst() {
                let target = String(part.prefix { $0 != ")" && $0 != "#" })
                guard !target.hasPrefix("http"), !target.isEmpty else { continue }
                let base = (file as NSString).deletingLastPathComponent
                let path = CLI.root.appendingPathComponent(base).appendingPathComponent(target).path
                #expect(FileManager.default.fileExists(atPath: path), "\(file) links to \(target)")
            }
        }
    }

    /// README, guides, docs, every `--help`, the schema titles, doc comments and scripts name no file outside the
    /// repository.
    @Test func nothingAUserReadsPointsOutsideTheRepository() throws {
        var texts: [(String, String)] = []
        for file in ["README.md", "docs/how-the-engine-decides.md", "docs/file-formats.md", "docs/decision-problems.md", "docs/technology-watch.md",
                     "datasets/ilead-synthetic/GENERATOR.md"] { texts.append((file, try Self.read(file))) }
        for name in try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("notebooks-md").path) where name.hasSuffix(".md") {
            texts.append((name, try Self.read("notebooks-md/\(name)")))
        }
        for command in HelpExamplesTests.commands + [["scenario"], ["schema", "workshop"], ["schema", "model"], ["schema", "scenario"]] {
            let help = command.first == "schema" && command.count == 2 ? try CLI.run(command).stdout : try CLI.run(command + ["--help"]).stdout
            texts.append((command.joined(separator: " "), help))
        }
        // Doc comments become the DocC pages; scripts are what a developer reads next.
        for folder in ["Sources", "scripts", "datasets", "models"] {
            let root = CLI.root.appendingPathComponent(folder)
            for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where !url.hasDirectoryPath {
                if let text = try? String(contentsOf: url, encoding: .utf8) { texts.append((url.path, text)) }
            }
        }
        texts.append(("Package.swift", try Self.read("Package.swift")))
        for (name, text) in texts {
            for outside in ["DOMAIN" + ".md", "../" + "shared", "spec/" + "decision-problem", "PEERS" + ".md", "DESIGN" + ".md", "Appendix E"] {
                #expect(!text.contains(outside), "\(name) names \(outside)")
            }
            // A section number points into one of the repository's guides, never into an outside specification.
            for line in text.split(separator: "\n") where line.contains("§") {
                #expect(line.contains(".md §") || line.contains("§2 step") || line.contains("decides.md"), "\(name): \(line)")
            }
        }
    }
}
