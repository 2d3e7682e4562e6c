import JSONFormat
/// A scenario file (`kind: "scenario"`, docs/file-formats.md "Scenario"): a procurement adviser's "what if", applied before scoring.
public struct Scenario: Sendable {
    public struct Scope: Sendable {
        public var workshops: [String] = [], practitionerGroups: [PractitionerGroup] = [], years: [Int] = [], gapRefs: [String] = []

        /// Fields combine with AND; an empty field is no restriction.
        public func contains(_ gap: GapResult) -> Bool {
            contains(workshopId: gap.workshopId, group: gap.practitionerGroup, year: gap.year, gapRef: gap.gapRef)
        }

        /// The one scope test. A gap whose group or year is not known yet (a workshop file not read yet) is out of a
        /// scope that restricts them.
        public func contains(workshopId: String, group: PractitionerGroup?, year: Int?, gapRef: String) -> Bool {
            (workshops.isEmpty || workshops.contains(workshopId))
                && (practitionerGroups.isEmpty || group.map(practitionerGroups.contains) == true)
                && (years.isEmpty || year.map(years.contains) == true)
                && (gapRefs.isEmpty || gapRefs.contains(gapRef))
        }
    }

    public struct WeightOverride: Sendable {
        public enum Renormalise: String, CaseIterable, Sendable { case others, none }
        public var node: String, child: String, weight: Double, renormalise: Renormalise
    }

    public struct BuyersGroup: Sendable {
        /// `nil`: every gap in scope.
        public var gapRefs: [String]?
        public var procurers: [Workshop.InterestedProcurer]
    }

    public enum GroupBy: String, CaseIterable, Sendable { case none, practitionerGroup, year, theme }

    /// The view settings of a scenario's `output` (file-formats.md "Scenario").
    public struct Output: Sendable {
        public init() {}
        public var topK: Int?
        public var includeRuleTrace = true
        /// [decision: absent means true: the uncertainty block is on by default.]
        public var includeMonteCarlo = true
        public var groupBy: GroupBy = .none
        /// The keys the scenario gave; the others took their default.
        public var given: Set<String> = []

        /// Every key with its default, as the manifest records a default that was used.
        public static let defaults: [(path: String, value: JSONValue)] = [
            ("output.topK", .null), ("output.includeRuleTrace", .bool(true)), ("output.includeMonteCarlo", .bool(true)),
            ("output.groupBy", .string("none")),
        ]
    }

    public var id: String
    public var title: String?
    public var authorRole: String?
    public var baseModelId: String?, baseModelVersion: String?
    public var createdOn: String?
    public var scope = Scope()
    public var asOfDate: String?
    public var weightOverrides: [WeightOverride] = []
    /// Dotted model paths and their new values.
    public var thresholdOverrides: [(path: String, value: JSONValue)] = []
    /// Partial gap / solution objects keyed by global ref (`<workshopId>/<localId>`), merged into the input.
    public var gapAssumptions: [(ref: String, patch: JSONValue)] = []
    public var solutionAssumptions: [(ref: String, patch: JSONValue)] = []
    public var buyersGroup: BuyersGroup?
    public var excludeSolutions: [String] = []
    public var output = Output()
}
