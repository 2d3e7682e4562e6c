import Foundation
import Testing

/// The guides in notebooks-md/ and the articles of the DocC catalogs (Sources/*/*.docc) show commands with their
/// outputs. Every `$ ./run.sh ...` line followed by output lines (up to the closing fence) is run with the built
/// binary and must print exactly that output.
@Suite struct GuideTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var file: String, command: [String], expected: String
        var testDescription: String { "\(file): \(command.joined(separator: " "))" }
    }

    static let examples: [Example] = {
        var out: [Example] = []
        for name in documents {
            let text = (try? String(contentsOf: CLI.root.appendingPathComponent(name), encoding: .utf8)) ?? ""
            let lines = text.components(separatedBy: "\n")
            var k = 0
            while k < lines.count {
                let line = lines[k]
                if line.hasPrefix("$ ./run.sh ") {
                    var body: [String] = []
                    var j = k + 1
                    while j < lines.count, !lines[j].hasPrefix("```"), !lines[j].hasPrefix("$ ") { body.append(lines[j]); j += 1 }
                    if !body.isEmpty {
                        let command = line.dropFirst("$ ./run.sh ".count).split(separator: "#")[0]
                            .split(separator: " ").map(String.init)
                        out.append(Example(file: name, command: command, expected: body.joined(separator: "\n") + "\n"))
                    }
                    k = j
                } else {
                    k += 1
                }
            }
        }
        return out
    }()

    /// The guides and the DocC articles, as paths from the repository root.
    static let documents: [String] = {
        let fm = FileManager.default
        var paths = ((try? fm.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("notebooks-md").path)) ?? [])
            .filter { $0.hasSuffix(".md") }.map { "notebooks-md/\($0)" }
        for module in (try? fm.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("Sources").path)) ?? [] {
            let catalog = "Sources/\(module)/\(module).docc"
            paths += ((try? fm.contentsOfDirectory(atPath: CLI.root.appendingPathComponent(catalog).path)) ?? [])
                .filter { $0.hasSuffix(".md") }.map { "\(catalog)/\($0)" }
        }
        return paths.sorted()
    }()

    @Test func guidesHaveCheckedExamples() {
        #expect(Self.examples.count >= 20)
        // Every method article of the MCDA catalog shows its method run on the worked example.
        for method in ["wsm", "waspas", "topsis", "vikor", "promethee2", "copras", "aras", "edas", "mabac", "moora", "spotis"] {
            #expect(Self.examples.contains { $0.file.contains(".docc/") && $0.command.contains(method) }, "\(method)")
        }
    }

    /// The examples of each guide run in the order of the guide (a later one may read what an earlier one wrote);
    /// the guides run side by side.
    @Test(arguments: Array(Set(examples.map(\.file))).sorted())
    func exampleOutputIsCurrent(_ file: String) throws {
        for example in Self.examples where example.file == file {
            let r = try CLI.run(example.command)
            #expect(r.status == 0, "\(example.testDescription): \(r.stderr)")
            #expect(r.stdout == example.expected, "\(example.testDescription)")
        }
    }
}
