import Foundation
import Testing
@testable import PriorityEngine
import TestSupport
import JSONFormat

/// The model files of `models/` (docs/how-the-engine-decides.md §1, file-formats.md "Model") and the model checks of file-formats.md.
@Suite struct ModelTests {
    static let repository = Repository.root

    static func load(_ name: String) throws -> (ScoringModel.Loaded?, [Diagnostic]) {
        let data = try Data(contentsOf: repository.appendingPathComponent("models/\(name)"))
        return ScoringModel.read(data, file: name)
    }

    @Test func defaultModelFileDecodesWithoutDefaults() throws {
        let (loaded, diagnostics) = try Self.load("ilead-default.json")
        #expect(diagnostics.isEmpty)
        let model = try #require(loaded).model
        #expect(loaded!.defaults.isEmpty)
        #expect(model.id == "ilead-default" && model.preset == .deployment && model.rootAggregation == nil)
        #expect(model.hierarchy.children.map(\.id) == ["gapSeverity", "technologyOpportunity", "standardisationPotential", "procurementActionability"])
        #expect(model.weights.fixed["root"]!["gapSeverity"] == 0.45)
        #expect(model.procurementRules.minCoverageRoute == 60 && model.derived.minCoverageLink == 30)
        #expect(model.derived.supplierCompetition(4) == 0.8 && model.derived.supplierCompetition(7) == 1)
        #expect(model.derived.breadthScore(0) == 1 && model.derived.breadthScore(5) == 3 && model.derived.breadthScore(14) == 5)
    }

    @Test func builtInDefaultEqualsTheFile() throws {
        let file = try Data(contentsOf: Self.repository.appendingPathComponent("models/ilead-default.json"))
        #expect(String(decoding: file, as: UTF8.self) == ScoringModel.defaultModelJSON + "\n")
    }

    @Test func researchAgendaDiffersOnlyInIdAndPreset() throws {
        let (loaded, diagnostics) = try Self.load("research-agenda.json")
        #expect(diagnostics.isEmpty)
        let model = try #require(loaded).model
        #expect(model.id == "research-agenda" && model.preset == .researchAgenda)
        let a = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.repository.appendingPathComponent("models/research-agenda.json"))) as! [String: Any]
        var b = try JSONSerialization.jsonObject(with: Data(ScoringModel.defaultModelJSON.utf8)) as! [String: Any]
        b["id"] = "research-agenda"
        b["preset"] = "researchAgenda"
        #expect(NSDictionary(dictionary: a).isEqual(to: b))
    }

    @Test func missingSettingsComeFromDefaultsAndAreEchoed() {
        let text = #"{"schemaVersion": "1.0", "kind": "model", "id": "small", "version": "0.1", "preset": "deployment", "sensitivity": {"runs": 50}}"#
        let (loaded, diagnostics) = ScoringModel.read(Data(text.utf8), file: "small.json")
        #expect(diagnostics.isEmpty)
        let l = try! #require(loaded)
        #expect(l.model.sensitivity.runs == 50)
        let paths = l.defaults.map(\.path)
        #expect(paths.contains("sensitivity.seed") && !paths.contains("sensitivity.runs"))
        #expect(paths.contains("hierarchy") && paths.contains("procurementRules.maxSuppliersPpi"))
    }

    @Test func modelErrorsAreLocated() {
        let text = #"""
        {"schemaVersion": "1.0", "kind": "model", "id": "bad", "version": "1", "preset": "fast",
         "weights": {"mode": "fixed", "fixed": {"root": {"gapSeverity": 0.5, "technologyOpportunity": 0.2, "standardisationPotential": 0.15, "procurementActionability": 0.2},
           "gapSeverity": {"operationalImpact": 0.25, "publicSafetyImpact": 0.20, "urgency": 0.15, "frequency": 0.10, "breadthMS": 0.15, "capabilityShortfall": 0.15, "breadthPG": 0.0},
           "technologyOpportunity": {"trl": 0.35, "coverage": 0.25, "adoptionReadiness": 0.25, "affordability": 0.10, "supplierCompetition": 0.05},
           "standardisationPotential": {"interoperabilityNeed": 0.25, "fragmentation": 0.15, "standardsGap": 0.20, "evidentialNeed": 0.20, "breadthLEAs": 0.10, "maturityFit": 0.10}}},
         "derived": {"minCoverageLink": 70}}
        """#
        let (loaded, diagnostics) = ScoringModel.read(Data(text.utf8), file: "bad.json")
        #expect(loaded == nil)
        let paths = Set(diagnostics.filter { $0.level == .error }.map(\.path))
        #expect(paths.contains("preset"))
        #expect(paths.contains("weights.fixed.root"))
        #expect(paths.contains("procurementRules.minCoverageRoute"))
    }

    @Test func judgmentsAreCheckedAgainstTheModel() {
        var workshop = Workshop.read(WorkshopReadingTests.example, file: "w.json").workshop!
        #expect(workshop.checkComparisons(against: .default, file: "w.json").isEmpty)
        workshop.criteriaComparisons[0].judgments[0] = (a: "technologyOpportunity", b: "gapSeverity", value: 1.0 / 3)
        workshop.criteriaComparisons[0].judgments[1].b = "breadthPG"
        let errors = workshop.checkComparisons(against: .default, file: "w.json")
        #expect(errors.map(\.path) == ["criteriaComparisons[0].judgments[0]", "criteriaComparisons[0].judgments[1].b"])
        workshop.criteriaComparisons[0].node = "trl"
        #expect(workshop.checkComparisons(against: .default, file: "w.json").map(\.path) == ["criteriaComparisons[0].node"])
    }
}
