/// One intermediate table of a method, as papers print it: the normalized matrix, the ideal points, the
/// distances, VIKOR's S, R and Q, PROMETHEE's preference matrix, COPRAS's utility degree.
///
/// Values are exact (`Double`, unrounded): readers round them for people, JSON keeps them.
public struct IntermediateTable: Sendable, Equatable {
    /// Machine name, e.g. `normalizedMatrix`, `idealPoints`, `preferenceMatrix`.
    public let key: String
    /// What the table is, in plain words.
    public let title: String
    /// How each cell is computed (the formula of the method's source).
    public let formula: String
    /// Row labels (alternatives, or names such as "positive ideal").
    public let rows: [String]
    /// Column labels (criteria, or quantities such as "S", "R", "Q").
    public let columns: [String]
    /// `values[row][column]`.
    public let values: [[Double]]

    public init(key: String, title: String, formula: String, rows: [String], columns: [String], values: [[Double]]) {
        self.key = key
        self.title = title
        self.formula = formula
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// A table from columns (one array per column, one value per row), as the methods hold their matrices.
    public init(key: String, title: String, formula: String, rows: [String], columns: [String], byColumn: [[Double]]) {
        self.init(key: key, title: title, formula: formula, rows: rows, columns: columns,
                  values: rows.indices.map { i in byColumn.map { $0[i] } })
    }
}

/// The tables a method records while it computes, when asked to (`MethodOptions.explain`). When not recording,
/// `record` never evaluates its argument, so the methods pay nothing for it.
struct Explanation {
    /// Whether tables are kept.
    let isRecording: Bool
    /// The tables, in the order the method computes them.
    private(set) var tables: [IntermediateTable] = []

    init(recording: Bool) { isRecording = recording }

    /// Keeps the table when recording.
    mutating func record(_ table: @autoclosure () -> IntermediateTable) {
        if isRecording { tables.append(table()) }
    }
}
