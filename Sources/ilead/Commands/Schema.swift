import ArgumentParser
import Foundation
import Reports

/// `ilead schema KIND`: prints the JSON Schema (draft 2020-12) of a document kind.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) of a workshop, model, scenario, ranking, decision problem or pairwise comparisons file.",
        discussion: """
            The schema states structure, required keys, enum spellings and ranges (docs/file-formats.md); cross-record \
            rules (dangling references, duplicate ids, judgment order) are checked by 'ilead validate' and 'ilead run'.

            Examples:
              ilead schema workshop --output out/workshop.schema.json
              ilead schema decisionProblem
            """
    )

    @Argument(help: "workshop, model, scenario, ranking, decisionProblem, pairwiseComparisons, ahpHierarchy, technologyWatch or recurringNeeds.")
    var kind: JSONSchemas.Kind

    @Option(help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    func run() throws {
        try Files.emit(JSONSchemas.schema(kind).serialized() + "\n", to: output)
    }
}

extension JSONSchemas.Kind: ExpressibleByArgument {}
