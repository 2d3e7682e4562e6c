import Foundation

/// What a command asks of the engine: the files to read and the settings of the run. Every setting left `nil`
/// takes its one default in `PreparedRun.prepare`, which records it in the manifest (`run.defaults`).
public struct RunRequest: Sendable {
    /// The workshop files, in the order given.
    public var workshops: [InputFile]
    /// The model file; `nil`: the built-in `ilead-default` model.
    public var model: InputFile?
    /// The scenario file, applied before scoring; its ranges are taken at their typical value.
    public var scenario: InputFile?
    /// The legal evaluation date YYYY-MM-DD; `nil`: the scenario's `asOfDate`, else today (UTC).
    public var asOfDate: String?
    /// The technology-watch catalogue: each solution with a `catalogId` takes the catalogue's newest assessment
    /// dated on or before the as-of date and after its own (`TechnologyWatch.update`). `nil`: the workshops as given.
    public var watch: InputFile?
    /// With a catalogue: also run on the workshops' own values, for each gap's route before the catalogue
    /// (`PriorityRun.routesBeforeWatch`, what the reports show). The watch report, which compares its own dates,
    /// does without.
    public var routesBeforeWatch = true
    /// Needs grouped by hand (`kind: recurringNeeds`), merged in the pan-European list beside those the rules find.
    public var needs: InputFile?
    /// `nil`: the model's `sensitivity.seed`.
    public var seed: UInt64?
    /// Monte-Carlo runs; `nil`: the model's `sensitivity.runs`.
    public var runs: Int?
    /// `false` switches the Monte-Carlo uncertainty block off; it is also off when the scenario sets
    /// `output.includeMonteCarlo` to false.
    public var uncertainty: Bool
    /// Worker threads; `nil`: every active core. Results never depend on it.
    public var threads: Int?
    /// The manifest's timestamp (RFC 3339, UTC); `nil`: now. Tests fix it.
    public var generatedAt: String?

    public init(workshops: [InputFile], model: InputFile? = nil, scenario: InputFile? = nil, asOfDate: String? = nil,
                seed: UInt64? = nil, runs: Int? = nil, uncertainty: Bool = true, threads: Int? = nil, generatedAt: String? = nil,
                watch: InputFile? = nil) {
        self.workshops = workshops
        self.watch = watch
        self.model = model
        self.scenario = scenario
        self.asOfDate = asOfDate
        self.seed = seed
        self.runs = runs
        self.uncertainty = uncertainty
        self.threads = threads
        self.generatedAt = generatedAt
    }
}

/// One file handed to the engine: its path as given (relative to the working directory, used in messages and
/// the manifest) and its bytes.
public struct InputFile: Sendable {
    public var path: String
    public var data: Data
    public init(path: String, data: Data) { self.path = path; self.data = data }
}

/// A workshop file handed to a run.
public typealias WorkshopSource = InputFile
