import Foundation
import MCDA

/// The benchmark input of `../shared/bench/smaa_reference.py`: X[i, j] = frac(sin(i·12.9898 + j·78.233)·43758.5453),
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

/// Peak resident set size of this process so far, in MiB (Linux `VmHWM`).
func peakMemoryMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    let kb = Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "0") ?? 0
    return kb / 1024
}
