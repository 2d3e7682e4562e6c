import ArgumentParser
import Foundation
import SyntheticData

/// `ilead generate [--seed N] [--out DIR]`: rebuilds the synthetic i-LEAD dataset of datasets/ilead-synthetic/GENERATOR.md.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the seeded synthetic i-LEAD dataset (25 workshops, technology watch, scenarios, planted cases).",
        discussion: """
            The same seed gives byte-identical files on every platform (datasets/ilead-synthetic/GENERATOR.md).

            Example:
              ilead generate --seed 20170901 --out datasets/ilead-synthetic
            """
    )

    @Option(help: "Generator seed.")
    var seed: UInt64 = DatasetGenerator.defaultSeed

    @Option(help: "Dataset folder (created if missing).")
    var out = "datasets/ilead-synthetic"

    func run() throws {
        var generator = DatasetGenerator(seed: seed)
        let files = generator.generate()
        try OutputFolder.write(files.map { (path: $0.path, text: $0.text) }, to: out)
        print("Wrote \(files.count) files to \(out)/ (seed \(seed), generator \(DatasetGenerator.version))")
    }
}
