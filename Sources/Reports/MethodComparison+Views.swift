import Foundation
import JSONFormat
import MCDA

/// The views of `MethodComparison`: a terminal table for people (numbers to 3 decimals), CSV with one row per
/// alternative, and JSON with every number exact.
extension MethodComparison {
    /// The agreement measures, by name, as they appear in the outputs.
    var correlations: [(name: String, label: String, values: [[Double?]])] {
        [("spearman", "Spearman ρ", spearman), ("kendallTauB", "Kendall τ-b", kendallTauB),
         ("weightedSpearman", "weighted Spearman r_w", weightedSpearman.map { $0.map(Optional.some) }),
         ("ws", "WS similarity (row method as reference)", ws.map { $0.map(Optional.some) })]
    }

    /// Header and rows (input order): id, each method's rank, Borda and Copeland ranks, best–worst rank.
    public var tableRows: (header: [String], rows: [[String]]) {
        let header = ["id"] + results.map { $0.method.rawValue } + ["borda", "copeland", "range"]
        let spread = Dictionary(uniqueKeysWithValues: spreads.map { ($0.alternative, $0) })
        let order = alternatives.indices.sorted { (borda.ranks[$0], $0) < (borda.ranks[$1], $1) }
        let rows = order.map { a in
            [alternatives[a]] + results.map { "\($0.ranks[a])" } + ["\(borda.ranks[a])", "\(copeland.ranks[a])", "\(spread[a]!.best)–\(spread[a]!.worst)"]
        }
        return (header, rows)
    }

    /// Ranks side by side (ordered by the Borda consensus), the agreement matrices, and the alternatives whose rank
    /// varies most.
    public var table: String {
        let t = tableRows
        var out = "Ranks by method (1 = best), ordered by the Borda consensus\n\n"
        out += TextTable.render(header: t.header, rows: t.rows, rightAligned: Set(1..<t.header.count))
        for (_, label, values) in correlations {
            out += "\n\(label)\n\n"
            let names = results.map { $0.method.rawValue }
            let rows = names.indices.map { i in [names[i]] + names.indices.map { j in values[i][j].map { Self.text3($0) } ?? "–" } }
            out += TextTable.render(header: [""] + names, rows: rows, rightAligned: Set(1...names.count))
        }
        let moving = spreads.filter { $0.range > 0 }.prefix(5)
        out += "\n" + (moving.isEmpty ? "Every method gives every alternative the same rank.\n"
            : "Ranks that vary most: " + moving.map { "\(alternatives[$0.alternative]) \($0.best)–\($0.worst)" }.joined(separator: ", ") + "\n")
        for s in skipped { out += "skipped \(s.method.rawValue): \(s.reason)\n" }
        out += "Borda: an alternative at rank r of m earns m − r points per method; Copeland: pairwise majority wins minus losses.\n"
        out += "Agreement to 3 decimals; --format json keeps every number exact.\n"
        return out
    }

    /// CSV: one row per alternative (input order) with each method's rank and score, then the consensus ranks.
    public var csv: String {
        let header = ["id"] + results.flatMap { ["rank.\($0.method.rawValue)", "score.\($0.method.rawValue)"] }
            + ["borda", "rank.borda", "copeland", "rank.copeland"]
        let rows = alternatives.indices.map { a in
            [alternatives[a]] + results.flatMap { ["\($0.ranks[a])", "\($0.scores[a])"] }
                + [Self.whole(borda.scores[a]), "\(borda.ranks[a])", Self.whole(copeland.scores[a]), "\(copeland.ranks[a])"]
        }
        return TextTable.csv(header: header, rows: rows)
    }

    /// Every number exact: the methods with their scores, ranks and settings, the agreement matrices, the
    /// consensus rankings and the spreads.
    public var json: JSONValue {
        func matrix(_ m: [[Double?]]) -> JSONValue { .array(m.map { .array($0.map { $0.map(JSONValue.number) ?? .null }) }) }
        return .object([
            ("kind", .string("methodComparison")),
            ("alternatives", .array(alternatives.map(JSONValue.string))),
            ("methods", .array(results.map { r in
                .object([("method", .string(r.method.rawValue)), ("scoreOrder", .string(r.method.scoreOrder.rawValue)),
                         ("scores", .array(r.scores.map(JSONValue.number))), ("ranks", .array(r.ranks.map(JSONValue.integer))),
                         ("settings", .object(r.settings.filter { $0.0 != "weights" })),
                         ("warnings", .array(r.warnings.map(JSONValue.string)))])
            })),
            ("skipped", .array(skipped.map { .object([("method", .string($0.method.rawValue)), ("reason", .string($0.reason))]) })),
            ("correlations", .object(correlations.map { ($0.name, matrix($0.values)) })),
            ("consensus", .object([
                ("borda", .object([("scores", .array(borda.scores.map { .integer(Int($0)) })), ("ranks", .array(borda.ranks.map(JSONValue.integer)))])),
                ("copeland", .object([("scores", .array(copeland.scores.map { .integer(Int($0)) })), ("ranks", .array(copeland.ranks.map(JSONValue.integer)))])),
            ])),
            ("rankSpread", .array(spreads.map { s in
                .object([("id", .string(alternatives[s.alternative])), ("best", .integer(s.best)), ("worst", .integer(s.worst))])
            })),
        ])
    }

    /// Three decimals, without a negative zero.
    static func text3(_ x: Double) -> String {
        let r = (x * 1000).rounded() / 1000
        return String(format: "%.3f", r == 0 ? 0 : r)
    }
    static func whole(_ x: Double) -> String { String(Int(x)) }
}
