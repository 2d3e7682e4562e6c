import MCDA
import JSONFormat

/// The report of `ilead sensitivity`: every analysis of one decision problem under one method.
public struct SensitivityReport: Sendable {
    public var base: MethodResult
    public var oneAtATime: OneAtATimeResult
    public var intervals: [StabilityInterval]
    public var topK: Int
    public var smaa: SMAAResult
    public var reversals: [RankReversalCheck]
    public var swaps: [NeighbourSwap]

    public init(base: MethodResult, oneAtATime: OneAtATimeResult, intervals: [StabilityInterval], topK: Int, smaa: SMAAResult,
                reversals: [RankReversalCheck], swaps: [NeighbourSwap]) {
        self.base = base
        self.oneAtATime = oneAtATime
        self.intervals = intervals
        self.topK = topK
        self.smaa = smaa
        self.reversals = reversals
        self.swaps = swaps
    }

    public var json: JSONValue {
        let ids = base.alternatives
        func range(_ r: ClosedRange<Double>) -> JSONValue { .array([.number(r.lowerBound), .number(r.upperBound)]) }
        return .object([
            ("method", .string(base.method.rawValue)),
            ("base", base.json),
            ("oneAtATime", .object([
                ("baseWeights", .object(zip(smaa.criteria, oneAtATime.baseWeights).map { ($0, .number($1)) })),
                ("variations", .array(oneAtATime.variations.map { v in
                    .object([("criterion", .string(v.criterion)), ("delta", .number(v.delta)),
                             ("weights", .object(zip(smaa.criteria, v.weights).map { ($0, .number($1)) })),
                             ("rankChanges", .array(v.rankChanges.map { .object([("alternative", .string($0.alternative)), ("from", .integer($0.from)), ("to", .integer($0.to))]) }))])
                })),
                ("tornado", .array(oneAtATime.tornado.map { t in
                    .object([("criterion", .string(t.criterion)), ("swing", .number(t.swing)),
                             ("scores", .object(ids.indices.map { (ids[$0], .array([.number(t.lowScores[$0]), .number(t.highScores[$0])])) }))])
                })),
            ])),
            ("stabilityIntervals", .object([
                ("topK", .integer(topK)),
                ("rescaling", .string("others proportionally: w_k(t) = w_k (1 - t) / (1 - w_j)")),
                ("criteria", .array(intervals.map { i in
                    .object([("criterion", .string(i.criterion)), ("weight", .number(i.weight)), ("first", range(i.first)),
                             ("topK", range(i.topK)), ("ranking", range(i.ranking)), ("method", .string(i.method))])
                })),
            ])),
            ("smaa", .object([
                ("settings", .object(smaa.settings)),
                ("alternatives", .array(ids.indices.map { i in
                    .object([("id", .string(ids[i])),
                             ("acceptability", .array(smaa.acceptability[i].map(JSONValue.number))),
                             ("standardError", .array(smaa.standardErrors[i].map(JSONValue.number))),
                             ("pTopK", .number(smaa.probabilityOfTop(topK)[i])),
                             ("centralWeights", smaa.centralWeights[i].map { c in .object(zip(smaa.criteria, c).map { ($0, .number($1)) }) } ?? .null),
                             ("confidence", smaa.confidence[i].map(JSONValue.number) ?? .null)])
                })),
                ("rejectedSamples", .integer(smaa.rejectedSamples)),
            ])),
            ("rankReversal", .array(reversals.map { r in
                .object([("change", .string(r.change)), ("alternative", .string(r.alternative)),
                         ("reversals", .array(r.reversals.map { .object([("above", .string($0.above)), ("below", .string($0.below))]) }))])
            })),
            ("neighbourSwaps", .array(swaps.map { s in
                .object([("above", .string(s.above)), ("below", .string(s.below)), ("alternative", .string(s.alternative)),
                         ("criterion", .string(s.criterion)), ("from", .number(s.from)), ("to", .number(s.to)),
                         ("relativeChange", .number(s.relativeChange))])
            })),
        ])
    }

    /// The terminal view: what is solid, what hangs on one assumption.
    public var table: String {
        let ids = base.alternatives
        func f(_ x: Double) -> String { JSONValue.fixed6(x) }
        var out = "\(base.method.rawValue): sensitivity of the ranking (\(smaa.samples) SMAA samples, top k = \(topK))\n\n"
        let pTop = smaa.probabilityOfTop(topK)
        let rows = base.order.map { i -> [String] in
            [String(base.ranks[i]), ids[i], f(base.scores[i]), f(smaa.acceptability[i][0]), f(pTop[i]),
             smaa.confidence[i].map { f($0) } ?? "-"]
        }
        out += TextTable.render(header: ["rank", "id", "score", "P(first)", "P(top \(topK))", "confidence"], rows: rows, rightAligned: [0, 2, 3, 4, 5])
        out += "\nWeight stability (interval of each weight, others rescaled, keeping …):\n"
        out += TextTable.render(header: ["criterion", "weight", "the first", "the top \(topK)", "the ranking", "how"],
                                rows: intervals.map { [$0.criterion, f($0.weight), "\(f($0.first.lowerBound))–\(f($0.first.upperBound))",
                                                        "\(f($0.topK.lowerBound))–\(f($0.topK.upperBound))",
                                                        "\(f($0.ranking.lowerBound))–\(f($0.ranking.upperBound))", $0.method] })
        let changes = oneAtATime.variations.filter { !$0.rankChanges.isEmpty }
        out += "\nOne at a time (±\(f(abs(oneAtATime.variations.first?.delta ?? 0)))): "
        out += changes.isEmpty ? "no rank changes\n" : "\(changes.count) of \(oneAtATime.variations.count) moves change ranks\n"
        for v in changes { out += "  \(v.criterion) \(v.delta > 0 ? "+" : "")\(f(v.delta)): " + v.rankChanges.map { "\($0.alternative) \($0.from)→\($0.to)" }.joined(separator: ", ") + "\n" }
        let reversed = reversals.filter { !$0.reversals.isEmpty }
        out += "\nRank reversal: \(reversed.isEmpty ? "none" : reversed.map { "\($0.change) \($0.alternative) flips \($0.reversals.count) pair(s)" }.joined(separator: "; "))\n"
        if let s = swaps.min(by: { $0.relativeChange < $1.relativeChange }) {
            out += "Closest swap: \(s.below) overtakes \(s.above) if \(s.alternative)'s \(s.criterion) goes from \(f(s.from)) to \(f(s.to)) (\(f(100 * s.relativeChange))% of its range)\n"
        }
        return out
    }
}
