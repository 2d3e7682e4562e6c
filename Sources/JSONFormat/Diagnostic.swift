/// One finding of validation, located by file and JSON path (`capabilityGaps[3].ratings[7].urgency`).
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// Severity levels of docs/file-formats.md: errors stop a run, warnings are reported and the run continues,
    /// info is shown by `ilead validate` only.
    public enum Level: String, Sendable, Comparable {
        case error, warning, info
        public static func < (a: Level, b: Level) -> Bool {
            let order: [Level] = [.error, .warning, .info]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var level: Level
    /// The file the finding is about (empty when not from a file).
    public var file: String
    /// JSON path inside the file; empty for the whole file.
    public var path: String
    /// A code for warnings and info (listed in docs/file-formats.md) (e.g. `FEW_RATERS`); `nil` for errors.
    public var code: String?
    /// The rule broken, in plain words.
    public var message: String
    /// For warnings written to a ranking (file-formats.md "Ranking"): the global ref of the gap, solution or participant concerned
    /// (`WS-2019-CYB/G01`), `<workshopId>#<nodeId>` for AHP, or the workshop id.
    public var ref: String?

    public init(_ level: Level, file: String = "", path: String, code: String? = nil, ref: String? = nil, _ message: String) {
        self.level = level
        self.file = file
        self.path = path
        self.code = code
        self.ref = ref
        self.message = message
    }

    public var description: String {
        let location = [file, path].filter { !$0.isEmpty }.joined(separator: ": ")
        return "\(level.rawValue): \(location.isEmpty ? "" : location + ": ")\(code.map { "\($0): " } ?? "")\(message)"
    }
}

/// Every diagnostic of one or more files, errors first.
public struct ValidationReport: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func append(_ d: Diagnostic) { diagnostics.append(d) }
    public mutating func append(contentsOf ds: [Diagnostic]) { diagnostics += ds }

    public var errors: [Diagnostic] { diagnostics.filter { $0.level == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.level == .warning } }
    public var infos: [Diagnostic] { diagnostics.filter { $0.level == .info } }
    public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }
}
