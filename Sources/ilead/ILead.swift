import ArgumentParser
import Foundation
import MCDA
import PriorityEngine

/// The `ilead` command: decision analysis for the i-LEAD innovation network.
@main
struct ILead: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ilead",
        abstract: "Rank capability gaps from i-LEAD workshops, choose procurement routes, and rank decision alternatives with multi-criteria methods.",
        discussion: """
            Examples:
              ilead run datasets/ilead-synthetic/workshops --out out
              ilead rank datasets/problems/capability-gaps.json --method topsis
              ilead weights ahp datasets/problems/ahp-saaty-leader.json
              ilead validate datasets/examples/WS-2019-CYB.json
              ilead workshop init out/WS-2024-CYB.xlsx --id WS-2024-CYB --group CYB --year 2024
            """,
        version: EngineInfo.version,
        subcommands: [Run.self, Rank.self, Compare.self, Weights.self, Validate.self, Generate.self, Schema.self, Sensitivity.self, ScenarioCommand.self,
                      PortfolioCommand.self, WorkshopCommand.self, WatchCommand.self]
    )

    /// Parses, runs, and maps every error to one message on stderr and a sysexits-style code (ErrorReporting).
    static func main() {
        ComputeThreads.useSingleThreadedBLAS()
        Interruption.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ErrorReporting.exit(with: error)
        }
    }
}

