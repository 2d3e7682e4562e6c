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
        let raised = evaluator.components(separatedBy: "gapFlags.insert(\"").dropFirst().map { String($0.prefix { $0.isUppercase || $0 == "_" }) }
        #expect(raised.count >= 6)
        codes += raised
        let missing = Set(codes).filter { !guide.contains("`\($0)") && !guide.contains("| \($0) |") }
        #expect(missing.isEmpty, "not explained in docs/how-the-engine-decides.md: \(missing.sorted())")
        for scale in RatingScales.ratings { for level in scale.levels { #expect(guide.contains(level), "\(scale.key): \(level)") } }
    }

    @Test func linksBetweenDocumentsResolve() throws {
        for file in ["README.md", "docs/how-the-engine-decides.md", "docs/file-formats.md", "docs/decision-problems.md"] {
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

    /// README, guides, docs, every `--help` and the schema titles name no file outside the repository.
    @Test func nothingAUserReadsPointsOutsideTheRepository() throws {
        var texts: [(String, String)] = []
        for file in ["README.md", "docs/how-the-engine-decides.md", "docs/file-formats.md", "docs/decision-problems.md",
                     "datasets/ilead-synthetic/GENERATOR.md"] { texts.append((file, try Self.read(file))) }
        for name in try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("notebooks-md").path) where name.hasSuffix(".md") {
            texts.append((name, try Self.read("notebooks-md/\(name)")))
        }
        for command in HelpExamplesTests.commands + [["scenario"], ["schema", "workshop"], ["schema", "model"], ["schema", "scenario"]] {
            let help = command.first == "schema" && command.count == 2 ? try CLI.run(command).stdout : try CLI.run(command + ["--help"]).stdout
            texts.append((command.joined(separator: " "), help))
        }
        for (name, text) in texts {
            #expect(!text.contains("DOMAIN.md") && !text.contains("../shared") && !text.contains("spec/decision-problem"), "\(name)")
        }
    }
}
