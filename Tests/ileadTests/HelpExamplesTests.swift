import Foundation
import Testing

/// Every example that `--help` prints runs as printed from the repository root and exits 0.
@Suite struct HelpExamplesTests {
    static let commands: [[String]] = [[], ["run"], ["rank"], ["weights"], ["validate"], ["generate"], ["schema"], ["sensitivity"],
                                       ["scenario", "compare"], ["scenario", "distance"], ["scenario", "sample"], ["portfolio"],
                                       ["workshop"], ["workshop", "init"], ["workshop", "import"], ["workshop", "export"], ["workshop", "sheet"],
                                       ["compare"], ["watch"]]

    /// The words of a command line as a shell splits them (double quotes group words).
    static func words(_ line: String) -> [String] {
        var out: [String] = [], current = "", quoted = false, started = false
        for c in line {
            if c == "\"" { quoted.toggle(); started = true; continue }
            if c == " " && !quoted { if started { out.append(current) }; current = ""; started = false; continue }
            current.append(c); started = true
        }
        if started { out.append(current) }
        return out
    }

    /// The `ilead …` lines under "Example:" or "Examples:" of a command's help, printed wide enough not to wrap.
    static func examples(_ command: [String]) throws -> [String] {
        setenv("COLUMNS", "400", 1)
        let help = try CLI.run(command + ["--help"]).stdout
        var out: [String] = [], inside = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t == "Examples:" || t == "Example:" { inside = true; continue }
            if inside, t.hasPrefix("ilead ") { out.append(t) } else if inside, !t.isEmpty { inside = false }
        }
        return out
    }

    @Test func everyHelpExampleRunsAsPrinted() throws {
        var all: [String] = []
        for command in Self.commands { all += try Self.examples(command) }
        #expect(all.count >= 20, "\(all)")
        for example in Set(all).sorted() {
            let words = Self.words(example).dropFirst()
            #expect(!words.contains(where: { $0.hasPrefix(">") || $0.hasPrefix("|") }), "\(example) needs a shell")
            let r = try CLI.run(Array(words))
            #expect(r.status == 0, "\(example): \(r.stderr)")
        }
    }
}
