import Foundation
import PriorityEngine

/// The 25 workshops of the bundled synthetic dataset (datasets/ilead-synthetic), read once, and their run.
public enum SyntheticWorkshops {
    public static let folder = Repository.url("datasets/ilead-synthetic")

    /// The workshop files, in name order, with paths relative to the dataset folder (`workshops/WS-….json`).
    public static let sources: [WorkshopSource] = {
        let dir = folder.appendingPathComponent("workshops")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()) ?? []
        return names.map { WorkshopSource(path: "workshops/\($0)", data: try! Data(contentsOf: dir.appendingPathComponent($0))) }
    }()

    /// The scored batch under a model and scenario, as of a legal date.
    public static func run(model: ScoringModel = .default, scenario: Scenario? = nil, asOf: String = "2025-06-01") throws -> PriorityRun {
        try PriorityRun.execute(sources: sources, model: model, scenario: scenario, asOfDate: asOf)
    }
}
