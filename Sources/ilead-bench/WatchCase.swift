import Foundation
import JSONFormat
import PriorityEngine
import Reports

/// `ilead watch` over the 25 synthetic workshops with a catalogue of 10,000 items (the 204 bundled ones, with 3 to 5
/// assessments, and generated ones of 5 assessments each), from the files to the four outputs.
func runWatchCase() throws {
    let folder = "datasets/ilead-synthetic/workshops"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
    let sources = try names.map { WorkshopSource(path: "\(folder)/\($0)", data: try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\($0)"))) }
    let bundled = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "datasets/ilead-synthetic/technology-watch.json"))) as! [String: Any]
    var items = bundled["items"] as! [[String: Any]]
    let tags = ["ai_triage", "encrypted_devices", "decrypt_comms", "cross_border_exchange", "tool_validation"]
    var k = 0
    let size = Int(ProcessInfo.processInfo.environment["ILEAD_WATCH_ITEMS"] ?? "") ?? 10_000
    while items.count < size {
        k += 1
        let trl = 2 + k % 6
        items.append([
            "catalogId": String(format: "TW-B%05d", k), "name": "Benchmark item \(k)", "source": k % 2 == 0 ? "market" : "h2020",
            "technicalApproach": "approach-\(k % 40)", "tags": [tags[k % tags.count]],
            "assessments": (0..<5).map { y in
                ["date": "\(2018 + y)-0\(1 + k % 9)-15", "trl": ["min": max(1, trl + y / 2 - 1), "mostLikely": min(9, trl + y / 2), "max": min(9, trl + y / 2 + 1)],
                 "availability": y < 3 ? "prototype" : "pilot", "supplierCount": ["total": 1 + y % 3]] as [String: Any]
            },
        ])
    }
    let catalogue = try JSONSerialization.data(withJSONObject: ["schemaVersion": "1.0", "kind": "technologyWatch", "items": items])
    var moved = 0, bytes = 0
    let t = try repeatedSeconds(3) {
        let report = try WatchReport.build(RunRequest(workshops: sources, asOfDate: "2026-12-06", uncertainty: false,
                                                      watch: InputFile(path: "catalogue.json", data: catalogue)))
        moved = report.gaps.filter(\.moved).count
        bytes = report.json.serialized().utf8.count + report.csv.utf8.count + report.markdown.utf8.count + report.html.utf8.count
    }
    emit("watch-10k", seconds: t.median, [("minSeconds", t.min), ("repetitions", 3), ("workshops", sources.count), ("items", items.count),
                                          ("assessments", items.reduce(0) { $0 + ($1["assessments"] as! [Any]).count }), ("catalogueBytes", catalogue.count), ("routesMoved", moved),
                                          ("outputBytes", bytes), ("targetSeconds", 1)])
}
