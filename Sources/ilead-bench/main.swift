import Foundation
import MCDA

// `ilead-bench`: prints one JSON line per case (DOMAIN issue 4 targets). Usage: ilead-bench [case...]
let requested = Set(CommandLine.arguments.dropFirst())
let threadsOverride = ProcessInfo.processInfo.environment["ILEAD_THREADS"].flatMap(Int.init)
func wanted(_ name: String) -> Bool { requested.isEmpty || requested.contains(name) }

func emit(_ fields: [(String, Any)]) {
    let body = fields.map { key, value -> String in
        switch value {
        case let s as String: return "\"\(key)\": \"\(s)\""
        case let d as Double: return "\"\(key)\": \(String(format: "%.6g", d))"
        default: return "\"\(key)\": \(value)"
        }
    }
    print("{" + body.joined(separator: ", ") + "}")
    FileHandle.standardOutput.synchronizeFile()
}

if wanted("smaa-additive") {
    let m = 1000, n = 12, samples = 100_000
    let x = referenceMatrix(m: m, n: n)
    var result: SMAAResult?
    let t = try seconds {
        result = try SMAA.additive(values: x, alternatives: (0..<m).map { "A\($0)" }, criteria: (0..<n).map { "c\($0)" },
                                   options: SMAAOptions(samples: samples, seed: 1, threads: threadsOverride))
    }
    let checksum = result!.acceptability.enumerated().reduce(0.0) { $0 + $1.element[0] * Double($1.offset) }
    emit([("case", "smaa-additive"), ("m", m), ("n", n), ("samples", samples), ("seconds", t), ("checksum", checksum),
          ("peakMiB", peakMemoryMiB())])
}
