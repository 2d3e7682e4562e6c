import Foundation

/// The JSON form of a decision problem (docs/decision-problems.md).
struct DecisionProblemDocument: Decodable {
    struct CriterionEntry: Decodable {
        var id: String
        var direction: String
        var weight: LooseValue?
        var preference: Preference?
        var bounds: [LooseValue]?
    }
    struct Preference: Decodable {
        var function: String
        var q: Double?
        var p: Double?
        var s: Double?
    }
    struct AlternativeEntry: Decodable {
        var id: String
        var values: [String: LooseValue]
    }
    var schemaVersion: String?
    var kind: String?
    var criteria: [CriterionEntry]
    var alternatives: [AlternativeEntry]
}

extension DecisionProblem {
    /// Reads a decision problem from its JSON form, collecting every issue before throwing.
    ///
    /// - Parameters:
    ///   - data: the JSON document (`kind: "decisionProblem"`).
    ///   - weightsRequired: when `false`, criteria may omit `weight` (the caller derives weights,
    ///   e.g. by an objective weighting); they are then given weight 1 until replaced.
    /// - Throws: `MCDAError.invalidInput` with each issue located by JSON path, alternative and criterion.
    public init(json data: Data, weightsRequired: Bool = true) throws(MCDAError) {
        let doc = try decodeStrictly(DecisionProblemDocument.self, from: data)
        var issues: [MCDAIssue] = []
        checkEnvelope(schemaVersion: doc.schemaVersion, kind: doc.kind, expected: "decisionProblem", into: &issues)
        var criteria: [Criterion] = []
        for (j, c) in doc.criteria.enumerated() {
            let loc = "criteria[\(j)]"
            guard let direction = Direction(rawValue: c.direction) else {
                issues.append(MCDAIssue(location: "\(loc).direction", "criterion '\(c.id)': direction must be \"benefit\" or \"cost\", got \"\(c.direction)\""))
                continue
            }
            var weight = 1.0
            if let w = c.weight {
                if let x = w.number() { weight = x } else {
                    issues.append(MCDAIssue(location: "\(loc).weight", "criterion '\(c.id)': weight must be a number, got \(w.shown)"))
                }
            } else if weightsRequired {
                issues.append(MCDAIssue(location: "\(loc).weight", "criterion '\(c.id)' has no weight (give one, or derive weights with --weighting)"))
            }
            var preference = PreferenceFunction.usual
            if let p = c.preference {
                do { preference = try PreferenceFunction.make(name: p.function, q: p.q, p: p.p, s: p.s) }
                catch { issues.append(MCDAIssue(location: "\(loc).preference", "criterion '\(c.id)': \(error.message)")) }
            }
            var bounds: ClosedRange<Double>?
            if let b = c.bounds {
                let numbers = b.compactMap { $0.number() }
                if numbers.count != 2 || b.count != 2 {
                    issues.append(MCDAIssue(location: "\(loc).bounds", "criterion '\(c.id)': bounds must be two numbers [min, max]"))
                } else if !(numbers[0] < numbers[1]) || !numbers[0].isFinite || !numbers[1].isFinite {
                    issues.append(MCDAIssue(location: "\(loc).bounds", "criterion '\(c.id)': bounds must be finite with min < max, got [\(numbers[0]), \(numbers[1])]"))
                } else {
                    bounds = numbers[0]...numbers[1]
                }
            }
            criteria.append(Criterion(id: c.id, direction: direction, weight: weight, preference: preference, bounds: bounds))
        }
        var rows: [[Double]] = []
        let known = Set(doc.criteria.map(\.id))
        for (i, a) in doc.alternatives.enumerated() {
            var row: [Double] = []
            for c in doc.criteria {
                let loc = "alternatives[\(i)].values.\(c.id)"
                guard let v = a.values[c.id] else {
                    issues.append(MCDAIssue(location: loc, "alternative '\(a.id)' has no value for criterion '\(c.id)'"))
                    row.append(0)
                    continue
                }
                guard let x = v.number() else {
                    issues.append(MCDAIssue(location: loc, "alternative '\(a.id)', criterion '\(c.id)': expected a number, got \(v.shown)"))
                    row.append(0)
                    continue
                }
                row.append(x)
            }
            for key in a.values.keys.sorted() where !known.contains(key) {
                issues.append(MCDAIssue(location: "alternatives[\(i)].values.\(key)", "alternative '\(a.id)' gives a value for an unknown criterion '\(key)'"))
            }
            rows.append(row)
        }
        if !issues.isEmpty {
            // Add the structural checks too, so the user sees everything at once.
            if case let .invalidInput(more)? = Result(catching: { () throws(MCDAError) in
                _ = try DecisionProblem(criteria: criteria, alternatives: doc.alternatives.map(\.id), rows: rows)
            }).failure, criteria.count == doc.criteria.count {
                issues += more.filter { m in !issues.contains { $0.location == m.location } }
            }
            throw .invalidInput(issues)
        }
        try self.init(criteria: criteria, alternatives: doc.alternatives.map(\.id), rows: rows)
    }
}

extension Result {
    var failure: Failure? { if case let .failure(e) = self { return e } else { return nil } }
}
