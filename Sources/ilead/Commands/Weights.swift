import ArgumentParser
import Foundation
import MCDA
import Reports
import JSONFormat

/// What `ilead weights` can compute.
enum WeightsMethod: String, ExpressibleByArgument, CaseIterable {
    case equal, entropy, std, critic, gini, merec, ahp
    case ahpHierarchy = "ahp-hierarchy"

    var objective: ObjectiveWeighting? { ObjectiveWeighting(rawValue: rawValue) }
}

/// `ilead weights METHOD FILE`: criterion weights from a decision matrix or from pairwise comparisons.
struct Weights: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Derive criterion weights: objectively from a decision problem, or by AHP from pairwise comparisons.",
        discussion: """
            Objective methods (equal, entropy, std, critic, gini, merec) read a decision problem. \
            ahp reads a pairwiseComparisons file: a full reciprocal matrix, a list of judgments (missing pairs \
            are completed: Harker 1987 for the eigenvector, log least squares for the geometric mean, or with \
            --completion lambda-max-optimal the most consistent completion), or \
            several participants (aggregated by AIJ or AIP). ahp-hierarchy reads an ahpHierarchy file (a goal, \
            criteria, sub-criteria and alternatives, each broken-down node with its own comparisons) and gives \
            local and global priorities, the consistency of every node and the judgments to revisit \
            ('ilead schema ahpHierarchy' prints the format). Weights are never rounded.

            Examples:
              ilead weights ahp datasets/problems/ahp-saaty-leader.json
              ilead weights ahp datasets/problems/ahp-group.json --aggregation aip --random-index donegan-dodd --format json
              ilead weights entropy datasets/problems/capability-gaps.json
              ilead weights critic datasets/problems/capability-gaps.json --ignore-directions
              ilead weights ahp datasets/problems/ahp-saaty-leader.json --random-index saaty-2005
              ilead weights ahp-hierarchy datasets/problems/ahp-hierarchy-leader.json
            """
    )

    @Argument(help: "Weighting method: \(WeightsMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
    var method: WeightsMethod

    @Argument(help: "Decision problem (objective methods), pairwise comparisons (ahp) or an AHP hierarchy (ahp-hierarchy).")
    var file: String

    @Option(help: "CSV only: one direction per criterion.")
    var directions: String?

    @Flag(help: "critic, merec: read every criterion as benefit, as sources that weigh the matrix alone do.")
    var ignoreDirections = false

    @Option(help: "AHP: random-index table for the consistency ratio.")
    var randomIndex: RandomIndexTable = .saaty

    @Option(help: "AHP: priorities from the principal eigenvector or from row geometric means.")
    var derivation: PriorityDerivation = .eigenvector

    @Option(help: "AHP with missing judgments: Harker's completion (log least squares under geometric-mean) or the lambda-max-optimal one.")
    var completion: JudgmentCompletion = .harker

    @Option(help: "AHP with participants: aggregate judgments (aij) or priorities (aip).")
    var aggregation: GroupAggregation = .aij

    @Option(help: "AHP: consistency-ratio threshold above which the matrix is flagged.")
    var threshold: Double = 0.10

    @Option(help: "Output format (json or table).")
    var format: ReportFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    func run() throws {
        let json: JSONValue
        if method == .ahpHierarchy {
            guard threshold.isFinite, threshold >= 0 else { throw CLIError.usage("--threshold must be >= 0") }
            let data = try Files.read(file)
            let (aggregation, derivation, randomIndex, threshold, completion) = (aggregation, derivation, randomIndex, threshold, completion)
            let result = try attributing(to: file) { () throws(MCDAError) in
                try AHPHierarchy(json: data).evaluate(derivation: derivation, randomIndex: randomIndex, threshold: threshold,
                                                       completion: completion, aggregation: aggregation)
            }
            try Files.emit(format == .json ? result.json.serialized() + "\n" : result.table, to: output, inputs: [file])
            return
        }
        if let objective = method.objective {
            let problem = try ProblemLoader.load(file, directions: directions, weights: nil, weightsRequired: false)
            let ignore = ignoreDirections
            let w = try attributing(to: file) { () throws(MCDAError) in try objective.weights(for: problem, ignoringDirections: ignore) }
            json = objectiveWeightsJSON(method: objective, criteria: problem.criteria.map(\.id), weights: w,
                                        ignoringDirections: ignoreDirections)
        } else {
            guard threshold.isFinite, threshold >= 0 else { throw CLIError.usage("--threshold must be >= 0") }
            let data = try Files.read(file)
            let (aggregation, derivation, randomIndex, threshold, completion) = (aggregation, derivation, randomIndex, threshold, completion)
            json = try attributing(to: file) { () throws(MCDAError) -> JSONValue in
                let doc = try PairwiseComparisonsDocument(json: data)
                if doc.isGroup {
                    let group = try AHP.group(doc.participants.map { ($0.id, $0.comparisons) },
                                              participantWeights: doc.participants.map(\.weight),
                                              aggregation: aggregation, derivation: derivation,
                                              randomIndex: randomIndex, threshold: threshold, completion: completion)
                    return group.json
                }
                return try AHP.priorities(doc.participants[0].comparisons, derivation: derivation,
                                          randomIndex: randomIndex, threshold: threshold, completion: completion).json
            }
        }
        try Files.emit(format == .json ? json.serialized() + "\n" : WeightsTable.render(json), to: output, inputs: [file])
    }
}

/// Terminal rendering of a weights result.
enum WeightsTable {
    static func render(_ json: JSONValue) -> String {
        guard case let .object(pairs) = json else { return json.serialized() }
        func value(_ key: String) -> JSONValue? { pairs.first { $0.0 == key }?.1 }
        var out = ""
        if case let .string(m)? = value("method") { out += "weights by \(m)\n\n" }
        if case let .object(w)? = value("weights") {
            out += TextTable.render(header: ["criterion", "weight"],
                                    rows: w.map { [$0.0, NumberText.cell($0.1)] }, rightAligned: [1])
        }
        for key in ["lambdaMax", "consistencyIndex", "consistencyRatio"] {
            if let v = value(key) { out += "\(key): \(NumberText.cell(v))\n" }
        }
        if case let .object(ri)? = value("randomIndex") {
            out += "random index: " + ri.map { key, v in
                if case let .string(text) = v { return "\(key)=\(text)" }
                return "\(key)=\(NumberText.cell(v))"
            }.joined(separator: ", ") + "\n"
        }
        if case let .bool(ok)? = value("consistent"), !ok, case let .array(js)? = value("inconsistentJudgments") {
            out += "\nThe consistency ratio is above the threshold. Judgments to revisit first:\n"
            for j in js.prefix(3) { out += "  " + j.serialized(pretty: false) + "\n" }
        }
        if case let .array(ps)? = value("participants") {
            var rows: [[String]] = []
            var items: [String] = []
            for case let .object(p) in ps {
                func field(_ key: String) -> JSONValue? { p.first { $0.0 == key }?.1 }
                guard case let .string(id)? = field("id"), case let .object(w)? = field("weights") else { continue }
                items = w.map(\.0)
                rows.append([id, field("consistencyRatio").map(NumberText.cell) ?? "",
                             field("consistent") == .bool(true) ? "yes" : "NO"] + w.map { NumberText.cell($0.1) })
            }
            out += "\nparticipants:\n"
            out += TextTable.render(header: ["id", "CR", "consistent"] + items, rows: rows,
                                    rightAligned: Set([1] + Array(3..<(3 + items.count))))
        }
        if case let .array(ws)? = value("warnings") {
            for w in ws { if case let .string(s) = w { out += "warning: \(s)\n" } }
        }
        return out + NumberText.note(exact: "json") + "\n"
    }
}
