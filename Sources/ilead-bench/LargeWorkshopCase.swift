import Foundation
import MCDA
import PriorityEngine
import JSONFormat

/// Reading a large workshop: 5,000 gaps rated by 50 participants (about 65–75 MB of JSON), made from the
/// synthetic WS-2019-CYB. Each repetition reads it in a fresh child process (`ilead-bench --read-workshop FILE`,
/// which does what `ilead validate` does: peek the kind, read and check the workshop), so the peak resident set
/// reported is that of a whole process doing only this. Targets: under 3 s, peak under 5× the file size.
func runLargeWorkshopCase() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("ilead-bench-large-workshop-\(getpid()).json")
    defer { try? FileManager.default.removeItem(at: file) }
    let data = try largeWorkshop(gaps: 5_000, raters: 50)
    try data.write(to: file)
    var times: [Double] = [], peaks: [Double] = []
    for _ in 0..<3 {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        child.arguments = ["--read-workshop", file.path]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        guard child.terminationStatus == 0, let text = String(data: output, encoding: .utf8),
              let parts = Optional(text.split(separator: " ")), parts.count == 2,
              let t = Double(parts[0]), let peak = Double(parts[1].trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "the reading child failed"])
        }
        times.append(t); peaks.append(peak)
    }
    let fileMiB = Double(data.count) / 1_048_576
    times.sort()
    emit("read-large-workshop", seconds: times[1], [("minSeconds", times[0]), ("repetitions", 3), ("gaps", 5_000), ("raters", 50),
                                                    ("fileMiB", fileMiB), ("childPeakMiB", peaks.max()!),
                                                    ("peakToFileRatio", peaks.max()! / fileMiB),
                                                    ("targetSeconds", 3), ("targetPeakToFileRatio", 5)])
}

/// The child: reads the file as `ilead validate` does and prints "seconds peakMiB".
func readWorkshopChild(_ path: String) throws {
    let start = Date()
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    precondition(StrictJSON.topLevelString("kind", in: data) == "workshop")
    let (workshop, diagnostics) = Workshop.read(data, file: path)
    precondition(workshop != nil && !diagnostics.contains { $0.level == .error }, "the large workshop must be valid")
    let t = Date().timeIntervalSince(start)
    print("\(t) \(peakMemoryMiB())")
}

/// WS-2019-CYB with `gaps` copies of its first gap (ids G01…), each rated 1–5 on every key by `raters` voting
/// participants from a fixed random stream; written as compact JSON (no spaces: the hardest ratio of memory to
/// file size, since indentation adds bytes but no values).
func largeWorkshop(gaps: Int, raters: Int) throws -> Data {
    let source = try Data(contentsOf: URL(fileURLWithPath: "datasets/ilead-synthetic/workshops/WS-2019-CYB.json"))
    var tree = try JSONSerialization.jsonObject(with: source) as! [String: Any]
    let countries = ["DE", "FR", "NL", "PL", "ES", "IT", "PT", "GR", "BE", "AT", "SE", "FI", "DK", "IE", "CZ", "RO", "HU", "BG", "HR",
                     "SI", "SK", "LT", "LV", "EE", "LU", "MT", "CY"]
    let template = (tree["participants"] as! [[String: Any]])[0]
    let participants: [[String: Any]] = (0..<raters).map { i in
        var p = template
        p["id"] = String(format: "P%02d", i + 1); p["country"] = countries[i % countries.count]
        p["pseudonymousPersonId"] = String(format: "PP-%04d", i); p["voting"] = true
        return p
    }
    tree["participants"] = participants
    tree["criteriaComparisons"] = nil
    let first = (tree["capabilityGaps"] as! [[String: Any]])[0]
    let keys = RatingKey.allCases.map(\.rawValue)
    var rng = Xoshiro256(seed: 7)
    tree["capabilityGaps"] = (0..<gaps).map { g -> [String: Any] in
        var gap = first
        gap["id"] = String(format: "G%02d", g + 1)
        gap["ratings"] = participants.map { p -> [String: Any] in
            var r: [String: Any] = ["participantId": p["id"]!]
            for k in keys { r[k] = Int(rng.next() % 5) + 1 }
            return r
        }
        return gap
    }
    return try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys])
}
