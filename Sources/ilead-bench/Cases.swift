import Foundation
import MCDA

/// The benchmark input of the SMAA reference script (`scripts/bench.sh`): X[i, j] = frac(sin(i·12.9898 + j·78.233)·43758.5453),
/// returned column-major.
func referenceMatrix(m: Int, n: Int) -> [Double] {
    var x = [Double](repeating: 0, count: m * n)
    for j in 0..<n {
        for i in 0..<m {
            let v = Foundation.sin(Double(i) * 12.9898 + Double(j) * 78.233) * 43758.5453
            x[i + j * m] = v - v.rounded(.down)
        }
    }
    return x
}

/// Wall-clock seconds of `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Wall-clock seconds of `repetitions` runs of `body`: the median (reported as `seconds`) and the fastest. The
/// median of a few runs is what a user sees on a machine shared with other work; the minimum, the machine at rest.
func repeatedSeconds(_ repetitions: Int, _ body: () throws -> Void) rethrows -> (median: Double, min: Double) {
    var times: [Double] = []
    for _ in 0..<repetitions { times.append(try seconds(body)) }
    times.sort()
    return (times[times.count / 2], times[0])
}

/// Peak resident set size of this process so far, in MiB (Linux `VmHWM`).
func peakMemoryMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    let kb = Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "0") ?? 0
    return kb / 1024
}

/// Sums every element once with `threads` workers: the time to read the matrix from memory.
func readOnce(_ x: [Double], threads: Int) -> Double {
    let parts = max(1, threads)
    let chunk = (x.count + parts - 1) / parts
    let sums = UnsafeMutablePointer<Double>.allocate(capacity: parts)
    defer { sums.deallocate() }
    x.withUnsafeBufferPointer { buffer in
        let base = SendableBase(buffer.baseAddress!), out = SendableOut(sums)
        DispatchQueue.concurrentPerform(iterations: parts) { p in
            let start = p * chunk, end = min(x.count, start + chunk)
            var acc = SIMD8<Double>(repeating: 0)
            var i = start
            while i + 8 <= end {
                acc += UnsafeRawPointer(base.p + i).loadUnaligned(as: SIMD8<Double>.self)
                i += 8
            }
            var a = acc.sum(), b = 0.0, c = 0.0, d = 0.0
            while i < end { a += base.p[i]; i += 1 }
            out.p[p] = a + b + c + d
        }
    }
    return (0..<parts).reduce(0) { $0 + sums[$1] }
}

struct SendableBase: @unchecked Sendable { let p: UnsafePointer<Double>; init(_ p: UnsafePointer<Double>) { self.p = p } }
struct SendableOut: @unchecked Sendable { let p: UnsafeMutablePointer<Double>; init(_ p: UnsafeMutablePointer<Double>) { self.p = p } }

/// Seconds per case measured earlier on this machine (`benchmarks/baseline.jsonl`, one JSON object per line).
enum Baseline {
    static func load() -> [String: Double] {
        guard let text = try? String(contentsOfFile: "benchmarks/baseline.jsonl", encoding: .utf8) else { return [:] }
        var out: [String: Double] = [:]
        for line in text.split(separator: "\n") {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let c = o["case"] as? String, let s = o["seconds"] as? Double else { continue }
            out[c] = s
        }
        return out
    }
}

/// Prints one JSON line: the case, its seconds, the extra fields, peak memory and the ratio to the baseline.
func emit(_ name: String, seconds: Double, _ fields: [(String, Any)]) {
    var all: [(String, Any)] = [("case", name), ("seconds", seconds)] + fields + [("peakMiB", peakMemoryMiB())]
    if let b = baseline[name] { all += [("baselineSeconds", b), ("ratioToBaseline", seconds / b)] }
    let body = all.map { key, value -> String in
        switch value {
        case let s as String: return "\"\(key)\": \"\(s)\""
        case let d as Double: return "\"\(key)\": \(String(format: "%.6g", d))"
        default: return "\"\(key)\": \(value)"
        }
    }
    print("{" + body.joined(separator: ", ") + "}")
    FileHandle.standardOutput.synchronizeFile()
}
