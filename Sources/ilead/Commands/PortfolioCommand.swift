import ArgumentParser
import Foundation
import PriorityEngine
import Reports
import JSONFormat
import Advice

/// `ilead portfolio PATH... --budget pcp=…,ppi=…`: which gaps to fund under budgets per instrument.
struct PortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Choose the gaps to fund under budgets per instrument, maximising total priority.",
        discussion: """
            Each gap whose route draws on a budget is a candidate: PCP, PCP_THEN_PPI and INNOVATION_PARTNERSHIP on \
            pcp; PPI on ppi; STANDARD_PROCUREMENT on standard. Costs: the gap's budgetEstimateEUR, else the PCP \
            estimate from development costs, else pcpMinBudgetEUR (pcp) or ppiMinVolumeEUR (ppi, standard). Exact branch \
            and bound; with --time-limit the optimality gap is reported. Writes portfolio.json, .csv and .md.

            Example:
              ilead portfolio datasets/ilead-synthetic/workshops --budget pcp=6000000,ppi=10000000 --min-per-group CYB=1
            """
    )

    @Argument(help: "Workshop files or folders.")
    var paths: [String]

    @Option(help: "Budgets in euros, e.g. pcp=6000000,ppi=10000000,standard=2000000 (a missing instrument funds nothing).")
    var budget: String

    @Option(help: "Gaps that must be funded (global refs, comma-separated).")
    var must: String?

    @Option(name: .customLong("must-not"), help: "Gaps that must not be funded (comma-separated).")
    var mustNot: String?

    @Option(help: "Dependencies B:A (fund B only with A), comma-separated.")
    var requires: String?

    @Option(name: .customLong("min-per-group"), help: "Minimum funded gaps per practitioner group, e.g. CYB=1,FOR=2.")
    var minPerGroup: String?

    @Option(name: .customLong("time-limit"), help: "Seconds before the search stops with its best portfolio and the optimality gap.")
    var timeLimit: Double = 10

    @OptionGroup var inputs: RunInputOptions

    @Option(help: "Output folder.")
    var out = "out/portfolio"

    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Whole euros from `6000000`, `6_000_000`, `6M`, `1.5m`, `250k` or `250K`; `nil` for anything else, a
    /// negative amount or one beyond 10^15 euros.
    static func euros(_ text: String) -> Int? {
        var t = text.replacingOccurrences(of: "_", with: "")
        var scale = 1.0
        if let last = t.last, "kKmM".contains(last) {
            scale = "kK".contains(last) ? 1e3 : 1e6
            t.removeLast()
        }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let x = Double(t) else { return nil }
        let value = (x * scale).rounded()
        guard value >= 0, value <= 1e15, abs(value - x * scale) < 1e-6 else { return nil }
        return Int(value)
    }

    static func budgets(_ text: String) throws -> [Instrument: Int] {
        var out: [Instrument: Int] = [:]
        for part in list(text) {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, let instrument = Instrument(rawValue: pair[0].lowercased()) else {
                throw CLIError.usage("--budget: '\(part)' is not instrument=euros with instrument pcp, ppi or standard")
            }
            guard let euros = euros(pair[1]) else {
                throw CLIError.usage("--budget: '\(pair[1])' is not an amount of euros ≥ 0 (e.g. 6000000, 6_000_000, 6M, 1.5M or 250k)")
            }
            out[instrument] = euros
        }
        guard !out.isEmpty else { throw CLIError.usage("--budget: give at least one instrument=euros") }
        return out
    }

    func run() throws {
        guard timeLimit > 0 else { throw CLIError.usage("--time-limit: must be positive") }
        let budgets = try Self.budgets(budget)
        var dependencies: [(gap: String, prerequisite: String)] = []
        for part in Self.list(requires) {
            let pair = part.split(separator: ":", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw CLIError.usage("--requires: '\(part)' is not B:A") }
            dependencies.append((pair[0], pair[1]))
        }
        var minimum: [PractitionerGroup: Int] = [:]
        for part in Self.list(minPerGroup) {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, let group = PractitionerGroup(rawValue: pair[0]), let count = Int(pair[1]), count >= 0 else {
                throw CLIError.usage("--min-per-group: '\(part)' is not GROUP=count with GROUP one of \(PractitionerGroup.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            minimum[group] = count
        }
        let loaded = try inputs.prepare(paths)
        let items = loaded.panEuropean.entries.compactMap { PortfolioItem($0.result, rules: loaded.model.procurementRules) }
        let problem = PortfolioProblem(items: items, budgets: budgets, mustFund: Set(Self.list(must)), mustNotFund: Set(Self.list(mustNot)),
                                       requires: dependencies, minPerGroup: minimum)
        let issues = problem.issues()
        guard issues.isEmpty else { throw CLIError.usage(issues.joined(separator: "\n")) }
        let solution = PortfolioSolver.solve(problem, timeLimit: timeLimit)
        let violations = PortfolioSolver.check(problem, selected: solution.selected)
        guard violations.isEmpty || solution.infeasible else {
            throw CLIError.invalidFiles("internal check failed, no portfolio written: " + violations.joined(separator: "; "))
        }
        let marginal = PortfolioSolver.marginalValues(problem, solution: solution)
        let reasons = solution.infeasible ? problem.infeasibilityReasons() : []
        try OutputFolder.write([("portfolio.json", AdviceViews.json(problem, solution, marginal: marginal, infeasibleBecause: reasons).serialized() + "\n"),
                                ("portfolio.csv", AdviceViews.csv(problem, solution)),
                                ("portfolio.md", AdviceViews.markdown(problem, solution, marginal: marginal, infeasibleBecause: reasons))], to: out)
        if solution.infeasible {
            throw CLIError.invalidFiles("no portfolio meets every constraint:\n" + reasons.map { "  - " + $0 }.joined(separator: "\n")
                                        + "\nsee \(out)/portfolio.md")
        }
        if let warning = AdviceViews.placeholderWarning(problem) { print("Warning: " + warning) }
        print("\(solution.selected.count) of \(items.count) fundable gaps funded, total priority \(JSONValue.fixed6(solution.value)); "
              + (solution.optimal ? "proven optimal" : "time limit: optimality gap ≤ \(JSONValue.fixed6(100 * solution.relativeGap)) %"))
        let funded = solution.selected.sorted { problem.items[$0].priority > problem.items[$1].priority }
        for i in funded {
            let x = problem.items[i]
            print("  in: \(x.gapRef) \(x.title) — P \(JSONValue.fixed6(x.priority)), \(x.route.rawValue), \(Euros.text(x.cost)) (\(AdviceViews.costBasisText(x.costBasis)))")
        }
        for m in marginal {
            let spent = solution.spent[m.instrument] ?? 0, total = budgets[m.instrument] ?? 0
            var line = "  \(m.instrument.rawValue): \(Euros.text(spent)) of \(Euros.text(total)) spent"
            if let next = m.next { line += "; next: \(next.gapRef) (P \(JSONValue.fixed6(next.priority))) needs \(Euros.text(next.extraBudget)) more" }
            print(line)
        }
        print("Wrote portfolio.json, portfolio.csv and portfolio.md to \(out)/")
    }
}
