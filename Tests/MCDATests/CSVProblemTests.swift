import Foundation
import Testing
@testable import MCDA

/// A CSV problem says with settings what a JSON problem says per criterion: delimiter, SPOTIS bounds, PROMETHEE
/// preference functions.
@Suite struct CSVProblemTests {
    static let comma = "id,cost,quality\nA,\"1,200.5\",0.35\n"

    @Test func semicolonsWithDecimalCommasReadAsTheCommaFile() throws {
        let plain = try DecisionProblem(csv: "id,cost,quality\nA,1200.5,0.35\nB,900,0.5\n", directions: [.cost, .benefit], weights: [0.4, 0.6])
        let european = try DecisionProblem(csv: "id;cost;quality\nA;1200,5;0,35\nB;900;0,5\n", directions: [.cost, .benefit], weights: [0.4, 0.6],
                                           settings: CSVProblemSettings(delimiter: ";"))
        #expect(european.alternatives == plain.alternatives && european.column(0) == plain.column(0) && european.column(1) == plain.column(1))
        let tabs = try DecisionProblem(csv: "id\tcost\tquality\nA\t1200,5\t0,35\nB\t900\t0,5\n", directions: [.cost, .benefit], weights: [0.4, 0.6],
                                       settings: CSVProblemSettings(delimiter: "\t"))
        #expect(tabs.column(1) == plain.column(1))
        // With the comma delimiter, a comma is never a decimal separator.
        #expect(throws: MCDAError.self) {
            try DecisionProblem(csv: Self.comma, directions: [.cost, .benefit], weights: [0.4, 0.6])
        }
    }

    @Test func boundsAndPreferencesReachTheCriteria() throws {
        let settings = CSVProblemSettings(bounds: [0...2000, nil], preferences: [.vshape(p: 300), .linear(q: 0.05, p: 0.2)])
        let p = try DecisionProblem(csv: "id,cost,quality\nA,1200.5,0.35\nB,900,0.5\n", directions: [.cost, .benefit], weights: [0.4, 0.6],
                                    settings: settings)
        #expect(p.criteria.map(\.bounds) == [0...2000, nil])
        #expect(p.criteria.map(\.preference) == [.vshape(p: 300), .linear(q: 0.05, p: 0.2)])
        let short = CSVProblemSettings(bounds: [0...1], preferences: [.usual])
        do {
            _ = try DecisionProblem(csv: "id,a,b\nA,1,2\n", directions: [.benefit, .benefit], weights: [0.5, 0.5], settings: short)
            Issue.record("counts that do not match the criteria are errors")
        } catch {
            #expect("\(error)".contains("--bounds") && "\(error)".contains("--preference"))
        }
    }
}
