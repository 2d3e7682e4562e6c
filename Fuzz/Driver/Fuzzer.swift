import Foundation
import FuzzEntry
import FuzzTargets

// The libFuzzer entry points (built with -sanitize=fuzzer,address and -parse-as-library by scripts/fuzz.sh; the program
// starts in Fuzz/Entry, which hands LLVMFuzzerTestOneInput to libFuzzer's driver). The target is chosen by ILEAD_FUZZ_TARGET (workshop, model, scenario, problem-json, problem-csv,
// pairwise, kernels). A broken invariant stops the fuzzer like a crash, and libFuzzer keeps the input.

nonisolated(unsafe) private var target: FuzzTarget = .workshop

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    let name = ProcessInfo.processInfo.environment["ILEAD_FUZZ_TARGET"] ?? "workshop"
    guard let t = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("unknown ILEAD_FUZZ_TARGET \(name); one of \(FuzzTarget.allCases.map(\.rawValue))\n".utf8))
        exit(2)
    }
    target = t
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let violations = target.violations(Data(bytes: bytes, count: count))
    if !violations.isEmpty { fatalError("\(target.rawValue): " + violations.joined(separator: "; ")) }
    return 0
}
