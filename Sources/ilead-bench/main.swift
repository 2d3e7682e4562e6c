import Foundation
import MCDA

// `ilead-bench [case...]`: one JSON line per case, with the ratio to benchmarks/baseline.jsonl when it lists the
// case. Cases: smaa-additive, smaa-topsis, topsis-1m, compare-1000, promethee-200k, gini-200k, ilead-run, monte-carlo, scenario-sample, ranged-run, report-html, read-large-workshop,
// import-workbook, watch-10k. ILEAD_THREADS=N pins the workers. `ilead-bench --read-workshop FILE` is the child process of read-large-workshop.
ComputeThreads.useSingleThreadedBLAS()
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--read-workshop" {
    try readWorkshopChild(CommandLine.arguments[2])
    exit(0)
}
let requested = Set(CommandLine.arguments.dropFirst())
let threadsOverride = ProcessInfo.processInfo.environment["ILEAD_THREADS"].flatMap(Int.init)
let baseline = Baseline.load()
func wanted(_ name: String) -> Bool { requested.isEmpty || requested.contains(name) }

if wanted("smaa-additive") {
    // The case of the SMAA reference script (scripts/bench.sh): same matrix, N uniform weights, additive value.
    let m = 1000, n = 12, samples = 100_000
    let x = referenceMatrix(m: m, n: n)
    var result: SMAAResult?
    let t = try repeatedSeconds(3) {
        result = try SMAA.additive(values: x, alternatives: (0..<m).map { "A\($0)" }, criteria: (0..<n).map { "c\($0)" },
                                   options: SMAAOptions(samples: samples, seed: 1, threads: threadsOverride))
    }
    let checksum = result!.acceptability.enumerated().reduce(0.0) { $0 + $1.element[0] * Double($1.offset) }
    emit("smaa-additive", seconds: t.median, [("minSeconds", t.min), ("repetitions", 3), ("m", m), ("n", n), ("samples", samples),
                                              ("checksum", checksum)])
}

if wanted("smaa-topsis") {
    let m = 200, n = 12, samples = 100_000
    let problem = try DecisionProblem(criteria: (0..<n).map { Criterion(id: "c\($0)", direction: .benefit, weight: 1.0 / Double(n)) },
                                      alternatives: (0..<m).map { "A\($0)" }, columnMajor: referenceMatrix(m: m, n: n))
    var result: SMAAResult?
    let t = try repeatedSeconds(3) {
        result = try MethodName.topsis.smaa(problem, options: SMAAOptions(samples: samples, seed: 1, threads: threadsOverride))
    }
    let checksum = result!.acceptability.enumerated().reduce(0.0) { $0 + $1.element[0] * Double($1.offset) }
    emit("smaa-topsis", seconds: t.median, [("minSeconds", t.min), ("repetitions", 3), ("m", m), ("n", n), ("samples", samples),
                                            ("checksum", checksum)])
}

if wanted("topsis-1m") {
    let m = 1_000_000, n = 20
    let x = referenceMatrix(m: m, n: n)
    let problem = try DecisionProblem(criteria: (0..<n).map { Criterion(id: "c\($0)", direction: $0 % 4 == 3 ? .cost : .benefit, weight: 1.0 / Double(n)) },
                                      alternatives: (0..<m).map { "A\($0)" }, columnMajor: x)
    // Triples (read once, TOPSIS, TOPSIS with its statistics pass) timed back to back, so all see the machine in
    // the same state; ratios are the medians of the triples' ratios, times the medians and minima. TOPSIS on a
    // validated problem reads the matrix once (the column statistics come from the validation pass); the second
    // figure drops them, so TOPSIS reads the matrix twice, as it must without them.
    let uncached = problem.droppingColumnStatistics()
    var scores: [Double] = [], twoPass: [Double] = []
    var reads: [Double] = [], times: [Double] = [], ratios: [Double] = [], twoPassTimes: [Double] = [], twoPassRatios: [Double] = []
    for _ in 0..<9 {
        let read = seconds { _ = readOnce(x, threads: threadsOverride ?? ProcessInfo.processInfo.activeProcessorCount) }
        let t = try seconds { scores = try MethodName.topsis.scores(problem) }
        let t2 = try seconds { twoPass = try MethodName.topsis.scores(uncached) }
        reads.append(read); times.append(t); ratios.append(t / read); twoPassTimes.append(t2); twoPassRatios.append(t2 / read)
    }
    precondition(scores == twoPass, "cached and recomputed column statistics must give the same scores")
    func median(_ v: [Double]) -> Double { v.sorted()[v.count / 2] }
    let ranked = try seconds { _ = try MethodName.topsis.evaluate(problem) }
    emit("topsis-1m", seconds: median(times), [("minSeconds", times.min()!), ("repetitions", 9), ("m", m), ("n", n),
                                               ("readOnceSeconds", median(reads)), ("readOnceMinSeconds", reads.min()!),
                                               ("ratioToRead", median(ratios)), ("ratioOfMinima", times.min()! / reads.min()!),
                                               ("twoPassSeconds", median(twoPassTimes)), ("twoPassRatioToRead", median(twoPassRatios)),
                                               ("withRanksSeconds", ranked), ("checksum", scores.reduce(0, +))])
}

if ["ilead-run", "monte-carlo", "report-html", "scenario-sample", "ranged-run"].contains(where: wanted) {
    try runBatchCases(wanted: wanted, threads: threadsOverride)
}

if wanted("read-large-workshop") {
    try runLargeWorkshopCase()
}

if wanted("compare-1000") {
    try runCompareCase()
}

if wanted("promethee-200k") || wanted("gini-200k") {
    try runPrometheeCase()
}

if wanted("import-workbook") {
    try runWorkbookImportCase()
}

if wanted("watch-10k") {
    try runWatchCase()
}
