import JSONFormat
/// The `run` block of a ranking (file-formats.md "Ranking"): what produced it, with every default that was filled in.
public struct RunManifest: Sendable {
    public var engineVersion = EngineInfo.version
    /// RFC 3339 UTC.
    public var generatedAt: String
    public var modelId: String, modelVersion: String
    public var scenarioId: String?
    public var seed: UInt64
    public var asOfDate: String
    /// Settings that came from a default because the model, scenario or command line left them absent.
    public var defaults: [(path: String, value: JSONValue)]
    /// Input files relative to the working directory, with their SHA-256.
    public var inputs: [(path: String, sha256: String)]
    /// The values that came from the technology-watch catalogue instead of the workshop files (`--watch`).
    public var catalogueValues: [WatchChange] = []

    public init(generatedAt: String, modelId: String, modelVersion: String, scenarioId: String?, seed: UInt64, asOfDate: String,
                defaults: [(path: String, value: JSONValue)], inputs: [(path: String, sha256: String)]) {
        self.generatedAt = generatedAt
        self.modelId = modelId
        self.modelVersion = modelVersion
        self.scenarioId = scenarioId
        self.seed = seed
        self.asOfDate = asOfDate
        self.defaults = defaults
        self.inputs = inputs
    }
}
