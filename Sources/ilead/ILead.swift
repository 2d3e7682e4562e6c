import ArgumentParser
import Foundation

/// The `ilead` command: decision analysis for the i-LEAD innovation network.
@main
struct ILead: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ilead",
        abstract: "Rank capability gaps and decision alternatives with multi-criteria methods.",
        discussion: """
            Examples:
              ilead rank datasets/problems/capability-gaps.json --method topsis
              ilead weights ahp datasets/problems/ahp-saaty-leader.json
              ilead validate datasets/examples/WS-2019-CYB.json
            """,
        version: EngineInfo.version,
        subcommands: [Rank.self, Weights.self, Validate.self]
    )

    /// Parses, runs, and maps every error to one message on stderr and a sysexits-style code (ErrorReporting).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ErrorReporting.exit(with: error)
        }
    }
}

/// Engine identity, echoed in outputs.
enum EngineInfo {
    static let version = "0.1.0"
}
