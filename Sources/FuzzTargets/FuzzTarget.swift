import Foundation
import MCDA
import PriorityEngine

/// What the fuzzers feed and what must hold for any input, shared by the libFuzzer driver (`ilead-fuzz`, built by
/// `scripts/fuzz.sh`) and the regression tests, which run every input a fuzzer ever crashed on plus the seed corpus.
///
/// Each target decodes the bytes as a user's file would be decoded and, when they are accepted, computes with
/// them. It returns the broken invariants (empty when all hold); a crash, a trap or a sanitizer report is a
/// failure in itself. The invariants: a refused input carries at least one error; an accepted one gives finite
/// numbers, ranks that are a permutation of 1…m, and weights that are non-negative and sum to 1.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A workshop file, then a run of it with the default model.
    case workshop
    /// A scoring model, then a run of the example workshop with it.
    case model
    /// A scenario (ranges at their typical values), then a run of the example workshop under it.
    case scenario
    /// A decision problem in JSON, then every method.
    case problemJSON = "problem-json"
    /// A decision problem in CSV (directions alternate benefit/cost, equal weights), then every method.
    case problemCSV = "problem-csv"
    /// Pairwise comparisons, then AHP (single or group).
    case pairwise
    /// The kernels on a matrix made of the bytes: every method × normalization and every objective weighting.
    case kernels

    /// The example workshop the model and scenario targets run.
    public static let exampleWorkshop = "datasets/examples/WS-2019-CYB.json"

    public func violations(_ data: Data) -> [String] {
        switch self {
        case .workshop: return Self.workshop(data)
        case .model: return Self.model(data)
        case .scenario: return Self.scenario(data)
        case .problemJSON:
            guard let problem = try? DecisionProblem(json: data) else { return [] }
            return Self.everyMethod(problem)
        case .problemCSV:
            let text = String(decoding: data, as: UTF8.self)
            let columns = max(1, (text.split(separator: "\n", maxSplits: 1).first?.split(separator: ",", omittingEmptySubsequences: false).count ?? 2) - 1)
            let directions = (0..<columns).map { $0 % 2 == 0 ? Direction.benefit : .cost }
            guard let problem = try? DecisionProblem(csv: text, directions: directions, weights: Array(repeating: 1 / Double(columns), count: columns)) else { return [] }
            return Self.everyMethod(problem)
        case .pairwise: return Self.pairwise(data)
        case .kernels: return Self.kernels(data)
        }
    }

    // MARK: the i-LEAD files

    static func workshop(_ data: Data) -> [String] {
        let (workshop, diagnostics) = Workshop.read(data, file: "fuzz.json")
        if workshop == nil && !diagnostics.contains(where: { $0.level == .error }) { return ["a refused workshop has no error"] }
        guard workshop != nil else { return [] }
        return run([WorkshopSource(path: "fuzz.json", data: data)], model: .default, scenario: nil)
    }

    static func model(_ data: Data) -> [String] {
        let (loaded, diagnostics) = ScoringModel.read(data, file: "fuzz-model.json")
        let model = loaded?.model
        if model == nil && !diagnostics.contains(where: { $0.level == .error }) { return ["a refused model has no error"] }
        guard let model, let example = try? Data(contentsOf: URL(fileURLWithPath: exampleWorkshop)) else { return [] }
        return run([WorkshopSource(path: exampleWorkshop, data: example)], model: model, scenario: nil)
    }

    static func scenario(_ data: Data) -> [String] {
        let (ranges, rangeDiagnostics) = ScenarioRanges.read(data, file: "fuzz-scenario.json")
        guard let ranges else {
            // Not a scenario at all (nil without errors) is fine: the command line tells it by its kind.
            return []
        }
        _ = rangeDiagnostics
        let (scenario, diagnostics) = Scenario.read(ranges.typical, file: "fuzz-scenario.json")
        if scenario == nil && !diagnostics.contains(where: { $0.level == .error }) { return ["a refused scenario has no error"] }
        guard let scenario, let example = try? Data(contentsOf: URL(fileURLWithPath: exampleWorkshop)) else { return [] }
        return run([WorkshopSource(path: exampleWorkshop, data: example)], model: .default, scenario: scenario)
    }

    /// A run either stops with located errors or gives finite priorities in [0, 1] and lists ranked 1…N.
    static func run(_ sources: [WorkshopSource], model: ScoringModel, scenario: Scenario?) -> [String] {
        let run: PriorityRun
        do { run = try PriorityRun.execute(sources: sources, model: model, scenario: scenario, scenarioFile: "fuzz-scenario.json", asOfDate: "2025-06-01") }
        catch {
            return error.diagnostics.isEmpty ? ["a stopped run has no error"] : []
        }
        var out: [String] = []
        for r in run.results where !(r.priorityScore.isFinite && (0...1).contains(r.priorityScore)) {
            out.append("\(r.gapRef): priority \(r.priorityScore) is not a finite number in [0, 1]")
        }
        guard let lists = try? run.lists() else { return out }
        for list in lists {
            if list.entries.map(\.rank) != Array(1..<(list.entries.count + 1)) {
                out.append("\(list.fileStem): ranks are not 1…\(list.entries.count)")
            }
            for e in list.entries where !e.score.isFinite { out.append("\(list.fileStem): \(e.result.gapRef) has score \(e.score)") }
        }
        return out
    }

    // MARK: the MCDA core

    /// Every method under its default normalization: refused with an error, or finite scores and ranks 1…m.
    static func everyMethod(_ problem: DecisionProblem, normalizations: [Normalization?] = [nil]) -> [String] {
        var out: [String] = []
        for method in MethodName.allCases {
            for normalization in normalizations {
                guard let result = try? method.evaluate(problem, options: MethodOptions(normalization: normalization)) else { continue }
                out += methodResult(result, m: problem.alternativeCount, label: "\(method.rawValue)/\(normalization?.rawValue ?? "default")")
            }
        }
        return out
    }

    /// Finite scores and details, ranks within 1…m with the best at 1, and an order that is a permutation.
    public static func methodResult(_ result: MethodResult, m: Int, label: String) -> [String] {
        methodResult(scores: result.scores, ranks: result.ranks, order: result.order, details: result.details, m: m, label: label)
    }

    public static func methodResult(scores: [Double], ranks: [Int], order: [Int], details: [(String, [Double])] = [], m: Int, label: String) -> [String] {
        var out: [String] = []
        if scores.count != m || scores.contains(where: { !$0.isFinite }) { out.append("\(label): scores \(scores)") }
        for (name, values) in details where values.contains(where: { !$0.isFinite }) { out.append("\(label): \(name) not finite") }
        if ranks.count != m || ranks.contains(where: { !(1...m).contains($0) }) || (m > 0 && !ranks.contains(1)) {
            out.append("\(label): ranks \(ranks)")
        }
        if order.sorted() != Array(0..<m) { out.append("\(label): order \(order) is not a permutation") }
        return out
    }

    static func weights(_ w: [Double], label: String) -> [String] {
        guard !w.isEmpty else { return [] }
        if w.contains(where: { !$0.isFinite || $0 < 0 }) { return ["\(label): weights \(w)"] }
        let sum = w.reduce(0, +)
        return abs(sum - 1) <= 1e-9 ? [] : ["\(label): weights sum to \(sum)"]
    }

    static func pairwise(_ data: Data) -> [String] {
        guard let document = try? PairwiseComparisonsDocument(json: data) else { return [] }
        if document.isGroup {
            let participants = document.participants.map { (id: $0.id, comparisons: $0.comparisons) }
            for aggregation in GroupAggregation.allCases {
                guard let result = try? AHP.group(participants, participantWeights: document.participants.map(\.weight), aggregation: aggregation) else { continue }
                let w = weights(result.weights, label: "group AHP \(aggregation)")
                if !w.isEmpty { return w }
            }
            return []
        }
        guard let single = document.participants.first?.comparisons else { return [] }
        var out: [String] = []
        for derivation in PriorityDerivation.allCases {
            guard let result = try? AHP.priorities(single, derivation: derivation) else { continue }
            out += weights(result.weights, label: "AHP \(derivation)")
            if !result.consistencyRatio.isFinite && single.count > 2 { out.append("AHP \(derivation): CR \(result.consistencyRatio)") }
        }
        return out
    }

    /// A matrix from the bytes: m = 2 + b0 % 7 alternatives, n = 1 + b1 % 4 criteria, directions from b2, then
    /// values and weights from 8-byte words (non-finite words replaced by their low 32 bits), every method ×
    /// normalization, and every objective weighting.
    static func kernels(_ data: Data) -> [String] {
        let bytes = [UInt8](data)
        guard bytes.count >= 3 else { return [] }
        let m = 2 + Int(bytes[0] % 7), n = 1 + Int(bytes[1] % 4)
        var words = stride(from: 3, to: bytes.count - 7, by: 8).map { k -> Double in
            let bits = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[k + $1]) << (8 * UInt64($1)) }
            let x = Double(bitPattern: bits)
            return x.isFinite ? x : Double(Int32(truncatingIfNeeded: bits))
        }
        while words.count < m * n + n { words.append(Double(words.count % 5)) }
        let criteria = (0..<n).map { j in
            Criterion(id: "c\(j)", direction: bytes[2] >> (j % 8) & 1 == 0 ? .benefit : .cost, weight: abs(words[m * n + j]),
                      bounds: -1.7e308...1.7e308)
        }
        let rows = (0..<m).map { i in (0..<n).map { j in words[i * n + j] } }
        guard let problem = try? DecisionProblem(criteria: criteria, alternatives: (0..<m).map { "A\($0)" }, rows: rows) else { return [] }
        var out = everyMethod(problem, normalizations: [nil] + Normalization.allCases.map(Optional.some))
        for weighting in ObjectiveWeighting.allCases {
            guard let w = try? weighting.weights(for: problem) else { continue }
            out += weights(w, label: "\(weighting.rawValue) weights")
        }
        return out
    }
}
