import JSONFormat
extension MethodName {
    /// The scores alone, without ranks: for TOPSIS with vector normalization the two-pass streaming kernel, for
    /// the other methods the scores of `evaluate`.
    public func scores(_ problem: DecisionProblem, options: MethodOptions = MethodOptions()) throws(MCDAError) -> [Double] {
        if self == .topsis, (options.normalization ?? defaultNormalization) == .vector {
            return try problem.values.withUnsafeBufferPointer { (x) throws(MCDAError) in
                try StreamingTOPSIS.evaluate(values: x, m: problem.alternativeCount, weights: problem.weights,
                                             directions: problem.criteria.map(\.direction), criteria: problem.criteria.map(\.id),
                                             statistics: problem.columnStatistics,
                                             threads: problem.alternativeCount >= 100_000 ? ParallelBlocks.defaultThreads : 1,
                                             details: false).scores
            }
        }
        return try evaluate(problem, options: options).scores
    }

    /// Scores and ranks the alternatives of `problem` with this method.
    ///
    /// - Throws: `MCDAError` when a value lies outside the domain of the normalization or method, when the data
    ///   make the formula undefined, or when a parameter is out of range. Never returns a NaN.
    public func evaluate(_ problem: DecisionProblem, options: MethodOptions = MethodOptions()) throws(MCDAError) -> MethodResult {
        if let n = options.normalization, !acceptsNormalization {
            throw .invalidParameter(name: "normalization",
                                    rule: "\(rawValue) works on raw values; '\(n.rawValue)' cannot be applied")
        }
        guard options.tieTolerance >= 0, options.tieTolerance.isFinite else {
            throw .invalidParameter(name: "tieTolerance", rule: "must be a finite number >= 0")
        }
        let expected = try expectedSolution(options.expectedSolution, for: problem)
        // VIKOR's raw form already reads values as given, honouring directions.
        let normalization = self == .vikor && options.normalization == .identity ? nil : options.normalization ?? defaultNormalization
        let w = problem.weights
        let m = problem.alternativeCount
        var settings: [(String, JSONValue)] = [
            ("normalization", normalization.map { .string($0.rawValue) } ?? .string("none")),
        ]
        var warnings = problem.warnings
        if normalization == .identity, readsNormalizedColumnsAsBenefit {
            let cost = problem.criteria.filter { $0.direction == .cost }.map(\.id)
            if !cost.isEmpty {
                warnings.append("normalization 'none' uses the values as given, so \(rawValue) reads the cost criteria \(cost.joined(separator: ", ")) as 'more is better'; give them already turned round, or choose a normalization")
            }
        }
        var details: [(String, [Double])] = []
        var compromise: [Int] = []
        let scores: [Double]
        var explanation = Explanation(recording: options.explain)
        /// The normalized matrix, recorded for the explanation.
        func normalized(_ n: Normalization, directional: Bool = true) throws(MCDAError) -> [[Double]] {
            let r = try n.columns(of: problem, directional: directional)
            explanation.record(IntermediateTable(
                key: "normalizedMatrix", title: "Normalized matrix (\(n.rawValue)\(directional ? "" : ", every column in its benefit form"))",
                formula: n.formula(directional: directional), rows: problem.alternatives,
                columns: problem.criteria.map(\.id), byColumn: r))
            return r
        }

        switch self {
        case .topsis where normalization == .vector && !options.explain:
            let t = try problem.values.withUnsafeBufferPointer { (x) throws(MCDAError) in
                try StreamingTOPSIS.evaluate(values: x, m: m, weights: w, directions: problem.criteria.map(\.direction),
                                             criteria: problem.criteria.map(\.id), statistics: problem.columnStatistics,
                                             threads: m >= 100_000 ? ParallelBlocks.defaultThreads : 1)
            }
            scores = t.scores
            details = [("dPlus", t.dPlus), ("dMinus", t.dMinus)]
            settings.append(("costCriteria", .string("cost form of the normalization")))
            settings.append(("distance", .string("euclidean")))
            settings.append(("ideal", .string("column max / min of the weighted normalized matrix")))
        case .wsm, .wpm, .waspas, .topsis, .mabac:
            if self == .waspas, !(0...1).contains(options.lambda) {
                throw .invalidParameter(name: "lambda", rule: "must lie in [0, 1], got \(options.lambda)")
            }
            let r = try normalized(normalization!)
            settings.append(("costCriteria", .string(normalization == .identity ? "values as given (already normalized)" : "cost form of the normalization")))
            /// WSM's weighted matrix, for the explanation.
            func recordWeighted() {
                explanation.record(IntermediateTable(
                    key: "weightedMatrix", title: "Weighted normalized matrix", formula: "v_ij = w_j · r_ij",
                    rows: problem.alternatives, columns: problem.criteria.map(\.id),
                    byColumn: r.enumerated().map { j, col in col.map { w[j] * $0 } }))
            }
            switch self {
            case .wsm:
                recordWeighted()
                scores = WeightedSum.scores(columns: r, weights: w)
            case .wpm:
                scores = try WeightedProduct.scores(columns: r, weights: w, problem: problem, explanation: &explanation)
            case .waspas:
                recordWeighted()
                let sum = WeightedSum.scores(columns: r, weights: w)
                let product = try WeightedProduct.scores(columns: r, weights: w, problem: problem, explanation: &explanation)
                scores = (0..<m).map { options.lambda * sum[$0] + (1 - options.lambda) * product[$0] }
                details = [("wsm", sum), ("wpm", product)]
                settings.append(("lambda", .number(options.lambda)))
                explanation.record(IntermediateTable(
                    key: "jointCriterion", title: "Weighted sum Q1, weighted product Q2 and their combination Q",
                    formula: "Q1_i = Σ_j w_j r_ij, Q2_i = Π_j r_ij ^ w_j, Q_i = λ Q1_i + (1 − λ) Q2_i",
                    rows: problem.alternatives, columns: ["Q1", "Q2", "Q"], byColumn: [sum, product, scores]))
            case .topsis:
                let t = try TOPSIS.evaluate(columns: r, weights: w, problem: problem, explanation: &explanation)
                scores = t.scores
                details = [("dPlus", t.dPlus), ("dMinus", t.dMinus)]
                settings.append(("distance", .string("euclidean")))
                settings.append(("ideal", .string("column max / min of the weighted normalized matrix")))
            default:
                scores = try MABAC.evaluate(columns: r, problem: problem, explanation: &explanation)
            }
            if self == .wsm || self == .wpm {
                explanation.record(IntermediateTable(
                    key: "scores", title: self == .wsm ? "Weighted sum" : "Weighted product",
                    formula: self == .wsm ? "WSM_i = Σ_j w_j r_ij" : "WPM_i = Π_j r_ij ^ w_j",
                    rows: problem.alternatives, columns: [self == .wsm ? "WSM" : "WPM"], byColumn: [scores]))
            }
        case .vikor:
            guard (0...1).contains(options.v) else {
                throw .invalidParameter(name: "v", rule: "must lie in [0, 1], got \(options.v)")
            }
            let x: [[Double]], directions: [Direction]
            if let normalization {
                x = try normalized(normalization)
                directions = problem.criteria.map { _ in .benefit }
            } else {
                x = (0..<problem.criterionCount).map(problem.column)
                directions = problem.criteria.map(\.direction)
            }
            let out = try VIKOR.evaluate(columns: x, directions: directions, weights: w, v: options.v,
                                         problem: problem, tolerance: options.tieTolerance, explanation: &explanation)
            scores = out.q
            details = [("S", out.s), ("R", out.r), ("Q", out.q)]
            compromise = out.compromise
            settings.append(("v", .number(options.v)))
            settings.append(("compromise", .object([
                ("dq", .number(1 / Double(m - 1))),
                ("acceptableAdvantage", .bool(out.acceptableAdvantage)),
                ("acceptableStability", .bool(out.acceptableStability)),
                ("conditions", .string("Opricovic & Tzeng 2004")),
            ])))
        case .promethee2:
            let out = PROMETHEE.evaluate(problem, explanation: &explanation)
            if options.explain, m > PROMETHEE.largestExplainedMatrix {
                warnings.append("the preference matrix is left out of the explanation above \(PROMETHEE.largestExplainedMatrix) alternatives (\(m) × \(m) cells); the flows are shown")
            }
            scores = out.net
            details = [("phiPlus", out.plus), ("phiMinus", out.minus)]
            settings.append(("preferenceFunctions", .object(problem.criteria.map { c in
                (c.id, .object([("function", .string(c.preference.name))]
                    + c.preference.parameters.map { ($0.0, JSONValue.number($0.1)) }))
            })))
            settings.append(("flowDivisor", .string("m - 1 = \(m - 1)")))
            settings.append(("weightNormalization", .string("none (weights used as given)")))
        case .copras:
            let r = try normalized(normalization!, directional: false)
            let out = try COPRAS.evaluate(columns: r, problem: problem, explanation: &explanation)
            scores = out.q
            details = [("sPlus", out.sPlus), ("sMinus", out.sMinus)]
            settings.append(("costCriteria", .string("normalized as benefit, summed into S- (Zavadskas 1994)")))
        case .moora:
            let r = try normalized(normalization!, directional: false)
            scores = MOORA.evaluate(columns: r, problem: problem, explanation: &explanation)
            settings.append(("costCriteria", .string("normalized as benefit, subtracted (ratio system, Brauers 2006)")))
        case .aras:
            let out = try ARAS.evaluate(problem, normalization: normalization!, optimal: expected, explanation: &explanation)
            scores = out.k
            details = [("S", out.s)]
            settings.append(("costCriteria", .string("cost form of the normalization on the matrix extended by the optimal alternative")))
            settings.append(("optimalAlternative", expectedSetting(expected, problem: problem, otherwise: "best value of each column (max for benefit, min for cost)")))
            settings.append(("optimalScore", .number(out.optimal)))
        case .edas:
            let out = try EDAS.evaluate(problem, explanation: &explanation)
            scores = out.score
            details = [("SP", out.sp), ("SN", out.sn), ("NSP", out.nsp), ("NSN", out.nsn)]
        case .spotis:
            scores = try SPOTIS.evaluate(problem, expected: expected, explanation: &explanation)
            settings.append(("bounds", .object(problem.criteria.map { c in
                (c.id, .array([.number(c.bounds!.lowerBound), .number(c.bounds!.upperBound)]))
            })))
            settings.append(("idealPoint", expectedSetting(expected, problem: problem, otherwise: "max bound for benefit, min bound for cost")))
        }

        if let i = scores.firstIndex(where: { !$0.isFinite }) {
            throw .numerical("\(rawValue) produced a non-finite score for alternative '\(problem.alternatives[i])'")
        }
        for (name, column) in details {
            if let i = column.firstIndex(where: { !$0.isFinite }) {
                throw .numerical("\(rawValue) produced a non-finite \(name) for alternative '\(problem.alternatives[i])' (an intermediate result overflowed; scale the values or weights down)")
            }
        }
        if let (name, _) = settings.first(where: { !$0.1.isFinite }) {
            throw .numerical("\(rawValue) produced a non-finite setting '\(name)' (an intermediate result overflowed; scale the values or weights down)")
        }
        settings.append(("weights", .object(problem.criteria.map { ($0.id, .number($0.weight)) })))
        settings.append(("scoreOrder", .string(scoreOrder.rawValue)))
        settings.append(("ties", .object([
            ("policy", .string("competition: tied alternatives share the best rank of their group (1, 2, 2, 4)")),
            ("relativeTolerance", .number(options.tieTolerance)),
        ])))
        let ranked = Ranking.rank(scores, order: scoreOrder, tolerance: options.tieTolerance)
        return MethodResult(
            method: self, alternatives: problem.alternatives, scores: scores, ranks: ranked.ranks,
            order: ranked.order, details: details, compromiseSet: compromise.map { problem.alternatives[$0] },
            settings: settings, warnings: warnings, intermediateTables: explanation.tables)
    }

    /// The expected solution point, checked: one finite value per criterion, for a method that reads one.
    private func expectedSolution(_ given: [Double]?, for problem: DecisionProblem) throws(MCDAError) -> [Double]? {
        guard let given else { return nil }
        guard takesExpectedSolution else {
            throw .invalidParameter(name: "expectedSolution", rule: "applies to aras (optimal alternative) and spotis (expected solution point), not \(rawValue)")
        }
        guard given.count == problem.criterionCount else {
            throw .invalidParameter(name: "expectedSolution", rule: "needs one value per criterion (\(problem.criterionCount): \(problem.criteria.map(\.id).joined(separator: ", "))), got \(given.count)")
        }
        if let j = given.firstIndex(where: { !$0.isFinite }) {
            throw .invalidParameter(name: "expectedSolution", rule: "the value for criterion '\(problem.criteria[j].id)' must be a finite number")
        }
        return given
    }

    /// The setting that echoes an expected solution point, or the method's own convention.
    private func expectedSetting(_ expected: [Double]?, problem: DecisionProblem, otherwise: String) -> JSONValue {
        guard let expected else { return .string(otherwise) }
        return .object(zip(problem.criteria, expected).map { ($0.id, JSONValue.number($1)) })
    }
}
